import { availableParallelism } from 'node:os';
import path from 'node:path';
import { discoverFiles } from '../files/discover.js';
import { formatOf } from '../files/formats.js';
import { readAhead } from '../files/read-ahead.js';
import { readStream } from '../files/read.js';
import { lookUp, openCache } from './cache.js';
import { finishRun, type LintRun } from './finish-run.js';
import { lintSource } from './lint-source.js';
import { lintInWorkers } from './pool.js';
import { prepareRun, sourceOptions, type LintOptions } from './setup.js';
import type { FileResult } from './types.js';
import { lintRead, lintReadCached, skippedResult } from './lint-read.js';

export type { LintOptions } from './setup.js';
export type { LintRun } from './finish-run.js';

/** Lints files, folders and globs: the programmatic form of the command line. */
export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintRun> {
  const setup = await prepareRun(options);
  const cwd = options.cwd ?? process.cwd();
  const found = await discoverFiles(patterns, {
    cwd,
    ignores: setup.loaded.config.ignores ?? [],
    extensions: setup.extensions,
  });
  const cache = openCache(setup, options);
  const results: FileResult[] = new Array(found.files.length);
  const threads = options.workerUrl ? workerCount(options.concurrency ?? 'off', found.files.length) : 0;
  // Workers read their files themselves, unless the cache must see them first.
  const readHere = cache !== undefined || threads === 0;
  const misses: Array<{ index: number; key?: string }> = readHere ? [] : found.files.map((_, index) => ({ index }));
  let index = 0;
  for await (const read of readAhead(readHere ? found.files : [], setup.limits.maxFileBytes)) {
    const file = found.files[index]!;
    if (threads === 0) results[index] = await lintReadCached(file, read, setup, cache);
    else {
      // Only the cache's misses go to the workers.
      const { hit, key } = lookUp(cache, setup, file, read);
      if (hit) results[index] = hit;
      else misses.push({ index, key });
    }
    index += 1;
  }
  if (misses.length > 0) {
    const files = misses.map((m) => found.files[m.index]!);
    const linted = await lintInWorkers(files, { ...options, cwd }, options.workerUrl!, threads, setup.fileTimeoutMs, setup.locale);
    misses.forEach((miss, i) => {
      results[miss.index] = linted[i]!;
      if (miss.key) cache!.set(found.files[miss.index]!, miss.key, linted[i]!);
    });
  }
  const cacheError = await cache?.save().then(() => undefined, (error: Error) => error);
  const notLinted = found.skipped.map((entry) => skippedResult(entry, setup));
  return { ...finishRun([...results, ...notLinted], setup, found.unmatched), ...(cacheError ? { cacheError } : {}) };
}

/**
 * Below this many files, worker threads cost more than they save: on two cores, two workers took
 * 1.09 times as long as one thread on 400 files and 0.86 times on 800 (docs/performance.md).
 */
export const AUTO_WORKERS_MIN_FILES = 600;

/** Worker threads for a run: never more than files or cores, as each holds a whole parser stack in memory. */
export function workerCount(concurrency: 'off' | 'auto' | number, files: number): number {
  const cores = availableParallelism();
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') return files >= AUTO_WORKERS_MIN_FILES && cores > 1 ? Math.min(cores, 4) : 0;
  return Math.max(0, Math.min(Math.floor(concurrency), files, cores));
}

/** Lints text that is not read from disk (stdin, an editor buffer). */
export async function lintText(text: string, filePath: string, options: LintOptions = {}): Promise<LintRun> {
  const setup = await prepareRun(options);
  const absolute = path.resolve(options.cwd ?? process.cwd(), filePath);
  const format = formatOf(absolute, setup.extensions) ?? 'markdown';
  const result = await lintSource(absolute, text.replace(/^\uFEFF/, ''), format, sourceOptions(setup, absolute));
  return finishRun([result], setup, []);
}

/** Lints what a stream delivers (standard input) as the file `filePath`, read up to the size limit. */
export async function lintStream(stream: AsyncIterable<Uint8Array>, filePath: string, options: LintOptions = {}): Promise<LintRun> {
  const setup = await prepareRun(options);
  const read = await readStream(stream, setup.limits.maxFileBytes);
  return finishRun([await lintRead(path.resolve(setup.cwd, filePath), read, setup)], setup, []);
}
