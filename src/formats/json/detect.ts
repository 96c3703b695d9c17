import type { ArrayNode, ObjectNode, ValueNode } from '@humanwhocodes/momoa';
import { membersOf, memberValue, effectiveMembers, memberName, pointerSegment } from './ast.js';

/** The array that lists the products, and its JSON Pointer. */
export interface ProductList {
  node: ArrayNode;
  pointer: string;
}

export type SheetShape =
  | { kind: 'stromlint-sheet'; top: ObjectNode; list?: ProductList }
  | { kind: 'price-portal-feed'; top: ValueNode; list: ProductList }
  | { kind: 'none'; reason: string };

/** Members that make an object with a `name` a stromlint sheet product. */
const SHEET_PRODUCT_FIELDS = [
  'type',
  'prices',
  'binding',
  'campaign',
  'fees',
  'fixedPeriod',
  'priceGuarantee',
  'noticeChannels',
  'noticeDays',
  'priceAreas',
  'restrictions',
  'bundles',
  'followsSpotHourly',
];

/** Field names of the price portal's product feed (strompris.no). */
const FEED_FIELDS = new Set([
  'productType',
  'addonPrice',
  'monthlyFee',
  'agreementTime',
  'agreementTimeUnit',
  'elCertificatePrice',
  'feeMandatoryType',
  'feePostalLetter',
  'standardAlert',
  'addonPriceMinimumFixedFor',
  'applicableToCustomerType',
  'otherConditions',
  'billingFrequency',
  'paymentType',
  'salesNetworks',
  'purchaseAddonPrice',
  'vatExemption',
  'cabinProduct',
]);

const NOT_A_SHEET = 'not a stromlint product sheet or price-portal feed (add "$schema": "https://stromlint.dev/schemas/product-sheet.json" to lint it as a product sheet)';

/**
 * Tells which kind of product data a JSON document is: a stromlint product sheet (named by
 * `$schema`, or a `products` array of objects with product fields), a price-portal feed export (an
 * array of the portal's product objects, bare or under one key), or neither.
 */
export function detectShape(root: ValueNode): SheetShape {
  if (root.type === 'Array') {
    return isFeedList(root) ? { kind: 'price-portal-feed', top: root, list: { node: root, pointer: '' } } : { kind: 'none', reason: NOT_A_SHEET };
  }
  if (root.type !== 'Object') return { kind: 'none', reason: NOT_A_SHEET };
  const products = memberValue(root, 'products');
  const list = products?.type === 'Array' ? { node: products, pointer: '/products' } : undefined;
  const schema = memberValue(root, '$schema');
  if (schema?.type === 'String' && namesSheetSchema(schema.value)) return { kind: 'stromlint-sheet', top: root, list };
  if (list?.node.elements.some((e) => isSheetProduct(e.value))) return { kind: 'stromlint-sheet', top: root, list };
  for (const member of effectiveMembers(root)) {
    if (member.value.type === 'Array' && isFeedList(member.value)) {
      return { kind: 'price-portal-feed', top: root, list: { node: member.value, pointer: `/${pointerSegment(memberName(member))}` } };
    }
  }
  return { kind: 'none', reason: NOT_A_SHEET };
}

/** `https://stromlint.dev/schemas/product-sheet.json`, `./node_modules/stromlint/schemas/product-sheet.schema.json` … */
function namesSheetSchema(uri: string): boolean {
  const lower = uri.toLowerCase();
  return lower.includes('stromlint') && lower.includes('product-sheet');
}

function isSheetProduct(node: ValueNode): boolean {
  if (node.type !== 'Object') return false;
  const members = membersOf(node);
  return members.has('name') && SHEET_PRODUCT_FIELDS.some((f) => members.has(f));
}

function isFeedList(array: ArrayNode): boolean {
  return array.elements.length > 0 && array.elements.every((e) => e.value.type === 'Object') && array.elements.some((e) => isFeedItem(e.value as ObjectNode));
}

function isFeedItem(object: ObjectNode): boolean {
  const members = membersOf(object);
  if (members.has('productType')) return true;
  let count = 0;
  for (const name of members.keys()) if (FEED_FIELDS.has(name) && ++count >= 2) return true;
  return false;
}
