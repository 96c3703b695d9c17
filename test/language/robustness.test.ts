import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../../src/document/offset-map.js';
import { VISIBLE, type Block } from '../../src/document/types.js';
import type { Fact } from '../../src/language/facts.js';
import { readFacts } from '../../src/document/read-facts.js';
import { recogniseText } from '../../src/language/index.js';
import { corpus } from '../helpers/corpora.js';

const MB = 1 << 20;

/** Repeats `unit` to at least one mebibyte. */
const mebibyte = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));

/** Every fact lies inside the text, is non-empty, and the list is sorted by start. */
function expectSane(text: string, facts: Fact[]): void {
  let last = -1;
  const bad = facts.filter((f) => {
    const ok = f.start >= 0 && f.end > f.start && f.end <= text.length && f.start >= last;
    last = f.start;
    return !ok;
  });
  expect(bad).toEqual([]);
}

const ADVERSARIAL: Array<[string, string]> = [
  ['repeated digits', '1'.repeat(MB)],
  ['repeated digits then kr', `${'1'.repeat(MB)} kr`],
  ['"0,0,0,…"', mebibyte('0,')],
  ['"1.1.1.…"', mebibyte('1.')],
  ['"kampanje 0 kr " repeated', mebibyte('kampanje 0 kr ')],
  ['"øre/kWhøre/kWh…"', mebibyte('øre/kWh')],
  ['"0kr0kr…"', mebibyte('0kr')],
  ['"kr/mndkr/mnd…"', mebibyte('kr/mnd')],
  ['long whitespace', `1${' '.repeat(MB)}kr`],
  ['100 000 "1 " tokens', `${'1 '.repeat(100_000)}kr`],
  ['NBSP groups', `${'1\u00a0'.repeat(50_000)}${'1\u202f'.repeat(50_000)}kr`],
  ['"000 " groups', `${'000 '.repeat(200_000)}kr`],
  ['percent signs', `5${'%'.repeat(MB)}`],
  ['one 2 MB word', 'æøå'.repeat(700_000)],
  ['dash placeholders', mebibyte('--,-')],
  ['brackets', `${'['.repeat(MB)}PRIS`],
  ['soft hyphens in a number', `4${'\u00ad'.repeat(MB)}9 kr`],
  ['line breaks', `${'\n'.repeat(MB)}kr 5`],
  ['dates', mebibyte('31.12.2026 ')],
  ['triggers without objects', mebibyte('deretter til og med innen etter ')],
  ['price words', mebibyte('påslag fastbeløp bindingstid prisgaranti angrerett ')],
  ['full copy', mebibyte('Kampanje: 0 kr i påslag de første 3 månedene t.o.m. 31.12.2026, deretter går du over til Spotpris Pluss. Ingen bindingstid. ')],
];

describe('robustness', () => {
  it.each(ADVERSARIAL)(
    'completes on 1 MB of %s with sane output',
    (_name, text) => {
      const facts = recogniseText(text);
      expectSane(text, facts);
    },
    120_000,
  );

  it('recognises what the repeated copy states, once per repetition', () => {
    const unit = 'Påslag 4,9 øre/kWh. ';
    const text = unit.repeat(1000);
    const markups = countMarkups(text);
    expect(markups).toBe(1000);
  });

  it('returns the same facts for a text however often it is read', () => {
    const text = 'Fastbeløp 39 kr/mnd, påslag 4,9 øre/kWh, ingen bindingstid.';
    expect(recogniseText(text)).toEqual(recogniseText(text));
  });

  const blns = corpus('strings/blns/blns.json');
  it.skipIf(!blns.present)(`survives the Big List of Naughty Strings${blns.skipNote}`, () => {
    const strings = JSON.parse(readFileSync(blns.path, 'utf8')) as string[];
    expect(strings.length).toBeGreaterThan(400);
    for (const s of strings) expectSane(s, recogniseText(s));
    expectSane(strings.join('\n'), recogniseText(strings.join('\n')));
  });
});

function countMarkups(text: string): number {
  return recogniseText(text).filter((f) => f.kind === 'price-element' && f.element === 'markup').length;
}

describe('recognise', () => {
  function block(id: number, text: string, copy: boolean): Block {
    const b = new TextBuilder().verbatim(text, 0);
    return { id, kind: 'paragraph', text: b.toString(), map: b.map, visibility: VISIBLE, copy, container: -1 };
  }

  it('reads copy blocks only and tags each fact with its block, sorted by block then start', () => {
    const blocks = [block(0, 'Påslag 4,9 øre/kWh', true), block(1, 'markup', false), block(2, 'Ingen bindingstid', true)];
    expect(readFacts(blocks).map((f) => [f.block, f.kind, f.start, f.end])).toEqual([
      [0, 'price-element', 0, 18],
      [0, 'amount', 7, 18],
      [2, 'binding', 0, 17],
    ]);
  });
});
