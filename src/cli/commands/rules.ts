import { RULES } from '../../../rules/index.js';
import { BUILTIN_IDS } from '../../engine/builtin-ids.js';
import type { Locale } from '../../rule-kit/types.js';

const OWN_IDS = { en: 'Finding ids of stromlint itself (set them in "rules" too; "stromlint explain <id>"):', nb: 'Funn-id-er fra stromlint selv (settes også i «rules»; «stromlint explain <id>»):' };

/** `stromlint rules`: one line per rule with its default severity and summary, then stromlint's own ids. */
export function listRules(locale: Locale): string {
  const width = Math.max(...RULES.map((r) => r.id.length), ...BUILTIN_IDS.map((b) => b.id.length));
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.formats.join(',').padEnd(18)}  ${r.summary[locale]}`);
  const own = BUILTIN_IDS.map((b) => `${b.id.padEnd(width)}  ${b.severity.padEnd(5)}  ${''.padEnd(18)}  ${b.summary[locale]}`);
  return `${[...lines, '', OWN_IDS[locale], ...own].join('\n')}\n`;
}
