import type { Severity } from '../rule-kit/types.js';
import { oneLine } from './one-line.js';
import { displayPath } from './paths.js';
import { safeLine } from './terminal-text.js';
import type { Reporter } from './types.js';

/** Severity words stay English: editors and problem matchers parse this format. */
const WORDS: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };

/** `file:line:col: severity message [ruleId]`, one finding per line; nothing from a file or its name can start another. */
export const compact: Reporter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = safeLine(displayPath(result.filePath, context.cwd));
    for (const f of result.findings) {
      lines.push(`${file}:${f.line}:${f.column}: ${WORDS[f.severity]} ${safeLine(oneLine(f.message))} [${safeLine(f.ruleId)}]`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
