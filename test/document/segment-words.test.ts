import { describe, expect, it } from 'vitest';
import { classifyProductType } from '../../src/document/product-type.js';
import { footnoteLabelOf, footnoteRefsOf, normaliseLabel } from '../../src/document/segment/footnotes.js';
import { nameSpan } from '../../src/document/segment/names.js';
import { hasCardHint, hasChromeHint, hasNameHint, headingKind, isPeriodLabel, isValueHeader } from '../../src/document/segment/vocabulary.js';
import { TextBuilder } from '../../src/document/offset-map.js';
import { VISIBLE, type Block } from '../../src/document/types.js';
import type { Fact } from '../../src/language/facts.js';
import { li, makeDoc, note, p } from './segment-helpers.js';

const typeFact = (type: Extract<Fact, { kind: 'product-type' }>['type'], block = 0, negated?: boolean): Fact => ({
  kind: 'product-type',
  block,
  start: 0,
  end: 4,
  type,
  ...(negated ? { negated } : {}),
});

describe('classifyProductType', () => {
  it.each([
    ['Spotpris Pluss', 'spot'],
    ['Timespot Nord', 'hourly-spot'],
    ['Vestavind Hourly Spot', 'hourly-spot'],
    ['Spotpris time for time', 'hourly-spot'],
    ['Fastpris 12 mnd', 'fixed'],
    ['Fjellstraum Fast 1 år', 'fixed'],
    ['Havbris Fixed 24', 'fixed'],
    ['Innkjøpspris Vestland', 'purchase'],
    ['Straum til innkjøpspris', 'purchase'],
    ['Standard variabel', 'variable'],
    ['Havbris Variable', 'variable'],
    ['Plusskunde Vestavind', 'plus'],
    ['Forvaltning Trygg', 'managed'],
    ['Lysglimt Prissikring', 'managed'],
    ['Markedskraft Øst', 'spot'],
  ] as const)('reads "%s" as %s', (name, type) => {
    expect(classifyProductType(name, [])).toBe(type);
  });

  it('does not read "Pluss" as a prosumer product, nor "fastbeløp" as fixed', () => {
    expect(classifyProductType('Nordlys Pluss', [])).toBe('other');
    expect(classifyProductType('Lavt fastbeløp', [])).toBe('other');
  });

  it('falls back on the type its facts name most often, the first one breaking a tie', () => {
    expect(classifyProductType('Nordlys Trygg', [typeFact('spot', 1), typeFact('fixed', 2), typeFact('fixed', 3)])).toBe('fixed');
    expect(classifyProductType('Nordlys Trygg', [typeFact('plus', 1), typeFact('spot', 2)])).toBe('plus');
    expect(classifyProductType('Nordlys Trygg', [typeFact('fixed', 1, true)])).toBe('other');
  });

  it('lets a declared type win, in sheet and feed spellings', () => {
    expect(classifyProductType('Fastpris 12 mnd', [], 'spot')).toBe('spot');
    expect(classifyProductType('Nordlys', [], 'Hourly_spot')).toBe('hourly-spot');
    expect(classifyProductType('Nordlys', [], 'Purchase')).toBe('purchase');
    expect(classifyProductType('Nordlys', [], 'hourly-spot')).toBe('hourly-spot');
    expect(classifyProductType('Timespot', [], 'Other')).toBe('other');
    expect(classifyProductType('Timespot', [], 'ukjent')).toBe('hourly-spot');
  });
});

describe('product names', () => {
  const name = (text: string) => {
    const { start, end } = nameSpan(text);
    return text.slice(start, end);
  };

  it('trims decorations, markers and taglines', () => {
    expect(name('★ Spotpris Pluss')).toBe('Spotpris Pluss');
    expect(name('Spotpris – vår mest populære')).toBe('Spotpris');
    expect(name('Spotpris*')).toBe('Spotpris');
    expect(name('Fastpris 12 mnd¹')).toBe('Fastpris 12 mnd');
    expect(name('Timespot: 0 kr i påslag!')).toBe('Timespot');
    expect(name('Spot+')).toBe('Spot+');
  });

  it('keeps a tail that tells variants apart', () => {
    expect(name('Fastpris – 12 mnd')).toBe('Fastpris – 12 mnd');
    expect(name('Nordlys – Vestland')).toBe('Nordlys – Vestland');
  });
});

describe('footnote markers', () => {
  it('normalises every way of writing one label', () => {
    expect(['¹', '1)', '(1)', '[1]', '1', '^1'].map(normaliseLabel)).toEqual(['1', '1', '1', '1', '1', '1']);
    expect(normaliseLabel('**')).toBe('**');
  });

  it("reads the label a footnote opens with, or the adapter's", () => {
    const doc = makeDoc([
      p('* Gjelder de første 3 månedene.'),
      p('¹ Gjelder nye kunder.'),
      p('1) Se vilkår.'),
      p('(2) Se vilkår.'),
      note('^3', 'Fotnote.'),
      p('Vanlig tekst 1) her.'),
      li('Gjelder hytter.'),
    ]);
    expect(doc.blocks.map((b) => footnoteLabelOf(doc.source, b))).toEqual(['*', '1', '1', '2', '3', undefined, undefined]);
  });

  it('reads a Markdown "1)" list marker before a list item as a footnote label', () => {
    const builder = new TextBuilder().verbatim('Gjelder hytter.', 3);
    const item: Block = { id: 0, kind: 'list-item', text: builder.toString(), map: builder.map, visibility: VISIBLE, copy: true, container: -1 };
    expect(footnoteLabelOf('1) Gjelder hytter.\n', item)).toBe('1');
    expect(footnoteLabelOf('1. Gjelder hytter.\n', item)).toBe(undefined);
  });

  it('finds markers right after words and amounts, not inside words', () => {
    const doc = makeDoc([p('Påslag 0 øre/kWh* og 39 kr/mnd¹, bindingstid (12 mnd)**'), p('2*3 er 6 og * står alene')]);
    expect(footnoteRefsOf(doc.blocks[0]!)).toEqual(['*', '1', '**']);
    expect(footnoteRefsOf(doc.blocks[1]!)).toEqual([]);
    expect(footnoteRefsOf(makeDoc([p('Hytta på 60 m² bruker lite')]).blocks[0]!)).toEqual([]);
  });
});

describe('segmentation vocabulary', () => {
  it('tells terms, about, detail and name headings apart', () => {
    expect(['Avtalevilkår', 'Viktig å vite', 'Slik beregner vi prisen', 'Terms and conditions', '3. Prisvilkår'].map(headingKind)).toEqual([
      'terms',
      'terms',
      'terms',
      'terms',
      'terms',
    ]);
    expect(['Greitt å vite', 'Godt å vite', 'Nyttig å vita', 'Kva du bør vite', 'Good to know'].map(headingKind)).toEqual(['terms', 'terms', 'terms', 'terms', 'terms']);
    expect(['Vitenskap', 'Greitt Spot'].map(headingKind)).toEqual(['name', 'name']);
    // A determiner before the word that says what a heading is, and what is said of all the agreements.
    expect(['The terms', 'Våre vilkår', 'Om avtalene', 'About our plans'].map(headingKind)).toEqual(['terms', 'terms', 'terms', 'terms']);
    expect(['Regneeksempel: enebolig med 16 000 kWh', 'Prisdøme', 'Price example', 'Add-ons', 'Tilleggstjenester'].map(headingKind)).toEqual([
      'detail',
      'detail',
      'detail',
      'detail',
      'detail',
    ]);
    expect(['Four months without a monthly fee', 'Ingen binding, ingen overraskelser'].map(headingKind)).toEqual(['detail', 'detail']);
    // A repository's slug and a campaign brief's sections are never products.
    expect(['spring-2027-seaglass', 'README.md', 'Timeline', 'Tidsplan', 'Tracking', 'Words we don’t use'].map(headingKind)).toEqual([
      'aside',
      'aside',
      'aside',
      'aside',
      'aside',
      'aside',
    ]);
    expect(['Fjord-Spot', 'Spot 12'].map(headingKind)).toEqual(['name', 'name']);
    // An FAQ's answers hold terms for every product, as a terms section does.
    expect(headingKind('Vanlige spørsmål')).toBe('terms');
    expect(['Om oss', 'Kontakt oss', 'FAQ'].map(headingKind)).toEqual(['aside', 'aside', 'terms']);
    expect(['Priser', 'Slik fungerer det', 'Påslag', 'Kampanje'].map(headingKind)).toEqual(['detail', 'detail', 'detail', 'detail']);
    expect(['Spotpris Pluss', 'Fastpris 3 år', 'Prisgaranti'].map(headingKind)).toEqual(['name', 'name', 'detail']);
  });

  it('knows the columns of a worked example and dated columns from products', () => {
    expect(['Beregning', 'Per år', 'Sum', 'Totalt', 'Annual cost'].map(isValueHeader)).toEqual([true, true, true, true, true]);
    expect(['Til og med 31. januar 2027', 'Ny pris fra 1. februar 2027', 'From 01.03.2027', 'februar 2025'].map(isPeriodLabel)).toEqual([true, true, true, true]);
    expect(['Fjellbris Spot', 'Fastpris 2027', 'Spot 12. mai'].map(isPeriodLabel)).toEqual([false, false, false]);
  });

  it("knows the box that holds a card's name by its class", () => {
    expect(['card-header', 'card-title', 'produkt__tittel', 'plan-name'].map((c) => hasNameHint([c], undefined))).toEqual([true, true, true, true]);
    expect(['card-body', 'card-footer', 'pris'].map((c) => hasNameHint([c], undefined))).toEqual([false, false, false]);
  });

  it('knows a card class from a card part and a wrapper of cards', () => {
    expect(['produktkort', 'price-card', 'avtale--kampanje', 'plan-item'].map((c) => hasCardHint([c], undefined))).toEqual([true, true, true, true]);
    expect(['card-body', 'produktliste', 'kort-pris', 'card-grid', 'plan-card__title'].map((c) => hasCardHint([c], undefined))).toEqual([false, false, false, false, false]);
  });

  it('knows menus and cookie banners by class', () => {
    expect(hasChromeHint(['hovedmeny'], undefined)).toBe(true);
    expect(hasChromeHint([], 'cookie-banner')).toBe(true);
    expect(hasChromeHint(['menu-item'], undefined)).toBe(true);
    expect(hasChromeHint(['produktkort'], undefined)).toBe(false);
  });
});
