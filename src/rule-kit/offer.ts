import { OWN_PRICE_ELEMENTS, offersDeal } from '../language/offer.js';
import { tableLabels } from './table-labels.js';
import type { ProductView } from './types.js';

/**
 * Whether the product is offered for sale here, rather than mentioned (an article, an FAQ answer, a
 * row of a price history): a product sheet and a price list always offer theirs; copy does when the
 * product's own blocks (not the terms it shares with the page) hold a fact that offers a deal, or an
 * amount in a price table whose row or column names one of the supplier's own prices.
 */
export function isOffer(view: ProductView): boolean {
  const { document, product } = view;
  if (document.format === 'json' || document.pageKind === 'price-list') return true;
  if (buysPower(view)) return false;
  const own = new Set(product.blocks);
  return view.facts.some(
    (f) =>
      own.has(f.block) && (offersDeal(f) || (f.kind === 'amount' && !f.negated && tableLabels(document, product.type, f).some((label) => OWN_PRICE_ELEMENTS.has(label.element)))),
  );
}

/**
 * A prosumer agreement: the supplier buys the customer's surplus ("Med Teigen Solsal kjøper vi
 * overskotet", "Solar Buyback is our prosumer agreement"): the prosumer type named where the product
 * is named or in the first block of its copy. A supply deal that mentions becoming a prosumer further
 * down is still one.
 */
function buysPower(view: ProductView): boolean {
  const { product } = view;
  const opening = new Set([product.anchor.block, product.blocks.find((b) => b !== product.anchor.block && view.document.blocks[b]?.kind !== 'heading') ?? -1]);
  return view.facts.some((f) => f.kind === 'product-type' && f.type === 'plus' && !f.negated && opening.has(f.block));
}
