import path from 'node:path';
import { CACHE_FILE } from '../engine/cache.js';
import { binaryReason } from '../engine/lint-read.js';
import { applyBaseline, BASELINE_FILE, baselineSize, buildBaseline, readBaseline, type Baseline } from '../engine/baseline.js';
import { lintFiles, lintStaged, lintStream, type LintOptions } from '../index.js';
import type { ReportContext } from '../report/types.js';
import type { FileResult } from '../engine/types.js';
import { fsErrorText } from '../files/fs-error.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { VERSION } from '../package-info.js';
import { FORMATS, loadReporter, parseFormatSpec, FormatSpecError } from '../report/index.js';
import { closestWord } from '../config/suggest.js';
import type { Locale } from '../rule-kit/types.js';
import { useColor } from './color.js';
import { EXIT, UsageError } from './exit-codes.js';
import { CLI_MESSAGES, type CliMessages } from './messages.js';
import type { Output } from './main.js';
import { progressLine } from './progress.js';
import { parseRuleFlags } from './rule-flags.js';

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
  locale?: Locale;
  config?: string;
  rule?: string[];
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  progress?: boolean;
  allowDisableWithoutReason?: boolean;
  errorOnUnmatchedPattern?: boolean;
  warnIgnored?: boolean;
}

/** Formats a person reads; machine formats (JSON, SARIF …) must not be mixed with annotations. */
const HUMAN_FORMATS = new Set(['stylish', 'compact']);

/** Subcommands, for "did you mean" when a path that does not exist is close to one. */
const COMMANDS = ['rules', 'explain', 'facts', 'init', 'help'];

/** The default command: lint, report in each requested format, and decide the exit code. */
export async function runLint(paths: string[], options: LintCommandOptions, output: Output, cliLocale: Locale): Promise<number> {
  const say = CLI_MESSAGES[options.locale ?? cliLocale];
  const specs = formatSpecs(options.format ?? ['stylish'], say);
  const toStdout = specs.filter((s) => !s.outputFile);
  if (toStdout.length > 1) throw new UsageError(say.oneStdoutFormat(toStdout.map((s) => s.format)));
  const cwd = process.cwd();
  const lintOptions: LintOptions = {
    cwd,
    configFile: options.config,
    locale: options.locale,
    ruleSettings: await parseRuleFlags(options.rule ?? [], options.locale ?? cliLocale),
    keepSource: specs.some((s) => s.format === 'stylish'),
    allowDisableWithoutReason: options.allowDisableWithoutReason,
    cache: options.cache,
    cacheLocation: options.cacheLocation,
    concurrency: options.concurrency,
    fileTimeoutMs: options.fileTimeout === undefined ? undefined : options.fileTimeout * 1000,
    warnIgnored: options.warnIgnored,
  };
  if (options.printConfig) {
    const { printConfig } = await import('./commands/print-config.js');
    output.out(await printConfig(options.printConfig, lintOptions));
    return EXIT.ok;
  }
  const progress = progressLine(process.stderr, process.env, options.progress !== false, options.locale ?? cliLocale);
  const run = await lintInputs(paths, options, { ...lintOptions, onProgress: progress.onProgress }, say).finally(() => progress.stop());
  const runSay = CLI_MESSAGES[run.locale];
  if (options.errorOnUnmatchedPattern !== false) {
    if (run.unmatched.length > 0) throw new UsageError(runSay.noFilesMatching(run.unmatched) + commandHint(run.unmatched, runSay));
    if (run.allIgnored.length > 0) throw new UsageError(runSay.allIgnored(run.allIgnored));
  }

  const baselineFile = options.baseline === false ? undefined : path.resolve(cwd, options.baseline ?? BASELINE_FILE);
  let results = run.results;
  const stats: NonNullable<ReportContext['stats']> = { filesLinted: run.filesLinted };
  /** Files that could not be written: reported after the findings, which are never lost to them. */
  const failures: string[] = [];
  const write = async (file: string, text: string): Promise<boolean> => {
    try {
      await writeFileAtomic(file, text);
      return true;
    } catch (error) {
      failures.push(runSay.cannotWrite(path.relative(cwd, file) || file, fsErrorText(error, cwd)));
      return false;
    }
  };
  if (run.cacheError) failures.push(runSay.cannotWriteCache(options.cacheLocation ?? CACHE_FILE, fsErrorText(run.cacheError, cwd)));
  if (baselineFile) {
    // Written, the baseline hides what it records: what is left (files that could not be linted) still
    // counts. Not written, it hides nothing.
    const baseline = options.baselineWrite ? await writeBaseline(results, baselineFile, write, output, runSay) : loadBaseline(baselineFile, runSay);
    if (baseline) {
      const outcome = applyBaseline(results, baseline, cwd);
      results = outcome.results;
      stats.baselineHidden = outcome.hidden;
      stats.baselinePrunable = outcome.prunable;
      if (outcome.prunable > 0) output.err(`${runSay.prunable(outcome.prunable, path.relative(cwd, baselineFile))}\n`);
    }
  }
  if (options.quiet) results = errorsOnly(results);

  const context = (color: boolean): ReportContext => ({ locale: run.locale, color, cwd, rules: [...run.rules], version: VERSION, stats, docsUrl: run.docsUrl });
  const stdoutColor = useColor(options.color, process.env, Boolean(process.stdout.isTTY));
  for (const spec of specs) {
    const reporter = await loadReporter(spec.format);
    const text = reporter(results, context(spec.outputFile ? false : stdoutColor));
    if (spec.outputFile) await write(path.resolve(cwd, spec.outputFile), text);
    else if (text) output.out(text.endsWith('\n') ? text : `${text}\n`);
  }
  // In GitHub Actions, annotations appear on the pull request beside a format a person reads; a
  // machine format on standard output must stay exactly that format.
  const stdoutFormat = toStdout[0]?.format;
  if (process.env.GITHUB_ACTIONS === 'true' && options.annotations !== false && stdoutFormat !== undefined && HUMAN_FORMATS.has(stdoutFormat)) {
    const { githubAnnotations } = await import('../report/github.js');
    const text = githubAnnotations(results, context(false), { limit: GITHUB_ANNOTATION_LIMIT });
    if (text) output.out(text.endsWith('\n') ? text : `${text}\n`);
  }
  const outcome = exitCode(results, options.maxWarnings);
  if (outcome.tooManyWarnings) output.err(`${runSay.tooManyWarnings(outcome.warnings, options.maxWarnings!)}\n`);
  for (const failure of failures) output.err(`stromlint: ${failure}\n`);
  return failures.length > 0 ? EXIT.failure : outcome.code;
}

/** Annotations per severity that GitHub shows for one step; more are dropped by GitHub anyway. */
const GITHUB_ANNOTATION_LIMIT = 10;

function formatSpecs(formats: string[], say: CliMessages) {
  return formats.map((spec) => {
    try {
      return parseFormatSpec(spec);
    } catch (error) {
      if (!(error instanceof FormatSpecError)) throw error;
      if (error.kind === 'no-file') throw new UsageError(say.noOutputFile(error.format));
      const near = closestWord(error.format, FORMATS);
      throw new UsageError(say.unknownFormat(error.format, FORMATS) + (near ? say.didYouMean(near) : ''));
    }
  });
}

/** `stromlint rule` is a path that does not exist, but most likely the command `rules`. */
function commandHint(unmatched: string[], say: CliMessages): string {
  if (unmatched.length !== 1) return '';
  const near = closestWord(unmatched[0]!, COMMANDS);
  return near ? say.commandHint(near) : '';
}

async function lintInputs(paths: string[], options: LintCommandOptions, lintOptions: LintOptions, say: CliMessages) {
  if (options.stdin && options.staged) throw new UsageError(say.stdinWithStaged);
  if ((options.stdin || options.staged) && paths.length > 0) throw new UsageError(say.takesNoPaths(options.stdin ? '--stdin' : '--staged'));
  if (options.stdin) return lintStdin(options.stdinFilename ?? 'stdin.md', lintOptions, say);
  if (options.staged) return lintStaged(lintOptions);
  return lintFiles(paths, lintOptions);
}

/** Standard input, read up to the size limit like any file; input that is not text is a usage error. */
async function lintStdin(fileName: string, lintOptions: LintOptions, say: CliMessages) {
  const run = await lintStream(process.stdin, fileName, lintOptions);
  const notText = binaryReason(run.results[0]);
  if (notText !== undefined) throw new UsageError(say.stdinNotText(notText));
  return run;
}

function loadBaseline(file: string, say: CliMessages): Baseline | undefined {
  try {
    return readBaseline(file);
  } catch {
    throw new UsageError(say.badBaseline(path.relative(process.cwd(), file) || file));
  }
}

/** Writes the baseline and says so; one that cannot be written hides nothing (the failure is reported). */
async function writeBaseline(
  results: FileResult[],
  file: string,
  write: (file: string, text: string) => Promise<boolean>,
  output: Output,
  say: CliMessages,
): Promise<Baseline | undefined> {
  const cwd = process.cwd();
  const baseline = buildBaseline(results, cwd);
  if (!(await write(file, `${JSON.stringify(baseline, null, 2)}\n`))) return undefined;
  output.err(`${say.baselineWritten(baselineSize(baseline), path.relative(cwd, file))}\n`);
  return baseline;
}

function errorsOnly(results: FileResult[]): FileResult[] {
  return results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
}

export function exitCode(results: FileResult[], maxWarnings: number | undefined): { code: number; warnings: number; tooManyWarnings: boolean } {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warn') warnings++;
    }
  }
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  return { code: errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok, warnings, tooManyWarnings };
}
