import type { ProductType } from '../src/document/types.js';
import type { FactOf, FactPlace, PriceElement } from '../src/language/facts.js';
import { defineRule, isOffer, MARKUP_CEILING_ORE, oreOf, PER_KWH_ELEMENTS, quote, reportsBlock, tableLabels, TERMS_PAGES_OPTION_SCHEMA, type ProductView, type Report, type TermsPagesOption } from '../src/rule-kit/index.js';

interface Options extends TermsPagesOption {
  /** Accept a fixed amount stated per day or per year ("kr 1,30 per dag") as the monthly fee. */
  acceptPerDayOrYear: boolean;
}

type ElementFact = FactOf<'price-element'>;
type Amount = FactOf<'amount'>;

/** What a product must state, grouped so that a fixed and a variable price both answer "price". */
type Need = 'markup' | 'monthly-fee' | 'price';

const NEEDS: Readonly<Record<ProductType, readonly Need[]>> = {
  spot: ['markup', 'monthly-fee'],
  'hourly-spot': ['markup', 'monthly-fee'],
  purchase: ['markup', 'monthly-fee'],
  fixed: ['price', 'monthly-fee'],
  variable: ['price', 'monthly-fee'],
  plus: [],
  managed: [],
  // A product whose kind the copy never says still has a price per kWh (any: markup or price) and a fixed amount.
  other: ['price', 'monthly-fee'],
};

const MISSING: Readonly<Record<Need, string>> = { markup: 'missingMarkup', 'monthly-fee': 'missingMonthlyFee', price: 'missingPrice' };

/** Costs the supplier charges for the deal itself. Fees are `fees-disclosed`'s; grid items are never the supplier's. */
const COSTS: ReadonlySet<PriceElement> = new Set(['markup', 'monthly-fee', 'fixed-price', 'variable-price', 'certificates', 'purchase-costs']);

/** Whether an element answers a need: a fixed or variable price is "price"; of a product of unknown kind, a markup is too. */
function answersNeed(element: PriceElement, need: Need, type: ProductType): boolean {
  if (element === 'fixed-price' || element === 'variable-price') return need === 'price';
  return element === need || (need === 'price' && element === 'markup' && type === 'other');
}

/** Whether a fixed amount's period is accepted: per month, unstated or per invoice always; per day or year by option. */
function acceptedPeriod(per: string | undefined, options: Options): boolean {
  if (per === 'day' || per === 'year') return options.acceptPerDayOrYear;
  return per !== 'kWh' && per !== 'once';
}

/** An element stated with its size: an amount (of an accepted period), an explicit zero, or waived ("uten påslag"). */
function isSized(f: ElementFact, options: Options): boolean {
  if (f.waived || f.negated) return true;
  if (!f.quantity) return false;
  return f.element !== 'monthly-fee' || f.quantity.value === 0 || acceptedPeriod(f.quantity.per, options);
}

/** Whether an amount's unit fits the element it sizes: øre per kWh for a markup, a period for a fee. */
function fits(element: PriceElement, amount: Amount, options: Options): boolean {
  if (amount.value === 0) return true;
  if (PER_KWH_ELEMENTS.has(element)) return amount.per === 'kWh' || (amount.per === undefined && amount.unit === 'ore');
  return acceptedPeriod(amount.per, options);
}

function byPlace(a: FactPlace, b: FactPlace): number {
  return a.block - b.block || a.start - b.start;
}

/** The amounts that lie inside a span of their block, in one sweep over both sorted by place. */
function amountsInside(amounts: readonly Amount[], spans: readonly FactPlace[]): Set<Amount> {
  const sortedSpans = [...spans].sort(byPlace);
  const inside = new Set<Amount>();
  let next = 0;
  let block = -1;
  let reach = -1;
  for (const amount of [...amounts].sort(byPlace)) {
    if (amount.block !== block) {
      block = amount.block;
      reach = -1;
    }
    for (; next < sortedSpans.length && byPlace(sortedSpans[next]!, amount) <= 0; next++) {
      if (sortedSpans[next]!.block === block) reach = Math.max(reach, sortedSpans[next]!.end);
    }
    if (reach >= amount.end) inside.add(amount);
  }
  return inside;
}

/**
 * Elements sized by a price table: an amount alone in a cell sizes the element its row label
 * ("Påslag | 2,90 øre/kWh") or its column header ("Påslag" over "3,90 øre/kWh") names.
 */
function tableSized(view: ProductView, loose: readonly Amount[], options: Options): PriceElement[] {
  const sized: PriceElement[] = [];
  for (const amount of loose) {
    if (amount.ceiling) continue;
    const label = tableLabels(view.document, view.product.type, amount).find((l) => fits(l.element, amount, options));
    if (label) sized.push(label.element);
  }
  return sized;
}

/** What joins the spot price to its markup: "spotpris + 4,9 øre/kWh", "Nord Pool pluss 2 øre", "spotpris + maks 2 øre/kWh". */
const SPOT_PLUS = /^\s*(?:\+|pluss|plus)\s*(?:(?:maks|max|maksimalt|inntil|opptil|høyst|høgst|up to|at most)\.?\s*)?$/iu;
/** The longest gap read between the spot price and an amount. */
const SPOT_PLUS_GAP = 14;

/** Where the words joining an amount to the spot price before it start ("+ 4,9 øre/kWh"), if it is so joined. */
function spotPlusStart(view: ProductView, elements: readonly ElementFact[], amount: Amount): number | undefined {
  const text = view.document.blocks[amount.block]?.text ?? '';
  const spotEnds = new Set(elements.filter((e) => e.element === 'spot-reference' && e.block === amount.block).map((e) => e.end));
  for (let end = amount.start; end >= 0 && amount.start - end <= SPOT_PLUS_GAP; end--) {
    // The quote starts at the ceiling word or the amount: "maks 2 øre/kWh", not "+ maks …".
    if (spotEnds.has(end)) return SPOT_PLUS.test(text.slice(end, amount.start)) ? end + text.slice(end, amount.start).replace(/^\s*(?:\+|pluss|plus)\s*/iu, (m) => ' '.repeat(m.length)).search(/\S|$/u) : undefined;
  }
  return undefined;
}

/**
 * Needs that amounts no element claimed answer by their unit and place: a per-kWh amount is a
 * fixed or variable product's price; one right after the spot price ("spotpris + 4,9 øre/kWh") is
 * the markup; a per-month amount ("+ 39 kr i måneden") is the fixed monthly amount. A ceiling
 * ("maks 2 øre/kWh") answers nothing.
 */
function looseAnswers(view: ProductView, elements: readonly ElementFact[], loose: readonly Amount[], options: Options): Set<Need> {
  const answers = new Set<Need>();
  const own = new Set(view.product.blocks);
  for (const amount of loose) {
    if (amount.ceiling) continue;
    if (amount.per === 'kWh') {
      answers.add('price');
      if (spotPlusStart(view, elements, amount) !== undefined || (own.has(amount.block) && plausibleMarkup(amount))) answers.add('markup');
    } else if (amount.per !== undefined && amount.per !== 'invoice' && acceptedPeriod(amount.per, options)) answers.add('monthly-fee');
  }
  return answers;
}

/**
 * A spot product's own figure per kWh low enough to be a markup is its markup ("Polarkyst Spot — 3.45
 * øre/kWh"): the spot price itself is quoted in sentences about the market, and rarely this low.
 */
function plausibleMarkup(amount: Amount): boolean {
  const ore = oreOf(amount);
  return ore > 0 && ore <= MARKUP_CEILING_ORE;
}

/** A feed member holding a product's price per kWh in one sales network. */
const FEED_NETWORK_PRICE = /^salesNetworks\.\d+\.kwPrice$/;

/** The price portal's feed states a fixed or variable product's price per sales network (`salesNetworks[].kwPrice`). */
function feedStatesPrice(view: ProductView): boolean {
  if (view.document.sheetKind !== 'price-portal-feed') return false;
  return Object.keys(view.product.fields ?? {}).some((field) => FEED_NETWORK_PRICE.test(field));
}

export default defineRule<Options>({
  id: 'price-elements',
  scope: 'product',
  severity: 'error',
  formats: ['markdown', 'html', 'json'],
  summary: {
    nb: 'Et produkt må oppgi alle obligatoriske priselementer med størrelse: påslag eller pris per kWh, og fastbeløp.',
    en: 'A product must state every obligatory price element with its size: markup or price per kWh, and the fixed amount.',
  },
  rationale: {
    nb: 'Trygg Strømhandel krever åpenhet om alle priselementer. Forbrukertilsynet krever at markedsføring av strømavtaler oppgir alle priselementene og størrelsen på dem: for spotpris-, timespot- og innkjøpsprisavtaler påslaget (øre/kWh) og fastbeløpet (kr/mnd), for fastpris- og variabel pris-avtaler prisen per kWh og fastbeløpet. I vedtakene mot 14 strømleverandører i 2023 var manglende priselementer en gjennomgående feil, og et element som nevnes uten størrelse («et lite påslag», «innkjøpskostnader kommer i tillegg») gir ikke forbrukeren det han trenger for å sammenligne (markedsføringsloven §§ 7–8, prisopplysningsforskriften). Et uttrykkelig null («uten påslag», «0 kr i fastbeløp») er en oppgitt størrelse. Nettleie og elavgift er ikke leverandørens priselementer.',
    en: 'Trygg Strømhandel requires openness about all price elements. Forbrukertilsynet requires marketing of electricity agreements to state every price element and its size: for spot, hourly spot and purchase-price agreements the markup (øre/kWh) and the fixed monthly amount (kr/month), for fixed and variable agreements the price per kWh and the fixed amount. Missing price elements were a recurring fault in its 2023 decisions against 14 suppliers, and an element named without its size ("a small markup", "purchase costs are added") does not give the consumer what is needed to compare (Marketing Control Act §§ 7–8, Price Information Regulations). An explicit zero ("no markup", "no monthly fee") is a stated size. Grid rent and electricity tax are not the supplier\'s price elements.',
  },
  sources: [
    'Trygg Strømhandel (DNV, Fornybar Norge / Distriktsenergi): openness about all price elements and the duration of products',
    'Forbrukertilsynet: «Opplysninger dere må gi i markedsføring av strømavtaler til forbrukere»',
    'Forbrukertilsynet: decisions against 14 electricity suppliers (2023): missing price elements or how the price is calculated',
    'Prisopplysningsforskriften § 3 and its chapter on electricity agreements',
    'Markedsføringsloven §§ 6–8',
  ],
  messages: {
    missingMarkup: {
      nb: '«{product}» oppgir ikke påslaget. Oppgi størrelsen, f.eks. «Påslag 4,9 øre/kWh», eller «Uten påslag» hvis det ikke er noe.',
      en: '"{product}" does not state its markup. State its size, e.g. "markup 4.9 øre/kWh", or "no markup" if there is none.',
    },
    missingMonthlyFee: {
      nb: '«{product}» oppgir ikke fastbeløpet. Oppgi størrelsen, f.eks. «Fastbeløp 39 kr/mnd», eller «0 kr i fastbeløp» hvis det ikke er noe.',
      en: '"{product}" does not state its fixed monthly amount. State its size, e.g. "monthly fee NOK 39", or "no monthly fee" if there is none.',
    },
    missingPrice: {
      nb: '«{product}» oppgir ikke prisen per kWh. Oppgi den, f.eks. «Fastpris 79,90 øre/kWh inkl. mva».',
      en: '"{product}" does not state its price per kWh. State it, e.g. "fixed price 79.90 øre/kWh incl. VAT".',
    },
    unquantified: {
      nb: '«{product}» nevner «{cost}» uten å oppgi størrelsen. Oppgi beløpet med enhet, f.eks. «Påslag 4,9 øre/kWh» eller «Fastbeløp 39 kr/mnd».',
      en: '"{product}" names "{cost}" without its size. State the amount with its unit, e.g. "markup 4.9 øre/kWh" or "monthly fee NOK 39".',
    },
  },
  pageKinds: ['offer', 'price-list'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      acceptPerDayOrYear: { type: 'boolean', description: 'Accept a fixed amount stated per day or per year as the monthly fee.' },
      ...TERMS_PAGES_OPTION_SCHEMA.properties,
    },
  },
  defaultOptions: { acceptPerDayOrYear: true, checkTermsPages: false },
  check(view, context) {
    const { options } = context;
    const elements = view.factsOf('price-element');
    const amounts = view.factsOf('amount').filter((a) => !a.negated);
    const claimed = amountsInside(amounts, elements);
    // Amounts no price element claimed: a table cell's value, "spotpris + 4,9 øre/kWh", "39 kr/mnd" alone.
    const loose = amounts.filter((a) => !claimed.has(a));
    const sized = new Set([...elements.filter((f) => isSized(f, options)).map((f) => f.element), ...tableSized(view, loose, options)]);

    // A cost named without its size, once per element, unless the product sizes it elsewhere: "et lite
    // påslag", and a markup given only as a ceiling after the spot price ("spotpris + maks 2 øre/kWh").
    const unsized: Array<{ element: PriceElement; at: FactPlace }> = elements.filter((f) => f.vague && !f.negated).map((f) => ({ element: f.element, at: f }));
    for (const amount of loose) {
      const start = amount.ceiling && amount.per === 'kWh' ? spotPlusStart(view, elements, amount) : undefined;
      if (start !== undefined) unsized.push({ element: 'markup', at: { block: amount.block, start, end: amount.end } });
    }
    const vague = new Set<PriceElement>();
    for (const { element, at } of unsized.sort((a, b) => a.at.block - b.at.block || a.at.start - b.at.start)) {
      if (!COSTS.has(element) || sized.has(element) || vague.has(element)) continue;
      vague.add(element);
      if (reportsBlock(view, at.block)) {
        context.report({ messageId: 'unquantified', at: { block: at.block, start: at.start, end: at.end }, data: { cost: quote(view.document.blocks[at.block], at.start, at.end) } });
      }
    }

    // Copy that only mentions the product (an article, a row of a price history) asks nothing of it.
    const needs = NEEDS[view.product.type];
    if (needs.length === 0 || !isOffer(view)) return;
    const answered = looseAnswers(view, elements, loose, options);
    // A "markup" too large to be one is the whole price ("Påslag / strømpris: 92,90 øre/kWh" for a fixed product).
    if (elements.some((f) => f.element === 'markup' && f.quantity !== undefined && oreOf(f.quantity) > MARKUP_CEILING_ORE)) answered.add('price');
    for (const need of needs) {
      const answers = (element: PriceElement) => answersNeed(element, need, view.product.type);
      if ([...sized].some(answers) || [...vague].some(answers)) continue;
      if (answered.has(need) || (need === 'price' && feedStatesPrice(view))) continue;
      const report: Report = { messageId: MISSING[need] };
      // A fee stated only per day or year when the options ask for a monthly one: point at it.
      const perPeriod = elements.find((f) => answers(f.element) && f.quantity !== undefined);
      if (perPeriod) report.at = { block: perPeriod.block, start: perPeriod.start, end: perPeriod.end };
      context.report(report);
    }
  },
  examples: {
    valid: [
      {
        format: 'markdown',
        lang: 'nb',
        note: 'A spot product with markup and monthly fee, and grid rent left to the grid company.',
        code: '## Spotpris Nordlys\n\nPåslag 4,90 øre/kWh og fastbeløp 39 kr/mnd. Nettleie kommer i tillegg.\n',
      },
      {
        format: 'html',
        lang: 'en',
        note: 'Explicit zeros count: no markup and no monthly fee.',
        code: '<h2>Spot Zero</h2>\n<p>No markup and no monthly fee. You pay the spot price.</p>\n',
      },
      {
        format: 'json',
        lang: 'nn',
        note: 'A fixed-price sheet with its price and its monthly fee.',
        code: '{"products":[{"id":"p1","name":"Straum Fast","type":"fixed","prices":{"fixedPrice":{"value":79.5,"unit":"ore/kWh"},"monthlyFee":{"value":29,"unit":"kr/mnd"}}}]}\n',
      },
    ],
    invalid: [
      {
        format: 'markdown',
        lang: 'nb',
        note: 'A spot product without its monthly fee.',
        code: '## Spotpris Nordlys\n\nPåslag 4,90 øre/kWh. Ingen bindingstid.\n',
        findings: [{ messageId: 'missingMonthlyFee', line: 1, column: 4, endLine: 1, endColumn: 20 }],
      },
      {
        format: 'markdown',
        lang: 'nn',
        note: 'With acceptPerDayOrYear off, a fixed amount per day is not the monthly amount the copy must state.',
        options: { acceptPerDayOrYear: false },
        code: '## Straum Spot\n\nPåslag 2,9 øre/kWh og eit fastbeløp på kr 1,30 per dag.\n',
        findings: [{ messageId: 'missingMonthlyFee', line: 3, column: 27, endLine: 3, endColumn: 55 }],
      },
      {
        format: 'html',
        lang: 'nb',
        note: 'A markup named but not sized.',
        code: '<h2>Spot Smart</h2>\n<p>Du betaler spotpris og et lite påslag. Fastbeløp 39 kr/mnd.</p>\n',
        findings: [{ messageId: 'unquantified', line: 2, column: 27, endLine: 2, endColumn: 41 }],
      },
      {
        format: 'json',
        lang: 'en',
        note: 'A fixed-price sheet product without its price per kWh.',
        code: '{"products":[{"id":"p1","name":"Fixed Easy","type":"fixed","prices":{"monthlyFee":{"value":0,"unit":"kr/mnd"}}}]}\n',
        findings: [{ messageId: 'missingPrice', line: 1, column: 33, endLine: 1, endColumn: 43 }],
      },
      {
        format: 'html',
        lang: 'en',
        note: 'A spot product that shows its monthly fee but not its markup.',
        code: '<h2>Hourly Spot</h2>\n<p>You pay the hourly spot price from Nord Pool. Monthly fee NOK 45. No binding period.</p>\n',
        findings: [{ messageId: 'missingMarkup', line: 1, column: 5, endLine: 1, endColumn: 16 }],
      },
    ],
  },
});
