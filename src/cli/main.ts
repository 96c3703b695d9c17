import { Command, CommanderError, Help, Option } from 'commander';
import { ConfigError } from '../config/types.js';
import type { Locale } from '../rule-kit/types.js';
import { VERSION } from '../package-info.js';
import { EXIT, UsageError } from './exit-codes.js';
import { HELP_TEXT, translateCommanderError } from './help-text.js';
import { cliLocale } from './locale.js';
import { CLI_MESSAGES } from './messages.js';
import { runLint, type LintCommandOptions } from './run-lint.js';

export interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Help titles and the "(default: …)" notes in the chosen language. */
function localHelp(locale: Locale): Partial<Help> {
  const text = HELP_TEXT[locale];
  return {
    styleTitle: (title: string) => text.titles[title] ?? title,
    commandUsage(command) {
      return Help.prototype.commandUsage.call(this, command).replace(/\[options\]|\[command\]/g, (word) => text.words[word] ?? word);
    },
    optionDescription(option) {
      return Help.prototype.optionDescription.call(this, option).replace(/\(default: /, `(${text.default}: `).replace(/\bchoices: /, `${text.choices}: `);
    },
  };
}

/** Builds the command line. Subcommands are imported when used, so a plain lint loads none of them. */
function buildProgram(output: Output, locale: Locale): Command {
  const text = HELP_TEXT[locale];
  const say = CLI_MESSAGES[locale];
  const p = text.placeholder;
  const localeOption = (description: string) => new Option(`--locale <${p.locale}>`, description).argParser((v) => parseChoice(v, '--locale', ['nb', 'en'], locale));
  const program = new Command('stromlint')
    .description(text.program)
    .version(VERSION, '-v, --version', text.version)
    .helpOption('-h, --help', text.help)
    .helpCommand(`help [${p.command}]`, text.helpCommand)
    .argument(`[${p.paths}...]`, text.paths)
    .addOption(new Option(`-f, --format <${p.format}>`, text.format).argParser(collect))
    .addOption(localeOption(text.locale))
    .option(`-c, --config <${p.file}>`, text.config)
    .option(`--rule <${p.rule}>`, text.rule, collect)
    .option('--max-warnings <n>', text.maxWarnings, (v) => parseCount(v, '--max-warnings', locale))
    .option('--quiet', text.quiet)
    .option('--color', text.color)
    .option('--no-color', text.noColor)
    .option('--no-progress', text.progress)
    .option('--allow-disable-without-reason', text.allowDisable)
    .option('--stdin', text.stdin)
    .option(`--stdin-filename <${p.name}>`, text.stdinFilename, 'stdin.md')
    .option('--staged', text.staged)
    .option(`--baseline <${p.file}>`, text.baseline)
    .option('--no-baseline', text.noBaseline)
    .option('--baseline-write', text.baselineWrite)
    .option('--cache', text.cache)
    .option(`--cache-location <${p.file}>`, text.cacheLocation, '.stromlintcache')
    .option('--concurrency <n>', text.concurrency, (v) => parseConcurrency(v, locale), 'off')
    .option(`--file-timeout <${p.seconds}>`, text.fileTimeout, (v) => parseCount(v, '--file-timeout', locale))
    .option(`--print-config <${p.file}>`, text.printConfig)
    .option('--no-annotations', text.noAnnotations)
    .option('--no-error-on-unmatched-pattern', text.noErrorOnUnmatched)
    .option('--no-warn-ignored', text.noWarnIgnored)
    .enablePositionalOptions()
    .configureHelp(localHelp(locale))
    .configureOutput({ writeOut: output.out, writeErr: output.err, outputError: (s, write) => write(translateCommanderError(s, locale)) })
    .exitOverride()
    .showHelpAfterError(say.runHelp)
    .action(async (paths: string[], options: LintCommandOptions) => {
      process.exitCode = await runLint(paths, options, output, locale);
    });

  program
    .command('rules')
    .description(text.rules)
    .addOption(localeOption(text.locale))
    .action(async (options: { locale?: Locale }) => {
      const { listRules } = await import('./commands/rules.js');
      output.out(listRules(options.locale ?? locale));
    });
  program
    .command('explain <id>')
    .description(text.explain)
    .addOption(localeOption(text.locale))
    .action(async (id: string, options: { locale?: Locale }) => {
      const { explain, docsLinks } = await import('./commands/explain.js');
      output.out(explain(id, options.locale ?? locale, await docsLinks(process.cwd(), options.locale ?? locale)));
    });
  program
    .command(`facts <${p.file}>`)
    .description(text.facts)
    .option(`-c, --config <${p.file}>`, text.config)
    .option('--json', text.factsJson)
    .action(async (file: string, options: { config?: string; json?: boolean }) => {
      const { printFacts } = await import('./commands/facts.js');
      output.out(await printFacts(file, options));
    });
  program
    .command('init')
    .description(text.init)
    .option('--hook', text.hook)
    .option('--github', text.github)
    .option('--force', text.force)
    .action(async (options: { hook?: boolean; github?: boolean; force?: boolean }) => {
      const { init } = await import('./commands/init.js');
      output.out(await init(process.cwd(), options, locale));
    });
  return program;
}

/**
 * A reader that has gone away (`stromlint . | head -1`) ends the output quietly: the run finishes
 * with its own exit code and no stack trace.
 */
function ignoreClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    process.stderr.write(`stromlint: ${error.message}\n`);
    process.exitCode = EXIT.failure;
  });
}

/** Runs the CLI; resolves to the exit code. Never throws: failures are printed and give exit code 2. */
export async function main(argv: string[]): Promise<number> {
  ignoreClosedPipe(process.stdout);
  const output: Output = {
    out: (s) => void (process.stdout.destroyed ? undefined : process.stdout.write(s)),
    err: (s) => void process.stderr.write(s),
  };
  const locale = cliLocale(argv.slice(2));
  process.exitCode = undefined;
  try {
    await buildProgram(output, locale).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    if (error instanceof ConfigError || error instanceof UsageError) {
      output.err(`stromlint: ${error.message}\n`);
      return EXIT.failure;
    }
    output.err(`stromlint: ${CLI_MESSAGES[locale].internalError(error instanceof Error ? error.message : String(error))}\n`);
    if (process.env.STROMLINT_DEBUG) output.err(`${(error as Error).stack ?? ''}\n`);
    return EXIT.failure;
  }
}

function parseChoice<T extends string>(value: string, flag: string, choices: readonly T[], locale: Locale): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(CLI_MESSAGES[locale].badChoice(flag, value, choices));
}

function parseConcurrency(value: string, locale: Locale): 'off' | 'auto' | number {
  if (value === 'off' || value === 'auto') return value;
  return parseCount(value, '--concurrency', locale);
}

function parseCount(value: string, flag: string, locale: Locale): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0) throw new UsageError(CLI_MESSAGES[locale].badNumber(flag, value));
  return n;
}
