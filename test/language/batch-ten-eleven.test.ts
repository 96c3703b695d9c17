import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

describe('surcharges on the price per kWh', () => {
  it.each([
    ['Styringstillegg: 1,20 øre/kWh kommer i tillegg til påslaget.', 'Styringstillegg: 1,20 øre/kWh', 1.2],
    ['Miljøtillegget er 0,50 øre/kWh.', 'Miljøtillegget er 0,50 øre/kWh', 0.5],
    ['Timetillegget er 0,8 øre/kWt i helgane.', 'Timetillegget er 0,8 øre/kWt', 0.8],
  ])('reads a named surcharge as an extra on the markup: %s', (text, span, value) => {
    expect(pairs(text, 'price-element').filter(([, d]) => d['extra'])).toEqual([[span, { element: 'markup', extra: true, quantity: { value, unit: 'ore', per: 'kWh' } }]]);
  });

  it('leaves "i tillegg" and an unsized surcharge alone', () => {
    expect(pairs('Nettleie kommer i tillegg.', 'price-element').filter(([, d]) => d['extra'])).toEqual([]);
    expect(pairs('Det kan komme et styringstillegg.', 'price-element')).toEqual([]);
  });
});

describe('offers that are proposals or past', () => {
  it.each([
    ['Our business team will make you an offer – call 75 09 33 20.'],
    ['Vi lagar eit tilbod til deg om du ringer oss.'],
    ['Tidligere kampanjer på hytteavtalen er avsluttet.'],
    ['Tidlegare kampanjar er avslutta.'],
    ['Previous campaigns have ended.'],
  ])('is no campaign: %s', (text) => {
    expect(pairs(text, 'campaign')).toEqual([]);
  });

  it('still reads an offer that is made now', () => {
    expect(pairs('Kampanje: 0 øre i påslag ut mars.', 'campaign').map(([t]) => t)).toEqual(['Kampanje', '0 øre i påslag']);
  });
});

describe('what follows a term, and what only times an exit', () => {
  it('reads "roll over to" as a move to a named successor', () => {
    expect(pairs('When the 18 months are up, you roll over to Sandvær Coastal Spot.', 'after-terms')).toEqual([
      ['roll over to Sandvær Coastal Spot', { hasPrice: false, successor: 'Sandvær Coastal Spot' }],
    ]);
  });

  it.each([
    ['Går du for eksempel etter åtte måneder, blir gebyret 4 x 50 kr = 200 kr.'],
    ['Seier du opp etter tre månader, betaler du 300 kr.'],
    ['If you leave after 3 months, you pay NOK 300.'],
  ])('is no after-terms: %s', (text) => {
    expect(pairs(text, 'after-terms')).toEqual([]);
  });

  it('keeps a period followed by the price that applies then', () => {
    expect(pairs('Etter 3 måneder er påslaget 4,9 øre/kWh.', 'after-terms')).toEqual([['Etter 3 måneder er påslaget 4,9 øre/kWh', { hasPrice: true }]]);
  });
});

describe('guarantees said as a price that does not change', () => {
  it.each([
    ['Påslaget endres ikke de første 12 månedene.', 'Påslaget endres ikke de første 12 månedene', 12],
    ['Prisen endrast ikkje i 6 månader.', 'Prisen endrast ikkje i 6 månader', 6],
    ['The markup does not change for the first 12 months.', 'The markup does not change for the first 12 months', 12],
  ])('%s', (text, span, months) => {
    expect(pairs(text, 'guarantee')).toEqual([[span, { months }]]);
    expect(pairs(text, 'campaign')).toEqual([]);
  });

  it('is no guarantee without a period', () => {
    expect(pairs('Fastprisen endres ikke i avtaleperioden.', 'guarantee')).toEqual([]);
  });

  it('gives the first months to a guarantee named before them in the sentence', () => {
    expect(pairs('Prisgaranti: påslaget endres ikke de første 12 månedene.', 'guarantee').some(([, d]) => d['months'] === 12)).toBe(true);
    expect(pairs('Prisgaranti: påslaget vert ikkje endra dei første 12 månadene.', 'guarantee')).toEqual([
      ['Prisgaranti', {}],
      ['påslaget vert ikkje endra dei første 12 månadene', { months: 12 }],
    ]);
    const firstYear = 'Prisgaranti: vi endrar ikkje påslaget i det første året, men deretter kan det endrast.';
    expect(pairs(firstYear, 'guarantee')).toEqual([['Prisgaranti', { months: 12 }]]);
    expect(pairs(firstYear, 'campaign')).toEqual([]);
    expect(pairs('Prisgaranti: vi endrar ikkje påslaget dei første 12 månadene.', 'campaign')).toEqual([]);
    expect(pairs('We will not change the markup for the first 12 months.', 'guarantee')).toEqual([['We will not change the markup for the first 12 months', { months: 12 }]]);
  });
});

describe("buying the customer's surplus", () => {
  it.each([
    ['Med Teigen Solsal kjøper vi overskotet frå solcellene dine.', 'kjøper vi overskotet'],
    ['Bli plusskunde hos oss.', 'plusskunde'],
    ['Sandvær Solar Buyback is our prosumer agreement.', 'Buyback', 'prosumer'],
  ])('%s', (text, ...spans) => {
    expect(
      pairs(text, 'product-type')
        .filter(([, d]) => d['type'] === 'plus')
        .map(([t]) => t),
    ).toEqual(spans);
  });
});

describe('lengths set off by a comma', () => {
  it.each([
    ['Avtalen har bindingstid i same periode, 12 månader.', 'bindingstid i same periode, 12 månader', 12],
    ['Bindingstid, 12 mnd, bruddgebyr 600 kr.', 'Bindingstid, 12 mnd', 12],
    ['A binding period for the same time, 24 months.', 'binding period for the same time, 24 months', 24],
  ])('binds for the length: %s', (text, span, months) => {
    expect(pairs(text, 'binding')).toEqual([[span, { none: false, months }]]);
  });

  it('does not take a length that goes on into another phrase', () => {
    expect(pairs('Fastpris, 12 måneders binding.', 'fixed-period')).toEqual([]);
  });
});

describe('a fixed price held for a period that opens its sentence', () => {
  it.each([
    ['For 24 months from the day your supply starts, you pay 64.75 øre/kWh.', 24],
    ['I 24 måneder fra leveringsstart betaler du 64,75 øre/kWh.', 24],
    ['I 12 månader frå oppstart betaler du 79,90 øre/kWt.', 12],
  ])('%s', (text, months) => {
    expect(pairs(text, 'fixed-period').map(([, d]) => d)).toEqual([{ months }]);
  });

  it('leaves a markup held for a while to the campaign readers', () => {
    expect(pairs('I 3 måneder betaler du 0 øre i påslag.', 'fixed-period')).toEqual([]);
  });
});

describe('a figure under a label that states its unit', () => {
  it.each([
    ['Fastpris (øre/kWt): 79,90', '79,90', { value: 79.9, unit: 'ore', per: 'kWh' }],
    ['Fastbeløp (kr/mnd): 39', '39', { value: 39, unit: 'kr', per: 'month' }],
  ])('%s', (text, span, data) => {
    expect(pairs(text, 'amount')).toEqual([[span, data]]);
  });

  it('never makes a bare figure money otherwise', () => {
    expect(pairs('Prisområde: 79,90', 'amount')).toEqual([]);
    expect(pairs('Side (1): 2', 'amount')).toEqual([]);
    expect(pairs('Fastpris (øre/kWt): 79,90 i NO1', 'amount')).toEqual([]);
  });
});

describe('costs said to come on top, before they are named', () => {
  it.each([
    ['I tillegg kjem kostnader til elsertifikat.', 'elsertifikat', 'certificates'],
    ['I tillegg kommer innkjøpskostnader.', 'innkjøpskostnader', 'purchase-costs'],
    ['In addition, purchase costs apply.', 'purchase costs', 'purchase-costs'],
  ])('names an unsized cost: %s', (text, span, element) => {
    expect(pairs(text, 'price-element')).toEqual([[span, { element, vague: true }]]);
  });

  it('leaves a cost sized a little further on, and the grid, alone', () => {
    expect(pairs('I tillegg kommer elsertifikater, 0,95 øre/kWh inkl. mva.', 'price-element')).toEqual([['elsertifikater', { element: 'certificates' }]]);
    expect(pairs('I tillegg kommer nettleie.', 'price-element')).toEqual([['nettleie', { element: 'grid' }]]);
  });
});

describe('charges on top of the markup, said in other ways', () => {
  it.each([
    ['Winter surcharge: 1.50 øre/kWh extra on all consumption.', 'surcharge: 1.50 øre/kWh', 1.5],
    ['Påslag 0,5 øre/kWh ekstra i vintermånadene.', 'Påslag 0,5 øre/kWh', 0.5],
  ])('%s', (text, span, value) => {
    expect(pairs(text, 'price-element')).toEqual([[span, { element: 'markup', quantity: { value, unit: 'ore', per: 'kWh' }, extra: true }]]);
  });

  it('reads a plain surcharge as the markup itself', () => {
    expect(pairs('A surcharge of 2.9 øre/kWh on the spot price.', 'price-element').filter(([, d]) => d['extra'])).toEqual([]);
    expect(pairs('Påslag 2,9 øre/kWh, og i tillegg kjem 39 kr/mnd.', 'price-element').filter(([, d]) => d['extra'])).toEqual([]);
  });
});

describe('words that only start like a restriction', () => {
  it('reads "cabin" and "holiday home", not "cabinet"', () => {
    expect(pairs('A technician checking a meter cabinet in the snow.', 'restriction')).toEqual([]);
    expect(pairs('Cabin power for your holiday home.', 'restriction').map(([t]) => t)).toEqual(['Cabin', 'holiday home']);
  });
});
