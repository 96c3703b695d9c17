import type { ProductSummary, TermValue } from '../../src/rule-kit/index.js';

/**
 * The terms products are compared on: which contradict each other when one name is used twice, and
 * which tell two products apart.
 */

/** Price terms per kWh; a product shows one of them, or an unnamed amount per kWh, to be compared on price. */
const PER_KWH_TERMS = ['markup', 'fixed-price', 'variable-price', 'purchase-costs'];
/** Terms whose values must agree wherever one name is used, in the order they are named. */
export const CONFLICT_TERMS = [...PER_KWH_TERMS, 'certificates', 'monthly-fee', 'binding', 'fixed-period', 'guarantee'];
/** Terms that make two products different offers, though not contradictory: who, where, campaign. */
const DISTINGUISHING_TERMS = [...CONFLICT_TERMS, 'campaign', 'end', 'areas', 'for', 'vat'];
const isFee = (key: string) => key.startsWith('fee:');
export const conflictTerm = (key: string) => CONFLICT_TERMS.includes(key) || isFee(key);
const distinguishingTerm = (key: string) => DISTINGUISHING_TERMS.includes(key) || isFee(key);

/** VAT: a price stated without it matches the same price with it. */
const VAT = 1.25;
/** Two prices this close are the same price (copy rounds to the øre). */
const SAME_PRICE = 0.011;

function sameValue(a: TermValue, b: TermValue, withVat: boolean): boolean {
  if ('text' in a || 'text' in b) return 'text' in a && 'text' in b && a.text === b.text;
  const close = (x: number, y: number) => Math.abs(x - y) <= SAME_PRICE;
  return close(a.value, b.value) || (withVat && (close(a.value * VAT, b.value) || close(a.value, b.value * VAT)));
}

/** The unit a value is compared in: words are compared with words. */
const unitOf = (v: TermValue) => ('text' in v ? '' : v.unit);

/**
 * Whether two statements of one term contradict each other: values in a common unit and none of
 * them alike (4.9 øre/kWh against 3.9 øre/kWh; a campaign price beside the ordinary one agrees).
 */
function contradicts(a: readonly TermValue[], b: readonly TermValue[], withVat: boolean): boolean {
  const units = new Set(a.map(unitOf).filter((u) => b.some((v) => unitOf(v) === u)));
  if (units.size === 0) return false;
  return !a.some((x) => units.has(unitOf(x)) && b.some((y) => unitOf(y) === unitOf(x) && sameValue(x, y, withVat)));
}

const texts = (values: readonly TermValue[] | undefined) => (values ?? []).flatMap((v) => ('text' in v ? [v.text] : []));

/**
 * Terms stated in both places that contradict each other; undefined when the two are evidently not
 * one offer (a campaign on one side only explains other prices; other price areas are other offers).
 */
export function contradictions(a: ProductSummary, b: ProductSummary): string[] | undefined {
  if ((a.terms['campaign'] === undefined) !== (b.terms['campaign'] === undefined)) return undefined;
  const areasA = texts(a.terms['areas']);
  const areasB = texts(b.terms['areas']);
  if (areasA.length > 0 && areasB.length > 0 && !areasA.some((x) => areasB.includes(x))) return undefined;
  const withVat = texts(a.terms['vat']).includes('excl') !== texts(b.terms['vat']).includes('excl');
  return sharedTerms(a, b).filter((key) => contradicts(a.terms[key]!, b.terms[key]!, withVat));
}

function sharedTerms(a: ProductSummary, b: ProductSummary): string[] {
  return Object.keys(a.terms).filter((key) => conflictTerm(key) && b.terms[key] !== undefined).sort();
}

/** Two statements of one offer that agree on at least one term and contradict on none. */
export function agree(a: ProductSummary, b: ProductSummary): boolean {
  return contradictions(a, b)?.length === 0 && sharedTerms(a, b).length > 0;
}

/** The terms that tell a product apart, when they are enough to compare: a price per kWh and the monthly fee. */
export function comparableTerms(p: ProductSummary): string | undefined {
  if (p.terms['monthly-fee'] === undefined || !PER_KWH_TERMS.some((k) => p.terms[k] !== undefined)) return undefined;
  const keys = Object.keys(p.terms).filter(distinguishingTerm).sort();
  return JSON.stringify([p.type, ...keys.map((k) => [k, p.terms[k]])]);
}
