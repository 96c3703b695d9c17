import { RULES } from '../../../rules/index.js';
import type { Locale } from '../../rule-kit/types.js';

/** `stromlint rules`: one line per rule with its default severity and summary. */
export function listRules(locale: Locale): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.formats.join(',').padEnd(18)}  ${r.summary[locale]}`);
  return `${lines.join('\n')}\n`;
}
