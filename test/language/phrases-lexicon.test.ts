import { describe, expect, it } from 'vitest';
import { Context } from '../../src/language/context.js';
import { Lexicon, PhraseSet } from '../../src/language/phrases.js';

/** Texts of every longest match, left to right. */
function found<T>(lexicon: Lexicon<T>, text: string): Array<[string, T]> {
  const ctx = new Context(text);
  return [...lexicon.scan(ctx)].map((m) => {
    const { start, end } = ctx.span(m.start, m.end);
    return [text.slice(start, end), m.value];
  });
}

describe('Lexicon', () => {
  it('treats "." and "-" in a pattern as optional, and in the copy as joiners', () => {
    const set = new PhraseSet(['t.o.m.|e-post|el sertifikat*']);
    expect(found(set, 't.o.m. tom t o m t.o.m e-post e post epost el.sertifikater el-sertifikat').map(([t]) => t)).toEqual([
      't.o.m.',
      't o m',
      't.o.m',
      'e-post',
      'e post',
      'el.sertifikater',
      'el-sertifikat',
    ]);
  });

  it('prefers the longest phrase and reads "#" as any number', () => {
    const lexicon = new Lexicon<string>([
      ['til', 'short'],
      ['til og med', 'long'],
      ['# år', 'years'],
    ]);
    expect(found(lexicon, 'til og med 3 år, til 12 år')).toEqual([
      ['til og med', 'long'],
      ['3 år', 'years'],
      ['til', 'short'],
      ['12 år', 'years'],
    ]);
  });

  it('is case-insensitive and matches whole words only', () => {
    expect(found(new PhraseSet(['kun i dag']), 'KUN I DAG, kun idag, kunne i dag').map(([t]) => t)).toEqual(['KUN I DAG']);
  });

  it('finds the phrase that ends at a token', () => {
    const ctx = new Context('gjelder til og med 31.12');
    const m = new PhraseSet(['til og med|gjelder til og med']).matchEndingAt(ctx, 4, 5);
    expect(m && [m.start, m.end]).toEqual([0, 4]);
  });
});
