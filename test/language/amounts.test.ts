import { describe, expect, it } from 'vitest';
import { factsOf, pairs } from './helpers.js';

describe('amount', () => {
  it.each([
    ['kr 59,-', 'kr 59,-', { value: 59, unit: 'kr' }],
    ['1200,-', '1200,-', { value: 1200, unit: 'kr' }],
    ['kr. 25/ månad', 'kr. 25/ månad', { value: 25, unit: 'kr', per: 'month' }],
    ['NOK 0,39', 'NOK 0,39', { value: 0.39, unit: 'kr' }],
    ['4,9 øre/ kWh', '4,9 øre/ kWh', { value: 4.9, unit: 'ore', per: 'kWh' }],
    ['5.75 øre pr. kWt', '5.75 øre pr. kWt', { value: 5.75, unit: 'ore', per: 'kWh' }],
    ['39 kr måneden', '39 kr måneden', { value: 39, unit: 'kr', per: 'month' }],
    ['39 kr i måneden', '39 kr i måneden', { value: 39, unit: 'kr', per: 'month' }],
    ['kr pr/mnd: 49 kr pr/mnd', '49 kr pr/mnd', { value: 49, unit: 'kr', per: 'month' }],
    ['kr 1,50 pr. dag', 'kr 1,50 pr. dag', { value: 1.5, unit: 'kr', per: 'day' }],
    ['348 kr i året', '348 kr i året', { value: 348, unit: 'kr', per: 'year' }],
    ['49 kr per faktura', '49 kr per faktura', { value: 49, unit: 'kr', per: 'invoice' }],
    ['NOK 39/month', 'NOK 39/month', { value: 39, unit: 'kr', per: 'month' }],
    ['NOK 29 a month', 'NOK 29 a month', { value: 29, unit: 'kr', per: 'month' }],
    ['3 øre per kilowatt/time', '3 øre per kilowatt/time', { value: 3, unit: 'ore', per: 'kWh' }],
    ['30.000 kr', '30.000 kr', { value: 30000, unit: 'kr' }],
    ['30 000 kr', '30 000 kr', { value: 30000, unit: 'kr' }],
    ['30\u00a0000 kr', '30\u00a0000 kr', { value: 30000, unit: 'kr' }],
    ['1\u202f200,- kr', '1\u202f200,- kr', { value: 1200, unit: 'kr' }],
    ['NOK 1,200', 'NOK 1,200', { value: 1200, unit: 'kr' }],
    ['null kroner', 'null kroner', { value: 0, unit: 'kr' }],
    ['tre kroner', 'tre kroner', { value: 3, unit: 'kr' }],
  ])('%s', (text, span, data) => {
    expect(pairs(text, 'amount')).toEqual([[span, data]]);
  });

  it('turns kr and NOK per kWh into øre', () => {
    expect(pairs('0,39 kr/kWh og NOK 0.049/kWh', 'amount')).toEqual([
      ['0,39 kr/kWh', { value: 39, unit: 'ore', per: 'kWh' }],
      ['NOK 0.049/kWh', { value: 4.9, unit: 'ore', per: 'kWh' }],
    ]);
  });

  it('gives exact offsets', () => {
    expect(factsOf('Pris: kr 59,-/mnd', 'amount').map((f) => [f.start, f.end])).toEqual([[6, 17]]);
  });

  it.each([
    ['a phone number', 'Ring 22 33 44 55'],
    ['a postcode', '0150 Oslo'],
    ['an organisation number', 'Org.nr. 987 654 321'],
    ['a year alone', 'Priser for 2026'],
    ['24/7', 'Vi svarer 24/7'],
    ['a percentage', '10 % rabatt'],
    ['a date', 't.o.m. 31.12.2026'],
    ['a time of day', 'kl. 12.00'],
    ['a volume', '16 000 kWh'],
    ['a number word without its unit', 'to måneder'],
    ['"to" before NOK', 'up to NOK'],
  ])('is not %s', (_what, text) => {
    expect(factsOf(text, 'amount')).toEqual([]);
  });

  it('reads placeholders in place of a sum as placeholders, not amounts', () => {
    const text = '--,- øre/kWh, XX kr/mnd, 00,00 øre';
    expect(factsOf(text, 'amount')).toEqual([]);
    expect(factsOf(text, 'placeholder').map((f) => f.text)).toEqual(['--,- øre/kWh', 'XX kr/mnd', '00,00 øre']);
  });

  it('keeps a real zero: "0,00 øre/kWh", "kr 0,-"', () => {
    expect(pairs('0,00 øre/kWh og kr 0,-', 'amount')).toEqual([
      ['0,00 øre/kWh', { value: 0, unit: 'ore', per: 'kWh' }],
      ['kr 0,-', { value: 0, unit: 'kr' }],
    ]);
  });
});
