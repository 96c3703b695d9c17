import { LineIndex } from '../../src/document/line-index.js';
import { TextBuilder } from '../../src/document/offset-map.js';
import { VISIBLE, type Block, type BlockKind, type Container, type Format, type TableCell } from '../../src/document/types.js';
import type { ParsedDocument } from '../../src/document/types.js';
import type { Fact } from '../../src/language/facts.js';

/** A block to build: its text may open with `**bold**` (Markdown) or `<b>bold</b>` (HTML) markup. */
export interface BlockSpec {
  kind: BlockKind;
  text: string;
  level?: number;
  tag?: string;
  table?: TableCell;
  footnoteLabel?: string;
  footnoteRefs?: string[];
  pointer?: string;
}

export interface BoxSpec {
  box: string;
  classes?: string[];
  id?: string;
  role?: Container['role'];
  children: Spec[];
}

export type Spec = BlockSpec | BoxSpec;

export const h = (level: number, text: string): BlockSpec => ({ kind: 'heading', level, text, tag: `h${level}` });
export const p = (text: string, tag = 'p'): BlockSpec => ({ kind: 'paragraph', text, tag });
export const li = (text: string): BlockSpec => ({ kind: 'list-item', text, tag: 'li' });
export const note = (label: string, text: string): BlockSpec => ({ kind: 'footnote', text, footnoteLabel: label });
export const fm = (key: string, text: string): BlockSpec => ({ kind: 'front-matter', text, pointer: `/${key}` });
export const box = (tag: string, classes: string[], children: Spec[], extra: Partial<BoxSpec> = {}): BoxSpec => ({ box: tag, classes, children, ...extra });

/** A table from rows of cell texts; the first row is the header. */
export function table(index: number, rows: string[][]): BlockSpec[] {
  return rows.flatMap((cells, row) =>
    cells.map((text, column): BlockSpec => ({ kind: 'table-cell', text, tag: row === 0 ? 'th' : 'td', table: { table: index, row, column, header: row === 0 } })),
  );
}

const OPENING_BOLD = /^(\*\*|<b>)(.*?)(\*\*|<\/b>)/;

/**
 * A parsed document from specs: each block on its own source line (bold markup kept in the source,
 * dropped from the text), containers spanning their children's blocks.
 */
export function makeDoc(specs: Spec[], options: { format?: Format; meta?: Record<string, unknown> } = {}): ParsedDocument {
  const blocks: Block[] = [];
  const containers: Container[] = [];
  let source = '';
  const visit = (spec: Spec, parent: number): void => {
    if ('box' in spec) {
      const id = containers.length;
      const container: Container = { id, parent, tag: spec.box, classes: spec.classes ?? [], firstBlock: blocks.length, endBlock: blocks.length };
      if (spec.id) container.htmlId = spec.id;
      if (spec.role) container.role = spec.role;
      containers.push(container);
      for (const child of spec.children) visit(child, id);
      container.endBlock = blocks.length;
      return;
    }
    const builder = new TextBuilder();
    const bold = OPENING_BOLD.exec(spec.text);
    if (bold) {
      source += bold[1];
      builder.verbatim(bold[2]!, source.length);
      source += bold[2]! + bold[3]!;
      const rest = spec.text.slice(bold[0].length);
      builder.verbatim(rest, source.length);
      source += rest;
    } else {
      builder.verbatim(spec.text, source.length);
      source += spec.text;
    }
    source += '\n';
    const { box: _box, ...fields } = spec as BlockSpec & { box?: never };
    blocks.push({ ...fields, id: blocks.length, text: builder.toString(), map: builder.map, visibility: VISIBLE, copy: true, container: parent });
  };
  for (const spec of specs) visit(spec, -1);
  return {
    filePath: options.format === 'markdown' ? 'side.md' : 'side.html',
    format: options.format ?? 'html',
    source,
    lines: new LineIndex(source),
    blocks,
    containers,
    meta: options.meta ?? {},
    directives: [],
    notices: [],
  };
}

/** Hand-made facts, as a recogniser would give them, found by plain word lists (test copy only). */
export function simpleFacts(blocks: readonly Block[]): Fact[] {
  const facts: Fact[] = [];
  for (const block of blocks) {
    const add = (re: RegExp, make: (m: RegExpExecArray) => Fact) => {
      for (const m of block.text.matchAll(new RegExp(re.source, 'giu'))) facts.push(make(m as RegExpExecArray));
    };
    const place = (m: RegExpExecArray) => ({ block: block.id, start: m.index, end: m.index + m[0].length });
    // As a recogniser does, a price element takes the size stated beside it in the block.
    const sized = /(\d+(?:,\d+)?)\s*(øre|kr)/iu.exec(block.text);
    const quantity = sized ? { quantity: { value: Number(sized[1]!.replace(',', '.')), unit: sized[2]!.toLowerCase() === 'øre' ? ('ore' as const) : ('kr' as const) } } : {};
    const perOf = (unit: string | undefined) => (unit === undefined ? {} : { per: unit.toLowerCase() === 'kwh' ? ('kWh' as const) : ('month' as const) });
    add(/(\d+(?:,\d+)?)\s*(øre|kr)(?:\/(kwh|mnd))?/, (m) => ({ kind: 'amount', ...place(m), value: Number(m[1]!.replace(',', '.')), unit: m[2]!.toLowerCase() === 'øre' ? 'ore' : 'kr', ...perOf(m[3]) }));
    // "Ingen påslag", "uten påslag": waived, as the recogniser reads it.
    add(/(?:(?:ingen|uten|utan) )?(?:påslag|markup)/, (m) => ({ kind: 'price-element', ...place(m), element: 'markup', ...(/^(ingen|uten|utan) /i.test(m[0]) ? { waived: true } : quantity) }));
    add(/fastbeløp|månadsbeløp|monthly fee/, (m) => ({ kind: 'price-element', ...place(m), element: 'monthly-fee', ...quantity }));
    add(/nettleie/, (m) => ({ kind: 'price-element', ...place(m), element: 'grid' }));
    add(/kampanje/, (m) => ({ kind: 'campaign', ...place(m), marker: 'campaign' }));
    add(/første \d+ måned/, (m) => ({ kind: 'campaign', ...place(m), marker: 'first-n' }));
    add(/timespot/, (m) => ({ kind: 'product-type', ...place(m), type: 'hourly-spot' }));
    add(/(?<!time)spotpris/, (m) => ({ kind: 'product-type', ...place(m), type: 'spot' }));
    add(/fastpris/, (m) => ({ kind: 'product-type', ...place(m), type: 'fixed' }));
    add(/innkjøpspris/, (m) => ({ kind: 'product-type', ...place(m), type: 'purchase' }));
  }
  return facts.sort((a, b) => a.block - b.block || a.start - b.start);
}

/** Texts of blocks by id. */
export function texts(doc: ParsedDocument, ids: readonly number[]): string[] {
  return ids.map((id) => doc.blocks[id]!.text);
}
