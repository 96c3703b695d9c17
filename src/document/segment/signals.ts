import type { Fact } from '../../language/facts.js';
import { offersDeal } from '../../language/offer.js';

/**
 * Blocks whose facts make them look like a deal: a price element of the supplier's (not grid
 * costs) with its size, waived or left vague, an amount per kWh or per period, a product-type word, an offer (a reduction, an end, a
 * first-months offer) or a sign-up bonus. A lump sum ("186 000 kr til 41 lag") and the word
 * "kampanje" alone ("kampanjen «Lys i laget»") are no deal.
 */
export function dealBlocks(blockCount: number, facts: readonly Fact[]): Uint8Array {
  const deal = new Uint8Array(blockCount);
  for (const fact of facts) {
    if (fact.block < 0 || fact.block >= blockCount) continue;
    if (isDealFact(fact)) deal[fact.block] = 1;
  }
  return deal;
}

function isDealFact(fact: Fact): boolean {
  switch (fact.kind) {
    case 'price-element':
      // "Opprinnelsesgarantiene er inkludert i prisen" names an element; a deal sizes it, waives it or leaves it vague on purpose.
      return fact.element !== 'grid' && (fact.quantity !== undefined || fact.waived === true || fact.vague === true);
    case 'amount':
      return fact.per !== undefined;
    case 'campaign':
      return fact.marker !== 'campaign';
    case 'product-type':
    case 'bonus':
      return true;
    default:
      return false;
  }
}

/**
 * Blocks that make an offer of their own: a campaign, a sign-up bonus, or a supplier price element
 * with its size (not a fee, a grid cost or a mention of the spot price). A heading section above
 * products needs such copy to be a product too; a fee note or a type word is not enough.
 */
export function offerBlocks(blockCount: number, facts: readonly Fact[]): Uint8Array {
  const offer = new Uint8Array(blockCount);
  for (const fact of facts) {
    if (fact.block < 0 || fact.block >= blockCount) continue;
    if (offersDeal(fact)) offer[fact.block] = 1;
  }
  return offer;
}

/** Blocks holding an amount (a bold "4,9 øre/kWh" line is a price, not a heading). */
export function amountBlocks(blockCount: number, facts: readonly Fact[]): Uint8Array {
  const amounts = new Uint8Array(blockCount);
  for (const fact of facts) if (fact.kind === 'amount' && fact.block >= 0 && fact.block < blockCount) amounts[fact.block] = 1;
  return amounts;
}

/** Counts of flagged blocks before each index: `sums[end] - sums[first]` flags in [first, end). */
export function prefixSums(flags: ArrayLike<number>): Int32Array {
  const sums = new Int32Array(flags.length + 1);
  for (let i = 0; i < flags.length; i++) sums[i + 1] = sums[i]! + (flags[i] ? 1 : 0);
  return sums;
}

/** For each index, the first index at or after it whose flag is set (`flags.length` when none). */
export function nextFlagged(flags: ArrayLike<number>): Int32Array {
  const next = new Int32Array(flags.length + 1);
  next[flags.length] = flags.length;
  for (let i = flags.length - 1; i >= 0; i--) next[i] = flags[i] ? i : next[i + 1]!;
  return next;
}

/** Whether any block in [first, end) is flagged, from `prefixSums`. */
export function anyIn(sums: Int32Array, first: number, end: number): boolean {
  return end > first && sums[end]! - sums[first]! > 0;
}
