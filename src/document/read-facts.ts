import { byPlace, recogniseBlockText, type Fact } from '../language/index.js';
import type { LabelPairs } from './label-pairs.js';
import type { Block } from './types.js';

/**
 * Facts found in the copy blocks (block.copy === true) of a document, sorted by block then start.
 * A label and its value (`pairs`: value block → label block) are read as one text, "Påslag: 3,10
 * øre/kWh"; a fact in the label alone stays with the label, one that reaches into the value goes to the value.
 */
export function readFacts(blocks: readonly Block[], pairs: LabelPairs = { labelOf: new Map(), figureFirst: new Set() }, cellLabels: ReadonlyMap<number, number> = new Map()): Fact[] {
  const facts: Fact[] = [];
  const labels = new Set(pairs.labelOf.values());
  for (const block of blocks) {
    if (!block.copy || labels.has(block.id)) continue;
    // A table's row or column label is read on its own, and with each of its values.
    const shared = !pairs.labelOf.has(block.id) && cellLabels.has(block.id);
    const parts = chainOf(blocks, block, pairs, cellLabels);
    if (parts.length === 1) {
      for (const fact of recogniseBlockText(block.text, block.id)) facts.push(fact);
      continue;
    }
    const text = parts.map((p) => p.prefix + p.block.text).join('');
    for (const fact of recogniseBlockText(text, block.id)) {
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
