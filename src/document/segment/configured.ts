import type { Page } from './page.js';
import { type ContainerNames, containerUnit } from './cards.js';
import { inherit } from './containers.js';
import { nameAnchor } from './names.js';
import type { Claims } from './units.js';

/**
 * Products from configured selectors: each outermost container with `role: 'product'` is one,
 * named by its `role: 'name'` element (else its first heading, else its first words). Returns
 * whether the page has any, in which case nothing else on it is segmented into products.
 */
export function findConfiguredProducts(page: Page, claims: Claims, names: ContainerNames): boolean {
  const { tree, blocks, excluded } = page;
  const isProduct = (c: number) => tree.containers[c]!.role === 'product';
  const productAbove = inherit(tree, (c) => (isProduct(c) ? true : undefined), false);
  let any = false;
  for (let c = 0; c < tree.containers.length; c++) {
    if (!isProduct(c)) continue;
    any = true;
    const p = tree.parent[c]!;
    if (p >= 0 && productAbove[p]) continue;
    let first = tree.first[c]!;
    while (first < tree.end[c]! && (excluded[first] || !claims.isFree(first))) first++;
    if (first >= tree.end[c]!) continue;
    claims.add(containerUnit(page, claims, c, names.find(first, tree.end[c]!) ?? nameAnchor(blocks[first]!)));
  }
  return any;
}
