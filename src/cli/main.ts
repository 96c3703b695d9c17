import v8 from 'node:v8';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../config/types.js';
import { GlobError } from '../files/discover.js';
import { GitError } from '../files/git-staged.js';
import { localeFromEnv } from '../engine/messages.js';
import type { Locale } from '../rule-kit/types.js';
import { VERSION } from '../package-info.js';
import { BASELINE_FILE } from '../engine/baseline.js';
import { EXIT, UsageError } from './exit-codes.js';
import { runLint, type LintCommandOptions } from './run-lint.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Builds the command line. Subcommands are imported when used, so a plain lint loads none of them. */
export function buildProgram(output: { out: (s: string) => void; err: (s: string) => void }): Command {
  const program = new Command('stromlint')
    .description('Lints marketing material about Norwegian electricity deals (HTML, Markdown, JSON product sheets).')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, folders or globs to lint', [])
    .addOption(new Option('-f, --format <format>', 'output format: stylish, compact, json, sarif, github, junit, gitlab; "name:file" writes to a file; repeatable').argParser(collect))
    .addOption(new Option('--locale <locale>', 'message language').choices(['nb', 'en']))
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('--rule <rule>', 'set a rule, e.g. "campaign-end: warn" (repeatable)', collect)
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', (v) => parseCount(v, '--max-warnings'))
    .option('--quiet', 'report errors only')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--allow-disable-without-reason', 'accept disable directives without " -- reason"')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'file name for --stdin (decides the format)', 'stdin.md')
    .option('--staged', 'lint the staged content of staged files (for a pre-commit hook)')
    .option('--baseline <file>', `hide findings recorded in this baseline (default: ${BASELINE_FILE} when it exists)`)
    .option('--no-baseline', 'ignore any baseline file')
    .option('--baseline-write', 'record the current findings in the baseline file')
    .option('--cache', 'reuse results of unchanged files')
    .option('--cache-location <file>', 'where the cache is kept', '.stromlintcache')
    .option('--concurrency <n>', 'off, auto, or a number of worker threads', parseConcurrency, 'off')
    .option('--file-timeout <seconds>', `stop a file that takes longer (1 to ${MAX_FILE_TIMEOUT_SECONDS}, default 30)`, parseFileTimeout)
    .option('--print-config <file>', 'print the configuration that applies to a file, and exit')
    .option('--no-annotations', 'in GitHub Actions, do not write annotations besides the chosen format')
    .enablePositionalOptions()
    .configureOutput({ writeOut: output.out, writeErr: output.err })
    .exitOverride()
    .showHelpAfterError('(run stromlint --help for usage)')
    .action(async (paths: string[], options: LintCommandOptions) => {
      process.exitCode = await runLint(paths, options, output);
    });

  program
    .command('rules')
    .description('list the rules with their default severity and summary')
    .addOption(new Option('--locale <locale>', 'language').choices(['nb', 'en']))
    .action(async (options: { locale?: Locale }) => {
      const { listRules } = await import('./commands/rules.js');
      output.out(listRules(options.locale ?? localeFromEnv()));
    });
  program
    .command('explain <rule>')
    .description("print a rule's rationale, sources, messages, options and examples")
    .addOption(new Option('--locale <locale>', 'language').choices(['nb', 'en']))
    .action(async (rule: string, options: { locale?: Locale }) => {
      const { explainRule } = await import('./commands/explain.js');
      output.out(explainRule(rule, options.locale ?? localeFromEnv()));
    });
  program
    .command('facts <file>')
    .description('print the products and facts stromlint finds in a file, with positions')
    .option('-c, --config <file>', 'config file')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { config?: string; json?: boolean }) => {
      const { printFacts } = await import('./commands/facts.js');
      output.out(await printFacts(file, options));
    });
  program
    .command('init')
    .description('write a commented config; --hook installs a git pre-commit hook, --github a workflow')
    .option('--hook', 'install a git pre-commit hook that runs "stromlint --staged"')
    .option('--github', 'write a GitHub Actions workflow that uploads SARIF')
    .option('--force', 'overwrite existing files')
    .action(async (options: { hook?: boolean; github?: boolean; force?: boolean }) => {
      const { init } = await import('./commands/init.js');
      output.out(await init(process.cwd(), options));
    });
  return program;
}

/**
 * How far V8 lets the heap grow past what survived its last full collection before it collects
 * again: 50 % instead of its default of up to four times. A run keeps little (about 65 MB after 2 000
 * files) but parsing leaves much garbage that outlives the young generation; at the default the heap
 * peaked near 500 MB, at 50 % below 300 MB, in the same time (docs/performance.md).
 */
const HEAP_GROWING_PERCENT = 50;

/** Runs the CLI; resolves to the exit code. Never throws: failures are printed and give exit code 2. */
export async function main(argv: string[]): Promise<number> {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const output = { out: (s: string) => void process.stdout.write(s), err: (s: string) => void process.stderr.write(s) };
  process.exitCode = undefined;
  try {
    await buildProgram(output).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof GlobError || error instanceof GitError) {
      output.err(`stromlint: ${error.message}\n`);
      return EXIT.failure;
    }
    output.err(`stromlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.STROMLINT_DEBUG) output.err(`${(error as Error).stack ?? ''}\n`);
    return EXIT.failure;
  }
}

function parseConcurrency(value: string): 'off' | 'auto' | number {
  if (value === 'off' || value === 'auto') return value;
  return parseCount(value, '--concurrency');
}

function parseCount(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} takes a whole number ≥ 0, got "${value}"`);
  return n;
}

/** The longest time budget a timer can hold (2³¹ − 1 ms); a longer one would fire at once. */
const MAX_FILE_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

function parseFileTimeout(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_FILE_TIMEOUT_SECONDS) {
    throw new UsageError(`--file-timeout takes whole seconds from 1 to ${MAX_FILE_TIMEOUT_SECONDS}, got "${value}"`);
  }
  return n;
}
