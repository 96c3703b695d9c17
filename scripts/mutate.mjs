#!/usr/bin/env node
// npm run mutate [-- rules|language|segment …] [-- --report-only] [-- --files=a.ts,b.ts] [-- --ignore-static]
// --files mutates only those files (of the one folder named), for a subset when a whole folder takes hours.
// --ignore-static leaves out static mutants (code run when a module loads; see stryker.config.mjs).
// Runs Stryker over each folder in turn (incremental: only mutants whose code or covering tests
// changed are run again), then prints the score of every folder that has a report. Not part of
// `npm test`: a full first run takes hours on two cores.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOLDERS } from '../stryker.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');
const ignoreStatic = args.includes('--ignore-static');
const asked = args.filter((a) => !a.startsWith('--'));
const files = args.find((a) => a.startsWith('--files='))?.slice('--files='.length);
if (files !== undefined && asked.length !== 1) {
  console.error('npm run mutate: --files needs exactly one folder');
  process.exit(2);
}
const unknown = asked.filter((a) => !(a in FOLDERS));
if (unknown.length > 0) {
  console.error(`npm run mutate: unknown folder ${unknown.join(', ')} (one of ${Object.keys(FOLDERS).join(', ')})`);
  process.exit(2);
}
const folders = asked.length > 0 ? asked : Object.keys(FOLDERS);
const TARGET = 70;

if (!reportOnly) {
  for (const folder of folders) {
    console.log(`\n── stryker: ${folder} (${files ? files.split(',').join(' ') : FOLDERS[folder].join(' ')})`);
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, MUTATE_FOLDER: folder, ...(files ? { MUTATE_FILES: files } : {}), ...(ignoreStatic ? { MUTATE_IGNORE_STATIC: '1' } : {}) },
    });
    if (run.status !== 0) {
      console.error(`npm run mutate: stryker failed on ${folder} (exit ${run.status})`);
      process.exit(run.status ?? 2);
    }
  }
}

/** Counts of a Stryker JSON report by status, and the score: detected ÷ (detected + undetected). */
function tally(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = { Killed: 0, Survived: 0, Timeout: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0 };
  for (const { mutants } of Object.values(report.files)) for (const m of mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return { ...counts, files: Object.keys(report.files).length, score: valid === 0 ? 100 : (100 * detected) / valid };
}

const rows = [];
for (const folder of Object.keys(FOLDERS)) {
  const file = path.join(root, 'reports/mutation', `${folder}.json`);
  if (existsSync(file)) rows.push([folder, tally(file)]);
}
console.log(`\nmutation score per folder (target ${TARGET} %)`);
console.log(
  `${'folder'.padEnd(10)} ${'score'.padStart(7)} ${'killed'.padStart(7)} ${'timeout'.padStart(8)} ${'survived'.padStart(9)} ${'no cov.'.padStart(8)} ${'errors'.padStart(7)} ${'ignored'.padStart(8)} ${'files'.padStart(6)}`,
);
for (const [folder, t] of rows) {
  const flag = t.score >= TARGET ? '' : `  below ${TARGET} %`;
  console.log(
    `${folder.padEnd(10)} ${`${t.score.toFixed(2)} %`.padStart(7)} ${String(t.Killed).padStart(7)} ${String(t.Timeout).padStart(8)} ${String(t.Survived).padStart(9)} ${String(t.NoCoverage).padStart(8)} ${String(t.CompileError + t.RuntimeError).padStart(7)} ${String(t.Ignored).padStart(8)} ${String(t.files).padStart(6)}${flag}`,
  );
}
if (rows.length === 0) console.log('(no reports yet under reports/mutation/)');
