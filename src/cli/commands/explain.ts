import { RULES } from '../../../rules/index.js';
import { ConfigFinder } from '../../config/load.js';
import { closestWord } from '../../config/suggest.js';
import { declaredDocsUrl, docsUrlFrom } from '../../package-info.js';
import { BUILTIN_BY_ID, type BuiltinId } from '../../engine/builtin-ids.js';
import type { Locale, Rule, RuleExample } from '../../rule-kit/types.js';
import { UsageError } from '../exit-codes.js';
import { CLI_MESSAGES } from '../messages.js';
import { LABELS } from '../../report/labels.js';

const HEADINGS = {
  nb: {
    severity: 'Standard alvorlighet',
    formats: 'Formater',
    why: 'Hvorfor',
    sources: 'Kilder',
    messages: 'Meldinger',
    options: 'Valg',
    valid: 'Gyldig',
    invalid: 'Ugyldig',
    none: 'ingen',
    docs: 'Dokumentasjon',
    builtin: 'Et funn fra stromlint selv, ikke fra en regel. Sett det i «rules» som en regel, f.eks. «{id}: av».',
    lang: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
  },
  en: {
    severity: 'Default severity',
    formats: 'Formats',
    why: 'Why',
    sources: 'Sources',
    messages: 'Messages',
    options: 'Options',
    valid: 'Valid',
    invalid: 'Invalid',
    none: 'none',
    docs: 'Documentation',
    builtin: 'A finding of stromlint itself, not of a rule. Set it in "rules" like a rule, e.g. "{id}: off".',
    lang: { nb: 'bokmål', nn: 'nynorsk', en: 'English' },
  },
};

/**
 * `stromlint explain <id>`: for a rule, its rationale, sources, messages, options and the examples
 * that run as tests; for a finding id of stromlint itself, what it means and how to set it.
 */
export function explain(id: string, locale: Locale, docsUrl?: (ruleId: string) => string | undefined): string {
  const rule = RULES.find((r) => r.id === id);
  if (rule) return explainRule(rule, locale, docsUrl?.(rule.id));
  const builtin = BUILTIN_BY_ID.get(id);
  if (builtin) return explainBuiltin(builtin, locale);
  const say = CLI_MESSAGES[locale];
  const near = closestWord(id, [...RULES.map((r) => r.id), ...BUILTIN_BY_ID.keys()]);
  throw new UsageError(say.unknownExplainId(id) + (near ? say.didYouMean(near) : ''));
}

/** Rule pages under the docs URL the working folder's config or stromlint's package.json declares. */
export async function docsLinks(cwd: string, locale: Locale): Promise<(ruleId: string) => string | undefined> {
  const { rulesDocsUrl } = (await new ConfigFinder(cwd, locale).forDir(cwd)).config;
  const template = typeof rulesDocsUrl === 'string' && rulesDocsUrl.includes('{rule}') ? rulesDocsUrl : declaredDocsUrl();
  return (ruleId) => docsUrlFrom(template, ruleId);
}

function explainRule(rule: Rule, locale: Locale, docsUrl: string | undefined): string {
  const h = HEADINGS[locale];
  const out: string[] = [
    `${rule.id} — ${rule.summary[locale]}`,
    '',
    `${h.severity}: ${LABELS[locale].severity[rule.severity]}    ${h.formats}: ${rule.formats.join(', ')}`,
    ...(docsUrl ? [`${h.docs}: ${docsUrl}`] : []),
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
  for (const [title, examples] of [
    [h.valid, rule.examples.valid],
    [h.invalid, rule.examples.invalid],
  ] as const) {
    out.push('', `${title}:`);
    for (const example of examples) out.push(...formatExample(example, locale));
  }
  return `${out.join('\n')}\n`;
}

function explainBuiltin(builtin: BuiltinId, locale: Locale): string {
  const h = HEADINGS[locale];
  return `${[
    `${builtin.id} — ${builtin.summary[locale]}`,
    '',
    `${h.severity}: ${LABELS[locale].severity[builtin.severity]}`,
    h.builtin.replace('{id}', builtin.id),
    '',
    `${h.why}:`,
    `  ${builtin.rationale[locale]}`,
    '',
    `${h.messages}:`,
    ...Object.entries(builtin.messages).map(([messageId, text]) => `  ${messageId}: ${text[locale]}`),
  ].join('\n')}\n`;
}

function describeOptions(schema: Record<string, unknown>): string {
  const properties = (schema.properties ?? {}) as Record<string, { type?: string; description?: string }>;
  return Object.entries(properties)
    .map(([name, p]) => `\n  ${name} (${p.type ?? 'value'}): ${p.description ?? ''}`)
    .join('');
}

function formatExample(example: RuleExample, locale: Locale): string[] {
  const lines = [`  ── ${example.format}, ${HEADINGS[locale].lang[example.lang]}${example.note ? `: ${example.note}` : ''}`];
  for (const line of example.code.replace(/\n$/, '').split('\n')) lines.push(`    ${line}`);
  for (const f of example.findings ?? []) lines.push(`    ⇒ ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.messageId}`);
  return lines;
}
