import path from 'node:path';
import YAML from 'yaml';
import type { RuleSetting } from '../config/types.js';
import { lintFiles } from '../engine/lint-files.js';
import type { FileResult } from '../engine/types.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { VERSION } from '../package-info.js';
import { loadReporter, parseFormatSpec } from '../report/index.js';
import { useColor } from './color.js';
import { EXIT, UsageError } from './exit-codes.js';

export interface LintCommandOptions {
  format?: string[];
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
  const run = await lintFiles(paths, {
    cwd,
    configFile: options.config,
    locale: options.locale,
    rules: parseRuleFlags(options.rule ?? []),
    keepSource: specs.some((s) => s.format === 'stylish'),
    allowDisableWithoutReason: options.allowDisableWithoutReason,
  });
  if (run.unmatched.length > 0) {
    throw new UsageError(`no files matching ${run.unmatched.map((p) => `"${p}"`).join(', ')} were found`);
  }
  const results = options.quiet ? errorsOnly(run.results) : run.results;
  for (const spec of specs) {
    const reporter = await loadReporter(spec.format);
    const text = reporter(results, {
      locale: run.locale,
      color: spec.outputFile ? false : useColor(options.color, process.env, Boolean(process.stdout.isTTY)),
      cwd,
      rules: [...run.rules],
      version: VERSION,
      stats: { filesLinted: results.length },
    });
    if (spec.outputFile) await writeOutput(path.resolve(cwd, spec.outputFile), text);
    else if (text) output.out(text.endsWith('\n') ? text : `${text}\n`);
  }
  return exitCode(run.results, options.maxWarnings);
}

/** `--rule "campaign-end: warn"` or `--rule 'price-elements: [error, {…}]'`, read as a YAML mapping. */
export function parseRuleFlags(flags: string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    let parsed: unknown;
    try {
      parsed = YAML.parse(`{${flag}}`);
    } catch {
      parsed = undefined;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new UsageError(`--rule takes "rule-id: severity", got "${flag}"`);
    }
    Object.assign(rules, parsed);
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

async function writeOutput(file: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(file, text);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as Error).message}`);
  }
}
