import type { LineIndex } from '../document/line-index.js';
import type { Finding } from '../engine/types.js';
import { cells, type Cell } from './terminal-text.js';

/** A row of a code frame: a source line with the marker under it, or a gap between far-apart lines. */
export type FrameRow = { kind: 'line'; line: number; text: string; marker: string } | { kind: 'gap' };

type Span = Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>;

/** A span over more lines than this shows its first and last line only. */
const MAX_LINES = 3;
/** UTF-16 units kept on each side of a finding, so a 20 MB one-line file costs no more than a short one. */
const CONTEXT = 400;
/** Columns of context shown left of the underline when a line must be cut. */
const LEAD = 16;
const ELLIPSIS = '…';

/** Source offsets [start, end) of 1-based `line`, without its line break. */
function lineBounds(lines: LineIndex, line: number): [number, number] {
  const { source } = lines;
  const start = lines.lineStart(line);
  let end = line < lines.lineCount ? lines.lineStart(line + 1) : source.length;
  if (end > start && source.charCodeAt(end - 1) === 10) end--;
  if (end > start && source.charCodeAt(end - 1) === 13) end--;
  return [start, end];
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Where each cell starts in display columns, the total width, and the underlined columns [start, end). */
function measure(row: Cell[], from: number, to: number): { columns: number[]; total: number; start: number; end: number } {
  const columns: number[] = [];
  let total = 0;
  let start = -1;
  let end = -1;
  for (const cell of row) {
    columns.push(total);
    if (start === -1 && cell.end > from) start = total;
    total += cell.width;
    if (cell.start < to) end = total;
  }
  if (start === -1) start = total;
  if (end <= start) end = start + 1; // an empty span or a zero-width one: one caret
  return { columns, total, start, end };
}

/**
 * The display columns [a, b) to show of a line `extent` columns wide so the underline [start, end)
 * stays in view, with some lead-in on its left; and whether text is cut off on either side.
 */
function chooseWindow(extent: number, total: number, start: number, end: number, width: number, cutLeft: boolean, cutRight: boolean) {
  if (!cutLeft && !cutRight && extent <= width) return { a: 0, b: extent, left: false, right: false };
  const room = width - 2; // two ellipses
  const a = end - start <= room - LEAD ? Math.max(0, Math.min(start - LEAD, extent - room)) : Math.max(0, start - 4);
  const b = Math.min(extent, a + room);
  return { a, b, left: a > 0 || cutLeft, right: b < total || cutRight };
}

/**
 * One source line, cut to `width` columns around the underlined part [from, to) (source offsets).
 * Returns the shown text and the marker row (spaces, then `^` under the underlined columns).
 */
function frameLine(source: string, [lineStart, lineEnd]: [number, number], from: number, to: number, width: number): { text: string; marker: string } {
  let pieceStart = Math.max(lineStart, from - CONTEXT);
  let pieceEnd = Math.min(lineEnd, Math.min(to, from + CONTEXT) + CONTEXT);
  if (pieceStart > lineStart && isLowSurrogate(source.charCodeAt(pieceStart))) pieceStart++;
  if (pieceEnd < lineEnd && isLowSurrogate(source.charCodeAt(pieceEnd))) pieceEnd--;
  const row = cells(source.slice(pieceStart, pieceEnd));
  const { columns, total, start, end } = measure(row, from - pieceStart, Math.min(to, pieceEnd) - pieceStart);
  const { a, b, left, right } = chooseWindow(Math.max(total, end), total, start, end, width, pieceStart > lineStart, pieceEnd < lineEnd);

  let text = left ? ELLIPSIS : '';
  row.forEach((cell, i) => {
    const c0 = columns[i]!;
    const c1 = c0 + cell.width;
    if (c0 >= a && c1 <= b) text += cell.text;
    else if (c1 > a && c0 < b) text += ' '.repeat(Math.min(c1, b) - Math.max(c0, a)); // a wide character cut in half
  });
  if (right) text += ELLIPSIS;

  const markStart = Math.max(start, a);
  const marker = ' '.repeat((left ? 1 : 0) + markStart - a) + '^'.repeat(Math.max(1, Math.min(end, b) - markStart));
  return { text, marker };
}

/**
 * The source lines of a finding with its words underlined, each line cut to `width` columns.
 * Positions are 1-based; the end column is exclusive, as in findings.
 */
export function codeFrame(lines: LineIndex, span: Span, width: number): FrameRow[] {
  const first = Math.min(Math.max(1, span.line), lines.lineCount);
  let last = Math.min(Math.max(first, span.endLine), lines.lineCount);
  let endColumn = span.endLine > lines.lineCount ? Infinity : span.endColumn;
  // A span that ends at the very start of a line ends with the line before it.
  if (last > first && endColumn <= 1) {
    last--;
    endColumn = Infinity;
  }
  const shown = last - first + 1 <= MAX_LINES ? range(first, last) : [first, 0, last];
  return shown.map((line): FrameRow => {
    if (line === 0) return { kind: 'gap' };
    const bounds = lineBounds(lines, line);
    const [start, end] = bounds;
    const from = line === first ? clamp(start + span.column - 1, start, end) : start;
    const to = line === last ? clamp(start + endColumn - 1, from, end) : end;
    return { kind: 'line', line, ...frameLine(lines.source, bounds, from, to, width) };
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
