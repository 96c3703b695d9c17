import { BUILTIN_MESSAGES } from './builtin-messages.js';
import { engineFinding } from './findings.js';
import type { Locale } from '../rule-kit/types.js';
import type { FileResult } from './types.js';

/** The result of a file that could not be linted at all: one fatal error finding at its start. */
export function fatalResult(filePath: string, ruleId: string, messageId: keyof typeof BUILTIN_MESSAGES, locale: Locale, data: Record<string, string | number> = {}): FileResult {
  return { filePath, products: [], findings: [engineFinding({ ruleId, messageId, template: BUILTIN_MESSAGES[messageId], data, fatal: true }, locale)] };
}
