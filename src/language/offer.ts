import type { Fact, PriceElement } from './facts.js';

/**
 * The one definition of the domain ideas every rule and the segmentation share: which price
 * elements are priced per kWh, which are not the supplier's price, and which facts make copy an
 * offer of a deal.
 */

/** Elements sized per kWh; the monthly fee and fees are amounts per period or per event. */
export const PER_KWH_ELEMENTS: ReadonlySet<PriceElement> = new Set(['markup', 'fixed-price', 'variable-price', 'certificates', 'purchase-costs']);

/**
 * The most a markup is ever set at, in øre per kWh: a figure per kWh at or below it is a markup, one
 * above it the whole price of the energy (a fixed or variable price, or the spot price itself).
 */
export const MARKUP_CEILING_ORE = 20;

/** A quantity in øre (kroner × 100). */
export function oreOf(q: { value?: number; unit: string }): number {
  return (q.value ?? 0) * (q.unit === 'kr' ? 100 : 1);
}

/** Not the supplier's price: grid rent and public taxes (the grid company's), and the spot price it passes on. */
export const NOT_SUPPLIER_PRICE: ReadonlySet<PriceElement> = new Set(['grid', 'spot-reference']);

/** The supplier's own price for the deal itself (fees and passed-on certificates aside). */
export const OWN_PRICE_ELEMENTS: ReadonlySet<PriceElement> = new Set(['markup', 'monthly-fee', 'fixed-price', 'variable-price', 'purchase-costs']);

/**
 * Whether a fact by itself makes copy an offer of a deal: one of the supplier's own prices stated
 * with its size (or waived), a fixed amount per month, a campaign or a sign-up bonus. A price per
 * kWh alone is not enough (articles quote spot prices), nor a type word, a fee or grid rent.
 */
export function offersDeal(fact: Fact): boolean {
  if (fact.negated) return false;
  switch (fact.kind) {
    case 'price-element':
      return OWN_PRICE_ELEMENTS.has(fact.element) && (fact.quantity !== undefined || fact.waived === true);
    case 'amount':
      return fact.unit === 'kr' && fact.per === 'month';
    case 'campaign':
      return fact.marker !== 'free';
    case 'bonus':
      return true;
    default:
      return false;
  }
}
