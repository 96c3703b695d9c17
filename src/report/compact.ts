import { LABELS } from './labels.js';
import { oneLine } from './one-line.js';
import { displayPath } from './paths.js';
import { safeLine } from './terminal-text.js';
import type { Reporter } from './types.js';

/**
 * `file:line:col: severity message [ruleId]`, one finding per line, the severity word in the run's
 * language (a problem matcher that expects English words runs stromlint with --locale en); nothing
 * from a file or its name can start another.
 */
export const compact: Reporter = (results, context) => {
  const words = LABELS[context.locale].severity;
  const lines: string[] = [];
  for (const result of results) {
    const file = safeLine(displayPath(result.filePath, context.cwd));
    for (const f of result.findings) {
      lines.push(`${file}:${f.line}:${f.column}: ${words[f.severity]} ${safeLine(oneLine(f.message))} [${safeLine(f.ruleId)}]`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
