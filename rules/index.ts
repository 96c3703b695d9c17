import type { Rule } from '../src/rule-kit/index.js';
import campaignEnd from './campaign-end.js';
import afterTerms from './after-terms.js';
import priceElements from './price-elements.js';
import hiddenPrice from './hidden-price.js';
import duration from './duration.js';
import distinctProducts from './distinct-products.js';

/** Every built-in rule, in the order they are documented. */
export const RULES: readonly Rule[] = [campaignEnd, afterTerms, priceElements, hiddenPrice, duration, distinctProducts];
