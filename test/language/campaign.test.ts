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
    ['velkomstbonus', 'velkomstbonus'],
    ['velkomstrabatt', 'velkomstrabatt'],
    ['startbonus', 'startbonus'],
    ['et gavekort', 'gavekort'],
    ['10 % rabatt', 'rabatt'],
    ['a welcome bonus', 'welcome bonus'],
    ['a NOK 250 gift card', 'gift card'],
    ['a discount', 'discount'],
  ])('%s', (text, span) => {
    expect(pairs(text, 'bonus')).toEqual([[span, {}]]);
  });
});
