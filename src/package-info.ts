import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root folder, found by walking up from this module: the same code runs from `src/`
 * (tests) and from `dist/src/` (the built CLI), so fixed relative paths would break one of them.
 */
export const PACKAGE_ROOT: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'stromlint') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('stromlint: cannot find its own package.json');
    dir = parent;
  }
})();

export const VERSION: string = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;

/** Reads a JSON file shipped with the package (schemas …). */
export function readPackageJson<T = unknown>(relativePath: string): T {
  return JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, relativePath), 'utf8')) as T;
}

/** Where a rule's documentation lives. */
export function ruleDocsUrl(ruleId: string): string {
  return `https://stromlint.dev/rules/${ruleId}`;
}
