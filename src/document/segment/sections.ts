import { classifyProductType } from '../product-type.js';
import { nameSpan } from './names.js';
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
      kind: termsEnd === undefined ? pseudoKind(blocks[b]!.tag, headingKind(headingText(page, b))) : 'terms',
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

/** The words of block b that head its section: the whole block, or its first line when that is a name. */
function headingText(page: Page, b: number): string {
  const end = page.headingEnd[b]!;
  return end > 0 ? page.blocks[b]!.text.slice(0, end) : page.blocks[b]!.text;
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

/**
 * What a section turned out to be. A `lead` is a product that also holds products ("Spotpris Høst"
 * with its own campaign copy above a "Spotpris Vinter" subsection): its terms and notes are the group's.
 */
export type SectionStatus = 'product' | 'lead' | 'group' | 'plain' | 'terms' | 'aside';

/**
 * Decides, children before parents, what each section is:
 * - a section without products is a product when its own copy (with its plain subsections) looks
 *   like a deal and its heading can name one; terms, about/contact and detail headings never do;
 * - a section holding products (sections or units) groups them; with deal copy of its own and a
 *   heading that names a product it is a product too (a lead), except the page itself and a page
 *   title without a product-type word ("Strømavtaler fra Nordlys Energi");
 * - a section with deal copy takes in a single product subsection headed by a bold line.
 * With configured product selectors, sections are never products.
 */
export function classifySections(nodes: readonly SectionNode[], page: Page, sectionsMayBeProducts: boolean): SectionStatus[] {
  const status: SectionStatus[] = new Array<SectionStatus>(nodes.length);
  const deal = new Uint8Array(nodes.length);
  const holdsProducts = (id: number) => status[id] === 'product' || status[id] === 'lead' || status[id] === 'group';
  for (let id = nodes.length - 1; id >= 0; id--) {
    const node = nodes[id]!;
    const productChildren = node.children.filter(holdsProducts);
    const products = node.units.length + productChildren.length;
    // Deal copy under the heading (the heading's own type word does not make a group a lead).
    const copyDeal = node.direct.some((b) => b !== node.heading && page.deal[b] === 1) || node.children.some((c) => status[c] === 'plain' && deal[c] === 1);
    const ownDeal = copyDeal || (node.heading >= 0 && page.deal[node.heading] === 1);
    // Above products, only an offer of its own makes a section a product too (a lead).
    const copyOffer = node.direct.some((b) => b !== node.heading && page.offer[b] === 1);
    deal[id] = ownDeal ? 1 : 0;
    if (node.kind === 'terms' && productChildren.length === 0) status[id] = 'terms';
    // An aside stays one even when it names the product ("Norgespris and Glimt": the state's scheme beside it).
    else if (products === 0) status[id] = node.kind !== 'aside' && aboutParent(page, nodes, node) ? 'plain' : leafStatus(node.kind, ownDeal && sectionsMayBeProducts);
    else if (!copyOffer || !sectionsMayBeProducts || node.kind !== 'name' || id === 0 || !namesProductAt(page, node)) status[id] = 'group';
    else if (products === 1 && node.units.length === 0 && status[productChildren[0]!] === 'product' && nodes[productChildren[0]!]!.level === PSEUDO_LEVEL) {
      status[productChildren[0]!] = 'plain';
      status[id] = 'product';
    } else status[id] = 'lead';
  }
  return status;
}

/**
 * A subsection whose copy names the product its parent heading names, under a heading of its own
 * ("Samme pris hele året: Med Ørnes Stabil betaler du …"), is more about that product, not another.
 */
function aboutParent(page: Page, nodes: readonly SectionNode[], node: SectionNode): boolean {
  const parent = node.parent > 0 ? nodes[node.parent] : undefined;
  if (!parent || parent.heading < 0 || parent.kind !== 'name' || node.heading < 0) return false;
  const heading = page.blocks[parent.heading]!;
  const span = nameSpan(heading.text);
  const name = heading.text.slice(span.start, span.end).toLowerCase();
  if (name.length < 3 || page.blocks[node.heading]!.text.toLowerCase().includes(name)) return false;
  return node.direct.some((b) => b !== node.heading && page.blocks[b]!.text.toLowerCase().includes(name));
}

/** Plural words for a range of deals: a title with one names the range, not a product ("Strømavtaler fra Nordlys Energi"). */
const RANGE_WORDS = /(avtaler|avtalar|avtalene|avtalane|produkter|produkt(?:a|ene)|priser|prisar|agreements|plans|deals|products|prices|tariffs)\b/iu;

/** The service itself, from or for someone: "Strøm fra Nordlys Energi", "Electricity for English-speaking customers". */
const SERVICE_TITLE = /^(?:strøm|straum|electricity|power|energy|energi)\b.*\b(?:fra|frå|from|for|hos|til|to|at)\b/iu;

/** A page title names a product with a product-type word in it, or when it names no range of deals; a lower heading may anyway. */
function namesProductAt(page: Page, node: SectionNode): boolean {
  const text = page.blocks[node.heading]!.text;
  return node.level > 1 || classifyProductType(text, []) !== 'other' || !(RANGE_WORDS.test(text) || SERVICE_TITLE.test(text));
}

function leafStatus(kind: HeadingKind, deal: boolean): SectionStatus {
  if (kind === 'aside') return 'aside';
  return kind === 'name' && deal ? 'product' : 'plain';
}
