import { campaignOf, defineRule, offerEnds, TERMS_PAGES_OPTION_SCHEMA, type TermsPagesOption } from '../src/rule-kit/index.js';

type Options = TermsPagesOption;

/**
 * Markers that make a product a time-limited offer (see `campaignOf`). "gratis" alone is too loose to
 * count, and a waived element alone ("0 øre i påslag", "utan påslag") is as often the product's ordinary price.
 */
const MARKERS = ['campaign', 'intro', 'first-n', 'limited-time'] as const;

export default defineRule<Options>({
  id: 'campaign-end',
  scope: 'product',
  severity: 'error',
  formats: ['markdown', 'html', 'json'],
  summary: {
    nb: 'Et kampanjetilbud må si når det slutter.',
    en: 'A campaign offer must say when it ends.',
  },
  rationale: {
    nb: 'Trygg Strømhandel krever at kampanjer er tydelig merket og at kunden får vite når tilbudet slutter og hva som skjer etterpå. Forbrukertilsynet regner et tidsbegrenset tilbud uten sluttidspunkt som villedende utelatelse av vesentlig informasjon (markedsføringsloven §§ 7–8). Sluttidspunktet kan være en dato, en periode, en bestillingsfrist eller et volumtak.',
    en: 'Trygg Strømhandel requires campaigns to be clearly labelled and the customer to be told when the offer ends and what happens after. Forbrukertilsynet treats a time-limited offer without its end as a misleading omission of material information (Marketing Control Act §§ 7–8). The end can be a date, a period, an order deadline or a volume cap.',
  },
  sources: [
    'Trygg Strømhandel (DNV, Fornybar Norge / Distriktsenergi): campaigns clearly labelled; the customer told what happens after the offer period',
    'Forbrukertilsynet: «Opplysninger dere må gi i markedsføring av strømavtaler til forbrukere»',
    'Markedsføringsloven §§ 6–8',
  ],
  messages: {
    missingEnd: {
      nb: '«{product}» er et kampanjetilbud som ikke sier når det slutter. Oppgi slutten, f.eks. «Kampanjepris t.o.m. 31.12.2026» eller «de første 3 månedene».',
      en: '"{product}" is a campaign offer that does not say when it ends. State the end, e.g. "campaign price until 31 December 2026" or "for the first 3 months".',
    },
  },
  pageKinds: ['offer'],
  optionsSchema: TERMS_PAGES_OPTION_SCHEMA,
  defaultOptions: { checkTermsPages: false },
  check(view, context) {
    const offer = campaignOf(view, { order: MARKERS, readingOrder: true, timed: false, bonus: true, labelledPrice: true });
    // An order deadline ends an offer too ("bestill innen 30. november").
    if (!offer || offerEnds(view, true).length > 0) return;
    context.report({ messageId: 'missingEnd', at: { block: offer.block, start: offer.start, end: offer.end } });
  },
  examples: {
    valid: [
      {
        format: 'html',
        lang: 'nb',
        note: 'A purchase-price product whose ordinary markup is 0 is not a campaign.',
        code: '<h2>Innkjøpspris Fjord</h2>\n<p>Du betaler det vi betaler, pluss 0 øre/kWh i påslag og 59 kr/mnd.</p>\n',
      },
      {
        format: 'markdown',
        lang: 'nb',
        note: 'The campaign price ends on a stated date.',
        code: '## Spotpris Vinter\n\nKampanjepris: 0 øre i påslag t.o.m. 31.12.2026. Deretter 4,9 øre/kWh.\n',
      },
      {
        format: 'html',
        lang: 'nn',
        note: 'A period ("dei første tre månadene") is an end.',
        code: '<h2>Straum Haust</h2>\n<p>Introtilbod: utan påslag dei første tre månadene.</p>\n',
      },
      {
        format: 'json',
        lang: 'en',
        note: 'A sheet whose campaign has an end date.',
        code: '{"products":[{"id":"p1","name":"Spot Welcome","type":"spot","campaign":{"label":"Welcome offer","end":{"date":"2026-12-31"}}}]}\n',
      },
    ],
    invalid: [
      {
        format: 'markdown',
        lang: 'nb',
        note: 'A campaign price with no end.',
        code: '## Spotpris Vinter\n\nKampanjepris: 0 øre i påslag! Bestill i dag.\n',
        findings: [{ messageId: 'missingEnd', line: 3, column: 1, endLine: 3, endColumn: 13 }],
      },
      {
        format: 'html',
        lang: 'en',
        note: 'An introductory offer with no end.',
        code: '<h2>Spot Start</h2>\n<p>Introductory offer: no markup.</p>\n',
        findings: [{ messageId: 'missingEnd', line: 2, column: 4, endLine: 2, endColumn: 22 }],
      },
      {
        format: 'html',
        lang: 'nb',
        note: 'An end date that is hidden from the reader does not count as stated.',
        code: '<h2>Spot Vinter</h2>\n<p>Kampanjepris: 0 øre i påslag!</p>\n<p hidden>Gjelder t.o.m. 31.12.2026.</p>\n',
        findings: [{ messageId: 'missingEnd', line: 2, column: 4, endLine: 2, endColumn: 16 }],
      },
      {
        format: 'json',
        lang: 'nb',
        note: 'A sheet campaign without an end: the finding points at its label.',
        code: '{"products":[{"id":"p1","name":"Spot Høst","type":"spot","campaign":{"label":"Høstkampanje"}}]}\n',
        findings: [{ messageId: 'missingEnd', line: 1, column: 79, endLine: 1, endColumn: 91 }],
      },
    ],
  },
});
