import type { Analysis } from '../analysis.js';
import type { Context } from '../context.js';
import type { FactData } from '../facts.js';

type Area = FactData['price-area']['area'];

const AREAS: readonly Area[] = ['NO1', 'NO2', 'NO3', 'NO4', 'NO5'];

/** An area digit 1–5 ("3", "03") at token j that is a whole number. */
function digitAt(ctx: Context, j: number, leadingZero: boolean): number | undefined {
  const t = ctx.tokens[j];
  if (t?.kind !== 'num') return undefined;
  if (!(t.norm.length === 1 || (t.norm.length === 2 && t.norm[0] === '0'))) return undefined;
  if (leadingZero && t.norm[0] !== '0') return undefined;
  const d = Number(t.norm);
  // "NO 1.5", "NO1,2 kr": a decimal is not an area.
  if ((ctx.isPunct(j + 1, '.') || ctx.isPunct(j + 1, ',')) && ctx.tight(j + 1) && ctx.isNum(j + 2) && ctx.tight(j + 2)) return undefined;
  return d >= 1 && d <= 5 ? d : undefined;
}

/** "NO1", "NO 1" (capitals), "NO-1", "N01", "no1": the area and the token after it. */
function areaCodeAt(ctx: Context, i: number): { area: number; end: number } | undefined {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word') return undefined;
  let j = i + 1;
  const next = ctx.tokens[j];
  if (!next) return undefined;
  if (t.norm === 'no' || t.norm === 'n0') {
    if (next.norm === '-' && ctx.tight(j)) j += 1;
    else if (next.space && !t.caps) return undefined;
    const area = digitAt(ctx, j, false);
    return area ? { area, end: j + 1 } : undefined;
  }
  if (t.norm === 'n' && !next.space) {
    const area = digitAt(ctx, j, true);
    return area ? { area, end: j + 1 } : undefined;
  }
  return undefined;
}

const AREA_WORDS = new Set(['prisområde', 'prisområdet', 'prisområdene', 'prisområda', 'prisområder']);

const LIST_GLUE = new Set([',', 'og', 'and', 'eller', 'or', '&', '/']);
const RANGE_GLUE = new Set(['-', 'til', 'to']);

/** `price-area`: NO1–NO5 in every spelling, lists and ranges ("NO1–NO3", "prisområde 1, 2 og 5"). */
export function recognisePriceAreas(a: Analysis): void {
  const { ctx } = a;
  const emit = (area: number, from: number, to: number) => a.add('price-area', from, to, { area: AREAS[area - 1]! });
  for (let i = 0; i < ctx.length; i++) {
    const code = areaCodeAt(ctx, i);
    const named = !code && AREA_WORDS.has(ctx.norm(i)) ? i + 1 : -1;
    const areaWord = named < 0 && ctx.norm(i) === 'price' && ctx.norm(i + 1) === 'area' ? i + 2 : named;
    if (!code && areaWord < 0) continue;
    if (code) {
      emit(code.area, i, code.end);
      i = rangeAfter(a, code.area, code.end, i, emit);
      continue;
    }
    // "prisområde 3", "prisområde 1, 2 og 5", "prisområde 1–4"; "prisområde NO3" is read at NO3.
    let j = areaWord;
    let prev: number | undefined;
    for (let count = 0; count < 5; count++) {
      const d = digitAt(ctx, j, false);
      if (d === undefined) break;
      if (prev !== undefined && RANGE_GLUE.has(ctx.norm(j - 1))) for (let k = prev + 1; k < d; k++) emit(k, j - 2, j + 1);
      emit(d, j, j + 1);
      prev = d;
      if (!LIST_GLUE.has(ctx.norm(j + 1)) && !RANGE_GLUE.has(ctx.norm(j + 1))) {
        j += 1;
        break;
      }
      j += 2;
    }
    if (prev !== undefined) i = j - 1;
  }
}

/** After an area code: "–NO5", "til NO3" spell out the areas between. Returns the last token read. */
function rangeAfter(a: Analysis, first: number, from: number, start: number, emit: (area: number, f: number, t: number) => void): number {
  const { ctx } = a;
  if (!RANGE_GLUE.has(ctx.norm(from))) return from - 1;
  const last = areaCodeAt(ctx, from + 1);
  if (!last || last.area <= first) return from - 1;
  for (let k = first + 1; k < last.area; k++) emit(k, start, last.end);
  emit(last.area, from + 1, last.end);
  return last.end - 1;
}
