import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root folder, found by walking up from this module: the same code runs from `src/`
 * (tests) and from `dist/src/` (the built CLI), so fixed relative paths would break one of them.
 */
const PACKAGE_ROOT: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'stromlint') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('stromlint: cannot find its own package.json');
    dir = parent;
  }
})();

const MANIFEST = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string; homepage?: unknown; rulesDocsUrl?: unknown };

export const VERSION: string = MANIFEST.version;

/** Reads a JSON file shipped with the package (schemas …). */
export function readPackageJson<T = unknown>(relativePath: string): T {
  return JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, relativePath), 'utf8')) as T;
}

/**
 * The rule docs URL template stromlint's own package.json declares (`rulesDocsUrl`, with `{rule}`),
 * or undefined: links are printed only to pages someone has said exist.
 */
export function declaredDocsUrl(manifest: { rulesDocsUrl?: unknown } = MANIFEST): string | undefined {
  return typeof manifest.rulesDocsUrl === 'string' && manifest.rulesDocsUrl.includes('{rule}') ? manifest.rulesDocsUrl : undefined;
}

/** The project's home page as package.json declares it, or undefined. */
export function declaredHomepage(manifest: { homepage?: unknown } = MANIFEST): string | undefined {
  return typeof manifest.homepage === 'string' && /^https?:\/\//.test(manifest.homepage) ? manifest.homepage : undefined;
}

/** A rule's documentation page under a declared template, or undefined without one. */
export function docsUrlFrom(template: string | undefined, ruleId: string): string | undefined {
  return template?.replaceAll('{rule}', encodeURIComponent(ruleId));
}
