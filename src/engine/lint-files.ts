import { availableParallelism } from 'node:os';
import path from 'node:path';
import { discoverFiles } from '../files/discover.js';
import { formatOf } from '../files/formats.js';
import { readAhead } from '../files/read-ahead.js';
import { readStream } from '../files/read.js';
import { BUILTIN_MESSAGES } from './builtin-messages.js';
import { lookUp, openCache } from './cache.js';
import { engineFinding } from './findings.js';
import { finishRun, type LintRun } from './finish-run.js';
import { lintRead, lintReadCached, skippedResult } from './lint-read.js';
import { lintSource } from './lint-source.js';
import { lintInWorkers } from './pool.js';
import { configFor, configOf, prepareRun, sourceOptions, type ConfigSetup, type LintOptions, type RunSetup } from './setup.js';
import type { FileResult } from './types.js';

export type { LintOptions } from './setup.js';
export type { LintRun } from './finish-run.js';

/** Lints files, folders and globs: the programmatic form of the command line. */
export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintRun> {
  const setup = await prepareRun(options);
  const cwd = setup.cwd;
  const found = await discoverFiles(patterns, {
    cwd,
    rulesFor: async (file) => {
      const config = await configOf(setup, file);
      return { extensions: config.extensions, ignores: config.loaded.config.ignores ?? [], baseDir: config.loaded.baseDir };
    },
  });
  const cache = openCache(setup, options);
  const results: FileResult[] = new Array(found.files.length);
  const threads = options.workerUrl ? workerCount(options.concurrency ?? 'off', found.files.length) : 0;
  const progress = progressCounter(found.files.length, options.onProgress);
  // Workers read their files themselves, unless the cache must see them first.
  const readHere = cache !== undefined || threads === 0;
  const misses: Array<{ index: number; key?: string }> = readHere ? [] : found.files.map((_, index) => ({ index }));
  let index = 0;
  for await (const read of readAhead(readHere ? found.files : [], (file) => configFor(setup, file).limits.maxFileBytes)) {
    const file = found.files[index]!;
    if (threads === 0) {
      results[index] = await lintReadCached(file, read, setup, cache);
      progress();
    } else {
      // Only the cache's misses go to the workers.
      const { hit, key } = lookUp(cache, setup, file, read);
      if (hit) {
        results[index] = hit;
        progress();
      } else misses.push({ index, key });
    }
    index += 1;
  }
  if (misses.length > 0) {
    const files = misses.map((m) => found.files[m.index]!);
    const linted = await lintInWorkers(files, { ...options, cwd }, workerConfigs(setup, files), options.workerUrl!, threads, setup.fileTimeoutMs, setup.locale, progress);
    misses.forEach((miss, i) => {
      results[miss.index] = linted[i]!;
      if (miss.key) cache!.set(found.files[miss.index]!, miss.key, linted[i]!);
    });
  }
  const cacheError = await cache?.save().then(
    () => undefined,
    (error: Error) => error,
  );
  results.push(...found.skipped.map((entry) => skippedResult(entry, setup)));
  if (setup.warnIgnored) results.push(...found.ignored.map((file) => ignoredResult(file, setup)));
  return { ...finishRun(results, setup, found), ...(cacheError ? { cacheError } : {}) };
}

/** Calls `onProgress` with the number of files done so far. */
function progressCounter(total: number, onProgress: LintOptions['onProgress']): () => void {
  let done = 0;
  return () => onProgress?.(++done, total);
}

/** The configs the workers need, checked here: a worker neither searches nor runs a JavaScript config. */
function workerConfigs(setup: RunSetup, files: string[]): { configs: ConfigSetup['loaded'][]; index: number[] } {
  const configs = [setup.main.loaded];
  const index = files.map((file) => {
    const loaded = configFor(setup, file).loaded;
    let at = configs.indexOf(loaded);
    if (at === -1) at = configs.push(loaded) - 1;
    return at;
  });
  return { configs, index };
}

/** A file named explicitly but ignored: said, as ESLint says it, so that a mistyped path does not pass in silence. */
function ignoredResult(filePath: string, setup: RunSetup): FileResult {
  return {
    filePath,
    products: [],
    findings: [engineFinding({ ruleId: 'ignored-file', messageId: 'ignoredFile', template: BUILTIN_MESSAGES.ignoredFile, severity: 'warn' }, setup.locale)],
  };
}

/**
 * Below this many files, worker threads cost more than they save: on two cores, two workers took
 * 1.09 times as long as one thread on 400 files and 0.86 times on 800 (docs/performance.md).
 */
const AUTO_WORKERS_MIN_FILES = 600;

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
  const absolute = path.resolve(setup.cwd, filePath);
  const config = await configOf(setup, absolute);
  const format = formatOf(absolute, config.extensions) ?? 'markdown';
  const result = await lintSource(absolute, text.replace(/^\uFEFF/, ''), format, sourceOptions(setup, absolute));
  return finishRun([result], setup);
}

/** Lints what a stream delivers (standard input) as the file `filePath`, read up to that file's size limit. */
export async function lintStream(stream: AsyncIterable<Uint8Array>, filePath: string, options: LintOptions = {}): Promise<LintRun> {
  const setup = await prepareRun(options);
  const absolute = path.resolve(setup.cwd, filePath);
  const { limits } = await configOf(setup, absolute);
  const read = await readStream(stream, limits.maxFileBytes);
  return finishRun([await lintRead(absolute, read, setup)], setup);
}
