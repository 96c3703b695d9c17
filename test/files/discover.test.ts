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
});
