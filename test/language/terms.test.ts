import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

describe('binding', () => {
  it.each([
    ['12 mnd bindingstid', '12 mnd bindingstid', { months: 12, none: false }],
    ['30 dagers bindingstid', '30 dagers bindingstid', { days: 30, none: false }],
    ['Bindingstid: 12 måneder', 'Bindingstid: 12 måneder', { months: 12, none: false }],
    ['bindingstid på 1 år', 'bindingstid på 1 år', { months: 12, none: false }],
    ['Avtalen er bindande i 12 månader', 'bindande i 12 månader', { months: 12, none: false }],
    ['12-month binding period', '12-month binding period', { months: 12, none: false }],
    ['Lock-in: 6 months', 'Lock-in: 6 months', { months: 6, none: false }],
    ['bindende for avtalt periode', 'bindende', { none: false }],
    ['ingen bindingstid', 'ingen bindingstid', { none: true }],
    ['uten binding', 'uten binding', { none: true }],
    ['utan binding', 'utan binding', { none: true }],
    ['Bindingstid: ingen', 'Bindingstid: ingen', { none: true }],
    ['bindingstid 0 mnd', 'bindingstid 0 mnd', { none: true }],
    ['Det er ikke bindingstid', 'ikke bindingstid', { none: true }],
    ['Avtalen løper til den sies opp', 'løper til den sies opp', { none: true }],
    ['no binding period', 'no binding period', { none: true }],
    ['No lock-in', 'No lock-in', { none: true }],
    ['bindingsfri avtale', 'bindingsfri', { none: true }],
  ])('%s', (text, span, data) => {
    expect(pairs(text, 'binding')).toEqual([[span, data]]);
  });

  it.each([['14 dagers angrerett'], ['14 dagers gjensidig oppsigelse'], ['Bindingsgebyr 1 200 kr'], ['Order now to lock in the price']])('is not binding: %s', (text) => {
    expect(pairs(text, 'binding')).toEqual([]);
  });

  it.each([
    ['Bindingstid – ingen, du kan gå når du vil', 'Bindingstid – ingen', { none: true }],
    ['Binding: nei', 'Binding: nei', { none: true }],
    ['Bindingstid er ingen', 'Bindingstid er ingen', { none: true }],
    ['Bindingstid = 0', 'Bindingstid = 0', { none: true }],
    ['Bindingstid: 0 måneder', 'Bindingstid: 0 måneder', { none: true }],
    ['bindingstid 0 dager', 'bindingstid 0 dager', { none: true }],
    ['Bindingstid: Nei, ingen.', 'Bindingstid: Nei', { none: true }],
    ['Det er ikke noen bindingstid', 'ikke noen bindingstid', { none: true }],
    ['bindingsfrie avtaler', 'bindingsfrie', { none: true }],
    ['Bindingstid til og med 31.12.2027', 'Bindingstid til og med 31.12.2027', { none: false, until: '2027-12-31' }],
    ['Du binder deg i 12 måneder', 'binder deg i 12 måneder', { none: false, months: 12 }],
    ['Avtalen er bundet i 12 måneder', 'bundet i 12 måneder', { none: false, months: 12 }],
    // The answer stays in its clause: "ingen" about a fee is not about the binding.
    ['Bindingstid: 12 mnd, ingen gebyr', 'Bindingstid: 12 mnd', { none: false, months: 12 }],
  ])('none or a length after the word, in its clause: %s', (text, span, data) => {
    expect(pairs(text, 'binding')).toEqual([[span, data]]);
  });

  it.each([['Prisen er bundet i 12 måneder'], ['Påslaget er bundet'], ['lock in the price for 12 months'], ['Lock in your rate today'], ['Har avtalen bindingstid? Nei.']])(
    'is no binding of the customer: %s',
    (text) => {
      expect(pairs(text, 'binding')).toEqual([]);
    },
  );
});

describe('number words', () => {
  it.each([
    ['ett år', 12],
    ['eitt år', 12],
    ['to år', 24],
    ['tolv måneder', 12],
    ['tolv månader', 12],
    ['seksten månader', 16],
    ['tjuefire måneder', 24],
    ['tjuefire månader', 24],
    ['trettiseks måneder', 36],
    ['tretti\u00adseks måneder', 36],
    ['twenty-four months', 24],
    ['thirty six months', 36],
    ['one year', 12],
    ['et halvt år', 6],
    ['eit halvt år', 6],
    ['half a year', 6],
    ['ett og et halvt år', 18],
    ['1,5 år', 18],
  ])('fastpris i %s', (words, months) => {
    expect(pairs(`Fastpris i ${words}`, 'fixed-period').map(([, d]) => d.months)).toEqual([months]);
  });
});

describe('fixed-period', () => {
  it.each([
    ['Fastpris 1 år', 'Fastpris 1 år', { months: 12 }],
    ['fastpris i ett år', 'fastpris i ett år', { months: 12 }],
    ['Fastpris 3 mnd.', 'Fastpris 3 mnd', { months: 3 }],
    ['12 måneders fastpris', '12 måneders fastpris', { months: 12 }],
    ['2-årig fastpris', '2-årig fastpris', { months: 24 }],
    ['fixed price for 12 months', 'fixed price for 12 months', { months: 12 }],
    ['12-month fixed price', '12-month fixed price', { months: 12 }],
    ['Avtaletid: 12 mnd', 'Avtaletid: 12 mnd', { months: 12 }],
    ['fastpris til 31.12.2027', 'fastpris til 31.12.2027', { until: '2027-12-31' }],
    ['fastpris ut 2027', 'fastpris ut 2027', { until: '2027-12-31' }],
  ])('%s', (text, span, data) => {
    expect(pairs(text, 'fixed-period')).toEqual([[span, data]]);
  });

  it('reads "eitt- eller toårig avtale" as two terms', () => {
    expect(pairs('eitt- eller toårig avtale', 'fixed-period')).toEqual([
      ['eitt-', { months: 12 }],
      ['toårig', { months: 24 }],
    ]);
  });

  it('needs a length: "fastpris" alone is a product type only', () => {
    expect(pairs('Velg fastpris', 'fixed-period')).toEqual([]);
  });
});

describe('guarantee', () => {
  it.each([
    ['prisgaranti', 'prisgaranti', {}],
    ['tolv måneders prisgaranti', 'tolv måneders prisgaranti', { months: 12 }],
    ['prisgaranti i 6 mnd', 'prisgaranti i 6 mnd', { months: 6 }],
    ['Prisen er garantert i 1 månad', 'Prisen er garantert i 1 månad', { months: 1 }],
    ['garantert påslag ut 2027', 'garantert påslag ut 2027', { until: '2027-12-31' }],
    ['price guarantee for 12 months', 'price guarantee for 12 months', { months: 12 }],
    ['Guaranteed markup until 31 December 2027', 'Guaranteed markup until 31 December 2027', { until: '2027-12-31' }],
  ])('%s', (text, span, data) => {
    expect(pairs(text, 'guarantee')).toEqual([[span, data]]);
  });

  it.each([
    ['garantert billigst'],
    ['opprinnelsesgaranti'],
    ['Lowest price guaranteed'],
    ['fornøyd-garanti'],
    ['garantert billigst i 12 måneder'],
    ['Vi er billigst garantert'],
    ['garantert'],
  ])('is not a price guarantee: %s', (text) => {
    expect(pairs(text, 'guarantee')).toEqual([]);
  });

  it.each([
    ['garantert i 12 måneder', 'garantert i 12 måneder', { months: 12 }],
    ['garantert til 31.12.2027', 'garantert til 31.12.2027', { until: '2027-12-31' }],
    ['garanterer vi i 12 mnd', 'garanterer vi i 12 mnd', { months: 12 }],
    ['guaranteed for 6 months', 'guaranteed for 6 months', { months: 6 }],
    ['påslagsgaranti i 6 mnd', 'påslagsgaranti i 6 mnd', { months: 6 }],
    ['fastbeløpsgaranti ut 2027', 'fastbeløpsgaranti ut 2027', { until: '2027-12-31' }],
    ['Prisgaranti til og med 1. juli 2027', 'Prisgaranti til og med 1. juli 2027', { until: '2027-07-01' }],
    ['garantert lav pris', 'garantert lav pris', {}],
    ['Ingen prisgaranti', 'prisgaranti', { negated: true }],
    ['Prisgaranti: nei', 'Prisgaranti', { negated: true }],
    ['no price guarantee', 'price guarantee', { negated: true }],
    ['price guarantee: no', 'price guarantee', { negated: true }],
  ])('a guarantee word or verb with its period, or denied: %s', (text, span, data) => {
    expect(pairs(text, 'guarantee')).toEqual([[span, data]]);
  });
});
