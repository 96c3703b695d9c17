import type { Anchor } from '../types.js';
import type { Page } from './page.js';
import { boldLeadAnchor } from './names.js';
import type { Claims, Unit } from './units.js';
import { isNotAName } from './vocabulary.js';

/**
 * Products as list items with bold names ("- **Spotpris Pluss** – 4,9 øre/kWh …"). In a run of
 * list items, each item that opens bold starts a product; the items after it (its details, often
 * nested) belong to it until the next bold item. A run needs two such products with deal facts, and
 * is no list of products when its bold leads are mostly term labels.
 */
export function findListProducts(page: Page, claims: Claims): void {
  const { blocks } = page;
  let b = 0;
  while (b < blocks.length) {
    if (!isListItem(page, claims, b)) {
      b++;
      continue;
    }
    let end = b;
    while (end < blocks.length && isListItem(page, claims, end)) end++;
    claimRun(page, claims, b, end);
    b = end;
  }
}

function isListItem(page: Page, claims: Claims, b: number): boolean {
  return page.blocks[b]!.kind === 'list-item' && !page.excluded[b] && claims.isFree(b) && page.footnoteLabel[b] === undefined;
}

function claimRun(page: Page, claims: Claims, first: number, end: number): void {
  // A list of facts under bold labels ("**Bindingstid:** ingen", "**Avtaletype:** spotpris") is one
  // product's terms: when half its bold leads name terms, none of them names a product.
  const leads = [];
  for (let b = first; b < end; b++) {
    const lead = boldLeadAnchor(page.doc.source, page.blocks[b]!);
    if (lead) leads.push(page.blocks[b]!.text.slice(lead.start, lead.end));
  }
  if (leads.filter(isNotAName).length * 2 >= leads.length) return;
  const units: Unit[] = [];
  let current: { name: Anchor; blocks: number[] } | undefined;
  const close = () => {
    if (current?.blocks.some((b) => page.deal[b] === 1)) units.push({ ...current, context: [] });
    current = undefined;
  };
  for (let b = first; b < end; b++) {
    const name = boldLeadAnchor(page.doc.source, page.blocks[b]!);
    if (name && !isNotAName(page.blocks[b]!.text.slice(name.start, name.end))) {
      close();
      current = { name, blocks: [b] };
    } else current?.blocks.push(b);
  }
  close();
  if (units.length < 2) return;
  for (const unit of units) claims.add(unit);
}
