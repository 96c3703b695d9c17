import path from 'node:path';
import picomatch from 'picomatch';
import { decode } from '../files/decode.js';
import { formatOf } from '../files/formats.js';
import { blobContents, blobSizes, indexedFiles, stagedFiles, workTreeTop, type IndexedFile } from '../files/git-staged.js';
import { configIgnores, IgnoreFiles, isNeverLinted } from '../files/ignore-files.js';
import type { ReadResult } from '../files/read.js';
import { openCache } from './cache.js';
import { finishRun, type LintRun } from './finish-run.js';
import { lintReadCached } from './lint-read.js';
import { configFor, configOf, fileSettings, prepareRun, type ConfigSetup, type LintOptions, type RunSetup } from './setup.js';
import type { FileResult } from './types.js';

/** Blobs read from git at a time: a repository of any size is read in bounded memory. */
const BATCH = 200;

/**
 * Lints the staged content of staged files (the pre-commit case): positions are in the staged version.
 * Each file is linted under its own config, and only when a folder walk would lint it: a format its
 * config reads, not on the skip list, not ignored by an ignore file or its config's `ignores`.
 * Whole-run rules (products that are hard to tell apart) also see the rest of the repository as the
 * commit will hold it — every file stromlint would lint, or what `staged.context` in the config names —
 * so that a hook finds what a full run finds; only the staged files are reported on.
 */
export async function lintStaged(options: LintOptions = {}): Promise<LintRun> {
  const setup = await prepareRun(options);
  const top = await workTreeTop(setup.cwd);
  const lintable = lintableFilter(setup, top);
  const staged = await filterAsync(await stagedFiles(top), lintable);
  const reported = new Set(staged.map((f) => f.filePath));
  const inContext = contextFilter(setup, staged);
  const context = inContext ? await filterAsync(await indexedFiles(top), async (f) => !reported.has(f.filePath) && inContext(f.filePath) && (await lintable(f))) : [];

  const cache = openCache(setup, options);
  const results: FileResult[] = [];
  const all = [...staged, ...context];
  for (let i = 0; i < all.length; i += BATCH) {
    for (const [file, read] of await readBlobs(top, all.slice(i, i + BATCH), (f) => configFor(setup, f.filePath).limits.maxFileBytes)) {
      const result = await lintReadCached(file.filePath, read, setup, cache);
      // A context file lends its products to whole-run rules; its source is never shown.
      if (!reported.has(file.filePath)) delete result.source;
      results.push(result);
    }
  }
  const cacheError = await cache?.save().then(
    () => undefined,
    (error: Error) => error,
  );
  const run = finishRun(results, setup, { files: staged.map((f) => f.filePath) });
  return { ...run, results: run.results.filter((r) => reported.has(r.filePath)), ...(cacheError ? { cacheError } : {}) };
}

/** Whether a file of the index is one a folder walk would lint, under its own config (found and set up here). */
function lintableFilter(setup: RunSetup, top: string): (file: IndexedFile) => Promise<boolean> {
  const ignoreFiles = new IgnoreFiles(top);
  const byConfig = new Map<ConfigSetup, (filePath: string) => boolean>();
  return async ({ filePath }) => {
    if (isNeverLinted(path.relative(top, filePath))) return false;
    const config = await configOf(setup, filePath);
    if (formatOf(filePath, config.extensions) === null || ignoreFiles.ignores(filePath)) return false;
    let ignored = byConfig.get(config);
    if (!ignored) {
      ignored = configIgnores(config.loaded.baseDir, config.loaded.config.ignores ?? []);
      byConfig.set(config, ignored);
    }
    return !ignored(filePath);
  };
}

async function filterAsync<T>(items: readonly T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept: T[] = [];
  for (const item of items) if (await keep(item)) kept.push(item);
  return kept;
}

/**
 * Which committed files are context, or undefined when none need be read: when no whole-run rule is
 * on for a staged file, or `staged.context` is false.
 */
function contextFilter(setup: RunSetup, staged: readonly IndexedFile[]): ((filePath: string) => boolean) | undefined {
  // The run's own config says what the context is: the context is shared by every staged file.
  const wanted = setup.main.loaded.config.staged?.context ?? true;
  if (wanted === false) return undefined;
  if (!staged.some((f) => fileSettings(setup, f.filePath).rules.some((active) => active.rule.scope === 'run'))) return undefined;
  if (wanted === true) return () => true;
  const isMatch = picomatch(wanted, { dot: true });
  return (filePath) => isMatch(path.relative(setup.main.loaded.baseDir, filePath).split(path.sep).join('/'));
}

/** The files' staged content, decoded; content over the size limit is reported, never read. */
async function readBlobs(top: string, files: readonly IndexedFile[], maxBytes: (file: IndexedFile) => number): Promise<Array<[IndexedFile, ReadResult]>> {
  const sizes = await blobSizes(
    top,
    files.map((f) => f.oid),
  );
  const fits = (f: IndexedFile) => (sizes.get(f.oid) ?? 0) <= maxBytes(f);
  const contents = await blobContents(top, [...new Set(files.filter(fits).map((f) => f.oid))]);
  return files.map((file): [IndexedFile, ReadResult] => {
    const bytes = fits(file) ? contents.get(file.oid) : undefined;
    return [file, bytes ? decode(bytes) : { kind: 'too-large', size: sizes.get(file.oid) ?? 0 }];
  });
}
