import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/document/line-index.js';
import { OffsetMap, TextBuilder } from '../../src/document/offset-map.js';

describe('OffsetMap', () => {
  it('maps verbatim text one to one and merges adjacent pieces', () => {
    const map = new OffsetMap();
    map.addVerbatim(3, 10);
    map.addVerbatim(2, 13);
    expect(map.toSourceRange(0, 5)).toEqual([10, 15]);
    expect(map.toSourceRange(1, 2)).toEqual([11, 12]);
  });

  it('maps every character of an atomic piece to its whole source span', () => {
    // "Grønn" from "Gr&oslash;nn" at source offset 0.
    const b = new TextBuilder().verbatim('Gr', 0).atomic('ø', 2, 10).verbatim('nn', 10);
    expect(b.toString()).toBe('Grønn');
    expect(b.map.toSourceRange(2, 3)).toEqual([2, 10]);
    expect(b.map.toSourceRange(0, 5)).toEqual([0, 12]);
    expect(b.map.toSourceRange(3, 5)).toEqual([10, 12]);
  });

  it('folds whitespace runs into one atomic space', () => {
    const b = new TextBuilder().folded('59  kr\r\n /mnd', 100);
    expect(b.toString()).toBe('59 kr /mnd');
    expect(b.map.toSourceRange(2, 3)).toEqual([102, 104]);
    expect(b.map.toSourceRange(3, 5)).toEqual([104, 106]);
    expect(b.map.toSourceRange(6, 10)).toEqual([109, 113]);
  });

  it('maps an empty span to a point and clamps out-of-range offsets', () => {
    const b = new TextBuilder().verbatim('abc', 5);
    expect(b.map.toSourceRange(1, 1)).toEqual([6, 6]);
    expect(b.map.toSourceRange(0, 99)).toEqual([5, 8]);
    expect(new OffsetMap().toSourceRange(0, 3)).toEqual([0, 0]);
  });
});

describe('LineIndex', () => {
  it('counts LF, CRLF and lone CR as line ends; columns in UTF-16 units', () => {
    const lines = new LineIndex('a\nbc\r\nd\re😀f');
    expect(lines.lineCount).toBe(4);
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(3)).toEqual({ line: 2, column: 2 });
    expect(lines.position(6)).toEqual({ line: 3, column: 1 });
    expect(lines.position(8)).toEqual({ line: 4, column: 1 });
    // The emoji is two UTF-16 units, so "f" is in column 4.
    expect(lines.position(11)).toEqual({ line: 4, column: 4 });
    expect(lines.lineText(2)).toBe('bc');
    expect(lines.lineText(4)).toBe('e😀f');
  });
});
