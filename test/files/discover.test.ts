import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/files/discover.js';
import { DEFAULT_EXTENSIONS } from '../../src/files/formats.js';
import { tempTree } from '../helpers/tmp.js';

const options = (cwd: string, ignores: string[] = []) => ({ cwd, rulesFor: async () => ({ ignores, extensions: DEFAULT_EXTENSIONS, baseDir: cwd }) });
const rel = (root: string, files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

describe('discoverFiles', () => {
  const tree = () =>
    tempTree({
      'kampanjer/vinter.md': '# Vinter',
      'kampanjer/utkast/sommer.md': '# Sommer',
      'produkter/spot.html': '<h1>Spot</h1>',
      'produkter/ark.json': '{}',
      'produkter/bilde.png': 'x',
      'node_modules/pkg/readme.md': '# pkg',
      'tsconfig.json': '{ // comments are allowed here\n}',
      'package-lock.json': '{}',
      'bygg/ut.html': '<p>',
      '.gitignore': 'bygg/\n',
      '.stromlintignore': 'kampanjer/utkast/\n',
    });

  it('walks folders for the known extensions, honouring .gitignore and .stromlintignore, skipping node_modules', async () => {
    const root = tree();
    const found = await discoverFiles([], options(root));
    expect(rel(root, found.files)).toEqual(['kampanjer/vinter.md', 'produkter/ark.json', 'produkter/spot.html']);
  });

  it('expands globs and applies config ignores', async () => {
    const root = tree();
    const found = await discoverFiles(['**/*.{md,html}'], options(root, ['*.html']));
    expect(rel(root, found.files)).toEqual(['kampanjer/vinter.md']);
  });

  it('reports arguments that match nothing and explicitly named ignored files', async () => {
    const root = tree();
    const found = await discoverFiles(['finnes-ikke/**/*.md', 'bygg/ut.html'], options(root));
    expect(found.unmatched).toEqual(['finnes-ikke/**/*.md']);
    expect(rel(root, found.ignored)).toEqual(['bygg/ut.html']);
  });

  it('walks a folder reached through a symbolic link in its path, reporting the path as given', async () => {
    const root = tempTree({ 'ekte/kampanjer/vinter.md': '# Vinter' });
    fs.symlinkSync(path.join(root, 'ekte'), path.join(root, 'lenke'));
    const found = await discoverFiles([path.join(root, 'lenke')], options(root));
    expect(rel(root, found.files)).toEqual(['lenke/kampanjer/vinter.md']);
    const fromInside = await discoverFiles(['**/*.md'], options(path.join(root, 'lenke')));
    expect(rel(root, fromInside.files)).toEqual(['lenke/kampanjer/vinter.md']);
  });

  it('does not follow a symbolic link loop', async () => {
    const root = tempTree({ 'sider/ok.md': '# ok' });
    fs.symlinkSync('.', path.join(root, 'sider/self'));
    fs.symlinkSync('..', path.join(root, 'sider/parent'));
    const found = await discoverFiles(['sider'], options(root));
    expect(rel(root, found.files)).toEqual(['sider/ok.md']);
  });

  it('reports what a walk cannot lint: links, pipes, names that are not UTF-8, folders too deep to read', async () => {
    const root = tempTree({ 'sider/ok.md': '# ok', 'sider/bilde.png': 'x' });
    fs.symlinkSync('ok.md', path.join(root, 'sider/lenke.md'));
    fs.symlinkSync('finnes-ikke.md', path.join(root, 'sider/brutt.md'));
    fs.symlinkSync('.', path.join(root, 'sider/meg-selv'));
    execFileSync('mkfifo', [path.join(root, 'sider/pipe.md')]);
    fs.writeFileSync(Buffer.from(`${root}/sider/pris-\xf8re.md`, 'latin1'), '# x');
    // A folder whose path is longer than the system allows (4 096 bytes), made one relative step at a
    // time, and removed by rm, which can; Node's own calls cannot reach it.
    const script = "const fs = require('node:fs'); process.chdir('dyp'); for (let i = 0; i < 22; i++) { fs.mkdirSync('d'.repeat(200)); process.chdir('d'.repeat(200)); }";
    fs.mkdirSync(path.join(root, 'sider/dyp'));
    execFileSync(process.execPath, ['-e', script], { cwd: path.join(root, 'sider') });
    try {
      const found = await discoverFiles(['sider'], options(root));
      expect(rel(root, found.files)).toEqual(['sider/ok.md']);
      const skipped = found.skipped.map((s) => [s.kind, rel(root, [s.path])[0]!.slice(0, 30)]);
      expect(skipped).toEqual([
        ['link', 'sider/brutt.md'],
        ['unreadable', `sider/dyp/${'d'.repeat(20)}`],
        ['link', 'sider/lenke.md'],
        ['special', 'sider/pipe.md'],
        ['bad-name', 'sider/pris-\uFFFDre.md'],
      ]);
    } finally {
      execFileSync('rm', ['-rf', 'dyp'], { cwd: path.join(root, 'sider') });
    }
    // A glob meets the same.
    const globbed = await discoverFiles(['sider/*.md'], options(root));
    expect(globbed.skipped.map((s) => s.kind)).toEqual(['link', 'link', 'special', 'bad-name']);
  });
});
