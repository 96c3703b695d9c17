import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/document/line-index.js';
import { codeFrame } from '../../src/report/code-frame.js';

const frame = (source: string, line: number, column: number, endLine: number, endColumn: number, width = 60) =>
  codeFrame(new LineIndex(source), { line, column, endLine, endColumn }, width);

describe('codeFrame', () => {
  it('marks an empty span with one caret, also just past the end of a line', () => {
    expect(frame('Fastbeløp: 39 kr/mnd', 1, 11, 1, 11)).toEqual([{ kind: 'line', line: 1, text: 'Fastbeløp: 39 kr/mnd', marker: '          ^' }]);
    expect(frame('Fastbeløp: 39 kr/mnd', 1, 21, 1, 21)).toEqual([{ kind: 'line', line: 1, text: 'Fastbeløp: 39 kr/mnd', marker: '                    ^' }]);
  });

  it('ends a span that stops at the start of a line with the line before', () => {
    expect(frame('Tilbod: 0 kr\nneste linje', 1, 9, 2, 1)).toEqual([{ kind: 'line', line: 1, text: 'Tilbod: 0 kr', marker: '        ^^^^' }]);
  });

  it('clamps positions beyond the source to its last line', () => {
    expect(frame('a\nb', 7, 1, 9, 4)).toEqual([{ kind: 'line', line: 2, text: 'b', marker: '^' }]);
  });

  it('expands tabs to the next stop of four', () => {
    expect(frame('a\tb\t\tc', 1, 6, 1, 7)).toEqual([{ kind: 'line', line: 1, text: 'a   b       c', marker: '            ^' }]);
  });

  it('drops zero-width characters from view but still marks them', () => {
    expect(frame('0\u200Bkr', 1, 2, 1, 3)).toEqual([{ kind: 'line', line: 1, text: '0kr', marker: ' ^' }]);
  });

  it('cuts a long underline at the frame edge', () => {
    const source = `Pris: ${'x'.repeat(100)}`;
    // 28 columns between the ellipses: four before the underline, then as much of it as fits.
    expect(frame(source, 1, 7, 1, 107, 30)).toEqual([{ kind: 'line', line: 1, text: `…is: ${'x'.repeat(24)}…`, marker: `     ${'^'.repeat(24)}` }]);
  });

  it('puts a space where a wide character is cut in half', () => {
    const [row] = frame(`${'强'.repeat(40)}k`, 1, 41, 1, 42, 20);
    expect(row).toEqual({ kind: 'line', line: 1, text: `… ${'强'.repeat(8)}k`, marker: `${' '.repeat(18)}^` });
    const [emoji] = frame(`${'👍'.repeat(300)}slutt`, 1, 601, 1, 606, 30);
    expect(emoji).toEqual({ kind: 'line', line: 1, text: `… ${'👍'.repeat(11)}slutt`, marker: `${' '.repeat(24)}^^^^^` });
  });
});
