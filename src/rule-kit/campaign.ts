import type { FactOf, FactPlace } from '../language/facts.js';
import { isShown, ownFactsOf } from './product-view.js';
import type { ProductView } from './types.js';

/**
 * The one reading of what makes a product a campaign, and of what ends it, for every rule that asks.
 */

/** How far after a campaign word the price it labels may stand: "Vinterkampanje: påslag 1,9 øre/kWh". */
const LABEL_REACH = 60;
const SENTENCE_END = /[.!?](?:\s|$)/u;

/** A word that names a price as a campaign's: "Kampanjepris", "tilbudspris", "campaign price". */
const NAMES_PRICE = /pris|price|rate/iu;

/**
 * The ends that bound an offer: a date, a period, an order deadline (`windows`) or a cap, shown to the
 * reader, and not the length of a fixed price, a binding or a guarantee ("Fastpris i 12 måneder" is a
 * price period, not the end of an offer). One sweep over both lists in reading order.
 */
export function offerEnds(view: ProductView, windows: boolean): FactOf<'end'>[] {
  const rank = new Map(view.blocks.map((b, i) => [b.id, i]));
  const order = (a: FactPlace, b: FactPlace) => (rank.get(a.block) ?? -1) - (rank.get(b.block) ?? -1) || a.start - b.start;
  const terms = [...view.factsOf('fixed-period'), ...view.factsOf('binding'), ...view.factsOf('guarantee')].sort(order);
  const ends = view
    .factsOf('end')
    .filter((f) => !f.negated && (windows || f.how !== 'window') && isShown(view.document, f))
    .sort(order);
  const found: FactOf<'end'>[] = [];
  let next = 0;
  let block = -1;
  let reach = -1;
  for (const end of ends) {
    // Of the terms that start at or before this end, the furthest any in its block reaches.
    for (; next < terms.length && order(terms[next]!, end) <= 0; next++) {
      const term = terms[next]!;
      if (term.block !== block) [block, reach] = [term.block, -1];
      reach = Math.max(reach, term.end);
    }
    if (block !== end.block || reach < end.end) found.push(end);
  }
  return found;
}

type Marker = FactOf<'campaign'>['marker'];

export interface CampaignQuestion {
  /** The markers that count, the offer's own label first (where a finding points, unless `readingOrder`). */
  order: readonly Marker[];
  /** Point at the first marker that counts in reading order, whatever its kind. */
  readingOrder?: boolean;
  /** Whether the product states an end: then "Kampanje" and "uten påslag" are campaigns for a time. */
  timed: boolean;
  /** Whether a bonus for signing up makes a campaign (it needs an end; being one-off, nothing follows it). */
  bonus: boolean;
  /**
   * Whether a campaign word that labels a price makes a campaign ("Kampanjepris: 79,90 øre/kWh"): it
   * must say when it ends, but what follows a fixed price is asked of the fixed term, not the label.
   */
  labelledPrice: boolean;
}

/**
 * The fact that makes the product a campaign, the first of `order` that counts. An introductory
 * offer, "de første 3 månedene" or "kun i dag" is one by nature, and so is a bonus for signing up.
 * A campaign word ("Kampanje", "tilbud", "deal") counts when it backs something: a reduced or
 * waived price, a bonus, an end, a price it names ("Kampanjepris") or one in its own line
 * ("Vinterkampanje: påslag 2,9 øre/kWh"), or a product sheet's campaign — "Se tilbudet og bestill"
 * is no campaign. "Uten påslag" counts only with an end: otherwise it is the product's ordinary price.
 */
export function campaignOf(view: ProductView, question: CampaignQuestion): FactOf<'campaign'> | FactOf<'bonus'> | undefined {
  const { order, timed } = question;
  const campaigns = ownFactsOf(view, 'campaign');
  const bonus = question.bonus ? ownFactsOf(view, 'bonus').find((f) => f.signUp) : undefined;
  const reduced = bonus !== undefined || campaigns.some((f) => f.marker === 'waived');
  // A price the campaign word labels, in its own sentence (a bonus's "300 kr" is no price of the deal).
  const prices = ownFactsOf(view, 'amount').filter((f) => f.value > 0 && (f.per === 'kWh' || f.per === 'month'));
  const labels = (f: FactOf<'campaign'>) => {
    const text = view.document.blocks[f.block]?.text ?? '';
    return (
      NAMES_PRICE.test(text.slice(f.start, f.end)) ||
      prices.some((p) => p.block === f.block && p.start >= f.end && p.start - f.end <= LABEL_REACH && !SENTENCE_END.test(text.slice(f.end, p.start)))
    );
  };
  const sheet = view.document.format === 'json';
  const backed = (f: FactOf<'campaign'>) => sheet || timed || reduced || (question.labelledPrice && labels(f));
  const counts = (f: FactOf<'campaign'>) => order.includes(f.marker) && (f.marker === 'campaign' ? backed(f) : f.marker === 'waived' ? timed : true);
  if (question.readingOrder) return campaigns.find(counts) ?? bonus;
  for (const marker of order) {
    const found = campaigns.find((f) => f.marker === marker && counts(f));
    if (found) return found;
  }
  return bonus;
}
