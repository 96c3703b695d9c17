import fc from 'fast-check';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stylish } from '../../src/report/stylish.js';
import { cells } from '../../src/report/terminal-text.js';
import { CWD, context, finding } from './fixtures.js';

afterEach(() => vi.restoreAllMocks());

/** Cells as a terminal shows them: one per grapheme, as wide as string-width measures it. */
function graphemeCells(line: string) {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(line)].map(({ segment, index }) => ({
    text: segment,
    width: stringWidth(segment),
    start: index,
    end: index + segment.length,
  }));
}

describe('display cells', () => {
  it('of ASCII and Latin-1 copy are one column per character, as grapheme segmentation measures them', () => {
    const latin1 = fc.string({ unit: fc.constantFrom(...'Påslag 4,9 øre/kWh – «nå» £€½ ÆØÅ æøå é\u00a0!~') });
    fc.assert(
      fc.property(latin1, (line) => {
        expect(cells(line)).toEqual(graphemeCells(line));
      }),
    );
  });

  it('are made without grapheme segmentation for plain copy, so many findings frame fast', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    const line = 'Kampanjepris 0 øre i påslag for Spotpris Fjellvind, bestill i dag! Fastbeløp 39 kr/mnd. '.repeat(10);
    const findings = Array.from({ length: 200 }, (_, i) => finding({ ruleId: 'campaign-end', line: i + 1, column: 400, endLine: i + 1, endColumn: 420 }));
    const out = stylish([{ filePath: `${CWD}/mange.md`, products: [], source: Array(200).fill(line).join('\n'), findings }], context());
    expect(out.split('\n').filter((l) => l.includes(' | ')).length).toBe(400);
    expect(segment).not.toHaveBeenCalled();
  });
});
