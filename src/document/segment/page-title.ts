import type { Anchor } from '../types.js';
import type { Page } from './page.js';
import { nameAnchor } from './names.js';
import { isSloganOrOffer } from './vocabulary.js';

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

/**
 * The name of a page's single offer when no heading section holds it: front matter `product` or
 * `produkt`, the h1, front matter `title`, the `<title>` or the first heading. A paragraph never names
 * a product: without any of these the page has no product stromlint can name.
 */
export function pageProductName(page: Page): Anchor | undefined {
  // A slogan or a campaign title ("Verv en venn – dere får 500 kr hver") names no product.
  const usable = page.blocks.filter((block) => !page.excluded[block.id] && /\p{L}/u.test(block.text) && !isSloganOrOffer(block.text));
  const h1 = usable.find((block) => block.kind === 'heading' && (block.level ?? 1) === 1);
  const title = usable.find((block) => block.tag === 'title');
  const heading = usable.find((block) => page.level[block.id]! > 0);
  const declaredTitle = frontMatterAnchor(page, ['title']);
  const namingTitle = declaredTitle && !isSloganOrOffer(String(page.doc.meta['title'])) ? declaredTitle : undefined;
  return declaredProductName(page) ?? (h1 && nameAnchor(h1)) ?? namingTitle ?? (title && nameAnchor(title)) ?? (heading && nameAnchor(heading));
}
