import type { Anchor } from '../src/document/types.js';
import type { FactPlace } from '../src/language/facts.js';
import {
  campaignOf,
  defineRule,
  isOffer,
  isShown,
  offerEnds,
  ownFactsOf,
  TERMS_PAGES_OPTION_SCHEMA,
  type ProductView,
  type Report,
  type TermsPagesOption,
} from '../src/rule-kit/index.js';

type Options = TermsPagesOption;

/** The offer's own label first, so a finding points at the word that names it ("Kampanjepris", a sheet's campaign label). */
const MARKER_ORDER = ['campaign', 'intro', 'first-n', 'waived'] as const;

/** Where a fact is, as a finding's anchor. */
function at(fact: FactPlace): Anchor {
  return { block: fact.block, start: fact.start, end: fact.end };
}

/** What the product promises for a limited time and so must say what follows: which message, and where. */
function limitedTerm(view: ProductView): Report | undefined {
  const offer = campaignOf(view, { order: MARKER_ORDER, timed: offerEnds(view, false).length > 0, bonus: false, labelledPrice: false });
  if (offer) return { messageId: 'afterCampaign', at: at(offer) };
  const period = ownFactsOf(view, 'fixed-period')[0];
  if (period) return { messageId: 'afterFixedTerm', at: at(period) };
  const binding = ownFactsOf(view, 'binding').find((f) => !f.none && (f.months ?? 0) > 0);
  // A fixed product whose type alone says it is fixed: point at its name.
  if (view.product.type === 'fixed') return binding ? { messageId: 'afterFixedTerm', at: at(binding) } : { messageId: 'afterFixedTerm' };
  // A spot or variable product usually just runs on after its binding period: worth a note, not an error.
  return binding && { messageId: 'afterFixedTerm', at: at(binding), severity: 'info' };
}

export default defineRule<Options>({
  id: 'after-terms',
  scope: 'product',
  severity: 'error',
  formats: ['markdown', 'html', 'json'],
  summary: {
    nb: 'En kampanje, fastprisperiode eller bindingstid må si hva som skjer når den er over.',
    en: 'A campaign, fixed-price period or binding period must say what happens when it ends.',
  },
  rationale: {
    nb: 'Trygg Strømhandel krever at kunden får vite hva som skjer etter tilbudsperioden. Forbrukertilsynet påpekte i vedtakene mot 14 strømleverandører i 2023 at det manglet opplysning om hvilken avtale kunden flyttes til når en fastprisperiode er over, og regner det som en villedende utelatelse (markedsføringsloven §§ 7–8). Det holder å nevne avtalen kunden går over til («går over til Spotpris Nordlys»), eller prisen som gjelder etterpå («deretter 4,9 øre/kWh»).',
    en: 'Trygg Strømhandel requires the customer to be told what happens after the offer period. In its 2023 decisions against 14 electricity suppliers, Forbrukertilsynet found that material did not say which agreement the customer is moved to when a fixed-price period ends, and treats that as a misleading omission (Marketing Control Act §§ 7–8). Naming the agreement the customer moves to ("rolls over to Spot Nordlys") or the price that applies afterwards ("then 4.9 øre/kWh") is enough.',
  },
  sources: [
    'Trygg Strømhandel (DNV, Fornybar Norge / Distriktsenergi): campaigns clearly labelled; the customer told what happens after the offer period',
    'Forbrukertilsynet: decisions against 14 electricity suppliers (2023): no statement of which agreement the customer is moved to after a fixed term',
    'Forbrukertilsynet: «Opplysninger dere må gi i markedsføring av strømavtaler til forbrukere»',
    'Markedsføringsloven §§ 6–8',
  ],
  messages: {
    afterCampaign: {
      nb: '«{product}» er et kampanjetilbud som ikke sier hva som gjelder etter kampanjen. Oppgi avtalen kunden går over til eller prisen etterpå, f.eks. «Deretter 4,9 øre/kWh i påslag» eller «Etter kampanjen går avtalen over til Spotpris Nordlys».',
      en: '"{product}" is a campaign offer that does not say what applies after the campaign. State the agreement the customer moves to or the price afterwards, e.g. "then 4.9 øre/kWh markup" or "after the campaign the agreement rolls over to Spot Nordlys".',
    },
    afterFixedTerm: {
      nb: '«{product}» sier ikke hva som skjer når fastprisperioden eller bindingstiden er over. Oppgi avtalen kunden overføres til eller prisen etterpå, f.eks. «Når avtaletiden er over, går avtalen over til Spotpris Nordlys».',
      en: '"{product}" does not say what happens when the fixed-price or binding period ends. State the agreement the customer is moved to or the price afterwards, e.g. "when the term ends, the agreement rolls over to Spot Nordlys".',
    },
  },
  pageKinds: ['offer'],
  optionsSchema: TERMS_PAGES_OPTION_SCHEMA,
  defaultOptions: { checkTermsPages: false },
  check(view, context) {
    // A product only mentioned (an article, an FAQ answer) promises nothing.
    if (!isOffer(view)) return;
    // Which term a successor or later price refers to is rarely clear from the words, so any counts.
    if (view.factsOf('after-terms').some((f) => !f.negated && isShown(view.document, f))) return;
    const missing = limitedTerm(view);
    if (missing) context.report(missing);
  },
  examples: {
    valid: [
      {
        format: 'markdown',
        lang: 'nb',
        note: 'The price after the campaign is stated ("deretter …").',
        code: '## Spotpris Vinter\n\nKampanjepris: 0 øre i påslag de første 3 månedene. Deretter 4,9 øre/kWh.\n\nIngen bindingstid.\n',
      },
      {
        format: 'html',
        lang: 'nn',
        note: 'Naming the agreement that follows the fixed period is enough.',
        code: '<h2>Fastpris Fjord</h2>\n<p>Fastpris i eitt år: 79,50 øre/kWh. Når avtaleperioden er over, vert avtalen endra til Spotpris Fjord.</p>\n',
      },
      {
        format: 'json',
        lang: 'en',
        note: 'A sheet campaign that names its successor product.',
        code: '{"products":[{"id":"p1","name":"Spot Welcome","type":"spot","binding":{"months":0},"campaign":{"label":"Welcome offer","end":{"months":3},"after":{"product":"Spot Kvitfjell"}}}]}\n',
      },
    ],
    invalid: [
      {
        format: 'markdown',
        lang: 'nb',
        note: 'A campaign price with an end but nothing about what follows.',
        code: '## Spotpris Vinter\n\nKampanjepris: 0 øre i påslag de første 3 månedene.\n\nIngen bindingstid.\n',
        findings: [{ messageId: 'afterCampaign', line: 3, column: 1, endLine: 3, endColumn: 13 }],
      },
      {
        format: 'html',
        lang: 'en',
        note: 'A fixed-price period that does not say what comes after it.',
        code: '<h2>Fixed 12</h2>\n<p>Fixed price for 12 months: 84.90 øre/kWh.</p>\n',
        findings: [{ messageId: 'afterFixedTerm', line: 2, column: 4, endLine: 2, endColumn: 29 }],
      },
      {
        format: 'json',
        lang: 'nb',
        note: 'A fixed-price sheet product with its period but no successor.',
        code: '{"products":[{"id":"p1","name":"Nordlys Stabil","type":"fixed","binding":{"months":12},"fixedPeriod":{"months":12}}]}\n',
        findings: [{ messageId: 'afterFixedTerm', line: 1, column: 112, endLine: 1, endColumn: 114 }],
      },
    ],
  },
});
