import type { Page } from './page.js';
import { footnoteRefsOf } from './footnotes.js';
import type { Draft, Placement } from './placement.js';
import type { SectionNode, SectionStatus } from './sections.js';

/**
 * Most shared blocks a page hands out in all. Every product gets the page's terms, so a hostile
 * page with thousands of products and thousands of terms paragraphs would otherwise grow a
 * product-by-paragraph list; real pages stay far below this.
 */
const SHARED_LIMIT = 2_000_000;

/** Hands out shared blocks within the page's budget. */
export class Sharing {
  private left = SHARED_LIMIT;

  give(draft: Draft, blocks: readonly number[]): void {
    const n = Math.min(blocks.length, this.left);
    for (let i = 0; i < n; i++) draft.shared.push(blocks[i]!);
    this.left -= n;
  }
}

/**
 * A footnote goes to the products whose own blocks refer to its label and that carry no footnote
 * of that label themselves. A footnote nobody refers to stays where it stands: in the product, the
 * terms or the group section around it.
 */
export function linkFootnotes(page: Page, nodes: readonly SectionNode[], status: readonly SectionStatus[], placement: Placement, groupNotes: number[][], sharing: Sharing): void {
  const byLabel = new Map<string, number[]>();
  nodes.forEach((node) => {
    for (const b of node.footnotes) {
      const label = page.footnoteLabel[b] ?? '';
      const list = byLabel.get(label);
      if (list) list.push(b);
      else byLabel.set(label, [b]);
    }
  });
  const referenced = new Set<string>();
  for (const draft of placement.drafts) {
    const own = new Set<string>();
    const refs = new Set<string>();
    for (const b of draft.own) {
      const label = page.footnoteLabel[b];
      if (label !== undefined) own.add(label);
      for (const ref of footnoteRefsOf(page.blocks[b]!)) refs.add(ref);
    }
    for (const ref of refs) {
      referenced.add(ref);
      if (!own.has(ref)) sharing.give(draft, byLabel.get(ref) ?? []);
    }
  }
  nodes.forEach((node, id) => {
    for (const b of node.footnotes) {
      if (referenced.has(page.footnoteLabel[b] ?? '')) continue;
      const owner = placement.owner[id]!;
      if (owner >= 0) placement.drafts[owner]!.own.push(b);
      else if (placement.inTerms[id]) placement.terms.push(b);
      else if (status[id] === 'group') groupNotes[id]!.push(b);
    }
  });
}

/**
 * The loose copy of a group section that follows its first product (notes under a price table or a
 * grid of cards: "Alle priser er inkl. mva.") applies to every product in the group; with one product,
 * the copy before it (a campaign's banner and intro) is about that product too.
 */
export function shareGroupNotes(nodes: readonly SectionNode[], status: readonly SectionStatus[], placement: Placement, groupNotes: number[][], sharing: Sharing): void {
  const members: number[][] = nodes.map(() => []);
  const firstBlock = new Float64Array(nodes.length).fill(Infinity);
  placement.drafts.forEach((draft, d) => {
    const start = draft.own.reduce((min, b) => Math.min(min, b), draft.anchor.block);
    let id = status[draft.home] === 'product' || status[draft.home] === 'lead' ? nodes[draft.home]!.parent : draft.home;
    for (; id >= 0; id = nodes[id]!.parent) {
      if (status[id] !== 'group' && status[id] !== 'lead') continue;
      members[id]!.push(d);
      firstBlock[id] = Math.min(firstBlock[id]!, start);
    }
  });
  nodes.forEach((_, id) => {
    const notes = members[id]!.length === 1 && id > 0 && status[id] === 'group' ? groupNotes[id]! : groupNotes[id]!.filter((b) => b > firstBlock[id]!);
    if (notes.length === 0) return;
    for (const d of members[id]!) sharing.give(placement.drafts[d]!, notes);
  });
}

/** Terms sections outside products apply to every product. */
export function shareTerms(placement: Placement, sharing: Sharing): void {
  for (const draft of placement.drafts) sharing.give(draft, placement.terms);
}
