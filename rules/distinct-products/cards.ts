import type { ProductSummary } from '../../src/rule-kit/index.js';
import type { Candidate } from './comparison.js';

/** What shows a card's price: an element per kWh or a monthly amount. A card with neither is a teaser. */
const PRICE_SHOWN_BY: readonly string[] = ['markup', 'fixed-price', 'variable-price', 'purchase-costs', 'amount/kWh', 'monthly-fee', 'amount/month'];

function isPriced(p: ProductSummary): boolean {
  return PRICE_SHOWN_BY.some((s) => p.shows.includes(s));
}

/**
 * Cards side by side on one page (`products` in reading order): a card that does not say what kind of
 * agreement it is, beside one that does, cannot be compared with it. Their prices and binding are
 * asked of every product by price-elements and duration, which report a card that lacks them;
 * campaigns are left out: one campaign card among ordinary ones is a fair difference.
 */
export function unevenCards(products: readonly ProductSummary[]): Candidate[] {
  const byGroup = new Map<string, number[]>();
  products.forEach((p, i) => {
    // A card with no price at all is a teaser ("Les mer"), not an offer to compare.
    if (p.group < 0 || (p.pageKind ?? 'offer') !== 'offer' || p.type === 'plus' || !isPriced(p)) return;
    const key = `${p.group}\0${p.filePath}`;
    (byGroup.get(key) ?? byGroup.set(key, []).get(key)!).push(i);
  });
  const candidates: Candidate[] = [];
  for (const members of byGroup.values()) {
    const typed = members.find((i) => products[i]!.shows.includes('type'));
    if (typed === undefined) continue;
    for (const i of members) {
      if (products[i]!.shows.includes('type')) continue;
      const [self, other] = [products[i]!.name, products[typed]!.name];
      candidates.push({
        messageId: 'unevenFacts',
        target: i,
        other: typed,
        detail: (l) =>
          l === 'nb'
            ? `«${self}» sier ikke hva slags avtale det er, slik «${other}» gjør. Vis de samme opplysningene på hvert kort, f.eks. «Spotpris» eller «Fastpris i 12 måneder»`
            : `"${self}" does not say what kind of agreement it is, as "${other}" does. Show the same facts on every card, e.g. "Spot price" or "Fixed price for 12 months"`,
      });
    }
  }
  return candidates;
}
