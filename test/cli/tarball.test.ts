import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const CAMPAIGN = '# Spotpris Høst\n\nKampanjepris: 0 øre i påslag! Bestill nå.\n';

/**
 * A project that depends on the packed tarball, with a lockfile whose other entries are stromlint's
 * own runtime dependencies as this repository locks them: `npm ci --offline` then installs it from
 * npm's cache, which this repository's own `npm ci` filled, so no network is needed.
 */
function projectFor(dir: string, tarball: string): void {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown> & { dev?: boolean }> };
  const own = lock.packages['']!;
  const spec = `file:${path.relative(dir, tarball)}`;
  const packages: Record<string, unknown> = {
    '': { name: 'kampanjer', version: '1.0.0', dependencies: { stromlint: spec } },
    'node_modules/stromlint': { version: own.version, resolved: spec, license: own.license, dependencies: own.dependencies, bin: own.bin, engines: own.engines },
  };
  for (const [key, entry] of Object.entries(lock.packages)) if (key.startsWith('node_modules/') && !entry.dev) packages[key] = entry;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'kampanjer', version: '1.0.0', private: true, dependencies: { stromlint: spec } }, null, 2));
  fs.writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify({ name: 'kampanjer', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2));
}

describe('the packed package', { timeout: 180_000 }, () => {
  it('installs from its tarball into a new project without network and lints a page with npx stromlint', () => {
    const dir = tempTree({ 'kampanjer/side.md': CAMPAIGN });
    const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT)) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const shipped = packed!.files.map((f) => f.path);
    for (const file of [
      'LICENSE',
      'README.md',
      'bin/stromlint.js',
      'dist/bundle/cli.js',
      'schemas/product-sheet.schema.json',
      'schemas/config.schema.json',
      'docs/rules/campaign-end.md',
    ])
      expect(shipped).toContain(file);

    projectFor(dir, path.join(dir, packed!.filename));
    npm(['ci', '--offline', '--no-audit', '--no-fund'], dir);
    const npx = (args: string[]) =>
      spawnSync('npx', ['--no-install', 'stromlint', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8' } });
    const run = npx(['kampanjer/side.md', '-f', 'compact']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('kampanjer/side.md:3:1: error');
    expect(run.stdout).toContain('[campaign-end]');
    expect(run.status).toBe(1);
    expect(npx(['--version']).stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);

    // init's config names the schema where the package put it, so an editor can resolve it.
    expect(npx(['init']).status).toBe(0);
    const schema = /\$schema=(\S+)/.exec(fs.readFileSync(path.join(dir, '.stromlintrc.yaml'), 'utf8'))![1]!;
    expect(fs.existsSync(path.join(dir, schema))).toBe(true);
    // The demo's product sheet names its schema by a path that resolves once the package is installed.
    const sheet = path.join(dir, 'produkter/produktark.json');
    fs.mkdirSync(path.dirname(sheet));
    fs.copyFileSync(path.join(ROOT, 'fixtures/demo/produkter/produktark.json'), sheet);
    const sheetSchema = (JSON.parse(fs.readFileSync(sheet, 'utf8')) as { $schema: string }).$schema;
    expect(fs.existsSync(path.resolve(path.dirname(sheet), sheetSchema))).toBe(true);
    expect(npx(['produkter/produktark.json', '-f', 'json']).stdout).not.toContain('product-sheet-schema');
  });
});
