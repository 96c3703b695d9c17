import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

const afterTerms = (text: string) => pairs(text, 'after-terms');

describe('after-terms', () => {
  it.each([
    ['Deretter 4,9 øre/kWh', 'Deretter 4,9 øre/kWh', { hasPrice: true }],
    ['Etter kampanjeperioden går du over til Spotpris Pluss.', 'Etter kampanjeperioden går du over til Spotpris Pluss', { successor: 'Spotpris Pluss', hasPrice: false }],
    ['Etter endt fastprisperiode overføres du til vår spotprisavtale', 'Etter endt fastprisperiode overføres du til', { hasPrice: false }],
    [
      'når avtaletiden er over overføres du automatisk til Vestavind Spot.',
      'når avtaletiden er over overføres du automatisk til Vestavind Spot',
      { successor: 'Vestavind Spot', hasPrice: false },
    ],
    ['går over til «Nordlys Variabel»', 'går over til «Nordlys Variabel»', { successor: 'Nordlys Variabel', hasPrice: false }],
    ['endres prisen til 59 kr/mnd', 'endres prisen til 59 kr/mnd', { hasPrice: true }],
    ['Etter kampanjen fortsetter din vanlige strømavtale', 'Etter kampanjen fortsetter din vanlige strømavtale', { hasPrice: false }],
    ['prisen vert endra til ordinær pris', 'vert endra til', { hasPrice: false }],
    ['Du blir automatisk overført til Spot Fleks', 'blir automatisk overført til Spot Fleks', { successor: 'Spot Fleks', hasPrice: false }],
    ['Etterpå gjeld vanleg pris', 'Etterpå', { hasPrice: false }],
    ['Thereafter NOK 39/month', 'Thereafter NOK 39/month', { hasPrice: true }],
    ['then reverts to Evergreen Variable', 'then reverts to Evergreen Variable', { successor: 'Evergreen Variable', hasPrice: false }],
    [
      'går over til vår standard spotprisavtale Spot Nordlys, med påslag 4,90 øre/kWh',
      'går over til vår standard spotprisavtale Spot Nordlys',
      { successor: 'Spot Nordlys', hasPrice: true },
    ],
    ['and rolls over to "Breeze Spot"', 'rolls over to "Breeze Spot"', { successor: 'Breeze Spot', hasPrice: false }],
    // When the later terms start: a date, a month of the agreement.
    ['Fra 1. mars 2027 er påslaget 3,9 øre/kWh.', 'Fra 1. mars 2027 er påslaget 3,9 øre/kWh', { hasPrice: true }],
    ['Frå og med månad 7 er fastbeløpet 45 kr.', 'Frå og med månad 7 er fastbeløpet 45 kr', { hasPrice: true }],
    ['From month 4 the monthly fee is NOK 41.', 'From month 4 the monthly fee is NOK 41', { hasPrice: true }],
    ['Fra 4. måned betaler du 39 kr/mnd.', 'Fra 4. måned betaler du 39 kr/mnd', { hasPrice: true }],
    // A period said in a word of its own.
    ['Etter velkomstperioden er fastbeløpet 45 kr.', 'Etter velkomstperioden er fastbeløpet 45 kr', { hasPrice: true }],
    ['Etter introperioden er påslaget 4,45 øre/kWh.', 'Etter introperioden er påslaget 4,45 øre/kWh', { hasPrice: true }],
    ['After the welcome period the markup is 3.2 øre/kWh.', 'After the welcome period the markup is 3.2 øre/kWh', { hasPrice: true }],
    ['Etter det: påslag 4,90 øre/kWh', 'Etter det: påslag 4,90 øre/kWh', { hasPrice: true }],
    // What applies above a volume cap.
    ['For forbruk over taket gjelder Spot Fjord.', 'over taket gjelder Spot Fjord', { successor: 'Spot Fjord', hasPrice: false }],
  ])('%s', (text, span, data) => {
    expect(afterTerms(text)).toEqual([[span, data]]);
  });

  it.each([
    ['Fyll ut skjemaet, deretter tar vi kontakt'],
    ['Deretter sender vi deg en bekreftelse på e-post'],
    ['Then we send you a welcome email'],
    ['Avtalen løper til den sies opp'],
    ['Gyldig fra 1.1.2026'],
    ['Gå tilbake til Strømavtaler'],
    ['Gå over til Spotpris Fjord i dag!'],
    ['Fra 1. desember til 31. desember: 0 kr i fastbeløp.'],
    ['Prisen gjelder fra 1. mars.'],
    ['Etter 14 dager sender vi en påminnelse'],
  ])('is not after-terms: %s', (text) => {
    expect(afterTerms(text)).toEqual([]);
  });

  it('does not take a month or a currency for a product name', () => {
    expect(afterTerms('Deretter går du over til Desember-prisen')).toEqual([['Deretter går du over til', { hasPrice: false }]]);
  });
});
