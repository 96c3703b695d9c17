import { defineRule, isOffer, TERMS_PAGES_OPTION_SCHEMA, type ProductView, type Report, type TermsPagesOption } from '../src/rule-kit/index.js';

type Options = TermsPagesOption;

/** A number alone in a fixed product's name ("Fixed 24", "Fastpris Trygg 12") probably is its period in months. */
const NUMBER_IN_NAME = /(?:^|\s)\d{1,2}(?:\s|$)/;

/** A fixed-price product must give the length of its price period. */
function missingFixedPeriod(view: ProductView): Report | undefined {
  if (view.product.type !== 'fixed' || view.factsOf('fixed-period').some((f) => !f.negated)) return undefined;
  // A stated binding period, or a number in the name, most likely is the price period too, but the copy does not say so.
  const bound = view.factsOf('binding').some((f) => !f.negated && !f.none && (f.months ?? 0) > 0);
  return bound || NUMBER_IN_NAME.test(view.product.name) ? { messageId: 'missingFixedPeriod', severity: 'info' } : { messageId: 'missingFixedPeriod' };
}

/**
 * Whether the product says anything about binding. In a price-portal feed a fixed product's
 * `agreementTime` (read as its fixed period) is the portal's agreement length, which binds too.
 */
function statesBinding(view: ProductView): boolean {
  // A binding named without its length ("bruddgebyr for resten av bindingstida") says nothing either way.
  if (view.factsOf('binding').some((f) => f.none || f.months !== undefined || f.days !== undefined || f.until !== undefined)) return true;
  const agreementTime = view.document.sheetKind === 'price-portal-feed' ? view.product.fields?.['fixedPeriod'] : undefined;
  return agreementTime !== undefined && view.factsOf('fixed-period').some((f) => f.block === agreementTime);
}

/** An offer must say whether it binds the customer, either way. */
function missingBinding(view: ProductView): Report | undefined {
  if (view.document.pageKind !== 'offer' || statesBinding(view)) return undefined;
  // Termination terms ("14 dagers gjensidig oppsigelse") hint at no binding without saying so.
  return view.factsOf('termination').length > 0 ? { messageId: 'missingBinding', severity: 'info' } : { messageId: 'missingBinding' };
}

/** A price guarantee must say how long it holds; one mention with a period covers the others. */
function missingGuaranteePeriod(view: ProductView): Report | undefined {
  const guarantees = view.factsOf('guarantee').filter((f) => !f.negated);
  // A date or period in the same block ("garantert t.o.m. 1. juli 2027") bounds the guarantee too.
  const dated = new Set(
    view
      .factsOf('end')
      .filter((f) => !f.negated && (f.how === 'date' || f.how === 'period'))
      .map((f) => f.block),
  );
  if (guarantees.some((f) => f.months !== undefined || f.until !== undefined || dated.has(f.block))) return undefined;
  const first = guarantees[0];
  return first && { messageId: 'missingGuaranteePeriod', at: { block: first.block, start: first.start, end: first.end } };
}

export default defineRule<Options>({
  id: 'duration',
  scope: 'product',
  severity: 'error',
  formats: ['markdown', 'html', 'json'],
  summary: {
    nb: 'Et produkt må si hvor lenge prisen, bindingen og en eventuell prisgaranti varer.',
    en: 'A product must say how long its price, binding and any price guarantee last.',
  },
  rationale: {
    nb: 'Trygg Strømhandel krever åpenhet om produktenes varighet. Forbrukertilsynet regner det som vesentlig informasjon hvor lenge en fastpris gjelder, om avtalen har bindingstid (og hvor lang), og hvor lenge en prisgaranti holder; uten dette kan ikke forbrukeren sammenligne avtaler (markedsføringsloven §§ 7–8). Bindingen må omtales begge veier: «12 måneders bindingstid» eller «ingen bindingstid».',
    en: 'Trygg Strømhandel requires openness about how long products last. Forbrukertilsynet treats as material information how long a fixed price applies, whether the agreement has a binding period (and how long), and how long a price guarantee holds; without them a consumer cannot compare agreements (Marketing Control Act §§ 7–8). Binding must be stated either way: "12-month binding period" or "no binding period".',
  },
  sources: [
    'Trygg Strømhandel (DNV, Fornybar Norge / Distriktsenergi): openness about all price elements and the duration of products',
    'Forbrukertilsynet: «Opplysninger dere må gi i markedsføring av strømavtaler til forbrukere»',
    'Markedsføringsloven §§ 6–8',
  ],
  messages: {
    missingFixedPeriod: {
      nb: '«{product}» er en fastprisavtale som ikke sier hvor lenge prisen gjelder. Oppgi perioden, f.eks. «Fastpris i 12 måneder» eller «Fastpris t.o.m. 31.12.2027».',
      en: '"{product}" is a fixed-price agreement that does not say how long the price applies. State the period, e.g. "fixed price for 12 months" or "fixed price until 31 December 2027".',
    },
    missingBinding: {
      nb: '«{product}» sier ikke om avtalen har bindingstid. Skriv det begge veier, f.eks. «Ingen bindingstid» eller «12 måneders bindingstid».',
      en: '"{product}" does not say whether the agreement has a binding period. Say it either way, e.g. "no binding period" or "12-month binding period".',
    },
    missingGuaranteePeriod: {
      nb: '«{product}» lover en prisgaranti uten å si hvor lenge den gjelder. Oppgi perioden, f.eks. «Påslaget er garantert i 12 måneder».',
      en: '"{product}" promises a price guarantee without saying how long it holds. State the period, e.g. "the markup is guaranteed for 12 months".',
    },
  },
  // A price list must give a fixed price's period too; binding is asked of offer pages (see missingBinding).
  pageKinds: ['offer', 'price-list'],
  optionsSchema: TERMS_PAGES_OPTION_SCHEMA,
  defaultOptions: { checkTermsPages: false },
  check(view, context) {
    // A product only mentioned (an article, an FAQ answer) promises nothing.
    if (!isOffer(view)) return;
    for (const missing of [missingFixedPeriod(view), missingBinding(view), missingGuaranteePeriod(view)]) {
      if (missing) context.report(missing);
    }
  },
  examples: {
    valid: [
      {
        format: 'markdown',
        lang: 'nb',
        note: 'A spot offer that says it has no binding period.',
        code: '## Spotpris Nordlys\n\nPåslag 4,90 øre/kWh og fastbeløp 39 kr/mnd. Ingen bindingstid.\n',
      },
      {
        format: 'html',
        lang: 'en',
        note: 'A fixed price with its period and its binding period.',
        code: '<h2>Fixed 12</h2>\n<p>Fixed price for 12 months: 84.90 øre/kWh. 12-month binding period.</p>\n',
      },
      {
        format: 'json',
        lang: 'nn',
        note: 'A sheet with binding, fixed period and a guarantee with its period.',
        code: '{"products":[{"id":"p1","name":"Straum Fast","type":"fixed","prices":{"fixedPrice":{"value":79.5,"unit":"ore/kWh"}},"binding":{"months":12},"fixedPeriod":{"months":12},"priceGuarantee":{"what":"fixedPrice","months":12}}]}\n',
      },
    ],
    invalid: [
      {
        format: 'markdown',
        lang: 'nb',
        note: 'A spot offer that says nothing about binding.',
        code: '## Spotpris Nordlys\n\nPåslag 4,90 øre/kWh og fastbeløp 39 kr/mnd.\n',
        findings: [{ messageId: 'missingBinding', line: 1, column: 4, endLine: 1, endColumn: 20 }],
      },
      {
        format: 'html',
        lang: 'nn',
        note: 'A price guarantee without the period it holds for.',
        code: '<h2>Straum Trygg</h2>\n<p>Prisgaranti på påslaget: 3,20 øre/kWh. Inga bindingstid.</p>\n',
        findings: [{ messageId: 'missingGuaranteePeriod', line: 2, column: 4, endLine: 2, endColumn: 15 }],
      },
      {
        format: 'json',
        lang: 'en',
        note: 'A fixed-price sheet product without its price period.',
        code: '{"products":[{"id":"p1","name":"Fixed Easy","type":"fixed","prices":{"fixedPrice":{"value":84.9,"unit":"ore/kWh"}},"binding":{"months":0}}]}\n',
        findings: [{ messageId: 'missingFixedPeriod', line: 1, column: 33, endLine: 1, endColumn: 43 }],
      },
    ],
  },
});
