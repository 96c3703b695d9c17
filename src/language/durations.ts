import type { Context } from './context.js';
import { memoWord } from './memo.js';
import { readNumber } from './numbers.js';
import { GENITIVE_UNITS, NUMBER_WORDS, TIME_UNITS, type TimeUnit } from './words.js';

/** A length of time in the copy: "3 måneder", "tolv måneders", "ett år", "30 dagers", "12-month". */
export interface Duration {
  start: number;
  end: number;
  unit: TimeUnit;
  count: number;
  /** Whole months, for month and year units. */
  months?: number;
  /** Days, for day and week units. */
  days?: number;
  /** Genitive or adjectival form that qualifies a noun: "12 måneders bindingstid", "12-month". */
  attributive: boolean;
  /** Written as a definite plural: "de første 3 månedene". */
  definite: boolean;
}

const DEFINITE = new Set(['månedene', 'månadene', 'månadane', 'dagene', 'dagane', 'ukene', 'vekene', 'årene', 'åra']);

function make(start: number, end: number, count: number, unit: TimeUnit, unitWord: string, hyphen: boolean): Duration {
  const d: Duration = { start, end, unit, count, attributive: hyphen || GENITIVE_UNITS.has(unitWord), definite: DEFINITE.has(unitWord) };
  if (unit === 'month') d.months = count;
  else if (unit === 'year') d.months = Math.round(count * 12);
  else if (unit === 'week') d.days = count * 7;
  else d.days = count;
  return d;
}

/** "ettårig", "toårige", "treårsavtale": a number word fused with "år". */
const fusedYears = memoWord((word: string): number | undefined => {
  if (word.length > 24 || !word.includes('år')) return undefined;
  const m = /^([a-zæøåé]+)år(ig|ige|savtale|savtalen)$/.exec(word);
  return m ? NUMBER_WORDS.get(m[1]!) : undefined;
});

/**
 * Reads a duration at token i. Number words need their unit right after them ("to år", never "to"
 * alone); "et halvt år" and "half a year" are six months; "eitt- eller toårig" yields "eitt-" as a year.
 */
export function readDuration(ctx: Context, i: number): Duration | undefined {
  const w = ctx.norm(i);
  const fused = fusedYears(w);
  if (fused !== undefined) return make(i, i + 1, fused, 'year', '', true);
  if (w === 'halvår' || w === 'halvåret' || w === 'halvårig') return make(i, i + 1, 0.5, 'year', '', w === 'halvårig');
  const half = halfYear(ctx, i);
  if (half) return half;
  const n = readNumber(ctx, i);
  if (!n || n.dash || n.value < 0 || n.value > 120) return undefined;
  let j = n.end;
  // "1,5 år"; "ett og et halvt år".
  const count = n.value;
  if (n.word && ['og', 'and'].includes(ctx.norm(j))) {
    const h = halfYear(ctx, j + 1);
    if (h) return make(i, h.end, count + 0.5, 'year', '', false);
  }
  // "tolv (12) måneder": the figure repeated in brackets.
  if (ctx.isPunct(j, '(') && ctx.isNum(j + 1) && ctx.isPunct(j + 2, ')')) j += 3;
  let hyphen = false;
  if (ctx.isPunct(j, '-') && ctx.tight(j)) {
    // "12-årig", "1-års", "12-month".
    const after = ctx.norm(j + 1);
    const fusedAfter = /^år(ig|ige|s)?$/.test(after) ? 1 : undefined;
    if (fusedAfter && ctx.tight(j + 1)) return make(i, j + 2, count, 'year', '', true);
    if (TIME_UNITS.has(after) && ctx.tight(j + 1)) {
      hyphen = true;
      j += 1;
    } else if (n.word && ['eller', 'og', 'or', 'and'].includes(after)) {
      // "eitt- eller toårig": the first number borrows the unit of the fused word that follows.
      const next = ctx.norm(j + 2);
      if (fusedYears(next) !== undefined) return make(i, j + 1, count, 'year', '', true);
      return undefined;
    } else return undefined;
  }
  const unitWord = ctx.norm(j);
  const unit = TIME_UNITS.get(unitWord);
  if (!unit) return undefined;
  return make(i, j + 1, count, unit, unitWord, hyphen);
}

/** No offer runs longer than five years: "i 20 år" is a company's history, not an offer's end. */
export function plausibleTerm(d: Pick<Duration, 'months' | 'days'>): boolean {
  return (d.months ?? 0) <= 60 && (d.days ?? 0) <= 5 * 366;
}

/**
 * A list of counts sharing one unit: "1, 2 eller 3 år", "12 or 24 months". Returns one duration per
 * count (the last one carries the unit), or an empty list.
 */
export function readDurationList(ctx: Context, i: number): Duration[] {
  const counts: Array<{ start: number; end: number; value: number }> = [];
  let j = i;
  while (counts.length < 5) {
    const n = readNumber(ctx, j);
    if (!n || n.dash || n.value <= 0 || n.value > 120) return [];
    counts.push({ start: j, end: n.end, value: n.value });
    const glue = ctx.norm(n.end);
    if (!LIST_GLUE.has(glue)) break;
    j = n.end + 1;
  }
  const last = counts[counts.length - 1];
  const unitWord = last ? ctx.norm(last.end) : '';
  const unit = TIME_UNITS.get(unitWord);
  if (!unit || counts.length < 2) return [];
  return counts.map((c, k) => make(c.start, k === counts.length - 1 ? c.end + 1 : c.end, c.value, unit, unitWord, false));
}

const LIST_GLUE = new Set([',', 'eller', 'og', 'or', 'and', '/']);

/** "et halvt år", "eit halvt år", "halvt år", "half a year". */
function halfYear(ctx: Context, i: number): Duration | undefined {
  let j = i;
  if (['et', 'eit', 'ett', 'eitt'].includes(ctx.norm(j)) && ctx.norm(j + 1) === 'halvt') j += 1;
  if (ctx.norm(j) === 'halvt' && TIME_UNITS.get(ctx.norm(j + 1)) === 'year') return make(i, j + 2, 0.5, 'year', '', false);
  if (ctx.norm(j) === 'half' && ctx.norm(j + 1) === 'a' && ctx.norm(j + 2) === 'year') return make(i, j + 3, 0.5, 'year', '', false);
  return undefined;
}
