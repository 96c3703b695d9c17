import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FOLDERS, generateCorpus, generatorSource } from '../corpus/generate.mjs';
import { printTotals } from '../corpus/totals.mjs';

/**
 * Where a generated corpus lives by default: outside the repository, whose .gitignore lists it, since
 * stromlint (like ESLint) does not lint what the repository ignores.
 */
export function defaultCorpus(name = 'corpus') {
  return path.join(os.tmpdir(), `stromlint-bench-${name}`);
}

/** Generates the corpus into `out` unless one from the same generator code, files and seed is there. */
export function ensureCorpus({ out, files, seed }) {
  const manifest = path.join(out, 'manifest.json');
  if (fs.existsSync(manifest)) {
    const existing = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    if (existing.files === files && existing.seed === seed && existing.source === generatorSource()) return;
  }
  printTotals(out, generateCorpus({ files, seed, out }));
}

/** The folder holding one format's part of the corpus. */
export function formatFolder(corpus, format) {
  return path.join(corpus, FOLDERS[format]);
}

/** Every file under `folder`, sorted, read as UTF-8 (BOM removed). */
export function readFolder(folder) {
  const files = fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return files
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort()
    .map((file) => ({ file, text: fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '') }));
}

export function totalBytes(sources) {
  return sources.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0);
}
