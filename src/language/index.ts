import { Analysis } from './analysis.js';
import type { Fact } from './facts.js';
import { TextMemo } from './text-memo.js';
import { windowEnd } from './windows.js';
import { markSuccessorTerms, recogniseAfterTerms } from './recognisers/after-terms.js';
import { recogniseAmounts } from './recognisers/amounts.js';
import { recogniseBinding } from './recognisers/binding.js';
import { recogniseCampaigns } from './recognisers/campaign.js';
import { recogniseCancellation } from './recognisers/cancellation.js';
import { recogniseClaims } from './recognisers/claims.js';
import { recogniseEndTerms } from './recognisers/end-terms.js';
import { recogniseFirstN } from './recognisers/first-n.js';
import { recogniseFixedPeriods } from './recognisers/fixed-period.js';
import { recogniseGuarantees } from './recognisers/guarantee.js';
import { recogniseKwhLimits } from './recognisers/kwh-limits.js';
import { recogniseNoticeChannels, recogniseNoticePeriods } from './recognisers/notices.js';
import { recognisePlaceholders } from './recognisers/placeholders.js';
import { recognisePriceAreas } from './recognisers/price-area.js';
import { recognisePriceElements } from './recognisers/price-elements.js';
import { recognisePriceRisk } from './recognisers/price-risk.js';
import { recogniseProductTypes } from './recognisers/product-type.js';
import { recogniseRestrictions } from './recognisers/restrictions.js';
import { recogniseVat } from './recognisers/vat.js';

export type { Fact, FactKind, FactOf } from './facts.js';

/**
 * The recognisers in the order they depend on each other: price elements claim their amounts before
 * zero amounts count as offers; a guarantee claims its period before "de første 6 månedene" is read
 * as an offer; withdrawal, termination, binding and notice periods claim their durations before what
 * is left is read as an offer's end.
 */
const PIPELINE: ReadonlyArray<(a: Analysis) => void> = [
  recogniseAmounts,
  recognisePlaceholders,
  recognisePriceElements,
  recogniseCampaigns,
  recogniseGuarantees,
  recogniseFirstN,
  recogniseCancellation,
  recogniseBinding,
  recogniseNoticePeriods,
  recogniseNoticeChannels,
  recogniseFixedPeriods,
  recogniseEndTerms,
  recogniseKwhLimits,
  recogniseAfterTerms,
  recogniseVat,
  recogniseClaims,
  recogniseRestrictions,
  recognisePriceAreas,
  recogniseProductTypes,
  recognisePriceRisk,
  markSuccessorTerms,
];

/** Facts in reading order: by block, then start. */
export function byPlace(a: Fact, b: Fact): number {
  return a.block - b.block || a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

/** Whether `fact` equals one of the facts at its place at the end of `kept` (from index `first` on). */
function repeats(kept: readonly Fact[], first: number, fact: Fact): boolean {
  for (let k = kept.length - 1; k >= first && byPlace(kept[k]!, fact) === 0; k--) {
    if (JSON.stringify(kept[k]) === JSON.stringify(fact)) return true;
  }
  return false;
}

/** Facts in one window of text, offsets moved by `offset`. */
function recogniseWindow(text: string, offset: number, block: number, into: Fact[]): void {
  const analysis = new Analysis(text);
  for (const recogniser of PIPELINE) recogniser(analysis);
  const facts = analysis.facts.sort(byPlace);
  // The same fact can be reached twice (a date range and its trigger): keep one. Equal facts sort
  // next to each other, so only neighbours with the same place are compared.
  const first = into.length;
  for (const fact of facts) {
    fact.block = block;
    fact.start += offset;
    fact.end += offset;
    if (!repeats(into, first, fact)) into.push(fact);
  }
}

/**
 * Facts in one text (block id given), for tests and for `stromlint facts`. A long text is read in
 * windows that end at line breaks or sentence ends, so memory stays bounded whatever its length.
 */
export function recogniseText(text: string, block = 0): Fact[] {
  const facts: Fact[] = [];
  for (let start = 0; start < text.length; ) {
    const end = windowEnd(text, start);
    recogniseWindow(start === 0 && end === text.length ? text : text.slice(start, end), start, block, facts);
    start = end;
  }
  return facts;
}

const memo = new TextMemo();
const recogniseUnplaced = (text: string): Fact[] => recogniseText(text);

/**
 * The facts of one block's text (or of a text read together from a label and its value), placed in
 * `block`: remembered, since a site repeats its footer, terms and table cells word for word.
 */
export function recogniseBlockText(text: string, block: number): Fact[] {
  return memo.factsOf(text, block, recogniseUnplaced);
}
