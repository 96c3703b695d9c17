import type { Block, Document, Product } from '../document/types.js';
import type { Fact, FactKind, FactOf } from '../language/facts.js';
import type { ProductView } from './types.js';

/** Groups a document's facts by block once, so each product view is built in time linear in its blocks. */
export function factsByBlock(facts: readonly Fact[]): Map<number, Fact[]> {
  const byBlock = new Map<number, Fact[]>();
  for (const fact of facts) {
    const list = byBlock.get(fact.block);
    if (list) list.push(fact);
    else byBlock.set(fact.block, [fact]);
  }
  return byBlock;
}

/**
 * Whether a fact is stated where a reader can see it. Hidden copy and copy only in a tooltip do not
 * count as stating something (hidden-price reports them); fine print and collapsed text do.
 */
export function isShown(document: Document, fact: Fact): boolean {
  const state = document.blocks[fact.block]?.visibility.state;
  return state !== 'hidden' && state !== 'attribute-only';
}

/** What a per-product rule sees: the product's own blocks, then its shared footnotes and terms. */
export function productView(document: Document, product: Product, byBlock: Map<number, Fact[]>): ProductView {
  const ids = [...new Set([...product.blocks, ...product.shared])];
  const blocks: Block[] = [];
  const facts: Fact[] = [];
  for (const id of ids) {
    const block = document.blocks[id];
    if (!block) continue;
    blocks.push(block);
    facts.push(...(byBlock.get(id) ?? []));
  }
  return {
    product,
    document,
    blocks,
    facts,
    factsOf<K extends FactKind>(kind: K): FactOf<K>[] {
      return facts.filter((f): f is FactOf<K> => f.kind === kind);
    },
  };
}
