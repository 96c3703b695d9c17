import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseText } from '../../src/language/index.js';

/** Pieces real copy is made of, so random strings hit the recognisers' paths rather than plain noise. */
const PIECES = [
  '0',
  '1',
  '4',
  '9',
  '12',
  '30',
  '000',
  '2026',
  ',',
  '.',
  ',-',
  '-',
  '–',
  '/',
  ':',
  '%',
  '(',
  ')',
  '[',
  ']',
  ' ',
  '\u00a0',
  '\u202f',
  '\n',
  '\u00ad',
  'kr',
  'øre',
  'NOK',
  'kWh',
  'mnd',
  'måneder',
  'år',
  'dager',
  'påslag',
  'fastbeløp',
  'kampanje',
  'tilbud',
  'gratis',
  'uten',
  'ingen',
  'bindingstid',
  'angrerett',
  'oppsigelse',
  'prisgaranti',
  'fastpris',
  'spotpris',
  't.o.m.',
  'til',
  'og',
  'med',
  'innen',
  'deretter',
  'går over til',
  'Spotpris Pluss',
  'de første',
  'i',
  'for',
  'the first',
  'months',
  'inkl. mva',
  'eks.',
  'NO',
  'N0',
  'prisområde',
  'xx',
  'TBD',
  'varsel',
  'SMS',
  'e-post',
  'billigst',
  'nye kunder',
  'maks',
  'opptil',
  'desember',
  'jan.',
  'etter',
];

const copy = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('recogniseText on generated copy', () => {
  it('never throws, keeps every span inside the text, sorts by start and gives the same answer twice', () => {
    fc.assert(
      fc.property(fc.oneof(copy, fc.string({ maxLength: 80 })), (text) => {
        const facts = recogniseText(text);
        let last = -1;
        for (const f of facts) {
          expect(f.start >= 0 && f.end > f.start && f.end <= text.length && f.start >= last).toBe(true);
          last = f.start;
        }
        expect(recogniseText(text)).toEqual(facts);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same facts in a sentence wherever it stands', () => {
    const sentence = 'Påslag 4,9 øre/kWh.';
    fc.assert(
      fc.property(fc.constantFrom('', 'Hei. ', 'Spotpris Pluss\n', '• '), (prefix) => {
        const facts = recogniseText(prefix + sentence).map((f) => ({ ...f, start: f.start - prefix.length, end: f.end - prefix.length }));
        expect(facts.filter((f) => f.start >= 0)).toEqual(recogniseText(sentence));
      }),
    );
  });
});
