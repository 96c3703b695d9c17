import type { Document, Product } from '../document/types.js';
import type { Fact, Quantity } from '../language/facts.js';
import type { Located } from './positions.js';
import type { ProductSummary, ProductView } from './types.js';

/**
 * Summarises a product as plain data for whole-run rules: its stated terms in a normal form (so
 * two products can be compared across files, from a cache or a worker) and which kinds of facts it shows.
 */
export function summariseProduct(view: ProductView, place: Located): ProductSummary {
  const { product, document } = view;
  const terms: Record<string, string> = {};
  const shows = new Set<string>();
  if (product.type !== 'other') shows.add('type');
  for (const fact of view.facts) noteFact(fact, terms, shows);
  return {
    filePath: document.filePath,
    name: product.name,
    type: product.type,
    line: place.line,
    column: place.column,
    endLine: place.endLine,
    endColumn: place.endColumn,
    group: groupOf(document, product),
    terms,
    shows: [...shows].sort(),
  };
}

function noteFact(fact: Fact, terms: Record<string, string>, shows: Set<string>): void {
  switch (fact.kind) {
    case 'product-type':
      shows.add('type');
      break;
    case 'price-element':
      if (fact.element === 'grid') break;
      shows.add(fact.element);
      if (fact.quantity) terms[fact.fee ? `fee:${fact.fee}` : fact.element] ??= quantityText(fact.quantity);
      else if (fact.waived) terms[fact.element] ??= '0';
      break;
    case 'binding':
      shows.add('binding');
      terms.binding ??= fact.none ? 'none' : String(fact.months ?? (fact.days !== undefined ? `${fact.days}d` : '?'));
      break;
    case 'fixed-period':
      shows.add('fixed-period');
      terms['fixed-period'] ??= String(fact.months ?? fact.until ?? '?');
      break;
    case 'campaign':
      shows.add('campaign');
      terms.campaign ??= 'yes';
      break;
    case 'end':
      terms.end ??= fact.date ?? (fact.months !== undefined ? `${fact.months}m` : fact.how);
      break;
    case 'guarantee':
      shows.add('guarantee');
      terms.guarantee ??= String(fact.months ?? fact.until ?? '?');
      break;
    default:
      break;
  }
}

function quantityText(q: Quantity): string {
  return `${q.value} ${q.unit}${q.per ? `/${q.per}` : ''}`;
}

/** Products whose name sits in sibling containers (cards of one grid, rows of one table) share a group. */
function groupOf(document: Document, product: Product): number {
  const block = document.blocks[product.anchor.block];
  if (!block || block.container < 0) return -1;
  let container = document.containers[block.container];
  // Climb to the outermost container that holds only this product's anchor, then take its parent.
  while (container && container.parent >= 0) {
    const parent = document.containers[container.parent];
    if (!parent || parent.firstBlock !== container.firstBlock || parent.endBlock !== container.endBlock) break;
    container = parent;
  }
  return container ? container.parent : -1;
}
