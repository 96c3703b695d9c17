import type { Rule, SeveritySetting } from '../src/engine/types.js';
import campaignEnd from './campaign-end.js';
import afterTerms from './after-terms.js';
import priceElements from './price-elements.js';
import hiddenPrice from './hidden-price.js';
import duration from './duration.js';
import distinctProducts from './distinct-products.js';

/** Every rule stromlint has, in the order they are documented. */
export const RULES: readonly Rule[] = [campaignEnd, afterTerms, priceElements, hiddenPrice, duration, distinctProducts];

/** `recommended`: every rule at its default severity. `strict`: warnings become errors. */
export const PRESETS: Record<'recommended' | 'strict', Record<string, SeveritySetting>> = {
  recommended: Object.fromEntries(RULES.map((r) => [r.id, r.severity])),
  strict: Object.fromEntries(RULES.map((r) => [r.id, r.severity === 'info' ? 'info' : 'error'])),
};
