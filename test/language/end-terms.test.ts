import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

const ends = (text: string) => pairs(text, 'end');

describe('end', () => {
  it.each([
    ['Gjelder t.o.m. 31.12.2026', 't.o.m. 31.12.2026', '2026-12-31'],
    ['tom 31.12.2026', 'tom 31.12.2026', '2026-12-31'],
    ['til og med 31. desember 2026', 'til og med 31. desember 2026', '2026-12-31'],
    ['gjelder til 1. jan. 2027', 'gjelder til 1. jan. 2027', '2027-01-01'],
    ['gjeld til og med 30.11.26', 'gjeld til og med 30.11.26', '2026-11-30'],
    ['valid until 31 December 2026', 'valid until 31 December 2026', '2026-12-31'],
    ['ends on December 31, 2026', 'ends on December 31, 2026', '2026-12-31'],
    ['until 2027-03-31', 'until 2027-03-31', '2027-03-31'],
    ['avvikles pr 30. september 2026', 'avvikles pr 30. september 2026', '2026-09-30'],
    ['utløper 31/12-26', 'utløper 31/12-26', '2026-12-31'],
    ['frå og med 1.10.2026 til 31.12.2026', 'til 31.12.2026', '2026-12-31'],
    ['Kampanjeperiode: 01.09.2026–30.11.2026', '01.09.2026–30.11.2026', '2026-11-30'],
  ])('date: %s', (text, span, date) => {
    expect(ends(text)).toEqual([[span, { how: 'date', date }]]);
  });

  it('keeps a date without a year as a date end without an ISO date', () => {
    expect(ends('gyldig fra 4. september til og med 31. oktober')).toEqual([['til og med 31. oktober', { how: 'date' }]]);
  });

  it.each([
    ['ut 2027', 'ut 2027', { how: 'date', date: '2027-12-31' }],
    ['ut året', 'ut året', { how: 'date' }],
    ['ut oktober', 'ut oktober', { how: 'date' }],
    ['til utgangen av 2026', 'til utgangen av 2026', { how: 'date', date: '2026-12-31' }],
  ])('year end: %s', (text, span, data) => {
    expect(ends(text)).toEqual([[span, data]]);
  });

  it.each([
    ['bestill innen 30. november', 'bestill innen 30. november', undefined],
    ['Tilbudet gjelder ved bestilling innen 15.10.2026', 'ved bestilling innen 15.10.2026', '2026-10-15'],
    ['order by 30 November 2026', 'order by 30 November 2026', '2026-11-30'],
    ['Bytt innen 1. desember 2026', 'innen 1. desember 2026', '2026-12-01'],
    ['bestill innen søndag', 'bestill innen søndag', undefined],
    ['Bli kunde innen 15. desember 2026', 'innen 15. desember 2026', '2026-12-15'],
  ])('window: %s (also a limited-time offer)', (text, span, date) => {
    expect(ends(text)).toEqual([[span, date ? { how: 'window', date } : { how: 'window' }]]);
    expect(pairs(text, 'campaign')).toContainEqual([span, { marker: 'limited-time' }]);
  });

  it.each([
    ['Kampanjepris i 3 måneder', 'i 3 måneder', { how: 'period', months: 3 }],
    ['Utan påslag i tre månader', 'i tre månader', { how: 'period', months: 3 }],
    ['No monthly fee for 3 months', 'for 3 months', { how: 'period', months: 3 }],
    ['Kampanjen varer i 30 dager', 'varer i 30 dager', { how: 'period', days: 30 }],
    ['Kampanjepris i et halvt år', 'i et halvt år', { how: 'period', months: 6 }],
    ['3 mnd gratis', '3 mnd gratis', { how: 'period', months: 3 }],
  ])('period: %s', (text, span, data) => {
    expect(ends(text)).toEqual([[span, data]]);
  });

  it.each([
    ['de første 30 000 kWh', 'de første 30 000 kWh', 30000],
    ['opptil 5000 kWh', 'opptil 5000 kWh', 5000],
    ['for the first 5,000 kWh', 'the first 5,000 kWh', 5000],
  ])('cap: %s', (text, span, kwh) => {
    expect(ends(text)).toEqual([[span, { how: 'cap', kwh }]]);
  });

  it.each([
    ['a date with no end word', 'Oppdatert 12.03.2026'],
    ['a start date', 'Gyldig fra 1.1.2026'],
    ['a placeholder date', 'Gjelder til xx.xx.2016'],
    ['a zero date', 't.o.m. 00.00.0000'],
    ['a withdrawal period', 'angrerett i 14 dager'],
    ['a binding period', 'bindende i 12 måneder'],
    ['a history', 'Vi har levert strøm i over 100 år'],
    ['a consumption limit', 'maks 8 000 kWh i året'],
    ['a deadline outside an offer', 'Ring oss før 1. desember'],
  ])('is not an end: %s', (_what, text) => {
    expect(ends(text)).toEqual([]);
  });
});
