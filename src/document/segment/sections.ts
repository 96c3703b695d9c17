import type { Page } from './page.js';
import { PSEUDO_LEVEL } from './page.js';
import { nextFlagged } from './signals.js';
import { CONTEXT, type Claims } from './units.js';
import { hasTermsHint, headingKind, type HeadingKind } from './vocabulary.js';

/** A heading's section (or the page itself, node 0), as the sweep over the blocks finds it. */
export interface SectionNode {
  /** The heading block, or -1 for the page. */
  heading: number;
  level: number;
  kind: HeadingKind;
  parent: number;
  /** Block where the section ends at the latest (its sectioning container closes). */
  end: number;
  /** Its own blocks, heading first: not in a subsection, a unit or a footnote. */
  direct: number[];
  /** Units whose first block lies directly in it. */
  units: number[];
  children: number[];
  /** Footnotes met directly in it; they go to the products that refer to them. */
  footnotes: number[];
}

/**
 * Builds the section tree in one sweep over the blocks: a heading's section runs to the next heading
 * of its level or higher, or to the end of its sectioning container, whichever comes first. A box
 * whose class marks terms or footnotes ("vilkar", "fotnoter") is a terms section of its own.
 * Chrome is skipped; blocks that units own or read as context are left to them.
 */
export function sectionTree(page: Page, claims: Claims): SectionNode[] {
  const { blocks, excluded, level, bound } = page;
  const termsHeads = termsBoxes(page, claims);
  const nodes: SectionNode[] = [{ heading: -1, level: 0, kind: 'name', parent: -1, end: blocks.length, direct: [], units: [], children: [], footnotes: [] }];
  const stack = [0];
  const unitSeen = new Uint8Array(claims.units.length);
  const top = () => nodes[stack[stack.length - 1]!]!;
  for (let b = 0; b < blocks.length; b++) {
    while (stack.length > 1 && top().end <= b) stack.pop();
    if (excluded[b]) continue;
    const owner = claims.owner[b]!;
    if (owner >= 0) {
      if (!unitSeen[owner]) top().units.push(owner);
      unitSeen[owner] = 1;
      continue;
    }
    if (owner === CONTEXT) continue;
    if (page.footnoteLabel[b] !== undefined || blocks[b]!.kind === 'footnote') {
      top().footnotes.push(b);
      continue;
    }
    const termsEnd = termsHeads.get(b);
    if (level[b] === 0 && termsEnd === undefined) {
      top().direct.push(b);
      continue;
    }
    const nodeLevel = level[b] || PSEUDO_LEVEL;
    while (stack.length > 1 && top().level >= nodeLevel) stack.pop();
    const parent = stack[stack.length - 1]!;
    const id = nodes.length;
    nodes.push({
      heading: b,
      level: nodeLevel,
      kind: termsEnd === undefined ? pseudoKind(blocks[b]!.tag, headingKind(blocks[b]!.text)) : 'terms',
      parent,
      end: Math.min(termsEnd ?? bound[b]!, nodes[parent]!.end),
      direct: [b],
      units: [],
      children: [],
      footnotes: [],
    });
    nodes[parent]!.children.push(id);
    stack.push(id);
  }
  return nodes;
}

/** A `<summary>` titles a fold of details ("Other fees"), never a product. */
function pseudoKind(tag: string | undefined, kind: HeadingKind): HeadingKind {
  return tag === 'summary' && kind === 'name' ? 'detail' : kind;
}

/** The first free block of each terms-classed box → where the box ends. */
function termsBoxes(page: Page, claims: Claims): Map<number, number> {
  const { tree, blocks, excluded } = page;
  const heads = new Map<number, number>();
  const usable = nextFlagged(blocks.map((block, b) => (!excluded[b] && claims.isFree(b) && page.footnoteLabel[b] === undefined && block.kind !== 'footnote' ? 1 : 0)));
  for (const c of tree.postOrder) {
    const { classes, htmlId } = tree.containers[c]!;
    if (!hasTermsHint(classes, htmlId)) continue;
    const head = usable[tree.first[c]!]!;
    if (head < tree.end[c]! && !heads.has(head)) heads.set(head, tree.end[c]!);
  }
  return heads;
}

/** What a section turned out to be. */
export type SectionStatus = 'product' | 'group' | 'plain' | 'terms' | 'aside';

/**
 * Decides, children before parents, what each section is:
 * - a section holding two or more products (sections or units) is a group of them;
 * - a section holding one product is a group too, unless it has deal copy of its own and is a named
 *   subsection below the page title, or the product is headed by a bold line: then it takes it in;
 * - a section without products is a product when its own copy (with its plain subsections) looks
 *   like a deal and its heading can name one; terms, about/contact and detail headings never do.
 * With configured product selectors, sections are never products.
 */
export function classifySections(nodes: readonly SectionNode[], page: Page, sectionsMayBeProducts: boolean): SectionStatus[] {
  const status: SectionStatus[] = new Array<SectionStatus>(nodes.length);
  const deal = new Uint8Array(nodes.length);
  const holdsProducts = (id: number) => status[id] === 'product' || status[id] === 'group';
  for (let id = nodes.length - 1; id >= 0; id--) {
    const node = nodes[id]!;
    const productChildren = node.children.filter(holdsProducts);
    const products = node.units.length + productChildren.length;
    const ownDeal = node.direct.some((b) => page.deal[b] === 1) || node.children.some((c) => status[c] === 'plain' && deal[c] === 1);
    deal[id] = ownDeal ? 1 : 0;
    if (node.kind === 'terms' && productChildren.length === 0) status[id] = 'terms';
    else if (products === 0) status[id] = leafStatus(node.kind, ownDeal && sectionsMayBeProducts);
    else if (products === 1 && status[productChildren[0]!] === 'product' && absorbsOne(node, id, ownDeal, nodes[productChildren[0]!]!)) {
      status[productChildren[0]!] = 'plain';
      status[id] = 'product';
    } else status[id] = 'group';
  }
  return status;
}

function leafStatus(kind: HeadingKind, deal: boolean): SectionStatus {
  if (kind === 'aside') return 'aside';
  return kind === 'name' && deal ? 'product' : 'plain';
}

/**
 * A section with deal copy of its own takes in its only product subsection when that is headed by a
 * bold line, or when the section itself is a named subsection below the page title.
 */
function absorbsOne(node: SectionNode, id: number, ownDeal: boolean, child: SectionNode): boolean {
  if (!ownDeal || node.kind !== 'name' || node.units.length > 0) return false;
  return child.level === PSEUDO_LEVEL || (id !== 0 && node.level > 1);
}
