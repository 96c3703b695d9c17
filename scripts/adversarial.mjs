#!/usr/bin/env node
// Runs the built command line on every input of the full adversarial generator
// (../shared/corpora/make-adversarial.mjs, not --small), one file per process with default settings,
// and fails unless every one ends within the budget (10 s) with exit code 0 or 1.
//
//   node scripts/adversarial.mjs [--budget 10] [--special] [--keep <folder>]
//   --special   also the named pipe and the links to /dev/zero and /dev/urandom
//   --keep      generate into <folder> and leave it there (default: a temporary folder, removed)
//
// Prints one line per input (seconds, peak memory, exit code, the finding ids) and a summary.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { memory, runNode } from '../bench/lib/child.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin/stromlint.js');
const GENERATOR = path.resolve(ROOT, '../shared/corpora/make-adversarial.mjs');

const { values } = parseArgs({ options: { budget: { type: 'string', default: '10' }, special: { type: 'boolean', default: false }, keep: { type: 'string' } } });
const budgetMs = Number(values.budget) * 1000;
if (!fs.existsSync(GENERATOR)) {
  console.error(`adversarial: ${GENERATOR} is absent`);
  process.exit(2);
}

const target = values.keep ? path.resolve(values.keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'stromlint-adversarial-'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stromlint-adversarial-run-'));
try {
  execFileSync(process.execPath, [GENERATOR, target, ...(values.special ? ['--special'] : [])], { stdio: 'ignore' });
  const failures = [];
  const inputs = inputsOf(target);
  for (const input of inputs) {
    const out = path.join(work, 'out.json');
    fs.rmSync(out, { force: true });
    // Twice the budget before the harness kills it: a run that takes longer than the budget is
    // reported as too slow, a run killed at its own budget would hide how slow it was.
    const run = runNode([CLI, input, '-f', `json:${out}`, '--no-baseline'], { cwd: work, timeoutMs: 2 * budgetMs });
    const ids = fs.existsSync(out) ? [...new Set(JSON.parse(fs.readFileSync(out, 'utf8')).flatMap((r) => r.messages.map((m) => m.ruleId)))] : undefined;
    const ok = !run.timedOut && run.ms <= budgetMs && (run.status === 0 || run.status === 1);
    if (!ok) failures.push(input);
    const name = JSON.stringify(path.relative(target, input));
    console.log(
      `${ok ? '  ' : '✗ '}${(run.ms / 1000).toFixed(2).padStart(6)} s ${memory(run.maxRssMB).padStart(8)}  exit ${String(run.timedOut ? 'killed' : run.status).padEnd(6)} ${name}  ${ids ? ids.join(',') || 'no findings' : 'no report'}`,
    );
  }
  console.log(
    `\n${inputs.length} inputs, ${failures.length} over ${budgetMs / 1000} s or not exit 0/1${failures.length ? `: ${failures.map((f) => path.relative(target, f)).join(', ')}` : ''}`,
  );
  process.exitCode = failures.length === 0 ? 0 : 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  if (!values.keep) fs.rmSync(target, { recursive: true, force: true });
}

/**
 * Every input, file by file: regular files, links (to files, to nothing, into a loop), named pipes.
 * A link to a folder is not a file: the folder holding the links is linted as a whole instead, which
 * shows that the walk does not follow them.
 */
function inputsOf(root) {
  const inputs = [];
  const foldersWithLinks = new Set();
  const stack = [root];
  while (stack.length > 0) {
    const folder = stack.pop();
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isSymbolicLink() && linksToFolder(full)) foldersWithLinks.add(folder);
      else inputs.push(full);
    }
  }
  return [...inputs, ...foldersWithLinks].sort();
}

function linksToFolder(file) {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false; // a link to nothing or into a loop: a file input of its own
  }
}
