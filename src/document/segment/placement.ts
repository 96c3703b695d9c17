import type { Anchor } from '../types.js';
import type { Page } from './page.js';
import { nameAnchor } from './names.js';
import { pageProductName } from './page-title.js';
import type { SectionNode, SectionStatus } from './sections.js';
import type { Claims } from './units.js';

/** A product while it is being put together. */
export interface Draft {
  anchor: Anchor;
  own: number[];
  shared: number[];
  /** The section that holds it (a product section is its own home). */
  home: number;
}

/** Where each section's blocks went. */
export interface Placement {
  drafts: Draft[];
  /** The draft that owns each section's blocks, or -1. */
  owner: Int32Array;
  /** Sections inside a terms section that no product owns: their blocks apply to every product. */
  inTerms: Uint8Array;
  terms: number[];
}

/**
 * Walks the sections parents first: a product (or lead) section starts a draft, plain and terms
 * subsections of a product join it, units become drafts of their own, and terms sections outside products
 * collect the page's terms (a unit inside a terms section is terms too).
 */
export function place(page: Page, claims: Claims, nodes: readonly SectionNode[], status: readonly SectionStatus[]): Placement {
  const drafts: Draft[] = [];
  const owner = new Int32Array(nodes.length).fill(-1);
  const inTerms = new Uint8Array(nodes.length);
  const terms: number[] = [];
  nodes.forEach((node, id) => {
    const parentStatus = node.parent >= 0 ? status[node.parent] : undefined;
    const end = node.heading >= 0 && page.headingEnd[node.heading]! > 0 ? page.headingEnd[node.heading] : undefined;
    const anchor = status[id] === 'product' || status[id] === 'lead' ? (id === 0 ? pageProductName(page) : nameAnchor(page.blocks[node.heading]!, end)) : undefined;
    if (anchor) {
      owner[id] = drafts.length;
      drafts.push({ anchor, own: [], shared: [], home: id });
    } else if (status[id] === 'plain' || (status[id] === 'terms' && parentStatus !== 'lead')) {
      // Plain subsections belong to the product above them; so do its terms, unless it leads a group.
      owner[id] = node.parent >= 0 ? owner[node.parent]! : -1;
    }
    inTerms[id] = (node.parent >= 0 && inTerms[node.parent]) || (status[id] === 'terms' && owner[id]! < 0) ? 1 : 0;
    if (owner[id]! >= 0) append(drafts[owner[id]!]!.own, node.direct);
    else if (inTerms[id]) append(terms, node.direct);
    for (const u of node.units) {
      const unit = claims.units[u]!;
      if (inTerms[id]) append(append(terms, unit.blocks), unit.context);
      else drafts.push({ anchor: unit.name, own: [...unit.blocks], shared: [...unit.context], home: id });
    }
  });
  return { drafts, owner, inTerms, terms };
}

/** Appends without spreading (a spread of a huge list overflows the call stack). */
function append(target: number[], items: readonly number[]): number[] {
  for (const item of items) target.push(item);
  return target;
}
