import type { Document, ProductType } from '../document/types.js';
import type { Fact, FactOf, PriceElement } from '../language/facts.js';
import { NOT_SUPPLIER_PRICE } from '../language/offer.js';
import { factsByBlock } from './product-view.js';

type Amount = FactOf<'amount'>;

/** One table row: its cells by column, and the first column it has a cell in (its label). */
interface Row {
  cells: Map<number, number>;
  first: number;
}

interface TableIndex {
  /** Rows by table, then by row number. */
  rows: Map<number, Map<number, Row>>;
  /** Header cells by table, then by column. */
  headers: Map<number, Map<number, number>>;
  facts: Map<number, Fact[]>;
}

/** Per document, its table cells and its facts by block; built once, read for every product. */
const tableIndexes = new WeakMap<Document, TableIndex>();

function tableIndex(document: Document): TableIndex {
  let index = tableIndexes.get(document);
  if (index) return index;
  index = { rows: new Map(), headers: new Map(), facts: factsByBlock(document.facts) };
  for (const block of document.blocks) {
    if (!block.table) continue;
    const { table, row, column, header } = block.table;
    let rows = index.rows.get(table);
    if (!rows) {
      rows = new Map();
      index.rows.set(table, rows);
    }
    const known = rows.get(row);
    if (known) known.first = Math.min(known.first, column);
    else rows.set(row, { cells: new Map(), first: column });
    rows.get(row)!.cells.set(column, block.id);
    if (!header) continue;
    let headers = index.headers.get(table);
    if (!headers) {
      headers = new Map();
      index.headers.set(table, headers);
    }
    if (!headers.has(column)) headers.set(column, block.id);
  }
  tableIndexes.set(document, index);
  return index;
}

/** A price element a table label names, with the fee's kind for a fee. */
export type Label = { element: PriceElement; fee?: string };

/**
 * The elements a table cell's row label and column header name, for an amount alone in that cell:
 * "Påslag | 4,90 øre/kWh", or "Fastpris" over "79,90 øre/kWh" for a fixed product.
 */
export function tableLabels(document: Document, type: ProductType, amount: Amount): Label[] {
  const cell = document.blocks[amount.block]?.table;
  if (!cell || cell.header) return [];
  const index = tableIndex(document);
  const row = index.rows.get(cell.table)?.get(cell.row);
  const rowLabel = row && row.first < cell.column ? row.cells.get(row.first) : undefined;
  const header = index.headers.get(cell.table)?.get(cell.column);
  return [elementNamedIn(document, index, rowLabel, type), elementNamedIn(document, index, header, type, true)].filter((l): l is Label => l !== undefined);
}

/** A label for the price of the energy itself: "Energy price", "Strømpris", "Pris per kWh". */
const ENERGY_PRICE = /^(?:(?:energi|strøm|straum|kraft)pris(?:en)?|(?:energy|electricity|power) price|pris(?:en)?|price)(?:\s*(?:per|pr\.?|\/)\s*kwh)?(?:\s*\(.*\))?:?$/iu;

/**
 * The element a label cell names. A fixed or variable product's price is also named by a label for the
 * energy price ("Energy price | 89.90 øre/kWh"), and by its type word in a column header ("Fastpris" over "79,90 øre/kWh").
 */
function elementNamedIn(document: Document, index: TableIndex, block: number | undefined, type: ProductType, header = false): Label | undefined {
  const price = type === 'fixed' ? 'fixed-price' : type === 'variable' ? 'variable-price' : undefined;
  if (price && block !== undefined && ENERGY_PRICE.test(document.blocks[block]?.text.trim() ?? '')) return { element: price };
  const headerOfType = header ? type : undefined;
  for (const fact of block === undefined ? [] : (index.facts.get(block) ?? [])) {
    if (fact.negated) continue;
    if (fact.kind === 'price-element' && !NOT_SUPPLIER_PRICE.has(fact.element)) return { element: fact.element, ...(fact.fee ? { fee: fact.fee } : {}) };
    // A "Fastpris" column over a fixed product's amount per kWh is its fixed price (a row label so named is the product's name).
    if (fact.kind === 'product-type' && fact.type === headerOfType && (fact.type === 'fixed' || fact.type === 'variable')) {
      return { element: fact.type === 'fixed' ? 'fixed-price' : 'variable-price' };
    }
  }
  return undefined;
}
