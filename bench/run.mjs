#!/usr/bin/env node
// `npm run bench`: stromlint against the parse-only floor and against peer linters on the generated
// corpus (created on first use). Every figure is the median of --runs fresh processes (wall time,
// peak memory from /usr/bin/time -v), except the in-process recogniser throughput.
//
//   node bench/run.mjs [--runs 5] [--quick] [--corpus <folder>] [--break-even]
//   --quick        one run on a 200-file corpus (in the temporary folder, like the full one)
//   --break-even   also time one thread against worker threads on growing parts of the corpus
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { FOLDERS } from './corpus/generate.mjs';
import { memory, runNode } from './lib/child.mjs';
import { defaultCorpus, ensureCorpus, formatFolder, readFolder, totalBytes } from './lib/corpus-files.mjs';
import { median, printTable, ratio, seconds } from './lib/stats.mjs';
import { benchPathological } from './run/pathological.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const CLI = path.join(ROOT, 'bin/stromlint.js');
const FLOOR = path.join(HERE, 'run/parse-floor.mjs');
const MARKDOWNLINT = path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const HTMLHINT = path.join(ROOT, 'node_modules/htmlhint/bin/htmlhint');
const RECOGNISER = path.join(ROOT, 'dist/src/language/index.js');
// The command line counts as built when it answers --version (bin/ imports the build output).
const CLI_BUILT = spawnSync(process.execPath, [CLI, '--version'], { stdio: 'ignore' }).status === 0;
const NOT_BUILT = 'n/a (CLI not built: npm run build)';
const FORMATS = ['markdown', 'html', 'json'];

const { values } = parseArgs({
  options: { runs: { type: 'string' }, quick: { type: 'boolean', default: false }, corpus: { type: 'string' }, 'break-even': { type: 'boolean', default: false } },
});
const runs = Number(values.runs ?? (values.quick ? 1 : 5));
const corpus = path.resolve(values.corpus ?? defaultCorpus(values.quick ? 'corpus-quick' : 'corpus'));
if (!values.corpus) ensureCorpus({ out: corpus, files: values.quick ? 200 : 2000, seed: 1 });

const sources = Object.fromEntries(FORMATS.map((f) => [f, readFolder(formatFolder(corpus, f))]));
const mb = (bytes) => (bytes / 1e6).toFixed(2);
console.log(`# stromlint benchmark, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(
  `Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at start`,
);
console.log(`Corpus ${corpus}: ${FORMATS.map((f) => `${f} ${sources[f].length} files / ${mb(totalBytes(sources[f]))} MB`).join(', ')}; ${runs} run(s) per figure\n`);

/** Median wall time and peak memory of `runs` fresh `node <args>` processes in the corpus folder, `before` run ahead of each. */
function measure(args, before = () => {}) {
  return summarise(
    Array.from({ length: runs }, () => {
      before();
      return run(args);
    }),
  );
}

function run(args) {
  return runNode(args, { cwd: corpus, timeoutMs: 3_600_000 });
}

function summarise(results) {
  // Exit 1 means "findings" for every tool measured here; anything else is a failure to report.
  const failed = results.find((r) => r.status !== 0 && r.status !== 1);
  return { ms: median(results.map((r) => r.ms)), mb: median(results.map((r) => r.maxRssMB)), failed };
}

/**
 * `base` and `other` run in turn, `runs` times each, so that both meet the same load on a shared
 * machine; their ratio is the median of the ratios pair by pair, which drifting load moves far less
 * than a ratio of two medians taken minutes apart.
 */
function measurePair(base, other) {
  const pairs = Array.from({ length: runs }, () => [run(base), run(other)]);
  return { base: summarise(pairs.map(([b]) => b)), other: summarise(pairs.map(([, o]) => o)), ratio: median(pairs.map(([b, o]) => o.ms / b.ms)) };
}

const show = (m) => (m.failed ? `failed (exit ${m.failed.status}: ${m.failed.stderr.trim().split('\n')[0]})` : seconds(m.ms));
const lintArgs = (...paths) => [CLI, ...paths, '--format', 'json', '--no-baseline'];
const ALL = FORMATS.map((f) => FOLDERS[f]);

// 1. Full lint against the parse-only floor, run in turn with it.
const floorArgs = (...formats) => [FLOOR, ...formats.map((f) => `${f}:${FOLDERS[f]}`)];
const paired = CLI_BUILT
  ? Object.fromEntries([...FORMATS.map((f) => [f, measurePair(floorArgs(f), lintArgs(FOLDERS[f]))]), ['all', measurePair(floorArgs(...FORMATS), lintArgs(...ALL))]])
  : {};
const floor = CLI_BUILT
  ? Object.fromEntries(Object.entries(paired).map(([f, p]) => [f, p.base]))
  : { ...Object.fromEntries(FORMATS.map((f) => [f, measure(floorArgs(f))])), all: measure(floorArgs(...FORMATS)) };
const lint = Object.fromEntries(Object.entries(paired).map(([f, p]) => [f, p.other]));
if (CLI_BUILT) lint.workers = measure([...lintArgs(...ALL), '--concurrency', 'auto']);
console.log('## Full lint against the parse-only floor (fresh process each: start-up, reading, parsing)\n');
printTable(
  ['files', 'MB', 'parse-only floor', 'stromlint --format json', 'ratio (median of pairs)', 'stromlint peak memory'],
  [...FORMATS, 'all'].map((f) => {
    const bytes = f === 'all' ? FORMATS.reduce((s, g) => s + totalBytes(sources[g]), 0) : totalBytes(sources[f]);
    const count = f === 'all' ? FORMATS.reduce((s, g) => s + sources[g].length, 0) : sources[f].length;
    const row = [`${f} (${count})`, mb(bytes), show(floor[f])];
    return CLI_BUILT ? [...row, show(lint[f]), `${paired[f].ratio.toFixed(1)}×`, memory(lint[f].mb)] : [...row, NOT_BUILT, '', ''];
  }),
);
if (CLI_BUILT) console.log(`Whole corpus with --concurrency auto (${os.cpus().length} worker threads): ${show(lint.workers)}, peak memory ${memory(lint.workers.mb)}.\n`);

// 2. One small file per format against bare Node start-up.
const bare = measure(['-e', '0']);
console.log('## One small file against `node -e 0`\n');
printTable(
  ['format', 'file', 'stromlint', 'node -e 0', 'difference'],
  FORMATS.map((f) => {
    const smallest = sources[f].reduce((a, b) => (b.text.length < a.text.length ? b : a));
    const file = path.relative(corpus, smallest.file);
    const label = `${file} (${(Buffer.byteLength(smallest.text) / 1024).toFixed(1)} KB)`;
    if (!CLI_BUILT) return [f, label, NOT_BUILT, seconds(bare.ms), ''];
    const one = measure(lintArgs(file));
    return [f, label, show(one), seconds(bare.ms), `+${(one.ms - bare.ms).toFixed(0)} ms`];
  }),
);

// 3. Peer linters on their part of the corpus.
const peers = [
  ['markdownlint-cli2 0.22 (default rules)', 'markdown', [MARKDOWNLINT, `${FOLDERS.markdown}/**/*.md`]],
  ['htmlhint 1.9 (default rules)', 'html', [HTMLHINT, FOLDERS.html]],
];
console.log('## Peer linters on the same files\n');
// stromlint as run by default (one thread) and with --concurrency auto (workers from 600 files).
printTable(
  ['tool', 'files', 'wall time', 'peak memory', 'stromlint', 'peak memory', 'stromlint / peer', 'stromlint --concurrency auto', 'peak memory', 'auto / peer'],
  peers.map(([name, f, args]) => {
    const peer = measure(args);
    const row = [name, f, show(peer), memory(peer.mb)];
    if (!CLI_BUILT) return [...row, NOT_BUILT, '', '', '', '', ''];
    const auto = measure([...lintArgs(FOLDERS[f]), '--concurrency', 'auto']);
    return [...row, show(lint[f]), memory(lint[f].mb), ratio(lint[f].ms, peer.ms, 2), show(auto), memory(auto.mb), ratio(auto.ms, peer.ms, 2)];
  }),
);

// 4. Recogniser throughput, in process, over every file's text in paragraph-sized pieces.
console.log('## Recogniser throughput\n');
if (fs.existsSync(RECOGNISER)) {
  const { recogniseText } = await import(pathToFileURL(RECOGNISER).href);
  const pieces = FORMATS.flatMap((f) => sources[f].flatMap((s) => s.text.split(/\n\s*\n/)));
  const bytes = pieces.reduce((s, p) => s + Buffer.byteLength(p), 0);
  for (const piece of pieces) recogniseText(piece);
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    for (const piece of pieces) recogniseText(piece);
    return performance.now() - start;
  });
  const ms = median(times);
  console.log(`recogniseText over ${pieces.length} paragraph-sized pieces (${mb(bytes)} MB, markup included): ${seconds(ms)}, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s\n`);
} else console.log('n/a (dist/src/language/index.js not built: npm run build)\n');

// 5. Peak memory of the whole run.
console.log(
  `## Whole run (load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})\n`,
);
console.log(
  CLI_BUILT ? `stromlint over all ${FORMATS.reduce((s, f) => s + sources[f].length, 0)} files: ${show(lint.all)}, peak memory ${memory(lint.all.mb)}\n` : `${NOT_BUILT}\n`,
);

// 6. Cache: cold runs (the cache deleted first) against warm runs on the unchanged corpus.
console.log('## Cache\n');
if (CLI_BUILT) {
  const cacheFile = path.join(os.tmpdir(), `stromlint-bench-cache-${process.pid}.json`);
  const cached = [...lintArgs(...ALL), '--cache', '--cache-location', cacheFile];
  const cold = measure(cached, () => fs.rmSync(cacheFile, { force: true }));
  const warm = measure(cached);
  fs.rmSync(cacheFile, { force: true });
  printTable(
    ['run', 'wall time', 'peak memory', 'cold / warm'],
    [
      ['cold (no cache file)', show(cold), memory(cold.mb), ''],
      ['warm (nothing changed)', show(warm), memory(warm.mb), ratio(cold.ms, warm.ms)],
    ],
  );
} else console.log(`${NOT_BUILT}\n`);

// 7. Inputs built to be slow, timed in process.
console.log('## Hostile inputs (one run each, in process)\n');
if (CLI_BUILT) await benchPathological(printTable);
else console.log(`${NOT_BUILT}\n`);

// 8. Where worker threads start to pay: one thread against one worker per core on evenly spread parts of the corpus.
if (values['break-even'] && CLI_BUILT) {
  const cores = os.cpus().length;
  const files = FORMATS.flatMap((f) => sources[f].map((s) => path.relative(corpus, s.file))).sort();
  console.log(`## One thread against ${cores} worker threads\n`);
  printTable(
    ['files', 'MB', '--concurrency off', `--concurrency ${cores}`, 'workers / one thread'],
    [...[200, 400, 600, 800, 1200].filter((n) => n < files.length), files.length].map((n) => {
      const part = Array.from({ length: n }, (_, i) => files[Math.floor((i * files.length) / n)]);
      const bytes = part.reduce((sum, f) => sum + fs.statSync(path.join(corpus, f)).size, 0);
      const off = measure([...lintArgs(...part), '--concurrency', 'off']);
      const on = measure([...lintArgs(...part), '--concurrency', String(cores)]);
      return [n, mb(bytes), show(off), show(on), ratio(on.ms, off.ms, 2)];
    }),
  );
}
