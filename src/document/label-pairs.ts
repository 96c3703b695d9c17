import { isElementLabel, isPriceHeader } from './segment/vocabulary.js';
import type { Block, Container } from './types.js';

/** The longest text read as a label ("Påslag", "Bindingstid:", "After the fixed term"). */
const MAX_LABEL = 40;
const MAX_LABEL_WORDS = 5;
/** The longest text read as a figure with a caption under it. */
const MAX_FIGURE = 30;
/** The longest text read as a label's value ("3,10 øre/kWh", "Ingen", "Går over til Spot Fjord"). */
const MAX_VALUE = 80;
/** First words of a value that answers a label without a number: "Bindingstid | Ingen", "Kampanje: nei". */
const ANSWER_WORDS = new Set(['ja', 'nei', 'ingen', 'inga', 'ikke', 'ikkje', 'uten', 'utan', 'yes', 'no', 'none', 'n/a', 'gratis', 'free', 'kr', 'nok']);
/** Block kinds that can be a label or its value; headings, attributes and JSON members are not. */
const PAIRABLE = new Set<Block['kind']>(['paragraph', 'text', 'list-item', 'table-cell']);

/**
 * Labels and their values wherever a page sets them side by side (and a figure with its caption under
 * it, "3,90 øre/kWh" over "påslag på månedens spotpris"): `<dt>Påslag</dt><dd>3,10 øre/kWh</dd>`,
 * `<div class="label">Påslag</div><div class="value">…</div>`, `Bindingstid<strong>Ingen</strong>` made
 * a box of its own, a two-cell table row, or a short label line over a line that starts with its
 * amount. Returns value block → label block. The two are read as one text ("Påslag: 3,10 øre/kWh"),
 * so that an amount sizes the element its label names and "Ingen" answers "Bindingstid".
 */
export interface LabelPairs {
  /** Value block → the block that labels it. */
  labelOf: Map<number, number>;
  /** Values whose label is a figure over its caption ("Ingen" over "bindingstid"): read on, "Ingen bindingstid". */
  figureFirst: Set<number>;
}

export function pairLabels(blocks: readonly Block[], containers: readonly Container[]): LabelPairs {
  const pairs = new Map<number, number>();
  const figureFirst = new Set<number>();
  const rowSizes = cellsPerRow(blocks);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const label = blocks[i]!;
    const value = blocks[i + 1]!;
    if (pairs.has(label.id) || !isValue(value) || label.visibility.state !== value.visibility.state) continue;
    // A figure and the caption under it: "3,90 øre/kWh" over "påslag på månedens spotpris", "Ingen" over "bindingstid".
    if (isFigure(label) && isCaption(value) && (label.container === value.container || onlyTwo(label, value, containers)) && !label.table && !value.table) {
      pairs.set(value.id, label.id);
      figureFirst.add(value.id);
      i += 1;
      continue;
    }
    if (!isLabel(label) || takesItsUnit(value, blocks[i + 2])) continue;
    // A tile of three: a label, its figure and the figure's caption ("Påslag" / "2,79 øre" / "per kWh").
    const caption = blocks[i + 2];
    if (caption && isFigure(value) && isCaption(caption) && caption.visibility.state === value.visibility.state && onlyTwo(label, caption, containers)) {
      pairs.set(value.id, label.id);
      pairs.set(caption.id, value.id);
      figureFirst.add(caption.id);
      i += 2;
      continue;
    }
    const paired =
      label.table || value.table
        ? twoCellRow(label, value, rowSizes)
        : label.tag === 'dt'
          ? value.tag === 'dd'
          : onlyTwo(label, value, containers) || (label.container === value.container && (label.text.endsWith(':') || startsLikeValue(value.text)));
    if (paired) {
      pairs.set(value.id, label.id);
      i += 1;
    }
  }
  return { labelOf: pairs, figureFirst };
}

function isLabel(block: Block): boolean {
  const text = block.text.trim();
  if (!block.copy || !PAIRABLE.has(block.kind)) return false;
  return text.length <= MAX_LABEL && /\p{L}/u.test(text) && !/\d/.test(text) && !/[.!?]$/.test(text) && text.split(/\s+/).length <= MAX_LABEL_WORDS;
}

function isValue(block: Block): boolean {
  return block.copy && PAIRABLE.has(block.kind) && block.text.length <= MAX_VALUE;
}

/** A block that is a figure or a one-word answer and little else: "3,90 øre/kWh", "42 kr/mnd", "Ingen". */
function isFigure(block: Block): boolean {
  return block.copy && PAIRABLE.has(block.kind) && block.text.length <= MAX_FIGURE && startsLikeValue(block.text);
}

/** A bare number whose unit is the next line ("4,19" over "øre/kWh i påslag"): it pairs with its unit, not with the line above. */
function takesItsUnit(figure: Block, next: Block | undefined): boolean {
  return !!next && /^[\d\s.,–-]+$/.test(figure.text.trim()) && next.container === figure.container && UNIT_FIRST.test(next.text.trim());
}

const UNIT_FIRST = /^(?:øre|öre|kr|nok|%|prosent|per cent|percent)(?![\p{L}])/iu;

/** A caption that goes on from a figure: short, lower case, as a line under a big price is. */
function isCaption(block: Block): boolean {
  return block.text.length <= MAX_VALUE && /^\p{Ll}/u.test(block.text.trim());
}

/** A value that starts with its figure or with a one-word answer. */
function startsLikeValue(text: string): boolean {
  const first = text.trim().split(/[\s:,.;]+/)[0]?.toLowerCase() ?? '';
  return /^[\d–-]/.test(first) || ANSWER_WORDS.has(first);
}

/** Blocks per table row ("table:row"): a row pairs only when it holds just its label and its value. */
function cellsPerRow(blocks: readonly Block[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const { table } of blocks) if (table) sizes.set(`${table.table}:${table.row}`, (sizes.get(`${table.table}:${table.row}`) ?? 0) + 1);
  return sizes;
}

/** A label cell and the value cell beside it, alone in their row ("Bindingstid | Ingen"); a row of a comparison table has more. */
function twoCellRow(a: Block, b: Block, rowSizes: ReadonlyMap<string, number>): boolean {
  if (!a.table || !b.table || a.table.table !== b.table.table || a.table.row !== b.table.row || b.table.header) return false;
  return b.table.column === a.table.column + 1 && rowSizes.get(`${a.table.table}:${a.table.row}`) === 2;
}

/** The innermost container that holds both blocks holds nothing else (nothing but what lies between them): a label element and its value element. */
function onlyTwo(a: Block, b: Block, containers: readonly Container[]): boolean {
  for (let c = containers[a.container]; c; c = c.parent >= 0 ? containers[c.parent] : undefined) {
    if (c.firstBlock <= b.id && b.id < c.endBlock) return c.firstBlock === a.id && c.endBlock === b.id + 1;
  }
  return false;
}

/**
 * The label of each value cell of a table with more than two columns: the row's header cell where the
 * rows are terms ("Bindingstid | Ingen | 24 måneder" under product names), else the column's header
 * where the rows are products ("Avtale | Påslag | Binding" over product rows). Returns value cell →
 * label cell; a label of many values is read on its own too.
 */
export function tableCellLabels(blocks: readonly Block[]): Map<number, number> {
  const labels = new Map<number, number>();
  const tables = new Map<number, Block[]>();
  for (const block of blocks) if (block.table && block.copy) (tables.get(block.table.table) ?? tables.set(block.table.table, []).get(block.table.table)!).push(block);
  for (const cells of tables.values()) {
    const rows = new Map<number, Block[]>();
    for (const cell of cells) (rows.get(cell.table!.row) ?? rows.set(cell.table!.row, []).get(cell.table!.row)!).push(cell);
    const order = [...rows.keys()].sort((a, b) => a - b);
    const first = rows.get(order[0]!)!.sort((a, b) => a.table!.column - b.table!.column);
    const headerRow = first.length > 1 && first.every((c) => c.table!.header) ? order[0] : undefined;
    const columnHeader = new Map(headerRow === undefined ? [] : first.map((c) => [c.table!.column, c] as const));
    const bodyRows = order.filter((r) => r !== headerRow).map((r) => rows.get(r)!.sort((a, b) => a.table!.column - b.table!.column));
    if (bodyRows.every((row) => row.length <= 2)) continue;
    // Which way the labels run: rows of terms under a header of products, or rows of products under a
    // header of terms ("Plan | Markup | Binding period" over rows led by <th scope="row"> names).
    const termHeader = first.slice(1).filter((c) => isElementLabel(c.text) || isPriceHeader(c.text)).length * 2 >= Math.max(1, first.length - 1);
    const termRows = (headerRow === undefined || !termHeader) && bodyRows.filter((row) => row[0]!.table!.header || isElementLabel(row[0]!.text)).length * 2 >= bodyRows.length;
    for (const row of bodyRows) {
      const [head, ...values] = row;
      for (const value of values) {
        if (value.table!.header) continue;
        const label = termRows ? head : columnHeader.get(value.table!.column);
        if (label && label.text.trim() !== '' && !/\d/.test(label.text)) labels.set(value.id, label.id);
      }
    }
  }
  return labels;
}
