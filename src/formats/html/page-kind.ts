import type { PageKind } from '../../document/types.js';

const TERMS = /vilk[åa]r|\bterms\b/i;
const PRICE_LIST = /prisliste|\bprice[- ]?list/i;

/** What kind of page this is, from its `<title>` or first `<h1>`. */
export function pageKindOf(title: string | undefined, firstH1: string | undefined): PageKind {
  const texts = [title, firstH1].filter((t): t is string => t !== undefined);
  if (texts.some((t) => TERMS.test(t))) return 'terms';
  if (texts.some((t) => PRICE_LIST.test(t))) return 'price-list';
  return 'marketing';
}
