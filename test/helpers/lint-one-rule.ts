import type { Finding } from '../../src/engine/types.js';
import type { Rule } from '../../src/rule-kit/types.js';
import { lintFiles, lintText } from '../../src/index.js';

/** The positions and message id of a finding, as fixtures and examples state them. */
export function place(f: Finding) {
  return { messageId: f.messageId, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
}

function onlyRule(rule: Rule, options?: Record<string, unknown>) {
  return { extends: [] as never[], rules: { [rule.id]: options ? ([rule.severity, options] as [typeof rule.severity, Record<string, unknown>]) : rule.severity } };
}

/** Lints text with one rule on and every other rule off; returns that rule's findings. */
export async function lintTextWithRule(rule: Rule, code: string, fileName: string, options?: Record<string, unknown>): Promise<Finding[]> {
  const run = await lintText(code, fileName, { config: onlyRule(rule, options), locale: 'en' });
  // Adapter notices (e.g. the feed's unit assumption) are not the rule's findings.
  return run.results.flatMap((r) => r.findings).filter((f) => f.ruleId === rule.id || f.fatal);
}

/** Lints files with one rule on; returns findings per absolute file path. */
export async function lintFilesWithRule(rule: Rule, files: string[], cwd: string): Promise<Map<string, Finding[]>> {
  const run = await lintFiles(files, { cwd, config: onlyRule(rule), locale: 'en' });
  return new Map(run.results.map((r) => [r.filePath, r.findings.filter((f) => f.ruleId === rule.id || f.fatal)]));
}
