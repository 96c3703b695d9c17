import { RULES } from '../../../rules/index.js';
import { BUILTIN_IDS } from '../../engine/builtin-ids.js';
import { LABELS } from '../../report/labels.js';
import type { Locale } from '../../rule-kit/types.js';

const OWN_IDS = {
  en: 'Finding ids of stromlint itself (set them in "rules" too; "stromlint explain <id>"):',
  nb: 'Funn-id-er fra stromlint selv (settes også i «rules»; «stromlint explain <id>»):',
};

/** `stromlint rules`: one line per rule with its default severity and summary, then stromlint's own ids. */
export function listRules(locale: Locale): string {
  const width = Math.max(...RULES.map((r) => r.id.length), ...BUILTIN_IDS.map((b) => b.id.length));
  const severity = LABELS[locale].severity;
  const line = (id: string, level: keyof typeof severity, formats: string, summary: string) =>
    `${id.padEnd(width)}  ${severity[level].padEnd(8)}  ${formats.padEnd(18)}  ${summary}`;
  const lines = RULES.map((r) => line(r.id, r.severity, r.formats.join(','), r.summary[locale]));
  const own = BUILTIN_IDS.map((b) => line(b.id, b.severity, '', b.summary[locale]));
  return `${[...lines, '', OWN_IDS[locale], ...own].join('\n')}\n`;
}
