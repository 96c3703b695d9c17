import path from 'node:path';
import type { RuleSetting } from '../config/types.js';
import { CACHE_FILE } from '../engine/cache.js';
import { isBinarySkip } from '../engine/lint-read.js';
import { applyBaseline, BASELINE_FILE, buildBaseline, readBaseline, type Baseline } from '../engine/baseline.js';
import { lintFiles, lintStaged, lintStream, type LintOptions } from '../index.js';
import type { ReportContext } from '../report/types.js';
import type { FileResult } from '../engine/types.js';
import { fsErrorText } from '../files/fs-error.js';
import { DEFAULT_LIMITS } from '../files/limits.js';
import { yamlNesting } from '../files/limits/yaml-nesting.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { VERSION } from '../package-info.js';
import { loadReporter, parseFormatSpec } from '../report/index.js';
import { useColor } from './color.js';
import { EXIT, UsageError } from './exit-codes.js';

export interface LintCommandOptions {
  format?: string[];
  stdin?: boolean;
  stdinFilename?: string;
  staged?: boolean;
  baseline?: string | false;
  baselineWrite?: boolean;
  annotations?: boolean;
  printConfig?: string;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: 'off' | 'auto' | number;
  fileTimeout?: number;
  locale?: 'nb' | 'en';
  config?: string;
  rule?: string[];
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  allowDisableWithoutReason?: boolean;
}

interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The default command: lint, report in each requested format, and decide the exit code. */
export async function runLint(paths: string[], options: LintCommandOptions, output: Output): Promise<number> {
  const specs = (options.format ?? ['stylish']).map(parseFormatSpec);
  const cwd = process.cwd();
  const lintOptions: LintOptions = {
    cwd,
    configFile: options.config,
    locale: options.locale,
    ruleSettings: await parseRuleFlags(options.rule ?? []),
    keepSource: specs.some((s) => s.format === 'stylish'),
    allowDisableWithoutReason: options.allowDisableWithoutReason,
    cache: options.cache,
    cacheLocation: options.cacheLocation,
    concurrency: options.concurrency,
    fileTimeoutMs: options.fileTimeout === undefined ? undefined : options.fileTimeout * 1000,
  };
  if (options.printConfig) {
    const { printConfig } = await import('./commands/print-config.js');
    output.out(await printConfig(options.printConfig, lintOptions));
    return EXIT.ok;
  }
  const run = await lintInputs(paths, options, lintOptions);
  if (run.unmatched.length > 0) {
    throw new UsageError(`no files matching ${run.unmatched.map((p) => `"${p}"`).join(', ')} were found`);
  }

  const baselineFile = options.baseline === false ? undefined : path.resolve(cwd, options.baseline ?? BASELINE_FILE);
  let results = run.results;
  const stats: NonNullable<ReportContext['stats']> = { filesLinted: results.length };
  /** Files that could not be written: reported after the findings, which are never lost to them. */
  const failures: string[] = [];
  const write = async (file: string, text: string) => {
    try {
      await writeFileAtomic(file, text);
    } catch (error) {
      failures.push(`cannot write ${path.relative(cwd, file)}: ${fsErrorText(error, cwd)}`);
    }
  };
  if (run.cacheError) failures.push(`cannot write the cache ${options.cacheLocation ?? CACHE_FILE}: ${fsErrorText(run.cacheError, cwd)}`);
  if (baselineFile && options.baselineWrite) {
    await write(baselineFile, `${JSON.stringify(buildBaseline(results, cwd), null, 2)}\n`);
  } else if (baselineFile) {
    const baseline = loadBaseline(baselineFile);
    if (baseline) {
      const outcome = applyBaseline(results, baseline, cwd);
      results = outcome.results;
      stats.baselineHidden = outcome.hidden;
      stats.baselinePrunable = outcome.prunable;
      if (outcome.prunable > 0) output.err(pruneNote(outcome.prunable, run.locale, path.relative(cwd, baselineFile)));
    }
  }
  if (options.quiet) results = errorsOnly(results);

  const context = (color: boolean): ReportContext => ({ locale: run.locale, color, cwd, rules: [...run.rules], version: VERSION, stats });
  for (const spec of specs) {
    const reporter = await loadReporter(spec.format);
    const text = reporter(results, context(spec.outputFile ? false : useColor(options.color, process.env, Boolean(process.stdout.isTTY))));
    if (spec.outputFile) await write(path.resolve(cwd, spec.outputFile), text);
    else if (text) output.out(text.endsWith('\n') ? text : `${text}\n`);
  }
  // In GitHub Actions, annotations appear on the pull request whatever format the job asked for.
  if (process.env.GITHUB_ACTIONS === 'true' && options.annotations !== false && !specs.some((s) => s.format === 'github' && !s.outputFile)) {
    const { githubAnnotations } = await import('../report/github.js');
    const text = githubAnnotations(results, context(false), { limit: GITHUB_ANNOTATION_LIMIT });
    if (text) output.out(text.endsWith('\n') ? text : `${text}\n`);
  }
  for (const failure of failures) output.err(`stromlint: ${failure}\n`);
  return failures.length > 0 ? EXIT.failure : exitCode(results, options.maxWarnings);
}

/** Annotations per severity that GitHub shows for one step; more are dropped by GitHub anyway. */
const GITHUB_ANNOTATION_LIMIT = 10;

async function lintInputs(paths: string[], options: LintCommandOptions, lintOptions: LintOptions) {
  if (options.stdin && options.staged) throw new UsageError('--stdin and --staged cannot be used together');
  if ((options.stdin || options.staged) && paths.length > 0) throw new UsageError(`${options.stdin ? '--stdin' : '--staged'} takes no paths`);
  if (options.stdin) return lintStdin(options.stdinFilename ?? 'stdin.md', lintOptions);
  if (options.staged) return lintStaged(lintOptions);
  return lintFiles(paths, lintOptions);
}

/** Standard input, read up to the size limit like any file; input that is not text is a usage error. */
async function lintStdin(fileName: string, lintOptions: LintOptions) {
  const run = await lintStream(process.stdin, fileName, lintOptions);
  if (isBinarySkip(run.results[0])) throw new UsageError(`standard input is not text: ${run.results[0]!.skipped}`);
  return run;
}

function pruneNote(count: number, locale: 'nb' | 'en', file: string): string {
  return locale === 'nb'
    ? `stromlint: ${count} funn i ${file} er rettet og kan fjernes (prune) med --baseline-write.\n`
    : `stromlint: ${count} finding(s) in ${file} are fixed and can be pruned with --baseline-write.\n`;
}

function loadBaseline(file: string): Baseline | undefined {
  try {
    return readBaseline(file);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `--rule "campaign-end: warn"` or `--rule 'price-elements: [error, {…}]'`, read as a YAML mapping. */
export async function parseRuleFlags(flags: string[]): Promise<Record<string, RuleSetting>> {
  // No prototype: "__proto__" is a rule id like any other here, and is then refused as unknown.
  const rules: Record<string, RuleSetting> = Object.create(null);
  if (flags.length === 0) return rules;
  const { default: YAML } = await import('yaml');
  for (const flag of flags) {
    // The yaml package prints nested collection keys again at every level: refuse them before it does.
    if (yamlNesting(flag, DEFAULT_LIMITS.maxYamlNesting).offset >= 0) throw new UsageError(`--rule nests more than ${DEFAULT_LIMITS.maxYamlNesting} levels of keys: "${flag.slice(0, 40)}…"`);
    let parsed: unknown;
    try {
      parsed = YAML.parse(`{${flag}}`);
    } catch {
      parsed = undefined;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new UsageError(`--rule takes "rule-id: severity", got "${flag}"`);
    }
    for (const [id, setting] of Object.entries(parsed)) rules[id] = setting as RuleSetting;
  }
  return rules;
}

function errorsOnly(results: FileResult[]): FileResult[] {
  return results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
}

export function exitCode(results: FileResult[], maxWarnings: number | undefined): number {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warn') warnings++;
    }
  }
  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}
