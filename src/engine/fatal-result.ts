import { BUILTIN_MESSAGES } from './builtin-messages.js';
import { formatMessage } from './messages.js';
import type { FileResult, Locale } from './types.js';

/** The result of a file that could not be linted at all: one fatal error finding at its start. */
export function fatalResult(
  filePath: string,
  ruleId: string,
  messageId: keyof typeof BUILTIN_MESSAGES,
  locale: Locale,
  data: Record<string, string | number> = {},
): FileResult {
  const message = formatMessage(BUILTIN_MESSAGES[messageId], locale, data);
  return { filePath, products: [], findings: [{ ruleId, messageId, severity: 'error', fatal: true, message, line: 1, column: 1, endLine: 1, endColumn: 1 }] };
}
