import path from 'node:path';
import picomatch from 'picomatch';
import { decode } from '../files/decode.js';
import { ignoreFilter } from '../files/discover.js';
import { formatOf } from '../files/formats.js';
import { blobContents, blobSizes, indexedFiles, stagedFiles, workTreeTop, type IndexedFile } from '../files/git-staged.js';
import type { ReadResult } from '../files/read.js';
import { openCache } from './cache.js';
import { finishRun, type LintRun } from './finish-run.js';
import { lintReadCached } from './lint-read.js';
import { fileSettings, prepareRun, type LintOptions, type RunSetup } from './setup.js';
import type { FileResult } from './types.js';

/** Blobs read from git at a time: a repository of any size is read in bounded memory. */
const BATCH = 200;

/**
 * Lints the staged content of staged files (the pre-commit case): positions are in the staged version.
 * Whole-run rules (products that are hard to tell apart) also see the rest of the repository as the
 * commit will hold it — every file stromlint would lint, or what `staged.context` in the config names —
 * so that a hook finds what a full run finds; only the staged files are reported on.
 */
export async function lintStaged(options: LintOptions = {}): Promise<LintRun> {
  const setup = await prepareRun(options);
  const top = await workTreeTop(setup.cwd);
  const ignored = ignoreFilter(setup.cwd, setup.loaded.config.ignores ?? []);
  const lintable = (file: IndexedFile) => formatOf(file.filePath, setup.extensions) !== null && !ignored(file.filePath);
  const staged = (await stagedFiles(top)).filter(lintable);
  const reported = new Set(staged.map((f) => f.filePath));
  const inContext = contextFilter(setup, staged);
  const context = inContext ? (await indexedFiles(top)).filter((f) => lintable(f) && !reported.has(f.filePath) && inContext(f.filePath)) : [];

  const cache = openCache(setup, options);
  const results: FileResult[] = [];
  for (let i = 0; i < staged.length + context.length; i += BATCH) {
    const batch = [...staged, ...context].slice(i, i + BATCH);
    for (const [file, read] of await readBlobs(top, batch, setup.limits.maxFileBytes)) {
      const result = await lintReadCached(file.filePath, read, setup, cache);
      // A context file lends its products to whole-run rules; its source is never shown.
      if (!reported.has(file.filePath)) delete result.source;
      results.push(result);
    }
  }
  const cacheError = await cache?.save().then(() => undefined, (error: Error) => error);
  const run = finishRun(results, setup, []);
  return { ...run, results: run.results.filter((r) => reported.has(r.filePath)), ...(cacheError ? { cacheError } : {}) };
}

/**
 * Which committed files are context, or undefined when none need be read: when no whole-run rule is
 * on for a staged file, or `staged.context` is false.
 */
function contextFilter(setup: RunSetup, staged: readonly IndexedFile[]): ((filePath: string) => boolean) | undefined {
  const wanted = setup.loaded.config.staged?.context ?? true;
  if (wanted === false) return undefined;
  if (!staged.some((f) => fileSettings(setup, f.filePath).rules.some((active) => active.rule.scope === 'run'))) return undefined;
  if (wanted === true) return () => true;
  const isMatch = picomatch(wanted, { dot: true });
  return (filePath) => isMatch(path.relative(setup.loaded.baseDir, filePath).split(path.sep).join('/'));
}

/** The files' staged content, decoded; content over the size limit is reported, never read. */
async function readBlobs(top: string, files: readonly IndexedFile[], maxBytes: number): Promise<Array<[IndexedFile, ReadResult]>> {
  const sizes = await blobSizes(top, files.map((f) => f.oid));
  const small = files.filter((f) => (sizes.get(f.oid) ?? 0) <= maxBytes);
  const contents = await blobContents(top, small.map((f) => f.oid));
  return files.map((file): [IndexedFile, ReadResult] => {
    const bytes = contents.get(file.oid);
    return [file, bytes ? decode(bytes) : { kind: 'too-large', size: sizes.get(file.oid) ?? 0 }];
  });
}
