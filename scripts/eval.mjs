#!/usr/bin/env node
// npm run eval: accuracy of the built command line on labelled pages nobody on the project tuned
// the rules to: the development set in ../shared/eval/dev/ (when it is there) and the project's own
// blind batches in eval/batch-*/. Each set is linted in one run (distinct-products works across
// it) and scored finding by finding (scripts/eval/score.mjs). A measurement, not a test.
//
// usage: npm run eval [-- --set dev|batch-1|… (repeatable)] [--verbose] [--json]
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { combine, scoreSet } from './eval/score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const wanted = args.flatMap((a, i) => (args[i - 1] === '--set' ? [a] : []));

/** The sets there are: the shared development set, then the project's batches in order. */
export function evalSets() {
  const sets = [];
  const dev = path.resolve(root, '../shared/eval/dev');
  if (existsSync(path.join(dev, 'expected.json'))) sets.push({ name: 'dev', dir: dev });
  const own = path.join(root, 'eval');
  if (existsSync(own)) {
    for (const name of readdirSync(own)
      .filter((n) => /^batch-\d+$/.test(n))
      .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))) {
      if (existsSync(path.join(own, name, 'expected.json'))) sets.push({ name, dir: path.join(own, name) });
    }
  }
  return sets;
}

/** Lints one set in one run with the built command line; returns the JSON reporter's messages by relative path. */
function lintSet(dir) {
  const work = mkdtempSync(path.join(tmpdir(), 'stromlint-eval-'));
  try {
    for (const sub of ['html', 'md', 'json']) if (existsSync(path.join(dir, sub))) cpSync(path.join(dir, sub), path.join(work, sub), { recursive: true });
    // The sets' feed exports give prices in kroner (their READMEs say so).
    writeFileSync(path.join(work, '.stromlintrc.json'), JSON.stringify({ feed: { priceUnit: 'kr' } }));
    const run = spawnSync(process.execPath, [path.join(root, 'bin/stromlint.js'), '--format', 'json', '--locale', 'en', work], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 });
    let results;
    try {
      results = JSON.parse(run.stdout);
    } catch {
      throw new Error(`stromlint gave no JSON (exit ${run.status}): ${(run.stderr || '').trim().split('\n').pop()}`);
    }
    return new Map(results.map((r) => [path.relative(work, r.filePath).split(path.sep).join('/'), r.messages ?? []]));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function scoreNamedSet(set) {
  const expected = JSON.parse(readFileSync(path.join(set.dir, 'expected.json'), 'utf8'));
  return scoreSet(expected, lintSet(set.dir));
}

const pct = (x) => x.toFixed(2);
function table(name, figures) {
  const lines = [`${name}`, '  rule               recall  precision  messageId  traps  (expected hit fp)'];
  for (const [rule, s] of Object.entries(figures)) {
    lines.push(
      `  ${rule.padEnd(18)} ${pct(s.recall).padStart(6)}  ${pct(s.precision).padStart(9)}  ${pct(s.messageId).padStart(9)}  ${String(s.traps).padStart(5)}  (${s.expected} ${s.hit} ${s.fp})`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(path.join(root, 'dist/bundle/cli.js'))) {
    console.error('npm run eval: build first (npm run build)');
    process.exit(2);
  }
  const sets = evalSets().filter((s) => wanted.length === 0 || wanted.includes(s.name));
  if (!existsSync(path.resolve(root, '../shared/eval/dev'))) console.log('(../shared/eval/dev/ is absent: the development set is not scored)');
  const out = {};
  for (const set of sets) {
    const { figures, notes } = scoreNamedSet(set);
    out[set.name] = figures;
    if (asJson) continue;
    console.log(table(set.name, figures));
    if (verbose) for (const n of notes) console.log(`    ${n.kind.padEnd(4)} ${n.file}:${n.line} ${n.rule}/${n.messageId}`);
  }
  const batches = Object.entries(out).filter(([name]) => name.startsWith('batch-'));
  if (batches.length > 1 && !asJson) console.log(table(`all batches (${batches.length})`, combine(batches.map(([, f]) => f))));
  if (asJson) console.log(JSON.stringify(out, null, 2));
}
