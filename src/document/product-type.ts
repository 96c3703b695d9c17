import type { ProductType } from './types.js';
import type { Fact } from '../language/facts.js';

/** Name words of each type, most specific first: "Timespot" is hourly spot before it is spot. */
const NAME_WORDS: ReadonlyArray<[ProductType, RegExp]> = [
  ['hourly-spot', /timespot|time-spot|timepris|hourly[\s-]*(?:spot|price)|spot\p{L}*(?: \p{L}+)? time for time/u],
  ['plus', /plusskunde|prosumer|plus[\s-]*customer/u],
  ['managed', /forvalt|prissikr|managed|hedg/u],
  ['purchase', /innkjøp|innkjop|purchase[\s-]*price|at[\s-]*cost/u],
  ['fixed', /fastpris|(?<![\p{L}])fast(?![\p{L}])|fixed/u],
  ['variable', /variab/u],
  ['spot', /spot|markedskraft|markedspris|områdepris|market[\s-]*price/u],
];

/** Declared types as sheets and the price portal's feed spell them. */
const DECLARED: Readonly<Record<string, ProductType>> = {
  spot: 'spot',
  hourlyspot: 'hourly-spot',
  timespot: 'hourly-spot',
  fixed: 'fixed',
  fastpris: 'fixed',
  variable: 'variable',
  variabel: 'variable',
  purchase: 'purchase',
  innkjøpspris: 'purchase',
  plus: 'plus',
  plusskunde: 'plus',
  prosumer: 'plus',
  managed: 'managed',
  forvaltning: 'managed',
  other: 'other',
  annet: 'other',
};

/** The longest name prefix read for type words. */
const NAME_WINDOW = 200;

/**
 * A product's type from its name, its facts and (for sheets) its declared type. A recognised
 * declared type wins; then the name's words; then the type named most often by its
 * `product-type` facts (the first such fact breaks a tie); else `other`.
 */
export function classifyProductType(name: string, facts: readonly Fact[], declared?: string): ProductType {
  if (declared !== undefined) {
    const type = DECLARED[declared.toLowerCase().replace(/[^\p{L}]/gu, '')];
    if (type) return type;
  }
  const lower = name.slice(0, NAME_WINDOW).toLowerCase();
  for (const [type, words] of NAME_WORDS) if (words.test(lower)) return type;
  return typeFromFacts(facts) ?? 'other';
}

function typeFromFacts(facts: readonly Fact[]): ProductType | undefined {
  const counts = new Map<ProductType, number>();
  let best: ProductType | undefined;
  for (const fact of facts) {
    if (fact.kind !== 'product-type' || fact.negated) continue;
    const count = (counts.get(fact.type) ?? 0) + 1;
    counts.set(fact.type, count);
    if (best === undefined || count > counts.get(best)!) best = fact.type;
  }
  return best;
}
