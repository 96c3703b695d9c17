import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { FileSettings } from '../config/resolve.js';
import { decode } from '../files/decode.js';
import { discoverFiles } from '../files/discover.js';
import { stagedFiles } from '../files/git-staged.js';
import { formatOf } from '../files/formats.js';
import { configIgnores, gitRoot, IgnoreFiles, isNeverLinted } from '../files/ignore-files.js';
import { readAhead } from '../files/read-ahead.js';
import type { ReadResult } from '../files/read.js';
import { VERSION } from '../package-info.js';
import { BUILTIN_MESSAGES } from './builtin-messages.js';
import { CACHE_FILE, hashOf, LintCache } from './cache.js';
import { fatalResult } from './fatal-result.js';
import { engineFinding } from './findings.js';
import { finishRun, type LintRun } from './finish-run.js';
import { lintSource } from './lint-source.js';
import { lintInWorkers } from './pool.js';
import { configFor, configOf, fileSettings, prepareRun, sourceOptions, type ConfigSetup, type LintOptions, type RunSetup } from './setup.js';
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
  const cache = options.cache ? new LintCache(path.resolve(cwd, options.cacheLocation ?? CACHE_FILE), runKey(setup)) : undefined;
  const results: FileResult[] = new Array(found.files.length);
  const threads = options.workerUrl ? workerCount(options.concurrency ?? 'off', found.files.length) : 0;
  const progress = progressCounter(found.files.length, options.onProgress);
  // Workers read their files themselves, unless the cache must see them first.
  const readHere = cache !== undefined || threads === 0;
  const misses: Array<{ index: number; key?: string }> = readHere ? [] : found.files.map((_, index) => ({ index }));
  let index = 0;
  for await (const read of readAhead(readHere ? found.files : [], (file) => configFor(setup, file).limits.maxFileBytes)) {
    const file = found.files[index]!;
    const key = cache && read.kind === 'text' ? hashOf(read.text, settingsKey(fileSettings(setup, file), configFor(setup, file))) : undefined;
    const hit = key ? cache!.get(file, key) : undefined;
    if (hit) {
      results[index] = setup.keepSource && read.kind === 'text' ? { ...hit, source: read.text } : hit;
      progress();
    } else if (threads > 0) misses.push({ index, key });
    else {
      const result = await lintRead(file, read, setup);
      results[index] = result;
      if (key) cache!.set(file, key, result);
      progress();
    }
    index += 1;
  }
  if (misses.length > 0) {
    const files = misses.map((m) => found.files[m.index]!);
    const linted = await lintInWorkers(files, { ...options, cwd }, workerConfigs(setup, files), options.workerUrl!, threads, options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS, setup.locale, progress);
    misses.forEach((miss, i) => {
      results[miss.index] = linted[i]!;
      if (miss.key) cache!.set(found.files[miss.index]!, miss.key, linted[i]!);
    });
  }
  await cache?.save();
  if (setup.warnIgnored) results.push(...found.ignored.map((file) => ignoredResult(file, setup)));
  return finishRun(results, setup, found);
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
  return { filePath, products: [], findings: [engineFinding({ ruleId: 'ignored-file', messageId: 'ignoredFile', template: BUILTIN_MESSAGES.ignoredFile, severity: 'warn' }, setup.locale)] };
}

/** Per-file time budget with worker threads. */
const DEFAULT_FILE_TIMEOUT_MS = 30_000;

/**
 * Below this many files, worker threads cost more than they save: on two cores, two workers took
 * 1.09 times as long as one thread on 400 files and 0.86 times on 800 (docs/performance.md).
 */
const AUTO_WORKERS_MIN_FILES = 600;

function workerCount(concurrency: 'off' | 'auto' | number, files: number): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') return files >= AUTO_WORKERS_MIN_FILES && availableParallelism() > 1 ? Math.min(availableParallelism(), 4) : 0;
  return Math.max(0, Math.floor(concurrency));
}

/** What every cached result depends on besides its file and that file's settings. */
function runKey(setup: RunSetup): string {
  return hashOf(VERSION, setup.callerRules.map((r) => r.id).join(','), setup.locale, String(setup.allowDisableWithoutReason));
}

function settingsKey(settings: FileSettings, config: ConfigSetup): string {
  return JSON.stringify([
    settings.rules.map((r) => [r.rule.id, r.severity, r.options]),
    settings.html ?? {},
    config.limits,
    config.extensions,
    config.loaded.config.feed ?? {},
  ]);
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

/** Lints the staged content of staged files (the pre-commit case): positions are in the staged version. */
export async function lintStaged(options: LintOptions = {}): Promise<LintRun> {
  const setup = await prepareRun(options);
  const ignoreFiles = new IgnoreFiles(gitRoot(setup.cwd) ?? setup.cwd);
  const byConfig = configIgnores(setup.main.loaded.baseDir, setup.main.loaded.config.ignores ?? []);
  const staged = await stagedFiles(setup.cwd, (f) => formatOf(f, setup.main.extensions) !== null && !isNeverLinted(f) && !ignoreFiles.ignores(f) && !byConfig(f));
  const results: FileResult[] = [];
  for (const { filePath, bytes } of staged) {
    const { limits } = await configOf(setup, filePath);
    const read: ReadResult = bytes.length > limits.maxFileBytes ? { kind: 'too-large', size: bytes.length } : decode(bytes);
    results.push(await lintRead(filePath, read, setup));
  }
  return finishRun(results, setup);
}

/** Lints one file already read (or reports why it could not be). */
export async function lintRead(filePath: string, read: ReadResult, setup: RunSetup): Promise<FileResult> {
  const config = configFor(setup, filePath);
  switch (read.kind) {
    case 'too-large':
      return fatalResult(filePath, 'too-large', 'tooLarge', setup.locale, { size: read.size, limit: config.limits.maxFileBytes });
    case 'error':
      return fatalResult(filePath, 'read-error', 'readError', setup.locale, { code: read.code, detail: read.message });
    case 'binary':
      return { filePath, findings: [], products: [], skipped: `binary file (${read.reason})` };
    case 'not-regular':
      return { filePath, findings: [], products: [], skipped: read.reason };
    case 'text': {
      const format = formatOf(filePath, config.extensions) ?? 'markdown';
      return lintSource(filePath, read.text, format, sourceOptions(setup, filePath));
    }
  }
}
