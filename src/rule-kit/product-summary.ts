import type { Document, Product, ProductType } from '../document/types.js';
import type { Fact, FactOf, PriceElement, Quantity } from '../language/facts.js';
import { NOT_SUPPLIER_PRICE, PER_KWH_ELEMENTS } from '../language/offer.js';
import type { Located } from '../document/positions.js';
import { factsByBlock } from './product-view.js';
import { tableLabels } from './table-labels.js';
import type { ProductSummary, ProductView, TermValue } from './types.js';

/**
 * Summarises a product as plain data for whole-run rules: its stated terms in one normal form, so
 * that a page, a product sheet and a feed export can be compared (and the summary can come from a
 * cache or a worker), and which kinds of facts it shows.
 *
 * Terms, by key (money in øre per kWh or kroner, whatever the copy or the sheet used):
 * - `markup`, `fixed-price`, `variable-price`, `certificates`, `purchase-costs`: 4.9 ore/kWh;
 * - `monthly-fee`: 39 kr/month (a yearly amount divided by 12; a daily one kept as 1.3 kr/day);
 * - `fee:<kind>`: 49 kr/invoice, 600 kr (once);
 * - `binding`: 12 months (0 months: none) or 30 days; `fixed-period`, `guarantee`: months or an ISO date;
 * - `campaign`: "yes"; `end`: an ISO date, 3 months, 30 days, 30000 kWh or "window";
 * - `areas`: "NO1"; `for`: restrictions ("new-customers"); `vat`: "excl" when prices are stated without VAT.
 * Values stated in the product's own blocks (and the footnotes they reference) win over values from
 * shared footnotes and terms, which may be about another product. A term stated with several values
 * keeps them all (a campaign price and the price after it), amounts in order of size.
 *
 * `shows` lists what the product shows: `type`, the price elements stated with a size, `fee`,
 * `binding`, `fixed-period`, `guarantee`, `campaign`, and `amount/kWh` or `amount/month` for an
 * amount in its own copy that no element word claims.
 */
export function summariseProduct(view: ProductView, place: Located): ProductSummary {
  const { product, document } = view;
  const own = ownBlocks(document, product);
  const terms = new TermSet();
  const shows = new Set<string>();
  // The type its own copy (or the page, once for all) states; a footnote that mentions "spotpris" or the
  // product it moves on to ("går over til Fjellbris Spot") does not tell it.
  if (product.type !== 'other') shows.add('type');
  for (const fact of view.facts) noteFact(fact, own.has(fact.block), terms, shows);
  for (const loose of looseAmounts(view.facts)) noteLooseAmount(document, product.type, loose, own.has(loose.block), terms, shows);
  if (document.format === 'json' && Object.entries(product.fields ?? {}).some(([field, block]) => field.endsWith('.vatIncluded') && document.blocks[block]?.text === 'false')) {
    terms.add('vat', word('excl'), true);
  }
  return {
    filePath: document.filePath,
    name: product.name,
    type: product.type,
    line: place.line,
    column: place.column,
    endLine: place.endLine,
    endColumn: place.endColumn,
    // Sheets list products, they do not lay them out side by side.
    group: document.format === 'json' ? -1 : groupOf(document, product),
    terms: terms.toRecord(),
    shows: [...shows].sort(),
    pageKind: document.pageKind,
  };
}

/** The product's own blocks, and the footnotes they reference ("0 øre/kWh*"): those speak about it alone. */
function ownBlocks(document: Document, product: Product): Set<number> {
  const own = new Set(product.blocks);
  const refs = new Set(product.blocks.flatMap((id) => document.blocks[id]?.footnoteRefs ?? []));
  if (refs.size > 0) for (const id of product.shared) if (refs.has(document.blocks[id]?.footnoteLabel ?? '')) own.add(id);
  return own;
}

/** Values per term, from the product's own blocks and from shared ones, kept apart until the end. */
class TermSet {
  private readonly own = new Map<string, Map<string, TermValue>>();
  private readonly shared = new Map<string, Map<string, TermValue>>();

  add(key: string, value: TermValue, own: boolean): void {
    const map = own ? this.own : this.shared;
    let values = map.get(key);
    if (!values) map.set(key, (values = new Map()));
    values.set('text' in value ? `t:${value.text}` : `${value.unit}:${value.value}`, value);
  }

  toRecord(): Record<string, TermValue[]> {
    const record: Record<string, TermValue[]> = {};
    const keys = [...new Set([...this.own.keys(), ...this.shared.keys()])].sort();
    for (const key of keys) record[key] = [...(this.own.get(key) ?? this.shared.get(key))!.values()].sort(byValue);
    return record;
  }
}

/** Amounts by unit and size, then words. */
function byValue(a: TermValue, b: TermValue): number {
  if ('text' in a || 'text' in b) return 'text' in a && 'text' in b ? (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) : 'text' in a ? 1 : -1;
  return a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.value - b.value;
}

const amount = (value: number, unit: string): TermValue => ({ value: round(value), unit });
const word = (text: string): TermValue => ({ text });

function noteFact(fact: Fact, own: boolean, terms: TermSet, shows: Set<string>): void {
  if (fact.negated && fact.kind !== 'binding') return;
  switch (fact.kind) {
    case 'price-element':
      notePriceElement(fact, own, terms, shows);
      break;
    case 'binding': {
      shows.add('binding');
      const value = fact.none ? amount(0, 'months') : fact.months !== undefined ? amount(fact.months, 'months') : fact.days !== undefined ? amount(fact.days, 'days') : undefined;
      if (value !== undefined) terms.add('binding', value, own);
      break;
    }
    case 'fixed-period':
    case 'guarantee': {
      shows.add(fact.kind);
      const value = fact.months !== undefined ? amount(fact.months, 'months') : fact.until !== undefined ? word(fact.until) : undefined;
      if (value !== undefined) terms.add(fact.kind, value, own);
      break;
    }
    case 'campaign':
      shows.add('campaign');
      terms.add('campaign', word('yes'), own);
      break;
    case 'end':
      terms.add('end', endValue(fact), own);
      break;
    case 'price-area':
      terms.add('areas', word(fact.area), own);
      break;
    case 'restriction':
      terms.add('for', word(fact.what), own);
      break;
    case 'vat':
      if (!fact.included) terms.add('vat', word('excl'), own);
      break;
    default:
      break;
  }
}

function notePriceElement(fact: FactOf<'price-element'>, own: boolean, terms: TermSet, shows: Set<string>): void {
  if (NOT_SUPPLIER_PRICE.has(fact.element)) return;
  const quantity = fact.quantity ?? (fact.waived ? { value: 0, unit: 'ore' as const } : undefined);
  if (!quantity) return;
  noteSized(fact.element, fact.fee, quantity, own, terms, shows);
}

/** Records an element stated with its size, when the size's unit fits the element. */
function noteSized(element: PriceElement, fee: string | undefined, quantity: Quantity, own: boolean, terms: TermSet, shows: Set<string>): boolean {
  const key = element === 'fee' ? `fee:${fee ?? 'other'}` : element;
  const value = element === 'fee' ? feeValue(quantity) : element === 'monthly-fee' ? monthlyValue(quantity) : PER_KWH_ELEMENTS.has(element) ? perKwhValue(quantity) : undefined;
  if (value === undefined) return false;
  terms.add(key, value, own);
  shows.add(element);
  return true;
}

/** A price per kWh in øre; undefined when the amount is not per kWh. */
function perKwhValue(q: Quantity): TermValue | undefined {
  if (q.per !== 'kWh' && !(q.per === undefined && q.unit === 'ore')) return undefined;
  return amount(q.unit === 'kr' ? q.value * 100 : q.value, 'ore/kWh');
}

/** A fixed amount in kroner per month (per day kept apart: months differ in length). */
function monthlyValue(q: Quantity): TermValue | undefined {
  const kr = q.unit === 'ore' ? q.value / 100 : q.value;
  if (q.per === undefined || q.per === 'month' || q.per === 'invoice') return amount(kr, 'kr/month');
  if (q.per === 'year') return amount(kr / 12, 'kr/month');
  if (q.per === 'day') return amount(kr, 'kr/day');
  return undefined;
}

function feeValue(q: Quantity): TermValue | undefined {
  if (q.per === 'kWh') return undefined;
  const kr = q.unit === 'ore' ? q.value / 100 : q.value;
  return amount(kr, q.per === undefined || q.per === 'once' ? 'kr' : `kr/${q.per}`);
}

function endValue(fact: FactOf<'end'>): TermValue {
  if (fact.date !== undefined) return word(fact.date);
  if (fact.months !== undefined) return amount(fact.months, 'months');
  if (fact.days !== undefined) return amount(fact.days, 'days');
  if (fact.kwh !== undefined) return amount(fact.kwh, 'kWh');
  return word(fact.how);
}

/** A number without float noise: 0.049 kr × 100 is 4.9 øre. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

type Amount = FactOf<'amount'>;

/** Amounts that no price-element fact spans, in one sweep per block over facts sorted by place. */
function looseAmounts(facts: readonly Fact[]): Amount[] {
  const loose: Amount[] = [];
  const byBlock = factsByBlock(facts);
  for (const list of byBlock.values()) {
    const spans = list.filter((f) => f.kind === 'price-element').sort((a, b) => a.start - b.start);
    const amounts = list.filter((f): f is Amount => f.kind === 'amount').sort((a, b) => a.start - b.start);
    let next = 0;
    let reach = -1;
    for (const amount of amounts) {
      for (; next < spans.length && spans[next]!.start <= amount.start; next++) reach = Math.max(reach, spans[next]!.end);
      if (reach < amount.end) loose.push(amount);
    }
  }
  return loose;
}

/**
 * An amount no element word claims: in a price table, the element its row label or column header
 * names ("Påslag | 4,90 øre/kWh", "Fastpris" over "79,90 øre/kWh" for a fixed product); elsewhere
 * in the product's own copy it still shows a price per kWh or a monthly amount, without saying which.
 */
function noteLooseAmount(document: Document, type: ProductType, loose: Amount, own: boolean, terms: TermSet, shows: Set<string>): void {
  const quantity: Quantity = { value: loose.value, unit: loose.unit, ...(loose.per ? { per: loose.per } : {}) };
  for (const label of tableLabels(document, type, loose)) if (noteSized(label.element, label.fee, quantity, own, terms, shows)) return;
  if (!own) return;
  if (perKwhValue(quantity) !== undefined) shows.add('amount/kWh');
  else if (loose.unit === 'kr' && loose.per === 'month') shows.add('amount/month');
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
