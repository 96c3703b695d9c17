import type { Block } from '../types.js';
import type { Page } from './page.js';
import { nameAnchor } from './names.js';
import type { Claims, Unit } from './units.js';
import { isElementLabel, isHeaderRow, isNotAName, isPeriodLabel, isPriceHeader, isTimeHeader, isValueHeader } from './vocabulary.js';

/** The blocks of one table, by cell. */
interface Grid {
  cells: Map<string, number[]>;
  rows: number[];
  columns: number[];
  /** The first row when all its cells are header cells, else -1 (`<th scope="row">` labels a row, not a column). */
  headerRow: number;
  nameColumn: number;
}

const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;

/**
 * Products in price tables. Header cells that name price elements ("Påslag", "Fastbeløp",
 * "Bindingstid") make each body row a product, named by its first cell; row labels that name
 * price elements make each column a product, named by its header cell. A table with fewer than
 * two such products is plain content (a one-product key/value table belongs to its section).
 */
export function findTableProducts(page: Page, claims: Claims): void {
  for (const grid of grids(page, claims)) {
    const labels = grid.rows.filter((r) => r !== grid.headerRow).map((r) => cellText(page, grid, r, grid.nameColumn));
    const elementLabels = labels.filter((t) => t !== undefined && isElementLabel(t)).length;
    const units = elementLabels * 2 >= labels.length && elementLabels >= 2 ? columnProducts(page, grid) : rowProducts(page, grid);
    if (units.length < 2) continue;
    for (const unit of units) claims.add(unit);
  }
}

function grids(page: Page, claims: Claims): Grid[] {
  const byTable = new Map<number, Block[]>();
  for (const block of page.blocks) {
    if (!block.table || page.excluded[block.id] || !claims.isFree(block.id)) continue;
    const list = byTable.get(block.table.table);
    if (list) list.push(block);
    else byTable.set(block.table.table, [block]);
  }
  const result: Grid[] = [];
  for (const blocks of byTable.values()) {
    const cells = new Map<string, number[]>();
    const rows = new Set<number>();
    const columns = new Set<number>();
    for (const block of blocks) {
      const { row, column } = block.table!;
      rows.add(row);
      columns.add(column);
      const key = `${row}:${column}`;
      const cell = cells.get(key);
      if (cell) cell.push(block.id);
      else cells.set(key, [block.id]);
    }
    const sortedRows = [...rows].sort((a, b) => a - b);
    const sortedColumns = [...columns].sort((a, b) => a - b);
    const firstRow = blocks.filter((block) => block.table!.row === sortedRows[0]);
    const headerRow = isHeaderRow(firstRow.sort((a, b) => a.table!.column - b.table!.column)) ? sortedRows[0]! : -1;
    result.push({ cells, rows: sortedRows, columns: sortedColumns, headerRow, nameColumn: sortedColumns[0]! });
  }
  return result;
}

function cell(grid: Grid, row: number, column: number): number[] {
  return grid.cells.get(`${row}:${column}`) ?? [];
}

function cellText(page: Page, grid: Grid, row: number, column: number): string | undefined {
  const first = cell(grid, row, column)[0];
  return first === undefined ? undefined : page.blocks[first]!.text;
}

/** A cell's first block, when its text can name a product (not an element, a heading word or a period). */
function nameCell(page: Page, grid: Grid, row: number, column: number): Block | undefined {
  const first = cell(grid, row, column)[0];
  if (first === undefined) return undefined;
  const block = page.blocks[first]!;
  if (!HAS_LETTER.test(block.text) || isNotAName(block.text) || isPeriodLabel(block.text) || page.footnoteLabel[first] !== undefined) return undefined;
  return block;
}

/** Whether cells look like a deal: deal facts, or digits under headers that name price elements. */
function looksLikeDeal(page: Page, ids: number[]): boolean {
  return ids.some((b) => page.deal[b] === 1 || HAS_DIGIT.test(page.blocks[b]!.text));
}

function rowProducts(page: Page, grid: Grid): Unit[] {
  if (grid.headerRow < 0) return [];
  const header = grid.columns.flatMap((c) => cell(grid, grid.headerRow, c));
  const priceColumns = grid.columns.filter(
    (c) => c !== grid.nameColumn && (cellText(page, grid, grid.headerRow, c) ?? '') !== '' && isPriceHeader(cellText(page, grid, grid.headerRow, c)!),
  );
  const nameHeader = cellText(page, grid, grid.headerRow, grid.nameColumn) ?? '';
  // A price history lists months, not products.
  if (priceColumns.length === 0 || isPriceHeader(nameHeader) || isTimeHeader(nameHeader)) return [];
  const units: Unit[] = [];
  for (const row of grid.rows) {
    if (row === grid.headerRow) continue;
    const name = nameCell(page, grid, row, grid.nameColumn);
    if (!name) continue;
    const values = priceColumns.flatMap((c) => cell(grid, row, c));
    if (!looksLikeDeal(page, values) && page.deal[name.id] !== 1) continue;
    const blocks = grid.columns.flatMap((c) => cell(grid, row, c)).sort((a, b) => a - b);
    units.push({ name: nameAnchor(name), blocks, context: header });
  }
  return units;
}

function columnProducts(page: Page, grid: Grid): Unit[] {
  if (grid.headerRow < 0) return [];
  const labels = grid.rows.flatMap((r) => cell(grid, r, grid.nameColumn));
  const units: Unit[] = [];
  for (const column of grid.columns) {
    if (column === grid.nameColumn) continue;
    const name = nameCell(page, grid, grid.headerRow, column);
    if (!name || isValueHeader(name.text)) continue;
    const blocks = grid.rows.flatMap((r) => cell(grid, r, column)).sort((a, b) => a - b);
    if (
      !looksLikeDeal(
        page,
        blocks.filter((b) => b !== name.id),
      )
    )
      continue;
    units.push({ name: nameAnchor(name), blocks, context: labels });
  }
  return units;
}
