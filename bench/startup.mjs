#!/usr/bin/env node
// Start-up cost of the parser stacks: `node -e 0` against importing each stack in a fresh process
// (median of --runs, interleaved). Shows what lazy, per-format imports save a one-file run.
//
//   node bench/startup.mjs [--runs 15]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median, printTable } from './lib/stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });

// stromlint's Markdown parser module (the build output): the parser and its extensions, nothing else.
const MARKDOWN_STACK = './dist/src/formats/markdown/processor.js';
const imports = (...names) => `Promise.all([${names.map((n) => `import('${n}')`).join(', ')}])`;
const COMMANDS = [
  ['node -e 0', '0'],
  ["import('mdast-util-from-markdown')", imports('mdast-util-from-markdown')],
  ['Markdown stack: from-markdown + GFM tables, footnotes, strikethrough, task lists + front matter', imports(MARKDOWN_STACK)],
  ["import('htmlparser2')", imports('htmlparser2')],
  ["import('@humanwhocodes/momoa')", imports('@humanwhocodes/momoa')],
  ["import('rehype-parse') (for comparison)", imports('unified', 'rehype-parse')],
  ["import('cheerio') (for comparison)", imports('cheerio')],
  ['all three stromlint stacks', imports(MARKDOWN_STACK, 'htmlparser2', '@humanwhocodes/momoa')],
];

export function startupTimes(runs) {
  const times = COMMANDS.map(() => []);
  for (let round = 0; round < runs; round++) {
    COMMANDS.forEach(([, code], i) => {
      const start = performance.now();
      const run = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, stdio: 'ignore' });
      if (run.status !== 0) throw new Error(`node -e "${code}" failed`);
      times[i].push(performance.now() - start);
    });
  }
  return COMMANDS.map(([label], i) => ({ label, ms: median(times[i]) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(values.runs);
  const results = startupTimes(runs);
  const bare = results[0].ms;
  console.log(`## Start-up: median of ${runs} fresh processes (Node ${process.version})\n`);
  printTable(
    ['command', 'median', 'over node -e 0'],
    results.map((r) => [r.label, `${r.ms.toFixed(0)} ms`, `+${(r.ms - bare).toFixed(0)} ms`]),
  );
}
