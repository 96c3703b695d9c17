import type { LabelPairs } from '../label-pairs.js';
import type { Block, ParsedDocument } from '../types.js';
import type { Fact } from '../../language/facts.js';
import { blocksInside, containerTree, inherit, type ContainerTree } from './containers.js';
import { footnoteLabelOf } from './footnotes.js';
import { isBoldLine, leadingBoldEnd } from './names.js';
import { amountBlocks, dealBlocks, offerBlocks, prefixSums } from './signals.js';
import { hasChromeHint } from './vocabulary.js';

/** Level given to headings in all but markup: bold lines and `<summary>`. */
export const PSEUDO_LEVEL = 7;
/** The longest bold line read as a heading. */
const BOLD_HEADING_LENGTH = 80;

/** Containers that end a heading's section when they close (a `<section>`, a card, a list item). */
const SECTIONING = new Set(['section', 'article', 'aside', 'details', 'main', 'body', 'blockquote', 'figure', 'li', 'td', 'th', 'dd', 'fieldset', 'dialog']);
/** Containers whose `<header>` and `<footer>` belong to the content, not to the page. */
const CONTENT = new Set(['article', 'section', 'main', 'aside', 'li', 'td', 'th', 'dialog']);

/** What every segmentation step reads about the page, computed once. */
export interface Page {
  doc: ParsedDocument;
  blocks: readonly Block[];
  tree: ContainerTree;
  /** Page chrome and ignored regions: never part of a product. */
  excluded: Uint8Array;
  /** Blocks with deal facts (see `dealBlocks`), chrome left out; and their prefix sums. */
  deal: Uint8Array;
  dealSums: Int32Array;
  /** Blocks that make an offer of their own (see `offerBlocks`), chrome left out. */
  offer: Uint8Array;
  /** Heading level per block: 1–6 for headings, `PSEUDO_LEVEL` for bold lines and summaries, 0 for none. */
  level: Uint8Array;
  /**
   * Where the heading ends in a block whose first line is a name and the rest its copy ("RAVNÅSEN
   * MÅNEDSSPOT" over "Påslag 4,15 øre/kWh …" in one paragraph), else -1: the whole block heads.
   */
  headingEnd: Int32Array;
  /** Where each heading's section ends at the latest: the end of its sectioning container. */
  bound: Int32Array;
  /** Blocks inside a container with `role: 'name'`. */
  nameRole: Uint8Array;
  /** The footnote label each block defines, if any. */
  footnoteLabel: Array<string | undefined>;
}

/** `pairs`: labels and their values; neither half of a pair is a heading. */
export function readPage(doc: ParsedDocument, facts: readonly Fact[], pairs?: LabelPairs): Page {
  const blocks = doc.blocks;
  const n = blocks.length;
  const tree = containerTree(doc.containers, n);
  const excluded = blocksInside(tree, n, chromeContainers(tree));
  const deal = dealBlocks(n, facts);
  const offer = offerBlocks(n, facts);
  for (let b = 0; b < n; b++) if (excluded[b]) deal[b] = offer[b] = 0;
  const footnoteLabel = blocks.map((block) => footnoteLabelOf(doc.source, block));
  const amounts = amountBlocks(n, facts);
  const level = new Uint8Array(n);
  const headingEnd = new Int32Array(n).fill(-1);
  const paired = new Set(pairs ? [...pairs.labelOf.keys(), ...pairs.labelOf.values()] : []);
  const bodyPx = bodyFontPx(blocks);
  // Neither half of a label and its value, nor a heading the reader never sees (a print summary's), heads a section.
  for (let b = 0; b < n; b++) {
    if (paired.has(b) || blocks[b]!.visibility.state === 'hidden') continue;
    level[b] = headingLevel(doc.source, blocks[b]!, amounts[b] === 1, footnoteLabel[b] !== undefined, bodyPx);
    if (level[b]! > 0 || footnoteLabel[b] !== undefined) continue;
    const line = nameLineEnd(doc.source, blocks[b]!);
    if (line > 0) [level[b], headingEnd[b]] = [PSEUDO_LEVEL, line];
  }
  const sectionEnd = inherit(tree, (c) => (SECTIONING.has(tree.containers[c]!.tag) && tree.end[c]! - tree.first[c]! > 1 ? tree.end[c]! : undefined), n);
  const bound = new Int32Array(n);
  for (let b = 0; b < n; b++) {
    const c = blocks[b]!.container;
    bound[b] = c >= 0 && c < sectionEnd.length ? sectionEnd[c]! : n;
  }
  // The page's one h1 heads the page, whatever box it sits in (a hero banner closes long before the page does).
  const h1s = blocks.filter((b) => b.kind === 'heading' && b.level === 1 && !excluded[b.id]);
  if (h1s.length === 1) bound[h1s[0]!.id] = n;
  const nameRole = blocksInside(tree, n, (c) => tree.containers[c]!.role === 'name');
  return { doc, blocks, tree, excluded, deal, dealSums: prefixSums(deal), offer, level, headingEnd, bound, nameRole, footnoteLabel };
}

/** Chrome: `role` chrome or ignore, `<nav>`, page-level `<header>`/`<footer>`, menus and cookie banners by class. */
function chromeContainers(tree: ContainerTree): (c: number) => boolean {
  const inContent = inherit(tree, (c) => (CONTENT.has(tree.containers[c]!.tag) ? true : undefined), false);
  return (c) => {
    const { role, tag, classes, htmlId } = tree.containers[c]!;
    if (role === 'chrome' || role === 'ignore' || tag === 'nav') return true;
    const p = tree.parent[c]!;
    if ((tag === 'header' || tag === 'footer') && !(p >= 0 && inContent[p])) return true;
    // <main> and <article> are the content, whatever their class or id says ("wp--skip-link--target").
    return tag !== 'main' && tag !== 'article' && hasChromeHint(classes, htmlId);
  };
}

function headingLevel(source: string, block: Block, hasAmount: boolean, isFootnote: boolean, bodyPx: number | undefined): number {
  if (block.kind === 'heading') return Math.max(1, Math.min(6, block.level ?? 1));
  if (block.tag === 'summary') return PSEUDO_LEVEL;
  if (isFootnote || hasAmount || block.text.length > BOLD_HEADING_LENGTH) return 0;
  if (block.kind !== 'paragraph' && block.kind !== 'text') return 0;
  return isBoldLine(source, block) || isCapitalsName(block.text) || isLargeLine(block, bodyPx) ? PSEUDO_LEVEL : 0;
}

/** How much larger than the body text a line must be set to read as a heading. */
const HEADING_SCALE = 1.25;

/**
 * A short line set well above the body text's size: the heading of copy that has no heading
 * elements (an e-mail's `<div style="font-size:24px">Fjordvik Anchor</div>`). Words, not a figure.
 */
function isLargeLine(block: Block, bodyPx: number | undefined): boolean {
  const px = block.fontSizePx;
  return bodyPx !== undefined && px !== undefined && px >= bodyPx * HEADING_SCALE && block.text.length <= NAME_LINE && /\p{L}{2}/u.test(block.text) && !/[.!?:]$/.test(block.text.trim());
}

/** The size most of the copy is set in (by characters), when the page sets sizes at all. */
function bodyFontPx(blocks: readonly Block[]): number | undefined {
  const chars = new Map<number, number>();
  for (const block of blocks) {
    if (block.fontSizePx === undefined || block.kind === 'heading' || block.visibility.state !== 'visible') continue;
    chars.set(block.fontSizePx, (chars.get(block.fontSizePx) ?? 0) + block.text.length);
  }
  let body: number | undefined;
  for (const [px, n] of chars) if (body === undefined || n > chars.get(body)!) body = px;
  return body;
}

/** The longest line read as a name above its copy. */
const NAME_LINE = 60;

/** A short line in capitals that names something ("RAVNÅSEN MÅNEDSSPOT"), not an abbreviation or a figure. */
function isCapitalsName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length <= 5 && text.length <= NAME_LINE && /\p{Lu}{3}/u.test(text) && !/\p{Ll}|\d/u.test(text);
}

/**
 * Where a paragraph's first line ends when that line is a name over the rest of it: a short line in
 * capitals or all in bold, followed by a line break in the source. -1 when it is not.
 */
function nameLineEnd(source: string, block: Block): number {
  if (block.kind !== 'paragraph' && block.kind !== 'text') return -1;
  const limit = Math.min(block.text.length, NAME_LINE + 1);
  for (let i = 1; i < limit; i++) {
    if (block.text[i] !== ' ') continue;
    const gap = source.slice(block.map.toSourceEnd(i), block.map.toSourceStart(i + 1));
    if (!gap.includes('\n')) continue;
    const line = block.text.slice(0, i);
    const bold = leadingBoldEnd(source, block);
    return isCapitalsName(line) || (bold !== undefined && bold >= i - 1 && !/\d/.test(line)) ? i : -1;
  }
  return -1;
}
