// Mutation testing over rules/, src/language/ and src/document/segment/. `npm run mutate` runs
// Stryker once per folder (scripts/mutate.mjs sets MUTATE_FOLDER), each with its own incremental file
// and report under reports/mutation/, so a folder re-runs only the mutants its changes touch.
// See docs/testing.md for the scores and how to read them.
import os from 'node:os';
import path from 'node:path';

/** The folders measured, by the name their reports carry. */
export const FOLDERS = {
  rules: ['rules/**/*.ts', '!rules/index.ts'],
  language: ['src/language/**/*.ts'],
  segment: ['src/document/segment/**/*.ts'],
};

const folder = process.env.MUTATE_FOLDER;
if (folder !== undefined && !FOLDERS[folder]) throw new Error(`MUTATE_FOLDER must be one of ${Object.keys(FOLDERS).join(', ')}`);
const name = folder ?? 'all';
/** MUTATE_FILES (comma-separated): mutate these files of the folder only, e.g. when the whole folder takes hours. */
const files = process.env.MUTATE_FILES?.split(',').filter(Boolean);
/**
 * MUTATE_IGNORE_STATIC=1: leave out static mutants, those in code run when a module loads (a rule's
 * metadata and messages, word lists, patterns). Each must be tested against every test, not only those
 * that cover it, which on two cores takes hours for rules/ and src/language/.
 */
const ignoreStatic = process.env.MUTATE_IGNORE_STATIC === '1';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  mutate: files?.length ? files : folder ? FOLDERS[folder] : Object.values(FOLDERS).flat(),
  ignorePatterns: ['dist', 'coverage', 'reports', 'bench/.corpus', '.stromlintcache', 'eval'],
  ignoreStatic,
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 80, low: 70, break: null },
  // Outside the repository: inside it, the sandbox's fixtures would fall under the repository's .gitignore.
  tempDirName: path.join(os.tmpdir(), 'stromlint-stryker'),
  cleanTempDir: true,
};
