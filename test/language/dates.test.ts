import { describe, expect, it } from 'vitest';
import { Context } from '../../src/language/context.js';
import { readDate } from '../../src/language/dates.js';

/** The date read at the start of `text`: its text and parts. */
function date(text: string) {
  const ctx = new Context(text);
  const d = readDate(ctx, 0);
  if (!d) return undefined;
  const { start, end } = ctx.span(d.start, d.end);
  return { text: text.slice(start, end), year: d.year, month: d.month, day: d.day, placeholder: d.placeholder };
}

describe('readDate', () => {
  it.each([
    ['31.12.2026', '31.12.2026', 2026, 12, 31],
    ['1.3.27 og mer', '1.3.27', 2027, 3, 1],
    ['31/12-26', '31/12-26', 2026, 12, 31],
    ['31/12/2026', '31/12/2026', 2026, 12, 31],
    ['2026-12-31', '2026-12-31', 2026, 12, 31],
    ['31. desember 2026', '31. desember 2026', 2026, 12, 31],
    ['1. jan. 2027', '1. jan. 2027', 2027, 1, 1],
    ['31 December 2026', '31 December 2026', 2026, 12, 31],
    ['December 31, 2026', 'December 31, 2026', 2026, 12, 31],
    ['Dec 31st 2026', 'Dec 31st 2026', 2026, 12, 31],
    ['30. november', '30. november', undefined, 11, 30],
    ['1. jan. Deretter', '1. jan', undefined, 1, 1],
    ['31.12', '31.12', undefined, 12, 31],
    ['1.9.–30.11.', '1.9', undefined, 9, 1],
  ])('%s', (text, span, year, month, day) => {
    expect(date(text)).toEqual({ text: span, year, month, day, placeholder: false });
  });

  it.each(['xx.xx.2016', '00.00.0000', 'dd.mm.åååå', '31.12.20xx', '01.00.2026', 'XX. desember'])('%s is a placeholder', (text) => {
    expect(date(text)?.placeholder).toBe(true);
  });

  it.each(['4.5', '5.75 øre', '31.12 kr', '12.00', '31.13.2026', '30.02.2026', '2026', '1.123.2026'])('%s is no date', (text) => {
    expect(date(text)?.placeholder ?? false).toBe(false);
    expect(date(text)?.day).toBeUndefined();
  });
});
