import { describe, expect, it } from 'vitest';
import { readFacts } from '../../src/document/read-facts.js';
import { recogniseText } from '../../src/language/index.js';
import { TextMemo } from '../../src/language/text-memo.js';
import type { Block } from '../../src/document/types.js';

const block = (id: number, text: string): Block => ({ id, text, copy: true }) as unknown as Block;

describe('TextMemo', () => {
  it('recognises a repeated text once and places its facts in each block', () => {
    const memo = new TextMemo();
    let calls = 0;
    const count = (text: string) => {
      calls += 1;
      return recogniseText(text);
    };
    const text = 'Påslag 4,9 øre/kWh og fastbeløp 39 kr/mnd. Ingen bindingstid.';
    const first = memo.factsOf(text, 3, count);
    const second = memo.factsOf(text, 8, count);
    expect(calls).toBe(1);
    expect(first.length).toBeGreaterThan(3);
    expect(first.every((f) => f.block === 3)).toBe(true);
    expect(second.every((f) => f.block === 8)).toBe(true);
    expect(second.map(({ block: _b, ...rest }) => rest)).toEqual(first.map(({ block: _b, ...rest }) => rest));
  });

  it('hands out copies: changing one block’s facts leaves the remembered ones as they were', () => {
    const memo = new TextMemo();
    const text = 'Fastbeløp 49 kr/mnd';
    const first = memo.factsOf(text, 1, (t) => recogniseText(t));
    first[0]!.start = 999;
    expect(memo.factsOf(text, 2, (t) => recogniseText(t))[0]!.start).not.toBe(999);
  });

  it('recognises long texts afresh every time', () => {
    const memo = new TextMemo();
    let calls = 0;
    const long = 'Spotpris med påslag 2,9 øre/kWh. '.repeat(200);
    for (let i = 0; i < 2; i++) memo.factsOf(long, i, (t) => (calls++, recogniseText(t)));
    expect(calls).toBe(2);
  });
});

describe('recognise over blocks', () => {
  it('gives the same facts for a text whether it was seen before or not, in nb, nn and en', () => {
    const texts = [
      'Kampanjepris 0 øre/kWh i påslag ut mars 2027, deretter 4,9 øre/kWh.',
      'Fastpris 79,90 øre/kWh i 12 månader. Bindingstid 12 månader, brotsgebyr 600 kr.',
      'Markup 3.4 øre/kWh, monthly fee NOK 29. No lock-in period.',
    ];
    const blocks = texts.flatMap((text, i) => [block(i * 2, text), block(i * 2 + 1, text)]);
    const facts = readFacts(blocks);
    for (const [i, text] of texts.entries()) {
      const fresh = recogniseText(text, i * 2 + 1);
      expect(facts.filter((f) => f.block === i * 2 + 1)).toEqual(fresh);
      expect(facts.filter((f) => f.block === i * 2).map((f) => ({ ...f, block: i * 2 + 1 }))).toEqual(fresh);
    }
  });
});
