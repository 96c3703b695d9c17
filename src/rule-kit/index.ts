/**
 * What a rule may use: the rule API, views of a product and its facts, and the one definition of
 * each domain idea. Rules import this, the document model and the language facts — nothing else.
 */
export { defineRule } from './types.js';
export type { Locale, Localized, ProductRule, ProductSummary, ProductView, Report, Rule, RuleContext, RunRule, RunRuleContext, Severity, TermValue } from './types.js';
export { isShown, ownFactsOf, quote, reportsBlock } from './product-view.js';
export { campaignOf, offerEnds } from './campaign.js';
export { TERMS_PAGES_OPTION_SCHEMA, type TermsPagesOption } from './page-kind.js';
export { tableLabels, type Label } from './table-labels.js';
export { isOffer } from './offer.js';
export { describeVisibility } from './visibility-wording.js';
export { MARKUP_CEILING_ORE, NOT_SUPPLIER_PRICE, OWN_PRICE_ELEMENTS, PER_KWH_ELEMENTS, offersDeal, oreOf } from '../language/offer.js';
