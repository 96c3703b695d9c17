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
    // What is said of the product it moves on to is that product's, not this one's.
    for (const fact of byBlock.get(id) ?? []) if (!fact.aboutSuccessor) facts.push(fact);
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

/** Per document, the first product that shares each shared block; built once, read by every product. */
const firstSharers = new WeakMap<Document, Map<number, Product>>();

/**
 * Whether a finding in `block` belongs to this product: always for its own blocks; for a shared
 * footnote or terms block only for the first product that shares it, so a note under five cards
 * is one finding, not five.
 */
export function reportsBlock(view: ProductView, block: number): boolean {
  if (!view.product.shared.includes(block) || view.product.blocks.includes(block)) return true;
  let sharers = firstSharers.get(view.document);
  if (!sharers) {
    sharers = new Map();
    for (const product of view.document.products) for (const b of product.shared) if (!sharers.has(b)) sharers.set(b, product);
    firstSharers.set(view.document, sharers);
  }
  return sharers.get(block) === view.product;
}

/**
 * Facts of one kind that speak about this product itself: in its own blocks or in a footnote that
 * one of them references ("0 øre/kWh*"), not in a terms section shared by every product of the page
 * ("Fastprisavtaler har 12 mnd bindingstid" under "Vilkår" is not about the spot product beside it).
 */
export function ownFactsOf<K extends FactKind>(view: ProductView, kind: K): FactOf<K>[] {
  const { blocks } = view.document;
  const own = new Set(view.product.blocks);
  const refs = new Set(view.product.blocks.flatMap((id) => blocks[id]?.footnoteRefs ?? []));
  const label = (block: number) => blocks[block]?.footnoteLabel;
  return view.factsOf(kind).filter((f) => !f.negated && (own.has(f.block) || refs.has(label(f.block) ?? '')));
}

/** Longest quotation of copy a message carries. */
const QUOTE_LENGTH = 60;

/** The words [start, end) of a block, cut to a length a message can carry. */
export function quote(block: Block | undefined, start: number, end: number): string {
  const text = block?.text.slice(start, end) ?? '';
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text;
}
