import type { FileResult, Finding } from '../../src/engine/types.js';
import type { Rule } from '../../src/rule-kit/types.js';
import type { ReportContext } from '../../src/report/types.js';

/** The folder the run started in; every path below sits under it unless a test says otherwise. */
export const CWD = '/srv/kampanjer';

/** Bokmål landing page: a tab-indented line and one very long line. */
export const NORDLYS_SOURCE = [
  '---',
  'tittel: Nordlys Spot',
  '---',
  '# Nordlys Spot',
  '',
  '\tFå 0 øre i påslag\tde første 3 månedene!',
  `${'Strøm til spotpris time for time. '.repeat(5)}Kampanjepris gjelder nye kunder.${' Påslag 4,9 øre/kWh deretter.'.repeat(4)}`,
  'Fastbeløp: 39 kr/mnd.',
  '',
].join('\n');

/** A message with every character GitHub's escaping cares about: %, ',', ':' and a line break. */
export const TRICKY_MESSAGE = 'Rabatt: 100 %, 0,0 øre/kWh i 3 mnd – men kva skjer etterpå?\nSkriv til dømes «deretter 4,9 øre/kWh».';

export function finding(overrides: Partial<Finding> & Pick<Finding, 'ruleId' | 'line' | 'column'>): Finding {
  return {
    messageId: 'missingEnd',
    severity: 'error',
    message: 'Finding',
    endLine: overrides.line,
    endColumn: overrides.column + 1,
    ...overrides,
  };
}

export function results(): FileResult[] {
  return [
    {
      filePath: `${CWD}/vinter/nordlys-spot.md`,
      source: NORDLYS_SOURCE,
      products: [],
      findings: [
        finding({
          ruleId: 'campaign-end',
          messageId: 'missingEnd',
          severity: 'error',
          message: 'Kampanjen «0 øre i påslag» for Nordlys Spot sier ikke når den slutter. Legg til f.eks. «t.o.m. 31.12.2026».',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 19,
          product: 'Nordlys Spot',
          docsUrl: 'https://stromlint.dev/rules/campaign-end',
        }),
        finding({
          ruleId: 'campaign-end',
          messageId: 'missingEnd',
          severity: 'warn',
          message: 'Kampanjeprisen har ingen sluttdato.',
          line: 7,
          column: 171,
          endLine: 7,
          endColumn: 183,
          product: 'Nordlys Spot',
        }),
        finding({
          ruleId: 'duration',
          messageId: 'missingBinding',
          severity: 'info',
          message: 'Siden sier ikke noe om bindingstid.',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 15,
          product: 'Nordlys Spot',
        }),
      ],
    },
    {
      filePath: `${CWD}/fastpris 2026/vestavind-fastpris.html`,
      products: [],
      findings: [
        finding({
          ruleId: 'after-terms',
          messageId: 'afterCampaign',
          severity: 'error',
          message: TRICKY_MESSAGE,
          line: 12,
          column: 7,
          endLine: 13,
          endColumn: 4,
          product: 'Vestavind Fastpris 1 år',
        }),
      ],
    },
    {
      filePath: `${CWD}/produkter/ødegård-kraft.json`,
      products: [],
      findings: [
        finding({
          ruleId: 'parse-error',
          messageId: 'parseError',
          severity: 'error',
          fatal: true,
          message: 'Filen kunne ikke leses som json: Unexpected token } in JSON at position 212',
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 4,
        }),
      ],
    },
    { filePath: `${CWD}/english/welcome-offer.md`, products: [], findings: [] },
  ];
}

const rule = (id: string, severity: Rule['severity'], summary: Rule['summary'], rationale: Rule['rationale']): Rule =>
  ({
    id,
    severity,
    scope: 'product',
    formats: ['markdown', 'html', 'json'],
    summary,
    rationale,
    sources: ['Trygg Strømhandel, krav 4.2'],
    messages: {},
    optionsSchema: {},
    defaultOptions: {},
    examples: { valid: [], invalid: [] },
    check: () => {},
  }) as Rule;

export const RULES: Rule[] = [
  rule(
    'campaign-end',
    'error',
    { nb: 'Kampanjer må si når de slutter', en: 'Campaigns must say when they end' },
    {
      nb: 'En kampanje uten sluttdato lar kunden tro at prisen varer.',
      en: 'A campaign without an end lets the customer believe the price lasts.',
    },
  ),
  rule(
    'after-terms',
    'error',
    { nb: 'Si hva som skjer etterpå', en: 'Say what comes after' },
    {
      nb: 'Kunden må vite hvilken avtale og pris som gjelder når kampanjen er over.',
      en: 'The customer must know which deal and price apply when the campaign ends.',
    },
  ),
  rule(
    'duration',
    'error',
    { nb: 'Oppgi varighet og binding', en: 'State duration and binding' },
    {
      nb: 'Bindingstid og prisperiode må stå.',
      en: 'Binding and price periods must be stated.',
    },
  ),
];

export function context(overrides: Partial<ReportContext> = {}): ReportContext {
  return { locale: 'en', color: false, cwd: CWD, rules: RULES, version: '0.1.0', ...overrides };
}
