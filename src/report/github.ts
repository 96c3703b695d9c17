import type { FileResult, Finding } from '../engine/types.js';
import type { Severity } from '../rule-kit/types.js';
import { LABELS } from './labels.js';
import { displayPath } from './paths.js';
import { safeText } from './terminal-text.js';
import type { ReportContext, Reporter } from './types.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

/**
 * Workflow-command data: GitHub's escaping (actions/toolkit `escapeData`), after steering characters
 * from the linted material (escape sequences the log would obey) are made visible.
 */
function escapeData(text: string): string {
  return text
    .replace(/[^\r\n]+/g, safeText)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
}

/** Workflow-command property values additionally escape ':' and ',' (actions/toolkit `escapeProperty`). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(file: string, f: Finding): string {
  const title = f.product === undefined ? f.ruleId : `${f.ruleId} (${f.product})`;
  const properties = [`file=${escapeProperty(file)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(title)}`];
  return `::${COMMANDS[f.severity]} ${properties.join(',')}::${escapeData(f.message)}`;
}

function lines(entries: Array<{ file: string; finding: Finding }>): string {
  return entries.map((e) => `${annotation(e.file, e.finding)}\n`).join('');
}

function entries(results: FileResult[], context: ReportContext): Array<{ file: string; finding: Finding }> {
  return results.flatMap((r) => r.findings.map((finding) => ({ file: displayPath(r.filePath, context.cwd), finding })));
}

/** GitHub Actions workflow commands: one annotation per finding, in report order. */
export const github: Reporter = (results, context) => lines(entries(results, context));

/**
 * Annotations for a run inside GitHub Actions, beside the chosen format. GitHub shows at most
 * 10 error, 10 warning and 10 notice annotations per step (and 50 per job) and drops the rest
 * silently (https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations), so errors come first, each
 * kind is capped at `limit`, and one plain log line says how many were left out.
 */
export function githubAnnotations(results: FileResult[], context: ReportContext, { limit }: { limit: number }): string {
  const all = entries(results, context);
  const kept = (['error', 'warn', 'info'] as const).flatMap((severity) => all.filter((e) => e.finding.severity === severity).slice(0, Math.max(0, limit)));
  const left = all.length - kept.length;
  return lines(kept) + (left > 0 ? `${LABELS[context.locale].notAnnotated(left, limit)}\n` : '');
}
