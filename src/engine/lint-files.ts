import { availableParallelism } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { settingsForFile, type ActiveRule, type FileSettings } from '../config/resolve.js';
import type { ConfigFile, LoadedConfig, RuleSetting } from '../config/types.js';
import { validateConfig } from '../config/validate.js';
import type { Format } from '../document/types.js';
import { decode } from '../files/decode.js';
import { discoverFiles, ignoreFilter } from '../files/discover.js';
import { stagedFiles } from '../files/git-staged.js';
import { DEFAULT_EXTENSIONS, formatOf } from '../files/formats.js';
import { DEFAULT_LIMITS, type Limits } from '../files/limits.js';
import { readAhead } from '../files/read-ahead.js';
import type { ReadResult } from '../files/read.js';
import { ruleDocsUrl, VERSION } from '../package-info.js';
import { CACHE_FILE, hashOf, LintCache } from './cache.js';
import { lintInWorkers } from './pool.js';
import { PRESETS, RULES } from '../../rules/index.js';
import { applyDirectives } from './directives.js';
import { fatalResult } from './fatal-result.js';
import { lintSource, type SourceOptions } from './lint-source.js';
import { formatMessage, localeFromEnv } from './messages.js';
import { milder } from './severity.js';
import type { FileResult, Finding, Locale, ProductSummary, Rule } from './types.js';

export interface LintOptions {
  /** Folder paths and globs are resolved against (default: process.cwd()). */
  cwd?: string;
  /** A config file to use instead of searching for one. */
  configFile?: string;
  /** A configuration object to use instead of any file (library use). */
  config?: ConfigFile;
  /** Message language; default: config, then the environment. */
  locale?: Locale;
  /** Rule settings that win over the config (`--rule`). */
  rules?: Record<string, RuleSetting>;
  /** Keep each file's source in its result (for code frames). */
  keepSource?: boolean;
  allowDisableWithoutReason?: boolean;
  /** Reuse results of unchanged files from the cache file. */
  cache?: boolean;
  /** Where the cache is kept (default `.stromlintcache` in `cwd`). */
  cacheLocation?: string;
  /** `off`: lint on this thread; a number: that many worker threads; `auto`: workers when it pays. */
  concurrency?: 'off' | 'auto' | number;
  /** With worker threads: a file that takes longer than this is stopped and reported. */
  fileTimeoutMs?: number;
}

export interface LintRun {
  results: FileResult[];
  locale: Locale;
  rules: readonly Rule[];
  config: LoadedConfig;
  /** Arguments that matched no file. */
  unmatched: string[];
}

/** Everything a run needs that does not depend on the file. */
export interface RunSetup {
  loaded: LoadedConfig;
  locale: Locale;
  limits: Limits;
  extensions: Record<string, Format>;
  cliRules: Record<string, RuleSetting>;
  allowDisableWithoutReason: boolean;
  keepSource: boolean;
}

/** Loads and validates the configuration; a bad config throws ConfigError (exit code 2). */
export async function prepareRun(options: LintOptions): Promise<RunSetup> {
  const cwd = options.cwd ?? process.cwd();
  const loaded: LoadedConfig = options.config ? { config: options.config, baseDir: cwd } : await loadConfig(cwd, options.configFile);
  const registry = new Map(RULES.map((r) => [r.id, r] as const));
  await validateConfig(loaded.config, loaded.filePath ?? 'config', registry);
  await validateConfig({ rules: options.rules ?? {} }, '--rule', registry);
  return {
    loaded,
    locale: options.locale ?? loaded.config.locale ?? localeFromEnv(),
    limits: { ...DEFAULT_LIMITS, ...loaded.config.limits },
    extensions: { ...DEFAULT_EXTENSIONS, ...loaded.config.extensions },
    cliRules: options.rules ?? {},
    allowDisableWithoutReason: options.allowDisableWithoutReason ?? false,
    keepSource: options.keepSource ?? false,
  };
}

/** Lints files, folders and globs: the programmatic form of the command line. */
export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintRun> {
  const setup = await prepareRun(options);
  const cwd = options.cwd ?? process.cwd();
  const found = await discoverFiles(patterns, {
    cwd,
    ignores: setup.loaded.config.ignores ?? [],
    extensions: setup.extensions,
  });
  const cache = options.cache ? new LintCache(path.resolve(cwd, options.cacheLocation ?? CACHE_FILE), runKey(setup)) : undefined;
  const results: FileResult[] = new Array(found.files.length);
  const threads = workerCount(options.concurrency ?? 'off', found.files.length);
  // Workers read their files themselves, unless the cache must see them first.
  const readHere = cache !== undefined || threads === 0;
  const misses: Array<{ index: number; key?: string }> = readHere ? [] : found.files.map((_, index) => ({ index }));
  let index = 0;
  for await (const read of readAhead(readHere ? found.files : [], setup.limits.maxFileBytes)) {
    const file = found.files[index]!;
    const key = cache && read.kind === 'text' ? hashOf(read.text, settingsKey(fileSettings(setup, file))) : undefined;
    const hit = key ? cache!.get(file, key) : undefined;
    if (hit) results[index] = setup.keepSource && read.kind === 'text' ? { ...hit, source: read.text } : hit;
    else if (threads > 0) misses.push({ index, key });
    else {
      const result = await lintRead(file, read, setup);
      results[index] = result;
      if (key) cache!.set(file, key, result);
    }
    index += 1;
  }
  if (misses.length > 0) {
    const files = misses.map((m) => found.files[m.index]!);
    const linted = await lintInWorkers(files, { ...options, cwd }, threads, options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS, setup.locale);
    misses.forEach((miss, i) => {
      results[miss.index] = linted[i]!;
      if (miss.key) cache!.set(found.files[miss.index]!, miss.key, linted[i]!);
    });
  }
  await cache?.save();
  return finishRun(results, setup, found.unmatched);
}

/** Per-file time budget with worker threads. */
const DEFAULT_FILE_TIMEOUT_MS = 30_000;

/**
 * Below this many files, worker threads cost more than they save: on two cores, two workers took
 * 1.09 times as long as one thread on 400 files and 0.86 times on 800 (docs/performance.md).
 */
export const AUTO_WORKERS_MIN_FILES = 600;

function workerCount(concurrency: 'off' | 'auto' | number, files: number): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') return files >= AUTO_WORKERS_MIN_FILES && availableParallelism() > 1 ? Math.min(availableParallelism(), 4) : 0;
  return Math.max(0, Math.floor(concurrency));
}

/** What every cached result depends on besides its file and that file's settings. */
function runKey(setup: RunSetup): string {
  return hashOf(VERSION, RULES.map((r) => r.id).join(','), setup.locale, JSON.stringify(setup.limits), JSON.stringify(setup.extensions), JSON.stringify(setup.loaded.config.feed ?? {}), String(setup.allowDisableWithoutReason));
}

function settingsKey(settings: FileSettings): string {
  return JSON.stringify([settings.rules.map((r) => [r.rule.id, r.severity, r.options]), settings.html ?? {}]);
}

/** Lints text that is not read from disk (stdin, an editor buffer). */
export async function lintText(text: string, filePath: string, options: LintOptions = {}): Promise<LintRun> {
  const setup = await prepareRun(options);
  const absolute = path.resolve(options.cwd ?? process.cwd(), filePath);
  const format = formatOf(absolute, setup.extensions) ?? 'markdown';
  const result = await lintSource(absolute, text.replace(/^\uFEFF/, ''), format, sourceOptions(setup, absolute));
  return finishRun([result], setup, []);
}

/** Lints the staged content of staged files (the pre-commit case): positions are in the staged version. */
export async function lintStaged(options: LintOptions = {}): Promise<LintRun> {
  const setup = await prepareRun(options);
  const cwd = options.cwd ?? process.cwd();
  const ignored = ignoreFilter(cwd, setup.loaded.config.ignores ?? []);
  const staged = await stagedFiles(cwd, (f) => formatOf(f, setup.extensions) !== null && !ignored(f));
  const results: FileResult[] = [];
  for (const { filePath, bytes } of staged) {
    const read: ReadResult = bytes.length > setup.limits.maxFileBytes ? { kind: 'too-large', size: bytes.length } : decode(bytes);
    results.push(await lintRead(filePath, read, setup));
  }
  return finishRun(results, setup, []);
}

/** Lints one file already read (or reports why it could not be). */
export async function lintRead(filePath: string, read: ReadResult, setup: RunSetup): Promise<FileResult> {
  switch (read.kind) {
    case 'too-large':
      return fatalResult(filePath, 'too-large', 'tooLarge', setup.locale, { size: read.size, limit: setup.limits.maxFileBytes });
    case 'error':
      return fatalResult(filePath, 'read-error', 'readError', setup.locale, { code: read.code, detail: read.message });
    case 'binary':
      return { filePath, findings: [], products: [], skipped: `binary file (${read.reason})` };
    case 'not-regular':
      return { filePath, findings: [], products: [], skipped: read.reason };
    case 'text': {
      const format = formatOf(filePath, setup.extensions) ?? 'markdown';
      return lintSource(filePath, read.text, format, sourceOptions(setup, filePath));
    }
  }
}

function sourceOptions(setup: RunSetup, filePath: string): SourceOptions {
  return {
    locale: setup.locale,
    limits: setup.limits,
    settings: fileSettings(setup, filePath),
    feedPriceUnit: setup.loaded.config.feed?.priceUnit,
    keepSource: setup.keepSource,
  };
}

const KNOWN_RULES: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

/** Settings per file, resolved once: the whole-run rules and directives ask again for every product. */
const settingsCache = new WeakMap<RunSetup, Map<string, FileSettings>>();

function fileSettings(setup: RunSetup, filePath: string): FileSettings {
  let byFile = settingsCache.get(setup);
  if (!byFile) settingsCache.set(setup, (byFile = new Map()));
  let settings = byFile.get(filePath);
  if (!settings) byFile.set(filePath, (settings = settingsForFile(setup.loaded, filePath, RULES, PRESETS, setup.cliRules)));
  return settings;
}

/** Runs the whole-run rules over every product of the run, then orders results and findings. */
export function finishRun(results: FileResult[], setup: RunSetup, unmatched: string[]): LintRun {
  const byFile = new Map(results.map((r) => [r.filePath, r] as const));
  const products = results.flatMap((r) => r.products);
  for (const rule of RULES) {
    if (rule.scope !== 'run') continue;
    const activeFor = (filePath: string): ActiveRule | undefined => fileSettings(setup, filePath).rules.find((a) => a.rule === rule);
    const eligible = products.filter((p) => activeFor(p.filePath));
    if (eligible.length === 0) continue;
    const first = activeFor(eligible[0]!.filePath)!;
    rule.checkRun(eligible, {
      options: first.options,
      locale: setup.locale,
      report: ({ messageId, product, data, severity }) => {
        const active = activeFor(product.filePath);
        const template = rule.messages[messageId];
        if (!active || !template) return;
        byFile.get(product.filePath)?.findings.push(runFinding(rule, active, product, messageId, template, setup.locale, data, severity));
      },
    });
  }
  for (const result of results) {
    if (result.directives) {
      const activeRules = new Set(fileSettings(setup, result.filePath).rules.map((r) => r.rule.id));
      result.findings = applyDirectives(result.directives, result.findings, { locale: setup.locale, allowWithoutReason: setup.allowDisableWithoutReason, knownRules: KNOWN_RULES, activeRules });
      delete result.directives;
    }
    result.findings.sort(compareFindings);
  }
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return { results, locale: setup.locale, rules: RULES, config: setup.loaded, unmatched };
}

function runFinding(
  rule: Rule,
  active: ActiveRule,
  product: ProductSummary,
  messageId: string,
  template: { nb: string; en: string },
  locale: Locale,
  data: Record<string, string | number> | undefined,
  severity: Finding['severity'] | undefined,
): Finding {
  const own = severity ?? rule.messageSeverity?.[messageId] ?? active.severity;
  return {
    ruleId: rule.id,
    messageId,
    severity: milder(own, active.severity),
    message: formatMessage(template, locale, { product: product.name, ...data }),
    product: product.name,
    docsUrl: ruleDocsUrl(rule.id),
    line: product.line,
    column: product.column,
    endLine: product.endLine,
    endColumn: product.endColumn,
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : 1);
}
