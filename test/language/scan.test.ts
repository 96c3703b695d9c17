import { describe, expect, it } from 'vitest';
import { Context } from '../../src/language/context.js';
import { tokenize } from '../../src/language/scan.js';

const norms = (text: string) => tokenize(text).map((t) => t.norm);

describe('tokenize', () => {
  it('splits words, digits and single punctuation with exact offsets', () => {
    const tokens = tokenize('kr 59,-/mnd');
    expect(tokens.map((t) => [t.kind, t.start, t.end, t.norm])).toEqual([
      ['word', 0, 2, 'kr'],
      ['num', 3, 5, '59'],
      ['punct', 5, 6, ','],
      ['punct', 6, 7, '-'],
      ['punct', 7, 8, '/'],
      ['word', 8, 11, 'mnd'],
    ]);
    expect(tokens.map((t) => t.space)).toEqual([false, true, false, false, false, false]);
  });

  it('leaves out footnote markers after a word or an amount when asked, and keeps them otherwise', () => {
    const skip = (text: string) => tokenize(text, { skipFootnoteMarkers: true }).map((t) => t.norm);
    expect(skip('4,90 øre/kWh* påslag')).toEqual(['4', ',', '90', 'øre', '/', 'kwh', 'påslag']);
    expect(skip('35 kr/mnd** fastbeløp, Spot² og Fast†.')).toEqual(['35', 'kr', '/', 'mnd', 'fastbeløp', ',', 'spot', 'og', 'fast', '.']);
    // A leading marker, and an asterisk between figures, are not after a word.
    expect(skip('* Gjelder nye kunder')).toEqual(['*', 'gjelder', 'nye', 'kunder']);
    expect(skip('2*3')).toEqual(['2', '*', '3']);
    expect(norms('4,90 øre/kWh*')).toEqual(['4', ',', '90', 'øre', '/', 'kwh', '*']);
  });

  it('never joins letters and digits: "12mnd", "4,9øre", "NO1"', () => {
    expect(norms('12mnd 4,9øre NO1')).toEqual(['12', 'mnd', '4', ',', '9', 'øre', 'no', '1']);
  });

  it('lowercases words, keeps æøå, folds dashes and quotes', () => {
    expect(norms('PÅSLAG – «Spot»')).toEqual(['påslag', '-', '"', 'spot', '"']);
  });

  it('treats NBSP, narrow NBSP and thin space as whitespace', () => {
    const tokens = tokenize('30\u00a0000\u202fkWh\u2009x');
    expect(tokens.map((t) => [t.norm, t.space])).toEqual([
      ['30', false],
      ['000', true],
      ['kwh', true],
      ['x', true],
    ]);
  });

  it('drops soft hyphens and zero-width spaces inside a word but keeps source offsets', () => {
    const text = 'bindings\u00adtid 4\u200b9';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.norm, t.start, t.end])).toEqual([
      ['bindingstid', 0, 12],
      ['49', 13, 16],
    ]);
  });

  it('marks line breaks, capitals and all-caps words', () => {
    const [a, b, c] = tokenize('Tilbud\nTBD nok');
    expect([a!.upper, a!.caps, b!.nl, b!.caps, c!.upper]).toEqual([true, false, true, true, false]);
  });

  it('reads ASCII-only spellings as the word meant', () => {
    expect(norms('Paslag fastbelop manedsbelop')).toEqual(['påslag', 'fastbeløp', 'månedsbeløp']);
  });

  it('keeps a surrogate pair in one token', () => {
    expect(tokenize('✅ 😀 ok').map((t) => [t.start, t.end])).toEqual([
      [0, 1],
      [2, 4],
      [5, 7],
    ]);
  });
});

describe('sentences and clauses', () => {
  const sentenceOf = (text: string) => {
    const ctx = new Context(text);
    return ctx.tokens.map((t, i) => `${t.norm}:${ctx.sentence[i]}`);
  };

  it('does not end a sentence at an abbreviation, a date or a decimal', () => {
    expect(sentenceOf('t.o.m. 31. desember kr. 25 inkl. MVA')).toEqual([
      't:0',
      '.:0',
      'o:0',
      '.:0',
      'm:0',
      '.:0',
      '31:0',
      '.:0',
      'desember:0',
      'kr:0',
      '.:0',
      '25:0',
      'inkl:0',
      '.:0',
      'mva:0',
    ]);
  });

  it('ends a sentence at a full stop before a capital and at a line break', () => {
    expect(sentenceOf('Fastpris 3 mnd. Deretter spot\nNy')).toEqual(['fastpris:0', '3:0', 'mnd:0', '.:0', 'deretter:1', 'spot:1', 'ny:2']);
  });

  it('splits clauses at commas but not in "4,9" or "59,-"', () => {
    const ctx = new Context('4,9 og 59,-, ja');
    expect(ctx.tokens.map((_, i) => ctx.clause[i])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });
});
