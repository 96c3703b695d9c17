#!/usr/bin/env node
// Generates the benchmark corpus: invented Norwegian electricity campaign material in Markdown, HTML
// and JSON (bokmål, nynorsk, English). Deterministic: the same --seed and --files give the same bytes.
//
//   node bench/generate-corpus.mjs [folder] [--files N] [--seed S]
//
// Writes into bench/.corpus/ unless given a folder, and prints files and bytes per format.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus/generate.mjs';
import { printTotals } from './corpus/totals.mjs';
import { defaultCorpus } from './lib/corpus-files.mjs';

const DEFAULT_CORPUS = defaultCorpus();

const { values, positionals } = parseArgs({
  options: { files: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' } },
  allowPositionals: true,
});
const files = Number(values.files);
const seed = Number(values.seed);
if (!Number.isInteger(files) || files < 1 || !Number.isInteger(seed)) {
  console.error('usage: node bench/generate-corpus.mjs [folder] [--files N] [--seed S]');
  process.exit(2);
}
const out = path.resolve(positionals[0] ?? DEFAULT_CORPUS);
printTotals(out, generateCorpus({ files, seed, out }));
