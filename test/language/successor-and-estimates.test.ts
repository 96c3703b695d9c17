import { describe, expect, it } from 'vitest';
import { recogniseText } from '../../src/language/index.js';
import { pairs } from './helpers.js';

/** The text of each fact marked as said of the successor, with its kind. */
function successorFacts(text: string): string[] {
  return recogniseText(text)
    .filter((f) => f.aboutSuccessor)
    .map((f) => `${f.kind} ${text.slice(f.start, f.end)}`);
}

describe('terms said of a named successor', () => {
  it("marks the price and binding after the successor's name, in bokmål, nynorsk and English", () => {
    expect(successorFacts('Etter 12 måneder går avtalen over til Fjordspot med påslag 3,9 øre/kWh og 39 kr/mnd.')).toEqual([
      'price-element påslag 3,9 øre/kWh',
      'amount 3,9 øre/kWh',
      'amount 39 kr/mnd',
    ]);
    expect(successorFacts('Når fastprisen er ute, går du over til Lyngspot, ingen bindingstid.')).toEqual(['binding ingen bindingstid']);
    // The type word in the successor's name is the successor's too.
    expect(successorFacts('After the 12 months you move to Harbour Spot at a markup of 2.9 øre/kWh.')).toEqual([
      'product-type Spot',
      'price-element markup of 2.9 øre/kWh',
      'amount 2.9 øre/kWh',
    ]);
  });

  it("leaves the product's own terms before the successor and in other sentences alone", () => {
    const text = 'Fastpris 89,9 øre/kWh i 12 måneder. Deretter går du over til Lyngspot, påslag 4,9 øre/kWh.';
    expect(successorFacts(text)).toEqual(['price-element påslag 4,9 øre/kWh', 'amount 4,9 øre/kWh']);
    const own = recogniseText(text)
      .filter((f) => f.kind === 'amount' && !f.aboutSuccessor)
      .map((f) => text.slice(f.start, f.end));
    expect(own).toEqual(['89,9 øre/kWh']);
  });

  it('marks nothing when no successor is named', () => {
    expect(successorFacts('Etter kampanjen betaler du påslag 4,9 øre/kWh og 39 kr/mnd.')).toEqual([]);
  });
});

describe('sums worked out for a stated consumption', () => {
  it('marks a yearly sum after a consumption as an estimate (nb, nn, en)', () => {
    expect(pairs('Bruker du 16 000 kWh i året, blir påslaget 784 kr i året.', 'amount')).toEqual([['784 kr i året', { value: 784, unit: 'kr', per: 'year', estimate: true }]]);
    expect(pairs('Brukar du 16 000 kWh i året, utgjer påslaget 600 kr i året.', 'amount')).toEqual([['600 kr i året', { value: 600, unit: 'kr', per: 'year', estimate: true }]]);
    expect(pairs('With an annual consumption of 20,000 kWh, the markup comes to NOK 980.', 'amount')).toEqual([['NOK 980', { value: 980, unit: 'kr', estimate: true }]]);
  });

  it('keeps prices per month or per kWh, and sums without a consumption, as prices', () => {
    expect(pairs('Fastbeløp 39 kr/mnd for forbruk under 8 000 kWh i året.', 'amount')).toEqual([['39 kr/mnd', { value: 39, unit: 'kr', per: 'month' }]]);
    expect(pairs('Brukar du 16 000 kWh, betaler du 4,9 øre/kWh i påslag.', 'amount')).toEqual([['4,9 øre/kWh', { value: 4.9, unit: 'ore', per: 'kWh' }]]);
    expect(pairs('Fastbeløpet er 468 kr i året.', 'amount')).toEqual([['468 kr i året', { value: 468, unit: 'kr', per: 'year' }]]);
  });
});

describe('a guarantee named after what it guarantees', () => {
  it.each([
    ['Markup guaranteed: 2.45 øre/kWh.', 'Markup guaranteed'],
    ['Påslaget garantert ut 2027.', 'Påslaget garantert ut 2027'],
    ['Fastbeløp garantert i 12 månader.', 'Fastbeløp garantert i 12 månader'],
  ])('%s', (text, span) => {
    expect(pairs(text, 'guarantee').map(([t]) => t)).toEqual([span]);
  });

  it('reads a claim of the lowest price as no guarantee', () => {
    expect(pairs('Lowest markup guaranteed!', 'guarantee')).toEqual([]);
  });
});
