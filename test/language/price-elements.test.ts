import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

const el = (text: string) => pairs(text, 'price-element');

describe('price-element', () => {
  it('sizes an element with the amount after it, span from word through amount', () => {
    expect(el('Påslag 4,9 øre/kWh og fastbeløp på 39 kr/mnd')).toEqual([
      ['Påslag 4,9 øre/kWh', { element: 'markup', quantity: { value: 4.9, unit: 'ore', per: 'kWh' } }],
      ['fastbeløp på 39 kr/mnd', { element: 'monthly-fee', quantity: { value: 39, unit: 'kr', per: 'month' } }],
    ]);
  });

  it('sizes an element with the amount before it: "4,9 øre/kWh i påslag", "39 kr/mnd i fastbeløp"', () => {
    expect(el('4,9 øre/kWh i påslag og 39 kr/mnd i fastbeløp')).toEqual([
      ['4,9 øre/kWh i påslag', { element: 'markup', quantity: { value: 4.9, unit: 'ore', per: 'kWh' } }],
      ['39 kr/mnd i fastbeløp', { element: 'monthly-fee', quantity: { value: 39, unit: 'kr', per: 'month' } }],
    ]);
  });

  it('does not give a monthly amount to the markup or a kWh price to the monthly fee', () => {
    expect(el('Fastbeløp 39 kr/mnd påslag 4,9 øre/kWh')).toEqual([
      ['Fastbeløp 39 kr/mnd', { element: 'monthly-fee', quantity: { value: 39, unit: 'kr', per: 'month' } }],
      ['påslag 4,9 øre/kWh', { element: 'markup', quantity: { value: 4.9, unit: 'ore', per: 'kWh' } }],
    ]);
  });

  it('takes the period from the word when the amount has none: "Månedsavgift 39 kr"', () => {
    expect(el('Månedsavgift 39 kr')).toEqual([['Månedsavgift 39 kr', { element: 'monthly-fee', quantity: { value: 39, unit: 'kr', per: 'month' } }]]);
  });

  it.each([
    ['uten påslag', 'uten påslag', 'markup'],
    ['utan påslag', 'utan påslag', 'markup'],
    ['no markup', 'no markup', 'markup'],
    ['zero markup', 'zero markup', 'markup'],
    ['ingen fast månedsavgift', 'ingen fast månedsavgift', 'monthly-fee'],
    ['Fastbeløp: gratis', 'Fastbeløp: gratis', 'monthly-fee'],
    ['påslagsfri strøm', 'påslagsfri', 'markup'],
  ])('waives: %s', (text, span, element) => {
    expect(el(text)).toEqual([[span, { element, waived: true }]]);
  });

  it('waives each element a negation covers through "eller"/"og"/"or": "uten binding eller påslag"', () => {
    expect(el('Uten binding eller påslag.')).toEqual([['Uten binding eller påslag', { element: 'markup', waived: true }]]);
    expect(el('Utan binding og påslag.')).toEqual([['Utan binding og påslag', { element: 'markup', waived: true }]]);
    expect(el('No lock-in or monthly fee.')).toEqual([['No lock-in or monthly fee', { element: 'monthly-fee', waived: true }]]);
    // A negation does not reach across a word that is not coordinated.
    expect(el('Ingen binding, lavt påslag.')).toEqual([['lavt påslag', { element: 'markup', vague: true }]]);
  });

  it('reads the verb "binder deg" with its period as binding', () => {
    expect(pairs('Du binder deg i 6 måneder.', 'binding')).toEqual([['binder deg i 6 måneder', { none: false, months: 6 }]]);
    expect(pairs('Du binder deg ikke.', 'binding')).toEqual([['binder deg ikke', { none: true }]]);
  });

  it('reads the period of a fixed price across its amount, and a whole price held for a period as a fixed period', () => {
    expect(pairs('Fast strømpris på 93,30 øre/kWh til og med 31.12.2026.', 'fixed-period')).toEqual([
      ['Fast strømpris på 93,30 øre/kWh til og med 31.12.2026', { until: '2026-12-31' }],
    ]);
    expect(pairs('Pris: 69,90 øre/kWh i 12 måneder.', 'fixed-period')).toEqual([['69,90 øre/kWh i 12 måneder', { months: 12 }]]);
    expect(pairs('Price 84.90 øre/kWh for 24 months.', 'fixed-period')).toEqual([['84.90 øre/kWh for 24 months', { months: 24 }]]);
    // A reduced markup held for a while is a campaign, not a fixed price.
    expect(pairs('0 øre/kWh i påslag i 3 måneder.', 'fixed-period')).toEqual([]);
  });

  it('reads certificates by their compound names: "sertifikatkostnad"', () => {
    expect(el('+ sertifikatkostnad 0,90 øre/kWh')).toEqual([['sertifikatkostnad 0,90 øre/kWh', { element: 'certificates', quantity: { value: 0.9, unit: 'ore', per: 'kWh' } }]]);
  });

  it('reads fees by their compound names: "Månedsgebyr" is the monthly fee, "Påminnelsesgebyr" a fee', () => {
    expect(el('Månedsgebyr 39 kr')).toEqual([['Månedsgebyr 39 kr', { element: 'monthly-fee', quantity: { value: 39, unit: 'kr', per: 'month' } }]]);
    expect(el('Månadsgebyr: 29 kr')).toEqual([['Månadsgebyr: 29 kr', { element: 'monthly-fee', quantity: { value: 29, unit: 'kr', per: 'month' } }]]);
    expect(el('Påminnelsesgebyr 35 kr')).toEqual([['Påminnelsesgebyr 35 kr', { element: 'fee', fee: 'other', quantity: { value: 35, unit: 'kr' } }]]);
  });

  it('reads a word that says "without markup" as the markup waived', () => {
    expect(el('Strøm UtenPåslag')).toEqual([['UtenPåslag', { element: 'markup', waived: true }]]);
  });

  it('leaves out an element named in a definition (nb, nn, en)', () => {
    expect(el('Elsertifikat er et lovpålagt påslag som alle betaler.')).toEqual([]);
    expect(el('Eit påslag er det straumselskapet tek for å dekkje kostnadene sine.')).toEqual([]);
    expect(el('A markup is what the supplier adds to the spot price.')).toEqual([['spot price', { element: 'spot-reference' }]]);
    // The product's own element, sized or vague, is no definition.
    expect(el('Påslaget er 4,9 øre/kWh.')).toEqual([['Påslaget er 4,9 øre/kWh', { element: 'markup', quantity: { value: 4.9, unit: 'ore', per: 'kWh' } }]]);
    expect(el('Du betaler et lite påslag.')).toEqual([['et lite påslag', { element: 'markup', vague: true }]]);
  });

  it('sizes an element across a spaced dash, as across a colon: "Påslag – 3,10 øre/kWh"', () => {
    expect(el('Påslag – 3,10 øre/kWh')).toEqual([['Påslag – 3,10 øre/kWh', { element: 'markup', quantity: { value: 3.1, unit: 'ore', per: 'kWh' } }]]);
    expect(el('Fast månadsbeløp – 42 kr/mnd')).toEqual([['Fast månadsbeløp – 42 kr/mnd', { element: 'monthly-fee', quantity: { value: 42, unit: 'kr', per: 'month' } }]]);
    expect(el('Monthly fee - NOK 39')).toEqual([['Monthly fee - NOK 39', { element: 'monthly-fee', quantity: { value: 39, unit: 'kr', per: 'month' } }]]);
  });

  it('waives with an explicit zero and keeps the quantity', () => {
    expect(el('0 kr i påslag, Fastbeløp: 0 kr/mnd')).toEqual([
      ['0 kr i påslag', { element: 'markup', quantity: { value: 0, unit: 'kr' }, waived: true }],
      ['Fastbeløp: 0 kr/mnd', { element: 'monthly-fee', quantity: { value: 0, unit: 'kr', per: 'month' }, waived: true }],
    ]);
  });

  it.each([
    ['et lite påslag', 'et lite påslag', 'markup'],
    ['eventuelt et fastbeløp', 'eventuelt et fastbeløp', 'monthly-fee'],
    ['evt. påslag', 'evt. påslag', 'markup'],
    ['a transparent markup on the price', 'a transparent markup', 'markup'],
    ['Påslag kommer i tillegg', 'Påslag', 'markup'],
    ['Innkjøpskostnader', 'Innkjøpskostnader', 'purchase-costs'],
    ['Påslag --,- øre/kWh', 'Påslag --,- øre/kWh', 'markup'],
    ['Påslag: --,-', 'Påslag: --,-', 'markup'],
  ])('leaves vague: %s', (text, span, element) => {
    expect(el(text)).toEqual([[span, { element, vague: true }]]);
  });

  it('reads grid items as grid, never vague: "Nettleie kommer i tillegg"', () => {
    expect(el('Nettleie kommer i tillegg, elavgift og Enova-avgift')).toEqual([
      ['Nettleie', { element: 'grid' }],
      ['elavgift', { element: 'grid' }],
      ['Enova-avgift', { element: 'grid' }],
    ]);
  });

  it('reads "fastledd" as grid beside nettleie words, otherwise as the monthly fee', () => {
    expect(el('Fastledd 39 kr/mnd')[0]![1].element).toBe('monthly-fee');
    expect(el('Nettleien har et fastledd')).toEqual([
      ['Nettleien', { element: 'grid' }],
      ['fastledd', { element: 'grid' }],
    ]);
  });

  it.each([
    ['Fakturagebyr 39 kr', 'invoice'],
    ['Papirgebyr 39 kr', 'paper-invoice'],
    ['gebyr for papirfaktura 39 kr', 'paper-invoice'],
    ['Brudd på vilkår kr 49,-', 'missing-efaktura'],
    ['Bruddgebyr 500 kr', 'break'],
    ['avbruddsgebyr 500 kr', 'break'],
    ['uttredelsesgebyr 500 kr', 'break'],
    ['Etableringsgebyr 99 kr', 'establishment'],
    ['invoice fee NOK 39', 'invoice'],
    ['cancellation fee NOK 500', 'break'],
    ['purregebyr 35 kr', 'other'],
  ])('names the fee: %s', (text, fee) => {
    expect(el(text).map(([, d]) => d.fee)).toEqual([fee]);
  });

  it('reads a required eFaktura as the missing-eFaktura fee, sized when an amount follows', () => {
    expect(el('Avtalen forutsetter eFaktura og AvtaleGiro.')).toEqual([['forutsetter eFaktura', { element: 'fee', fee: 'missing-efaktura' }]]);
    expect(el('Uten eFaktura koster det 49 kr/mnd')).toEqual([
      ['Uten eFaktura koster det 49 kr/mnd', { element: 'fee', fee: 'missing-efaktura', quantity: { value: 49, unit: 'kr', per: 'month' } }],
    ]);
  });

  it('names certificates, price bounds and spot references', () => {
    expect(el('el.sertifikater, opprinnelsesgarantier, pristak 150 øre/kWh, Nord Pool').map(([t, d]) => [t, d.element])).toEqual([
      ['el.sertifikater', 'certificates'],
      ['opprinnelsesgarantier', 'certificates'],
      ['pristak 150 øre/kWh', 'price-bound'],
      ['Nord Pool', 'spot-reference'],
    ]);
  });

  it('leaves out words named only in passing: "i tillegg", "abonnement", "fastpris"', () => {
    expect(el('I tillegg får du et abonnement med fastpris')).toEqual([]);
  });

  it('sizes a per-kWh amount added on top: "4,9 øre/kWh i tillegg"', () => {
    expect(el('spotpris og 4,9 øre/kWh i tillegg')).toEqual([
      ['spotpris', { element: 'spot-reference' }],
      ['4,9 øre/kWh i tillegg', { element: 'markup', quantity: { value: 4.9, unit: 'ore', per: 'kWh' } }],
    ]);
  });

  it('marks waived markups and monthly fees as offers', () => {
    expect(pairs('uten påslag', 'campaign')).toEqual([['uten påslag', { marker: 'waived' }]]);
    expect(pairs('Fakturagebyr 0 kr', 'campaign')).toEqual([]);
  });

  it('reads a plain fee by its sentence: eFaktura required, or leaving a binding early', () => {
    expect(el('Velger du ikke eFaktura, tilkommer et gebyr på 35 kr').map(([, d]) => d.fee)).toEqual(['missing-efaktura']);
    expect(el('Bryter du avtalen før tiden, betaler du et gebyr på 500 kr').map(([, d]) => d.fee)).toEqual(['break']);
    expect(el('Vi tek ikkje gebyr for eFaktura')).toEqual([['ikkje gebyr for eFaktura', { element: 'fee', fee: 'invoice', waived: true }]]);
  });

  it('leaves "monthly" to the fee after an amount: "NOK 29 monthly fee"', () => {
    expect(el('a NOK 29 monthly fee')).toEqual([['NOK 29 monthly fee', { element: 'monthly-fee', quantity: { value: 29, unit: 'kr', per: 'month' } }]]);
  });

  it('reads English fees in the plural and never "feel"', () => {
    expect(el('No exit fees. Paper invoices cost NOK 39. Feel free to ask.').map(([t, d]) => [t, d.fee])).toEqual([
      ['No exit fees', 'break'],
      ['Paper invoices cost NOK 39', 'paper-invoice'],
    ]);
  });

  it('sizes a label on its own line with the amount on the next', () => {
    expect(el('Fastbeløp\n39 kr/mnd')).toEqual([['Fastbeløp\n39 kr/mnd', { element: 'monthly-fee', quantity: { value: 39, unit: 'kr', per: 'month' } }]]);
  });
});
