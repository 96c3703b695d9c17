import type { ProductView } from './types.js';

/**
 * The option rules share about terms pages and price lists: they describe agreements in general
 * terms, so rules about offers read them only when asked.
 */
export interface TermsPagesOption {
  checkTermsPages: boolean;
}

export const TERMS_PAGES_OPTION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { checkTermsPages: { type: 'boolean', description: 'Also check terms pages and price lists.' } },
};

/** Whether the rule leaves this product alone because of the kind of page it is on. */
export function skipsPage(view: ProductView, options: TermsPagesOption): boolean {
  return view.document.pageKind !== 'marketing' && !options.checkTermsPages;
}
