import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

describe('vat', () => {
  it.each([
    ['inkl. mva', true],
    ['inkl mva', true],
    ['inkl.mva', true],
    ['inkludert mva', true],
    ['inklusive merverdiavgift', true],
    ['incl. VAT', true],
    ['eks. mva', false],
    ['ekskl. mva', false],
    ['eksklusiv merverdiavgift', false],
    ['netto', false],
    ['excl. VAT', false],
    ['MVA er ikke inkludert', false],
  ])('%s', (text, included) => {
    expect(pairs(text, 'vat')).toEqual([[text, { included }]]);
  });
});

describe('claim', () => {
  it.each([
    'billigst',
    'Norges billigste',
    'lavest pris',
    'laveste påslag',
    'best i test',
    'markedets beste',
    'alltid billigst',
    'garantert billigst',
    'billigere enn',
    'billegast',
    'lågast pris',
    'cheapest',
    'lowest price',
    'best value',
  ])('%s', (text) => {
    expect(pairs(`${text}!`, 'claim')).toEqual([[text, { claim: text.toLowerCase() }]]);
  });

  it('reads "spar X kr" with its sum', () => {
    expect(pairs('Spar opptil 1 200 kr i året', 'claim')).toEqual([['Spar opptil 1 200 kr i året', { claim: 'spar opptil 1 200 kr i året' }]]);
  });

  it.each([['billig strøm'], ['Bestill nå'], ['best']])('is no claim: %s', (text) => {
    expect(pairs(text, 'claim')).toEqual([]);
  });
});

describe('questions', () => {
  it('states no guarantee, binding, campaign or condition in a question, and reads the answer (nb, nn, en)', () => {
    expect(pairs('Har dere prisgaranti? Nei, vi har ingen prisgaranti.', 'guarantee')).toEqual([['prisgaranti', { negated: true }]]);
    expect(pairs('Er det bindingstid på avtalen?', 'binding')).toEqual([]);
    expect(pairs('Kva kostar kampanjen?', 'campaign')).toEqual([]);
    expect(pairs('Is there a price guarantee?', 'guarantee')).toEqual([]);
  });
});

describe('restriction', () => {
  it.each([
    ['Kun for nye kunder', 'nye kunder', 'new-customers'],
    ['Stengt for nye kunder', 'Stengt for nye kunder', 'existing-customers'],
    ['for medlemmer', 'medlemmer', 'members'],
    ['for timesmålte anlegg', 'timesmålte', 'hourly-metering'],
    ['Avtalen gjelder husholdninger', 'husholdninger', 'private-only'],
    ['Requires a smart meter', 'smart meter', 'hourly-metering'],
    ['forutsetter kredittvurdering', 'kredittvurdering', 'credit-check'],
    ['Gjelder ikke for næringskunder', 'Gjelder ikke for næringskunder', 'private-only'],
    ['hytte', 'hytte', 'cabin'],
    ['for studenter', 'studenter', 'other'],
  ])('%s', (text, span, what) => {
    expect(pairs(text, 'restriction')).toEqual([[span, { what }]]);
  });

  it('takes a household or a meter named in passing as no restriction', () => {
    expect(pairs('Alle husstander i Norge har fått automatisk strømmåler (AMS).', 'restriction')).toEqual([]);
    expect(pairs('Most households use more power in winter.', 'restriction')).toEqual([]);
  });

  it('reads business customers by what is said of them', () => {
    expect(pairs('Kun for bedriftskunder', 'restriction')).toEqual([['bedriftskunder', { what: 'other' }]]);
    expect(pairs('Bedriftskunde? Ta kontakt', 'restriction')).toEqual([]);
  });

  it('marks a restriction that is ruled out as negated', () => {
    expect(pairs('Ingen kredittvurdering', 'restriction')).toEqual([['kredittvurdering', { what: 'credit-check', negated: true }]]);
  });
});

describe('price-area', () => {
  it('reads every spelling', () => {
    expect(pairs('NO1, no2, NO-3, N04, NO 5', 'price-area').map(([t, d]) => [t, d.area])).toEqual([
      ['NO1', 'NO1'],
      ['no2', 'NO2'],
      ['NO-3', 'NO3'],
      ['N04', 'NO4'],
      ['NO 5', 'NO5'],
    ]);
  });

  it('spells out ranges and lists', () => {
    expect(pairs('NO1–NO3', 'price-area').map(([, d]) => d.area)).toEqual(['NO1', 'NO2', 'NO3']);
    expect(pairs('prisområde 1, 2 og 5', 'price-area').map(([t, d]) => [t, d.area])).toEqual([
      ['1', 'NO1'],
      ['2', 'NO2'],
      ['5', 'NO5'],
    ]);
  });

  it.each([['No 1 choice'], ['NO 987 654 321 MVA'], ['NO6'], ['region Øst']])('is no area: %s', (text) => {
    expect(pairs(text, 'price-area')).toEqual([]);
  });
});

describe('product-type', () => {
  it.each([
    ['spotpris', 'spot'],
    ['spotprisavtale', 'spot'],
    ['Vestavind Spot', 'spot'],
    ['timespot', 'hourly-spot'],
    ['spotpris time for time', 'hourly-spot'],
    ['fastpris', 'fixed'],
    ['fastprisavtale', 'fixed'],
    ['variabel pris', 'variable'],
    ['standard variabel', 'variable'],
    ['innkjøpspris', 'purchase'],
    ['plusskunde', 'plus'],
    ['forvaltningsavtale', 'managed'],
    ['prissikring', 'managed'],
  ])('%s', (text, type) => {
    expect(pairs(text, 'product-type').map(([, d]) => d.type)).toEqual([type]);
  });

  it('does not read Norgespris as a product type', () => {
    expect(pairs('Norgespris', 'product-type')).toEqual([]);
  });
});

describe('price-risk', () => {
  it.each([
    ['Prisen kan variere', 'Prisen kan variere'],
    ['Strømprisen følger markedet', 'Strømprisen følger markedet'],
    ['The price may vary', 'price may vary'],
    ['Prisen kan endres', 'Prisen kan endres'],
    ['prisene kan både stige og falle', 'prisene kan både stige'],
  ])('%s', (text, span) => {
    expect(pairs(text, 'price-risk')).toEqual([[span, {}]]);
  });

  it('marks "prisen endres ikke" as negated and skips the noun "price changes"', () => {
    expect(pairs('Prisen endres ikke', 'price-risk')).toEqual([['Prisen endres', { negated: true }]]);
    expect(pairs('Price changes are announced by email', 'price-risk')).toEqual([]);
  });
});

describe('consumption-limit', () => {
  it.each([
    ['maks 8 000 kWh i året', 8000],
    ['inntil 20 000 kWh per år', 20000],
    ['up to 5,000 kWh a year', 5000],
    ['årsforbruk over 30 000 kWh', 30000],
    ['maksimalt årsforbruk 12 000 kWh', 12000],
  ])('%s', (text, kwh) => {
    expect(pairs(text, 'consumption-limit').map(([, d]) => d.kwh)).toEqual([kwh]);
  });

  it('does not read a consumption basis as a limit', () => {
    expect(pairs('beregnet ut fra et årsforbruk på 16 000 kWh', 'consumption-limit')).toEqual([]);
  });
});

describe('placeholder', () => {
  it.each(['--,-', 'xx.xx.2016', '00,00 øre/kWh', '[PRIS]', 'TBD', 'XX kr', '{{pris}}', 'dd.mm.åååå', 'lorem ipsum'])('%s', (text) => {
    expect(pairs(`Pris: ${text}`, 'placeholder').map(([t]) => t)).toEqual([text]);
  });

  it.each(['[1]', '0,00 øre', '-- deretter', 'Se [vilkår]'])('is no placeholder: %s', (text) => {
    expect(pairs(text, 'placeholder')).toEqual([]);
  });
});
