import type { Context } from './context.js';
import type { MoneyUnit, PerUnit } from './facts.js';
import { readNumber, type NumberRead } from './numbers.js';

/** A sum of money in the copy, or a template leftover standing where one should be. */
export interface Money {
  /** Token range [start, end) of the whole mention, unit and "per" included. */
  start: number;
  end: number;
  /** Value in `unit`; kr per kWh is turned into øre. Absent for placeholders ("--,- øre/kWh"). */
  value?: number;
  unit: MoneyUnit;
  per?: PerUnit;
  placeholder: boolean;
  /** Said to be at most this ("maks 2 øre/kWh", "opptil 49 kr", "up to NOK 1,200"): a bound, not a size. */
  ceiling?: true;
}

/** Words that make the amount after them a ceiling. */
const CEILING_WORDS = new Set(['maks', 'maksimalt', 'maksimum', 'max', 'maximum', 'inntil', 'opptil', 'høyst', 'høgst']);
/** Two- and three-word ceilings, read backwards from the amount: "up to", "at most", "ikke mer enn", "no more than". */
const CEILING_PHRASES = [
  ['up', 'to'],
  ['at', 'most'],
  ['mer', 'enn'],
  ['meir', 'enn'],
  ['more', 'than'],
];

function ceilingBefore(ctx: Context, start: number): boolean {
  const i = ctx.isPunct(start - 1, '.') ? start - 2 : start - 1;
  if (CEILING_WORDS.has(ctx.norm(i))) return true;
  // "mer enn" and "more than" bound from above only when negated: "ikke mer enn 2 øre", "no more than NOK 49".
  return CEILING_PHRASES.some(
    ([a, b]) => ctx.norm(start - 2) === a && ctx.norm(start - 1) === b && (a === 'up' || a === 'at' || ['ikke', 'ikkje', 'no', 'not'].includes(ctx.norm(start - 3))),
  );
}

const CURRENCY_BEFORE = new Set(['kr', 'nok', 'kroner', 'nkr']);
const CURRENCY_AFTER: ReadonlyMap<string, MoneyUnit> = new Map<string, MoneyUnit>([
  ['kr', 'kr'],
  ['kroner', 'kr'],
  ['krone', 'kr'],
  ['kronar', 'kr'],
  ['nok', 'kr'],
  ['nkr', 'kr'],
  ['øre', 'ore'],
  ['ore', 'ore'],
]);

const SPELT_OUT = new Set(['kroner', 'krone', 'kronar', 'øre']);

const PER_UNITS: ReadonlyMap<string, PerUnit> = new Map<string, PerUnit>([
  ...['kwh', 'kwt', 'kilowattime', 'kilowattimen', 'kilowattimer', 'kwhs'].map((w) => [w, 'kWh'] as [string, PerUnit]),
  ...['mnd', 'md', 'mån', 'måned', 'måneden', 'månad', 'månaden', 'month', 'mo', 'mth', 'mndr'].map((w) => [w, 'month'] as [string, PerUnit]),
  ...['dag', 'dagen', 'døgn', 'døgnet', 'day'].map((w) => [w, 'day'] as [string, PerUnit]),
  ...['år', 'året', 'year', 'yr', 'annum'].map((w) => [w, 'year'] as [string, PerUnit]),
  ...['faktura', 'fakturaen', 'invoice', 'regning', 'bill', 'giro'].map((w) => [w, 'invoice'] as [string, PerUnit]),
]);

/** Words that say "per" on their own: "39 kr måneden", "NOK 39 monthly". */
const PER_ALONE: ReadonlyMap<string, PerUnit> = new Map<string, PerUnit>([
  ['måneden', 'month'],
  ['månaden', 'month'],
  ['månedlig', 'month'],
  ['månadleg', 'month'],
  ['monthly', 'month'],
  ['mtl', 'month'],
  ['året', 'year'],
  ['årlig', 'year'],
  ['årleg', 'year'],
  ['yearly', 'year'],
  ['annually', 'year'],
  ['daglig', 'day'],
  ['dagleg', 'day'],
  ['daily', 'day'],
]);

/** After "i" / "om": only the forms that make "per" ("i måneden", "om året"; never "i dag" = today). */
const AFTER_I: ReadonlyMap<string, PerUnit> = new Map<string, PerUnit>([
  ['måneden', 'month'],
  ['månaden', 'month'],
  ['mnd', 'month'],
  ['md', 'month'],
  ['året', 'year'],
  ['døgnet', 'day'],
  ['døgn', 'day'],
]);

const FEE_NOUNS = new Set(['fee', 'fees', 'charge', 'subscription', 'fastbeløp', 'avgift', 'beløp', 'pris', 'price', 'cost']);

const PER_WORDS = new Set(['pr', 'per', 'a', 'an', 'each', 'every', 'hver', 'kvar', 'hvert', 'kvart']);

/** A per-unit word at token j, with "kilowatt/time", "kilowatt-time" and "kW h" joined. */
function perUnitAt(ctx: Context, j: number): { per: PerUnit; end: number } | undefined {
  const w = ctx.norm(j);
  if (w === 'kilowatt' || w === 'kw') {
    let k = j + 1;
    if (ctx.isPunct(k, '/') || ctx.isPunct(k, '-')) k += 1;
    if (['time', 'timen', 'hour', 'h'].includes(ctx.norm(k))) return { per: 'kWh', end: k + 1 };
    return undefined;
  }
  const per = PER_UNITS.get(w);
  return per ? { per, end: j + 1 } : undefined;
}

/** Reads "/kWh", "pr. mnd", "per month", "i måneden", "måneden", "monthly" at token j. */
export function readPer(ctx: Context, j: number): { per: PerUnit; end: number } | undefined {
  let k = j;
  // "kr./mnd": the abbreviation dot before a slash.
  if (ctx.isPunct(k, '.') && ctx.tight(k) && ctx.isPunct(k + 1, '/')) k += 1;
  const w = ctx.norm(k);
  if (ctx.isPunct(k, '/')) return perUnitAt(ctx, k + 1);
  if (w === 'pr' || w === 'per') {
    let m = k + 1;
    if (ctx.isPunct(m, '.')) m += 1;
    if (ctx.isPunct(m, '/')) m += 1;
    return perUnitAt(ctx, m);
  }
  if (PER_WORDS.has(w)) return perUnitAt(ctx, k + 1);
  if (w === 'i' || w === 'om') {
    const per = AFTER_I.get(ctx.norm(k + 1));
    return per ? { per, end: k + 2 } : undefined;
  }
  // "NOK 29 monthly fee": the word belongs to the fee that follows, not to the amount.
  if (FEE_NOUNS.has(ctx.norm(k + 1))) return undefined;
  const alone = PER_ALONE.get(w);
  return alone ? { per: alone, end: k + 1 } : undefined;
}

/** A run of x's standing for a number: "XX", "x,xx", "xx,-". */
function xNumberAt(ctx: Context, i: number): number {
  const isX = (k: number) => {
    const w = ctx.norm(k);
    return w.length <= 4 && w[0] === 'x' && /^x+$/.test(w);
  };
  if (!isX(i)) return -1;
  let j = i + 1;
  if ((ctx.isPunct(j, ',') || ctx.isPunct(j, '.')) && ctx.tight(j) && ctx.tight(j + 1)) {
    if (isX(j + 1)) j += 2;
    else if (ctx.isPunct(j + 1, '-')) j += 2;
  }
  return j;
}

/** A dash placeholder: "--,-", "-,--", "--.--" (tokens touching each other). */
export function dashPlaceholderAt(ctx: Context, i: number): number {
  if (!ctx.isPunct(i, '-') || (ctx.tight(i) && ctx.isNum(i - 1))) return -1;
  let j = i;
  while (j - i < 4 && ctx.isPunct(j, '-') && (j === i || ctx.tight(j))) j += 1;
  if (!(ctx.isPunct(j, ',') || ctx.isPunct(j, '.')) || !ctx.tight(j) || !ctx.isPunct(j + 1, '-') || !ctx.tight(j + 1)) return -1;
  j += 1;
  const stop = j + 4;
  while (j < stop && ctx.isPunct(j, '-') && ctx.tight(j)) j += 1;
  return j;
}

/** A zero template number: "00,00", "000" (a real zero is written "0" or "0,00"). */
function zeroTemplate(n: NumberRead): boolean {
  return !n.word && n.intText.length >= 2 && /^0+$/.test(n.intText) && /^0*$/.test(n.fracText);
}

function currencyAfter(ctx: Context, j: number): { unit: MoneyUnit; end: number } | undefined {
  const unit = CURRENCY_AFTER.get(ctx.norm(j));
  if (!unit) return undefined;
  let end = j + 1;
  // "kr." before a per unit or a kroner dash.
  if (ctx.isPunct(end, '.') && ctx.tight(end) && ctx.isPunct(end + 1, '-')) end += 2;
  return { unit, end };
}

/** The value part at token i: a number, an x-run or a dash placeholder. */
function valueAt(ctx: Context, i: number): { end: number; number?: NumberRead; placeholder: boolean } | undefined {
  const dashEnd = dashPlaceholderAt(ctx, i);
  if (dashEnd > 0) return { end: dashEnd, placeholder: true };
  const xEnd = xNumberAt(ctx, i);
  if (xEnd > 0) return { end: xEnd, placeholder: true };
  const n = readNumber(ctx, i);
  if (!n) return undefined;
  return { end: n.end, number: n, placeholder: zeroTemplate(n) };
}

/** How far back from a figure the "(unit):" of its label is looked for. */
const LABEL_UNIT_REACH = 7;

/** The unit a label states in parentheses right before a figure ("Fastpris (øre/kWt): 79,90", "Fastbeløp (kr/mnd): 39"). */
function unitOfLabel(ctx: Context, figure: number): { unit: MoneyUnit; per: PerUnit } | undefined {
  if (!ctx.isPunct(figure - 1, ':') || !ctx.isPunct(figure - 2, ')')) return undefined;
  for (let open = figure - 3; open >= Math.max(0, figure - LABEL_UNIT_REACH); open--) {
    if (!ctx.isPunct(open, '(')) continue;
    const unit = currencyAfter(ctx, open + 1);
    const per = unit && readPer(ctx, unit.end);
    return unit && per && per.end === figure - 2 ? { unit: unit.unit, per: per.per } : undefined;
  }
  return undefined;
}

/**
 * Reads a sum of money at token i: "kr 59,-", "kr. 25", "NOK 0,39", "59 kr", "4,9 øre/kWh",
 * "1200,-", "39 kr måneden", "kr 1,50 pr. dag". A bare number is never money.
 */
export function readMoney(ctx: Context, i: number): Money | undefined {
  const start = i;
  let unit: MoneyUnit | undefined;
  let k = i;
  if (CURRENCY_BEFORE.has(ctx.norm(i))) {
    k = i + 1;
    if (ctx.isPunct(k, '.') || ctx.isPunct(k, ':')) k += 1;
    unit = 'kr';
  }
  const v = valueAt(ctx, k);
  if (!v) return undefined;
  // Number words are money only with the unit after them: "null kroner", "tre kroner".
  if (v.number?.word && unit) return undefined;
  let end = v.end;
  if (!unit) {
    const after = currencyAfter(ctx, end);
    // Number words are money only before a spelt-out unit: "null kroner", not "up to NOK 1,200".
    if (after && v.number?.word && !SPELT_OUT.has(ctx.norm(end))) return undefined;
    if (after) {
      unit = after.unit;
      end = after.end;
    } else if (v.number?.dash) unit = 'kr';
    else if (v.number && !v.number.word && !ctx.isWord(end) && !ctx.isNum(end)) {
      // A figure alone under a label that states its unit: "Fastpris (øre/kWt): 79,90" (a table's column).
      const labelled = unitOfLabel(ctx, start);
      if (!labelled) return undefined;
      const money: Money = { start, end, unit: labelled.unit, placeholder: v.placeholder, per: labelled.per };
      if (!v.placeholder) money.value = v.number.value;
      return money;
    } else return undefined;
  } else if (CURRENCY_AFTER.get(ctx.norm(end)) === 'kr') {
    end += 1;
  }
  const per = readPer(ctx, end);
  let value = v.placeholder ? undefined : v.number?.value;
  if (per) end = per.end;
  if (value !== undefined && unit === 'kr' && per?.per === 'kWh') {
    unit = 'ore';
    value = Math.round(value * 100 * 1e6) / 1e6;
  }
  if (value !== undefined && !Number.isFinite(value)) return undefined;
  const money: Money = { start, end, unit, placeholder: v.placeholder };
  if (value !== undefined) money.value = value;
  if (ceilingBefore(ctx, start)) money.ceiling = true;
  if (per) money.per = per.per;
  return money;
}
