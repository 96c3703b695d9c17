import type { Anchor } from '../types.js';
import type { Page } from './page.js';
import { nameAnchor, nameSpan } from './names.js';
import { isNeverAProductName } from './vocabulary.js';

/** Front-matter keys that name the page's one product, before any heading does. */
const PRODUCT_KEYS = ['product', 'produkt'];

/** The front-matter value of `keys` as an anchor on its words in a front-matter block. */
function frontMatterAnchor(page: Page, keys: readonly string[]): Anchor | undefined {
  for (const key of keys) {
    const value = page.doc.meta[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const wanted = value.trim();
    for (const block of page.blocks) {
      if (block.kind !== 'front-matter') continue;
      const pointerKey = block.pointer?.split('/').pop();
      if (block.pointer !== undefined && pointerKey !== key) continue;
      const at = block.text.indexOf(wanted);
      if (at >= 0) return { block: block.id, start: at, end: at + wanted.length };
    }
  }
  return undefined;
}

/** The name front matter gives the page's one product (`product:` or `produkt:`). */
export function declaredProductName(page: Page): Anchor | undefined {
  return frontMatterAnchor(page, PRODUCT_KEYS);
}

/** Labels whose value is the product's name: "Strømavtale: Tindra Heim", "Product – Harbour Spot". */
const PRODUCT_LABEL =
  /^(?:produkt|product|strømavtale|straumavtale|strømavtalen|straumavtalen|avtale|avtalen|avtala|din avtale|valgt avtale|plan|your plan|agreement|tariff)\s*:?$/iu;
/** The same label opening a line: "Produkt: **Kobbvik Vårspot** – spotpris med …". */
const PRODUCT_LABEL_LEAD = /^(?:produkt|product|strømavtale|straumavtale|avtale|plan|agreement)\s*:\s*/iu;

/** A name the copy gives as the value of a product label, in a label/value pair or at the head of a line. */
function labelledName(page: Page): Anchor | undefined {
  for (const [value, label] of page.labelOf) {
    const block = page.blocks[value]!;
    // A name starts with a letter: "Avtale | 12 måneder" gives a length, not a name.
    if (page.excluded[value] || !PRODUCT_LABEL.test(page.blocks[label]!.text.trim()) || !/^\p{L}/u.test(block.text.trim()) || isNeverAProductName(block.text)) continue;
    return nameAnchor(block);
  }
  for (const block of page.blocks) {
    const lead = block.kind === 'paragraph' && !page.excluded[block.id] ? PRODUCT_LABEL_LEAD.exec(block.text) : null;
    if (!lead) continue;
    const { start, end: spanEnd } = nameSpan(block.text, lead[0].length);
    // The name ends where the line goes on to its terms: "Harbourvik Spot, markup 2.9 øre/kWh".
    const stop = block.text.slice(start, spanEnd).search(/[,;(]/u);
    const end = stop >= 0 ? start + block.text.slice(start, start + stop).trimEnd().length : spanEnd;
    if (end > start && !isNeverAProductName(block.text.slice(start, end))) return { block: block.id, start, end };
  }
  return undefined;
}

/**
 * The name of a page's single offer when no heading section holds it: front matter `product` or
 * `produkt`, the value of a product label ("Strømavtale: Tindra Heim"), the h1, front matter `title`,
 * the `<title>` or the first heading. A paragraph never names a product otherwise: without any of
 * these the page has no product stromlint can name.
 */
export function pageProductName(page: Page): Anchor | undefined {
  // A slogan or a campaign title ("Verv en venn – dere får 500 kr hver") names no product.
  const usable = page.blocks.filter((block) => !page.excluded[block.id] && /\p{L}/u.test(block.text) && !isNeverAProductName(block.text));
  const h1 = usable.find((block) => block.kind === 'heading' && (block.level ?? 1) === 1);
  const title = usable.find((block) => block.tag === 'title');
  const heading = usable.find((block) => page.level[block.id]! > 0);
  const declaredTitle = frontMatterAnchor(page, ['title']);
  const namingTitle = declaredTitle && !isNeverAProductName(String(page.doc.meta['title'])) ? declaredTitle : undefined;
  return declaredProductName(page) ?? labelledName(page) ?? (h1 && nameAnchor(h1)) ?? namingTitle ?? (title && nameAnchor(title)) ?? (heading && nameAnchor(heading));
}
