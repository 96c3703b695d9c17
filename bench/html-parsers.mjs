#!/usr/bin/env node
// Measures the HTML parser candidates for the HTML adapter on the HTML part of the benchmark corpus:
// speed (median of --runs), source positions on three malformed pages, and 100 000 nested <div>s
// (each parser in its own process with a 30 s budget). Output is Markdown tables for docs/decisions.md.
//
//   node bench/html-parsers.mjs [--runs 5] [--corpus bench/.corpus]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CANDIDATES } from './html/candidates.mjs';
import { checkPositions, MALFORMED } from './html/malformed.mjs';
import { runNode, memory } from './lib/child.mjs';
import { defaultCorpus, ensureCorpus, formatFolder, readFolder, totalBytes } from './lib/corpus-files.mjs';
import { median, printTable, ratio, seconds } from './lib/stats.mjs';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, corpus: { type: 'string' }, child: { type: 'string' } },
  allowPositionals: true,
});

if (values.child) {
  // Child mode: parse one file with one candidate and report the parse time; the parent reads it,
  // the peak memory and any failure.
  const html = fs.readFileSync(positionals[0], 'utf8');
  const start = performance.now();
  CANDIDATES.find((c) => c.key === values.child).parse(html);
  console.error(`parse-ms ${performance.now() - start}`);
} else {
  const corpus = path.resolve(values.corpus ?? defaultCorpus());
  if (!values.corpus) ensureCorpus({ out: corpus, files: 2000, seed: 1 });
  console.log(
    `Node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  speed(readFolder(formatFolder(corpus, 'html')), Number(values.runs));
  positions();
  nestedDivs();
}

function speed(sources, runs) {
  const bytes = totalBytes(sources);
  console.log(`## Speed: ${sources.length} HTML files, ${(bytes / 1e6).toFixed(2)} MB, median of ${runs} runs after one warm-up\n`);
  const times = new Map(CANDIDATES.map((c) => [c, []]));
  for (const c of CANDIDATES) for (const s of sources) c.parse(s.text);
  for (let round = 0; round < runs; round++) {
    for (const c of CANDIDATES) {
      const start = performance.now();
      for (const s of sources) c.parse(s.text);
      times.get(c).push(performance.now() - start);
    }
  }
  const floor = median(times.get(CANDIDATES[0]));
  printTable(
    ['parser', 'median', 'MB/s', 'vs htmlparser2 Parser'],
    CANDIDATES.map((c) => {
      const ms = median(times.get(c));
      return [c.name, seconds(ms), (bytes / 1e6 / (ms / 1000)).toFixed(1), ratio(ms, floor)];
    }),
  );
}

function positions() {
  console.log('## Source positions on malformed pages\n');
  console.log('Offset of the marker text found / expected; text nodes whose range spans markup; element path of the marker.\n');
  const results = CANDIDATES.map((c) => MALFORMED.map((page) => checkPositions(page, c.texts(page.html))));
  printTable(
    ['parser', ...MALFORMED.map((p) => p.name)],
    CANDIDATES.map((c, i) => [c.name, ...results[i].map((r) => `${r.ok ? 'ok' : 'WRONG'} ${r.found}/${r.expected}; ${r.spanning} spanning; ${r.path}`)]),
  );
}

function nestedDivs() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stromlint-bench-'));
  const write = (depth) => {
    const file = path.join(dir, `nested-divs-${depth}.html`);
    fs.writeFileSync(file, ['<!DOCTYPE html><html><body>\n', '<div>'.repeat(depth), 'Strøm 0 kr', '</div>'.repeat(depth), '\n</body></html>\n'].join(''));
    return file;
  };
  const deepest = write(100_000);
  console.log('## Nested <div>s (each parse in its own process, 30 s budget)\n');
  const rows = CANDIDATES.map((c) => nestedRow(c, '100 000', deepest));
  // htmlparser2 keeps its open-element stack with Array#unshift/#shift: time grows with depth squared.
  for (const depth of [1000, 10_000, 50_000]) rows.push(nestedRow(CANDIDATES[0], depth.toLocaleString('en').replace(/,/g, ' '), write(depth)));
  printTable(['parser', 'depth', 'outcome', 'parse time', 'peak memory of the process'], rows);
  fs.rmSync(dir, { recursive: true, force: true });
}

function nestedRow(candidate, depth, file) {
  const run = runNode([fileURLToPath(import.meta.url), '--child', candidate.key, file], { timeoutMs: 30_000 });
  const error = /^(\w*Error[^\n]*)/m.exec(run.stderr)?.[1];
  const parseMs = Number(/^parse-ms ([\d.]+)/m.exec(run.stderr)?.[1]);
  const outcome = run.timedOut ? 'timeout (> 30 s)' : run.status === 0 ? 'parsed' : (error ?? `exit ${run.status}`);
  return [candidate.name, depth, outcome, Number.isFinite(parseMs) ? seconds(parseMs) : '–', run.timedOut ? '–' : memory(run.maxRssMB)];
}
