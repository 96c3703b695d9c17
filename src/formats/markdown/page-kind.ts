import type { PageKind } from '../../document/types.js';

const TERMS_VALUES = new Set(['terms', 'vilkar', 'vilkår', 'avtalevilkår', 'vilkår-og-betingelser']);
const PRICE_LIST_VALUES = new Set(['price-list', 'pricelist', 'prisliste']);
/** Words in a title that name a terms page or a price list ("Avtalevilkår for Spotpris", "Prisliste 2026"). */
const TERMS_TITLE = /vilkår|vilkar|\bterms\b/i;
const PRICE_LIST_TITLE = /prisliste|\bprice list\b/i;

/**
 * What kind of page a Markdown document is: front matter `type`, `kind` or `layout` when it says,
 * else the front-matter title or the first heading when either names terms or a price list.
 */
export function pageKindOf(meta: Record<string, unknown>, firstHeading: string | undefined): PageKind {
  for (const key of ['type', 'kind', 'layout']) {
    const value = meta[key];
    if (typeof value !== 'string') continue;
    const normalised = value.trim().toLowerCase();
    if (TERMS_VALUES.has(normalised)) return 'terms';
    if (PRICE_LIST_VALUES.has(normalised)) return 'price-list';
  }
  const titles = [meta['title'], meta['tittel'], firstHeading].filter((t): t is string => typeof t === 'string');
  if (titles.some((t) => TERMS_TITLE.test(t))) return 'terms';
  if (titles.some((t) => PRICE_LIST_TITLE.test(t))) return 'price-list';
  return 'marketing';
}
