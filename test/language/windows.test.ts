import { describe, expect, it } from 'vitest';
import { recogniseText } from '../../src/language/index.js';
import { WINDOW, windowEnd } from '../../src/language/windows.js';

describe('windowEnd', () => {
  it('takes a short text whole', () => {
    expect(windowEnd('Påslag 4,9 øre', 0)).toBe(14);
  });

  it('ends after the last line break before the limit', () => {
    const text = `${'a'.repeat(WINDOW - 10)}\n${'b'.repeat(100)}`;
    expect(windowEnd(text, 0)).toBe(WINDOW - 9);
  });

  it('else after the last sentence end, else at the last space', () => {
    const sentence = `${'a'.repeat(WINDOW - 20)}. Bbb ${'c'.repeat(100)}`;
    expect(windowEnd(sentence, 0)).toBe(WINDOW - 18);
    const words = `${'a'.repeat(WINDOW - 20)} ${'c'.repeat(100)}`;
    expect(windowEnd(words, 0)).toBe(WINDOW - 19);
  });

  it('cuts a text without breaks at the limit, never inside a surrogate pair', () => {
    expect(windowEnd('a'.repeat(WINDOW * 2), 0)).toBe(WINDOW);
    const pairs = `${'a'.repeat(WINDOW - 1)}${'😀'.repeat(10)}`;
    expect(windowEnd(pairs, 0)).toBe(WINDOW - 1);
  });
});

describe('recogniseText on a text longer than a window', () => {
  it('finds every fact once, at its offset in the whole text', () => {
    const line = 'Påslag 4,9 øre/kWh og fastbeløp 39 kr/mnd.\n';
    const text = line.repeat(Math.ceil((WINDOW * 3) / line.length));
    const amounts = recogniseText(text).filter((f) => f.kind === 'amount');
    expect(amounts.length).toBe(2 * (text.length / line.length));
    expect(amounts.every((f) => ['4,9 øre/kWh', '39 kr/mnd'].includes(text.slice(f.start, f.end)))).toBe(true);
  });

  it('reads a sentence that straddles the limit in the window after it', () => {
    const filler = `${'x '.repeat((WINDOW - 12) / 2)}`;
    const text = `${filler}Bindingstid: 12 måneder`;
    expect(recogniseText(text).map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([['binding', 'Bindingstid: 12 måneder']]);
  });
});
