import { pairLabels, tableCellLabels } from './label-pairs.js';
import { classifyPage } from './page-kind.js';
import { readFacts } from './read-facts.js';
import { segmentProducts } from './segment.js';
import type { Document, PageKind, ParsedDocument } from './types.js';

/**
 * Completes what an adapter parsed: labels paired with their values, the facts of the copy and of
 * structured fields, the products (segmented for Markdown and HTML) and the kind of page.
 */
export function completeDocument({ fieldFacts, ...parsed }: ParsedDocument, configuredKind?: PageKind): Document {
  const pairs = pairLabels(parsed.blocks, parsed.containers);
  const facts = readFacts(parsed.blocks, pairs, tableCellLabels(parsed.blocks));
  for (const fact of fieldFacts ?? []) facts.push(fact);
  facts.sort((a, b) => a.block - b.block || a.start - b.start);
  const products = parsed.products ?? segmentProducts(parsed, facts, pairs);
  // A product sheet describes products for sale: it is read as an offer whatever its fields say.
  const pageKind = parsed.format === 'json' ? (configuredKind ?? 'offer') : classifyPage({ meta: parsed.meta, blocks: parsed.blocks, facts }, configuredKind);
  return { ...parsed, facts, products, pageKind };
}
