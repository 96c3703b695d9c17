import type { PageKind } from '../document/types.js';
import type { Rule } from './types.js';

/** The pages a rule reads unless it says otherwise: pages that market deals. */
export const DEAL_PAGES: readonly PageKind[] = ['offer', 'price-list'];

/**
 * The option rules share about terms pages: they describe agreements in general terms, so rules
 * about offers read them only when asked.
 */
export interface TermsPagesOption {
  checkTermsPages: boolean;
}

export const TERMS_PAGES_OPTION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { checkTermsPages: { type: 'boolean', description: 'Also check terms pages.' } },
};

/** Whether a rule reads a page of this kind, with its options: the kinds it declares, and terms pages when `checkTermsPages` asks. */
export function readsPage(rule: Pick<Rule, 'pageKinds'>, kind: PageKind | undefined, options: Record<string, unknown>): boolean {
  const kinds = rule.pageKinds ?? DEAL_PAGES;
  return kind === undefined || kinds.includes(kind) || (kind === 'terms' && options['checkTermsPages'] === true);
}
