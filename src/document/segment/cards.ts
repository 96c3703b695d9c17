import type { Anchor } from '../types.js';
import type { Page } from './page.js';
import { blocksInside } from './containers.js';
import { nameAnchor } from './names.js';
import { anyIn, nextFlagged, prefixSums } from './signals.js';
import type { Claims, Unit } from './units.js';
import { hasCardHint, hasNameHint, isNotAName } from './vocabulary.js';

/** The longest text read as a card title from a title-classed element. */
const TITLE_LENGTH = 80;

/**
 * Finds where a container's name sits in one lookup: the first block with `role: 'name'`, else the
 * first heading (or bold line) that can name a product, else the first title-classed short text.
 */
export class ContainerNames {
  private readonly byRole: Int32Array;
  private readonly byHeading: Int32Array;
  private readonly byClass: Int32Array;

  constructor(private readonly page: Page) {
    const { blocks, excluded, level, nameRole, tree } = page;
    const usable = (b: number) => !excluded[b] && /\p{L}/u.test(blocks[b]!.text);
    const classed = blocksInside(tree, blocks.length, (c) => hasNameHint(tree.containers[c]!.classes, tree.containers[c]!.htmlId));
    this.byRole = nextFlagged(blocks.map((_, b) => (nameRole[b] && usable(b) ? 1 : 0)));
    this.byHeading = nextFlagged(blocks.map((block, b) => (level[b] && block.tag !== 'summary' && usable(b) && !isNotAName(block.text) ? 1 : 0)));
    this.byClass = nextFlagged(blocks.map((block, b) => (classed[b] && usable(b) && block.text.length <= TITLE_LENGTH && !isNotAName(block.text) ? 1 : 0)));
  }

  /** The name of the container spanning blocks [first, end), if it has one. */
  find(first: number, end: number): Anchor | undefined {
    for (const next of [this.byRole, this.byHeading, this.byClass]) {
      const b = next[first]!;
      if (b < end) return nameAnchor(this.page.blocks[b]!);
    }
    return undefined;
  }
}

/** A container's own blocks: its range without chrome and without blocks other units took. */
export function containerUnit(page: Page, claims: Claims, c: number, name: Anchor): Unit {
  const blocks: number[] = [];
  for (let b = page.tree.first[c]!; b < page.tree.end[c]!; b++) if (!page.excluded[b] && claims.isFree(b)) blocks.push(b);
  return { name, blocks, context: [] };
}

/**
 * Product cards: repeated sibling containers (same tag and first class) that each have a name and
 * a price, or a single container whose class or id marks a product card ("produktkort",
 * "price-card"). The innermost level wins: a container holding cards, or a price table's products,
 * is a wrapper, not a card.
 */
export function findCards(page: Page, claims: Claims, names: ContainerNames): void {
  const { tree } = page;
  const takenSums = prefixSums(claims.taken());
  const holdsCards = new Uint8Array(tree.containers.length);
  const cards: number[] = [];
  const nameOf = new Map<number, Anchor>();
  const qualifies = (c: number): boolean => {
    const first = tree.first[c]!;
    const end = tree.end[c]!;
    if (holdsCards[c] || isHeadingSection(page, c) || !anyIn(page.dealSums, first, end) || anyIn(takenSums, first, end)) return false;
    const name = names.find(first, end);
    // A box that holds nothing but its name (a converted PDF's one line per <div>) is a line, not a card.
    if (!name || (end - first === 1 && name.start === 0 && name.end >= page.blocks[first]!.text.trimEnd().length)) return false;
    nameOf.set(c, name);
    return true;
  };
  const mark = (c: number) => {
    holdsCards[c] = 1;
    cards.push(c);
  };
  for (const c of tree.postOrder) {
    for (const group of siblingGroups(page, tree.children[c]!)) {
      // Cards of one grid name their products alike (all h3, all .card-title); CMS blocks that share a
      // class ("block") but open one with the page's h1 and the next with an h2 are sections, not cards.
      const byNameTag = new Map<string, number[]>();
      for (const child of group.filter(qualifies)) {
        const name = page.blocks[nameOf.get(child)!.block]!;
        const key = `${name.tag ?? name.kind}`;
        (byNameTag.get(key) ?? byNameTag.set(key, []).get(key)!).push(child);
      }
      for (const alike of byNameTag.values()) if (alike.length >= 2) alike.forEach(mark);
    }
    if (tree.children[c]!.some((child) => holdsCards[child])) holdsCards[c] = 1;
    const { classes, htmlId } = tree.containers[c]!;
    if (hasCardHint(classes, htmlId) && qualifies(c)) mark(c);
  }
  cards.sort((a, b) => tree.first[a]! - tree.first[b]!);
  for (const c of cards) claims.add(containerUnit(page, claims, c, nameOf.get(c)!));
}

/** Children with the same tag and first class, in groups of two or more. */
function siblingGroups(page: Page, children: number[]): number[][] {
  if (children.length < 2) return [];
  const groups = new Map<string, number[]>();
  for (const child of children) {
    const { tag, classes } = page.tree.containers[child]!;
    const key = `${tag} ${classes[0] ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(child);
    else groups.set(key, [child]);
  }
  return [...groups.values()].filter((g) => g.length >= 2);
}

/** Markdown's heading sections are containers too; headings segment them (see `sections.ts`). */
function isHeadingSection(page: Page, c: number): boolean {
  const container = page.tree.containers[c]!;
  return page.doc.format === 'markdown' && container.tag === 'section' && container.classes.length === 0;
}
