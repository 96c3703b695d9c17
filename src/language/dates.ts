import type { Context } from './context.js';
import { memoWord } from './memo.js';
import { MONTHS, WEAK_MONTHS } from './words.js';

/** A calendar date in the copy, or a template leftover shaped like one ("xx.xx.2016"). */
export interface DateRead {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  placeholder: boolean;
}

const MONEY_WORDS = new Set(['kr', 'kroner', 'øre', 'nok', 'kwh', 'kwt', '%']);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** ISO yyyy-mm-dd when the year is known. */
export function isoDate(d: Pick<DateRead, 'year' | 'month' | 'day'>): string | undefined {
  if (d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

function year(text: string): number | undefined {
  if (text.length === 4) {
    const y = Number(text);
    return y >= 1990 && y <= 2099 ? y : undefined;
  }
  return text.length === 2 ? 2000 + Number(text) : undefined;
}

/** Template letters in a date: "xx", "dd", "mm", "yyyy", "åååå". */
const templateWord = memoWord((w: string): boolean => /^(x{1,4}|d{1,2}|m{1,2}|y{2,4}|å{2,4}|a{4})$/.test(w));

/** A month name at token j (the weak ones, "mai", "des", only when `strong` is false). */
function monthAt(ctx: Context, j: number, allowWeak: boolean): number | undefined {
  const w = ctx.norm(j);
  const m = MONTHS.get(w);
  if (m === undefined) return undefined;
  if (WEAK_MONTHS.has(w) && !allowWeak) return undefined;
  return m;
}

/**
 * Reads a date at token i: "31.12.2026", "1.1.27", "31/12-26", "2026-12-31", "31. desember 2026",
 * "1. jan. 2027", "31 December 2026", "December 31, 2026", and day–month without a year ("31.12",
 * "30. november"). Zero or lettered parts ("00.00.0000", "xx.xx.2016") make a placeholder.
 */
export function readDate(ctx: Context, i: number): DateRead | undefined {
  const t = ctx.tokens[i];
  if (!t) return undefined;
  if (t.kind === 'word') {
    if (templateWord(t.norm)) return templateDate(ctx, i);
    return monthFirst(ctx, i);
  }
  if (t.kind !== 'num') return undefined;
  if (t.norm.length === 4) return isoDate8601(ctx, i);
  if (t.norm.length > 2) return undefined;
  return numericDate(ctx, i) ?? dayMonthName(ctx, i);
}

/** Separator at j between date parts: '.', '/', or '-'; must touch both neighbours. */
function sepAt(ctx: Context, j: number, allowed: string): boolean {
  return ctx.isPunct(j) && allowed.includes(ctx.norm(j)) && ctx.tight(j) && ctx.tight(j + 1);
}

function numericDate(ctx: Context, i: number): DateRead | undefined {
  const dayText = ctx.norm(i);
  if (!sepAt(ctx, i + 1, './-') || !ctx.isNum(i + 2) || ctx.norm(i + 2).length > 2) return undefined;
  const sep = ctx.norm(i + 1);
  const monthText = ctx.norm(i + 2);
  const zeroDay = /^0+$/.test(dayText);
  const zeroMonth = /^0+$/.test(monthText);
  let end = i + 3;
  let yearText: string | undefined;
  if (sepAt(ctx, i + 3, sep === '/' ? '/-' : sep) && ctx.isNum(i + 4)) {
    yearText = ctx.norm(i + 4);
    end = i + 5;
    // "31.12.20xx"
    if (ctx.isWord(end) && ctx.tight(end) && templateWord(ctx.norm(end))) return { start: i, end: end + 1, placeholder: true };
  } else if (sep === '-') return undefined;
  else if (ctx.isPunct(end, '.') && ctx.tight(end) && ctx.isNum(end + 1) && ctx.tight(end + 1)) return undefined;
  // "00.00.0000", "00.00" and "01.00.2026" are templates; "12.00" is a time of day and "0.0" a zero.
  const template = zeroDay && zeroMonth && dayText.length === 2 && monthText.length === 2;
  const yearShaped = yearText !== undefined && (yearText.length === 2 || yearText.length === 4);
  if (template || (yearShaped && (zeroDay || zeroMonth))) return { start: i, end, placeholder: true };
  const y = yearText === undefined ? undefined : year(yearText);
  if (yearText !== undefined && y === undefined) return undefined;
  const day = Number(dayText);
  const month = Number(monthText);
  if (!validDay(day, month)) return undefined;
  if (y === undefined) {
    // Day–month without a year must not be a decimal ("4.5", "31.12 kr"); "1.9." with its closing dot is a date.
    const closed = ctx.isPunct(end, '.') && ctx.tight(end);
    if (sep === '.' && monthText.length !== 2 && dayText.length !== 2 && !closed) return undefined;
    if (MONEY_WORDS.has(ctx.norm(end))) return undefined;
  }
  const d: DateRead = { start: i, end, month, day, placeholder: false };
  if (y !== undefined) d.year = y;
  return d;
}

function isoDate8601(ctx: Context, i: number): DateRead | undefined {
  if (!sepAt(ctx, i + 1, '-') || !ctx.isNum(i + 2) || !sepAt(ctx, i + 3, '-') || !ctx.isNum(i + 4)) return undefined;
  const y = year(ctx.norm(i));
  const month = Number(ctx.norm(i + 2));
  const day = Number(ctx.norm(i + 4));
  if (y === undefined || ctx.norm(i + 2).length > 2 || ctx.norm(i + 4).length > 2) return undefined;
  if (month === 0 || day === 0) return { start: i, end: i + 5, placeholder: true };
  if (!validDay(day, month)) return undefined;
  return { start: i, end: i + 5, year: y, month, day, placeholder: false };
}

/** Year after a month name: "desember 2026", "jan. 2027". */
function yearAfter(ctx: Context, j: number): { year?: number; end: number } {
  let k = j;
  if (ctx.isPunct(k, ',')) k += 1;
  const t = ctx.tokens[k];
  if (t?.kind === 'num' && t.norm.length === 4) {
    const y = year(t.norm);
    if (y !== undefined) return { year: y, end: k + 1 };
  }
  return { end: j };
}

function dayMonthName(ctx: Context, i: number): DateRead | undefined {
  const day = Number(ctx.norm(i));
  let j = i + 1;
  if (ctx.isPunct(j, '.')) j += 1;
  const month = monthAt(ctx, j, true);
  if (month === undefined || !validDay(day, month)) {
    return month !== undefined && day === 0 ? { start: i, end: j + 1, placeholder: true } : undefined;
  }
  let end = j + 1;
  if (ctx.isPunct(end, '.') && ctx.tight(end) && ctx.norm(end - 1).length <= 4) end += 1;
  const y = yearAfter(ctx, end);
  // Keep an abbreviation dot only when a year follows it.
  if (y.year === undefined && ctx.isPunct(end - 1, '.')) end -= 1;
  const d: DateRead = { start: i, end: y.year !== undefined ? y.end : end, month, day, placeholder: false };
  if (y.year !== undefined) d.year = y.year;
  return d;
}

/** "December 31, 2026", "Dec. 31 2026". */
function monthFirst(ctx: Context, i: number): DateRead | undefined {
  const month = monthAt(ctx, i, false);
  if (month === undefined) return undefined;
  let j = i + 1;
  if (ctx.isPunct(j, '.')) j += 1;
  const t = ctx.tokens[j];
  if (t?.kind !== 'num' || t.norm.length > 2) return undefined;
  const day = Number(t.norm);
  if (!validDay(day, month)) return undefined;
  let k = j + 1;
  // English ordinal suffix: "December 31st".
  if (['st', 'nd', 'rd', 'th'].includes(ctx.norm(k)) && ctx.tight(k)) k += 1;
  const y = yearAfter(ctx, k);
  if (y.year === undefined) return undefined;
  return { start: i, end: y.end, year: y.year, month, day, placeholder: false };
}

/** "xx.xx.2016", "xx.xx.xxxx", "dd.mm.åååå", "XX. desember". */
function templateDate(ctx: Context, i: number): DateRead | undefined {
  const part = (j: number) => (ctx.isWord(j) && templateWord(ctx.norm(j))) || ctx.isNum(j);
  if (sepAt(ctx, i + 1, './') && part(i + 2)) {
    if (sepAt(ctx, i + 3, './-') && part(i + 4)) return { start: i, end: i + 5, placeholder: true };
    return undefined;
  }
  let j = i + 1;
  if (ctx.isPunct(j, '.')) j += 1;
  if (monthAt(ctx, j, true) !== undefined && /^x+$/.test(ctx.norm(i))) return { start: i, end: j + 1, placeholder: true };
  return undefined;
}
