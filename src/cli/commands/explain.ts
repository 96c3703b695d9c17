import { RULES } from '../../../rules/index.js';
import type { Locale, RuleExample } from '../../rule-kit/types.js';
import { ruleDocsUrl } from '../../package-info.js';
import { UsageError } from '../exit-codes.js';

const HEADINGS = {
  nb: { severity: 'Standard alvorlighet', formats: 'Formater', why: 'Hvorfor', sources: 'Kilder', messages: 'Meldinger', options: 'Valg', valid: 'Gyldig', invalid: 'Ugyldig', none: 'ingen' },
  en: { severity: 'Default severity', formats: 'Formats', why: 'Why', sources: 'Sources', messages: 'Messages', options: 'Options', valid: 'Valid', invalid: 'Invalid', none: 'none' },
};

/** `stromlint explain <rule>`: rationale, sources, messages, options and the examples that run as tests. */
export function explainRule(id: string, locale: Locale): string {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new UsageError(`unknown rule "${id}". Run "stromlint rules" for the list.`);
  const h = HEADINGS[locale];
  const out: string[] = [
    `${rule.id} — ${rule.summary[locale]}`,
    '',
    `${h.severity}: ${rule.severity}    ${h.formats}: ${rule.formats.join(', ')}`,
    ruleDocsUrl(rule.id),
    '',
    `${h.why}:`,
    `  ${rule.rationale[locale]}`,
    '',
    `${h.sources}:`,
    ...rule.sources.map((s) => `  - ${s}`),
    '',
    `${h.messages}:`,
    ...Object.entries(rule.messages).map(([messageId, text]) => `  ${messageId}: ${text[locale]}`),
    '',
    `${h.options}: ${describeOptions(rule.optionsSchema) || h.none}`,
  ];
  for (const [title, examples] of [[h.valid, rule.examples.valid], [h.invalid, rule.examples.invalid]] as const) {
    out.push('', `${title}:`);
    for (const example of examples) out.push(...formatExample(example));
  }
  return `${out.join('\n')}\n`;
}

function describeOptions(schema: Record<string, unknown>): string {
  const properties = (schema.properties ?? {}) as Record<string, { type?: string; description?: string }>;
  return Object.entries(properties)
    .map(([name, p]) => `\n  ${name} (${p.type ?? 'value'}): ${p.description ?? ''}`)
    .join('');
}

function formatExample(example: RuleExample): string[] {
  const lines = [`  ── ${example.format}, ${example.lang}${example.note ? `: ${example.note}` : ''}`];
  for (const line of example.code.replace(/\n$/, '').split('\n')) lines.push(`    ${line}`);
  for (const f of example.findings ?? []) lines.push(`    ⇒ ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.messageId}`);
  return lines;
}
