import type { LabelPairs } from '../document/label-pairs.js';
import type { Block } from '../document/types.js';
import { Analysis } from './analysis.js';
import type { Fact } from './facts.js';
import { TextMemo } from './text-memo.js';
import { windowEnd } from './windows.js';
import { recogniseAfterTerms } from './recognisers/after-terms.js';
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
];

function byPlace(a: Fact, b: Fact): number {
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
 * Facts found in the copy blocks (block.copy === true) of a document, sorted by block then start.
 * A label and its value (`pairs`: value block → label block) are read as one text, "Påslag: 3,10
 * øre/kWh"; a fact in the label alone stays with the label, one that reaches into the value goes to the value.
 */
export function recognise(blocks: readonly Block[], pairs: LabelPairs = { labelOf: new Map(), figureFirst: new Set() }, cellLabels: ReadonlyMap<number, number> = new Map()): Fact[] {
  const facts: Fact[] = [];
  const labels = new Set(pairs.labelOf.values());
  for (const block of blocks) {
    if (!block.copy || labels.has(block.id)) continue;
    // A table's row or column label is read on its own, and with each of its values.
    const shared = !pairs.labelOf.has(block.id) && cellLabels.has(block.id);
    const parts = chainOf(blocks, block, pairs, cellLabels);
    if (parts.length === 1) {
      for (const fact of memo.factsOf(block.text, block.id, recogniseUnplaced)) facts.push(fact);
      continue;
    }
    const text = parts.map((p) => p.prefix + p.block.text).join('');
    for (const fact of memo.factsOf(text, block.id, recogniseUnplaced)) {
      // A fact belongs to the part it ends in: one that reaches into the value is the value's (in a table
      // row the value cell is one product's), one inside a label stays with the label.
      const part = parts.findLast((p) => p.start < fact.end) ?? parts[0]!;
      if (shared && part.block !== block) continue;
      facts.push({ ...fact, block: part.block.id, start: Math.max(0, fact.start - part.start), end: fact.end - part.start } as Fact);
    }
  }
  return facts.sort(byPlace);
}

/** One block of a text read together, with what joins it to the part before and where it starts in the text. */
interface Part {
  block: Block;
  prefix: string;
  start: number;
}

/**
 * The labels a value is read with, outermost first, and the value: "Påslag: 3,10 øre/kWh"; a figure
 * and its caption read on ("3,90 øre/kWh påslag på …"), and a tile of three as one ("Påslag: 2,79 øre per kWh").
 */
function chainOf(blocks: readonly Block[], value: Block, pairs: LabelPairs, cellLabels: ReadonlyMap<number, number>): Part[] {
  const chain: Block[] = [value];
  for (let b = value; chain.length < MAX_CHAIN; ) {
    const label = blocks[pairs.labelOf.get(b.id) ?? (b === value ? (cellLabels.get(b.id) ?? -1) : -1)];
    if (!label) break;
    chain.unshift(label);
    b = label;
  }
  const parts: Part[] = [];
  let at = 0;
  chain.forEach((block, i) => {
    const before = chain[i - 1];
    const prefix = !before ? '' : before.text.endsWith(':') || pairs.figureFirst.has(block.id) ? ' ' : ': ';
    parts.push({ block, prefix, start: at + prefix.length });
    at += prefix.length + block.text.length;
  });
  return parts;
}

/** A label, a figure and its caption: the longest chain of blocks read as one text. */
const MAX_CHAIN = 3;
