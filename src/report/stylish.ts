import { Chalk, type ChalkInstance } from 'chalk';
import { LineIndex } from '../document/line-index.js';
import type { FileResult, Finding } from '../engine/types.js';
import type { Severity } from '../rule-kit/types.js';
import { codeFrame, type FrameRow } from './code-frame.js';
import { LABELS, summaryLine, type Labels } from './labels.js';
import { displayPath } from './paths.js';
import { tallyRun } from './tally.js';
import { displayWidth, safeLine, safeText } from './terminal-text.js';
import type { ReportContext, Reporter } from './types.js';

/** Frames stay within this many columns. */
const MAX_WIDTH = 120;
/** Messages are padded to align the rule ids only up to this width; longer ones just push them right. */
const MAX_MESSAGE_PAD = 80;
/** Room for code even when the message column starts far right. */
const MIN_FRAME_WIDTH = 40;

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** The largest `measure` over items (a loop, not Math.max(...items): a file may hold very many findings). */
function widest<T>(items: readonly T[], measure: (item: T) => number): number {
  return items.reduce((max, item) => Math.max(max, measure(item)), 0);
}

function paint(chalk: ChalkInstance, severity: Severity, fatal: boolean | undefined): (text: string) => string {
  if (fatal) return chalk.bgRed.white.bold;
  return severity === 'error' ? chalk.red : severity === 'warn' ? chalk.yellow : chalk.blue;
}

interface Row {
  finding: Finding;
  position: string;
  label: string;
  message: string[];
}

/** Code frame rows under the message column: `12 | source text`, then `   | ^^^^`. */
function frameLines(rows: FrameRow[], indent: string, numberWidth: number, colour: (s: string) => string, chalk: ChalkInstance): string[] {
  const blank = ' '.repeat(numberWidth);
  return rows.flatMap((r) =>
    r.kind === 'gap'
      ? [`${indent}${chalk.dim(`${pad('⋮', numberWidth)} |`)}`]
      : [`${indent}${chalk.dim(`${String(r.line).padStart(numberWidth)} |`)} ${r.text}`.trimEnd(), `${indent}${chalk.dim(`${blank} |`)} ${colour(r.marker)}`],
  );
}

/** One file: its path, then each finding with its message, product and code frame. */
function fileBlock(result: FileResult, context: ReportContext, chalk: ChalkInstance, labels: Labels): string {
  const lines = result.source === undefined ? undefined : new LineIndex(result.source);
  const lineWidth = widest(result.findings, (f) => String(f.line).length);
  const columnWidth = widest(result.findings, (f) => String(f.column).length);
  const rows: Row[] = result.findings.map((finding) => ({
    finding,
    position: `${String(finding.line).padStart(lineWidth)}:${String(finding.column).padEnd(columnWidth)}`,
    label: finding.fatal ? labels.fatal : labels.severity[finding.severity],
    message: safeText(finding.message).split(/\r\n|\r|\n/),
  }));
  const labelWidth = widest(rows, (r) => displayWidth(r.label));
  const messageWidth = Math.min(
    MAX_MESSAGE_PAD,
    widest(rows, (r) => displayWidth(r.message[0]!)),
  );
  const indent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + labelWidth + 2);

  const out = [chalk.underline(safeLine(displayPath(result.filePath, context.cwd)))];
  for (const { finding, position, label, message } of rows) {
    const colour = paint(chalk, finding.severity, finding.fatal);
    const [first, ...rest] = message;
    out.push(`  ${chalk.dim(position)}  ${colour(label)}${' '.repeat(labelWidth - displayWidth(label))}  ${pad(first!, messageWidth)}  ${chalk.dim(safeLine(finding.ruleId))}`);
    for (const line of rest) out.push(`${indent}${line}`.trimEnd());
    if (finding.product !== undefined) out.push(`${indent}${chalk.cyan(`${labels.product}: ${safeLine(finding.product)}`)}`);
    if (lines) {
      const numberWidth = String(Math.min(Math.max(finding.line, finding.endLine), lines.lineCount)).length;
      const width = Math.max(MIN_FRAME_WIDTH, MAX_WIDTH - indent.length - numberWidth - 3);
      out.push(...frameLines(codeFrame(lines, finding, width), indent, numberWidth, colour, chalk));
    }
  }
  return out.join('\n');
}

/**
 * The terminal format: findings grouped by file, aligned in columns, each with a code frame that
 * underlines the words it is about; then a summary with the number of files linted, when known. A
 * run without findings is one line saying so (nothing, when the number of files is not known).
 */
export const stylish: Reporter = (results, context) => {
  const withFindings = results.filter((r) => r.findings.length > 0);
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const labels = LABELS[context.locale];
  const files = context.stats?.filesLinted;
  const hidden = context.stats?.baselineHidden ?? 0;
  const baseline = hidden > 0 ? `${chalk.dim(labels.baselineHidden(hidden))}\n` : '';
  if (withFindings.length === 0) return files === undefined ? '' : `${chalk.green(labels.clean(files))}\n${baseline}`;
  const counts = tallyRun(withFindings);
  const colour = counts.errors > 0 ? chalk.red.bold : counts.warnings > 0 ? chalk.yellow.bold : chalk.blue.bold;
  const blocks = withFindings.map((r) => `\n${fileBlock(r, context, chalk, labels)}\n`);
  return `${blocks.join('')}\n${colour(summaryLine(counts, context.locale, files))}\n${baseline}`;
};
