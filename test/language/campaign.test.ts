import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

const markers = (text: string) => pairs(text, 'campaign').map(([t, d]) => [t, d.marker, d.negated ?? false]);

describe('campaign', () => {
  it.each([
    ['Kampanjepris i dag', 'Kampanjepris', 'campaign'],
    ['Høstkampanje!', 'Høstkampanje', 'campaign'],
    ['Tilbudet gjelder', 'Tilbudet', 'campaign'],
    ['Tilbodspris', 'Tilbodspris', 'campaign'],
    ['Introtilbud', 'Introtilbud', 'intro'],
    ['Introduksjonstilbod', 'Introduksjonstilbod', 'intro'],
    ['Velkomsttilbud', 'Velkomsttilbud', 'intro'],
    ['Introductory offer:', 'Introductory offer', 'intro'],
    ['Winter deal!', 'Winter deal', 'campaign'],
    ['This offer ends', 'offer', 'campaign'],
    ['kun i dag', 'kun i dag', 'limited-time'],
    ['berre i dag', 'berre i dag', 'limited-time'],
    ['i en begrenset periode', 'en begrenset periode', 'limited-time'],
    ['så lenge tilbudet varer', 'så lenge tilbudet varer', 'limited-time'],
    ['today only', 'today only', 'limited-time'],
    ['gratis strøm', 'gratis', 'free'],
    ['vi spanderer', 'vi spanderer', 'free'],
    ['free electricity', 'free', 'free'],
  ])('%s', (text, span, marker) => {
    expect(markers(text)).toEqual([[span, marker, false]]);
  });

  it.each([
    ['vi tilbyr strøm'],
    ['Vi har tilbudt dette før'],
    ['tilbakebetaling'],
    ['Se våre tilbud'],
    ['Alle kampanjer'],
    ['Kampanjene våre'],
    ['Be om et uforpliktende tilbud'],
    ['Vi sender deg et nytt fastpristilbud i god tid før'],
    ['Prisen styres av tilbud og etterspørsel'],
    ['Standardtilbudet vårt er Spot Fjord'],
    ['eFaktura: 0 kr'],
    ['AvtaleGiro – 0 kr'],
    ['E-invoice: NOK 0'],
    ['Du får eit personleg tilbod på e-post'],
    ['We will send you a renewal offer before the term ends'],
    ['prisgaranti'],
    ['We offer spot price'],
    ['Feel free to call'],
    ['fossil-free power'],
    ['Our electricity deals'],
  ])('is not an offer: %s', (text) => {
    expect(markers(text)).toEqual([]);
  });

  it('marks "ingen kampanje" as negated', () => {
    expect(markers('Dette er ingen kampanje')).toEqual([['kampanje', 'campaign', true]]);
  });

  it('reaches a negation three words back: "ikke et tidsbegrenset tilbud", "ikkje eit tidsavgrensa tilbod", "not a limited offer"', () => {
    expect(markers('Dette er ikke et tidsbegrenset tilbud, men prisen.')).toEqual([
      ['tidsbegrenset', 'limited-time', true],
      ['tilbud', 'campaign', true],
    ]);
    expect(markers('Dette er ikkje eit tidsavgrensa tilbod.')).toEqual([
      ['tidsavgrensa', 'limited-time', true],
      ['tilbod', 'campaign', true],
    ]);
    expect(markers('This is not a special offer.')).toEqual([['special offer', 'campaign', true]]);
    // Four words back is too far: "Ikke gå glipp av tilbudet" urges the reader to take the offer.
    expect(markers('Ikke gå glipp av tilbudet!')).toEqual([['tilbudet', 'campaign', false]]);
  });

  it.each([
    ['Kampanje: ingen', 'Kampanje'],
    ['Kampanje – nei, samme pris for alle', 'Kampanje'],
    ['Tilbod: inga', 'Tilbod'],
    ['Campaign: none.', 'Campaign'],
  ])('reads a label answered "no" as negated: %s', (text, span) => {
    expect(markers(text)).toEqual([[span, 'campaign', true]]);
  });

  it('does not take a "no" that goes on into a phrase as the answer', () => {
    expect(markers('Kampanje: ingen fastbeløp i tre måneder')).toEqual([
      ['Kampanje', 'campaign', false],
      ['ingen fastbeløp', 'waived', false],
    ]);
  });

  it('reads "de første månedene" (no number) as an offer without an end, in nb, nn and en', () => {
    for (const [text, span] of [
      ['0 kr i månedsbeløp de første månedene', 'de første månedene'],
      ['utan påslag dei første vekene', 'dei første vekene'],
      ['no fee for the first months', 'the first months'],
    ]) {
      expect(markers(text!).filter(([, m]) => m === 'first-n')).toEqual([[span, 'first-n', false]]);
      expect(pairs(text!, 'end')).toEqual([]);
    }
    // One unit named alone is one of it.
    expect(pairs('første måned gratis', 'end')).toEqual([['første måned', { how: 'period', months: 1 }]]);
  });

  it('reads first-N offers as a marker and an end over the same words', () => {
    const text = 'de første 3 månedene, første 3 mnd., de 12 første månedene, dei fyrste tre månadene, for the first 3 months';
    expect(markers(text).map(([t]) => t)).toEqual(['de første 3 månedene', 'første 3 mnd', 'de 12 første månedene', 'dei fyrste tre månadene', 'the first 3 months']);
    expect(pairs(text, 'end').map(([t, d]) => [t, d.months])).toEqual([
      ['de første 3 månedene', 3],
      ['første 3 mnd', 3],
      ['de 12 første månedene', 12],
      ['dei fyrste tre månadene', 3],
      ['the first 3 months', 3],
    ]);
  });

  it('reads a zero amount on its own as a waived price', () => {
    expect(markers('Nå: kr 0,-')).toEqual([['kr 0,-', 'waived', false]]);
  });
});

describe('bonus', () => {
  it.each([
    ['et gavekort', 'gavekort'],
    ['10 % rabatt', 'rabatt'],
    ['a NOK 250 gift card', 'gift card'],
    ['a discount', 'discount'],
  ])('%s', (text, span) => {
    expect(pairs(text, 'bonus')).toEqual([[span, {}]]);
  });

  it.each([
    ['velkomstbonus', 'velkomstbonus'],
    ['velkomstrabatt', 'velkomstrabatt'],
    ['startbonus', 'startbonus'],
    ['a welcome bonus', 'welcome bonus'],
    ['Få 400 bonuspoeng når du bytter', 'bonuspoeng'],
    ['Nye kundar får eit gåvekort', 'gåvekort'],
    ['A NOK 500 gift card when you switch', 'gift card'],
  ])('a bonus for signing up: %s', (text, span) => {
    expect(pairs(text, 'bonus')).toEqual([[span, { signUp: true }]]);
  });

  it.each([
    ['50 % på fastbeløpet første måned', '50 % på'],
    ['20 % på påslaget i vinter', '20 % på'],
    ['20% off the markup', '20% off'],
  ])('a percentage taken off a price is a discount: %s', (text, span) => {
    expect(pairs(text, 'bonus')).toEqual([[span, {}]]);
  });

  it.each([
    ['Spar opptil 30 % på strømregningen'],
    ['Spar 30 % på strømregningen'],
    ['Sparer du inntil 15 % på fastbeløpet'],
    ['Save up to 20% off your bill'],
    ['Spar opp til 25 % på straumrekninga'],
  ])('a claim of savings ("Spar opptil") is no discount: %s', (text) => {
    expect(pairs(text, 'bonus')).toEqual([]);
  });
});
