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
import { readSource, type ReadResult } from '../files/read.js';
import { ruleDocsUrl } from '../package-info.js';
import { PRESETS, RULES } from '../../rules/index.js';
import { BUILTIN_MESSAGES } from './builtin-messages.js';
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
  validateConfig(loaded.config, loaded.filePath ?? 'config', registry);
  validateConfig({ rules: options.rules ?? {} }, '--rule', registry);
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
  const results: FileResult[] = [];
  for (const file of found.files) results.push(await lintPath(file, setup));
  return finishRun(results, setup, found.unmatched);
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

/** Reads, decodes and lints one file from disk. */
export async function lintPath(filePath: string, setup: RunSetup): Promise<FileResult> {
  return lintRead(filePath, await readSource(filePath, setup.limits.maxFileBytes), setup);
}

async function lintRead(filePath: string, read: ReadResult, setup: RunSetup): Promise<FileResult> {
  const fatal = (ruleId: string, messageId: keyof typeof BUILTIN_MESSAGES, data: Record<string, string | number>): FileResult => ({
    filePath,
    products: [],
    findings: [{ ruleId, messageId, severity: 'error', fatal: true, message: formatMessage(BUILTIN_MESSAGES[messageId], setup.locale, data), line: 1, column: 1, endLine: 1, endColumn: 1 }],
  });
  switch (read.kind) {
    case 'too-large':
      return fatal('too-large', 'tooLarge', { size: read.size, limit: setup.limits.maxFileBytes });
    case 'error':
      return fatal('read-error', 'readError', { code: read.code, detail: read.message });
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
    allowDisableWithoutReason: setup.allowDisableWithoutReason,
    knownRules: KNOWN_RULES,
    keepSource: setup.keepSource,
  };
}

const KNOWN_RULES: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

function fileSettings(setup: RunSetup, filePath: string): FileSettings {
  return settingsForFile(setup.loaded, filePath, RULES, PRESETS, setup.cliRules);
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
  for (const result of results) result.findings.sort(compareFindings);
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
