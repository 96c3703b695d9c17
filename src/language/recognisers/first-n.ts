import type { Analysis } from '../analysis.js';
import type { Context } from '../context.js';
import type { FactData } from '../facts.js';
import { readNumber } from '../numbers.js';
import { PLURAL_TIME_UNITS, TIME_UNITS } from '../words.js';
import { readKwh } from './kwh.js';

const FIRST = new Set(['første', 'fyrste', 'first', 'forste']);
const DETERMINERS = new Set(['de', 'dei', 'den', 'det', 'the']);
const WITHIN = new Set(['during', 'within', 'innen', 'innan', 'under']);

type End = FactData['end'];

/** What follows "første": a duration, a kWh volume, or a bare unit ("første måned", "det første året", "de første månedene"). */
function periodAfter(a: Analysis, k: number): { end: number; data?: End } | undefined {
  const d = a.durationAt(k);
  if (d) {
    a.claimedDurations.add(d);
    return { end: d.end, data: d.months !== undefined ? { how: 'period', months: d.months } : { how: 'period', days: d.days! } };
  }
  const kwh = readKwh(a.ctx, k);
  if (kwh) return { end: kwh.end, data: { how: 'cap', kwh: kwh.kwh } };
  return unitAlone(a.ctx, k);
}

/**
 * A time unit without a number: one of it ("første måned", "det første året"), or, in the plural, an
 * unstated number of them ("de første månedene", "the first months"): an offer, but no end.
 */
function unitAlone(ctx: Context, k: number): { end: number; data?: End } | undefined {
  if (PLURAL_TIME_UNITS.has(ctx.norm(k))) return { end: k + 1 };
  return countedUnit(ctx, k, 1);
}

/**
 * "guaranteed for the first 6 months": the period of a guarantee read before (see the pipeline's order)
 * is no offer. A guarantee named earlier in the sentence without a period of its own takes this one
 * ("Prisgaranti: påslaget endres ikke de første 12 månedene").
 */
function guaranteePeriod(a: Analysis, from: number, to: number, data: End | undefined): boolean {
  const { ctx } = a;
  const { start, end } = ctx.span(from, to);
  const guarantees = a.factsOf('guarantee');
  if (guarantees.some((g) => g.months !== undefined && g.start <= start && end <= g.end)) return true;
  if (data?.how !== 'period' || data.months === undefined) return false;
  const open = guarantees.find(
    (g) => !g.negated && g.months === undefined && g.until === undefined && ctx.lookBehind(from, GUARANTEE_REACH, 'sentence', (j) => ctx.tokens[j]!.end === g.end) >= 0,
  );
  if (!open) return false;
  open.months = data.months;
  return true;
}

/** How far back in its sentence a first-N period looks for the guarantee it belongs to. */
const GUARANTEE_REACH = 10;

/**
 * First-N offers: "de første 3 månedene", "første 3 mnd.", "de 12 første månedene", "dei fyrste tre
 * månadene", "for the first 3 months", "de første 30 000 kWh". Each is a `campaign` marker (first-n)
 * and an `end` (a period, or a volume cap) over the same words.
 */
export function recogniseFirstN(a: Analysis): void {
  const { ctx } = a;
  for (let i = 0; i < ctx.length; i++) {
    let found: { end: number; data?: End } | undefined;
    if (DETERMINERS.has(ctx.norm(i)) && !FIRST.has(ctx.norm(i + 1))) {
      // "de 12 første månedene", "dei tre fyrste månadene".
      const n = readNumber(ctx, i + 1);
      if (n && FIRST.has(ctx.norm(n.end))) found = countedUnit(ctx, n.end + 1, n.value) ?? kwhAfterFirst(ctx, n.start, n.end + 1);
    } else if (FIRST.has(ctx.norm(i)) || (DETERMINERS.has(ctx.norm(i)) && FIRST.has(ctx.norm(i + 1)))) {
      const k = FIRST.has(ctx.norm(i)) ? i + 1 : i + 2;
      found = periodAfter(a, k);
    }
    // "if you leave during the first year", "i løpet av de første 12 månedene": a window for a fee, not an offer.
    const before = DETERMINERS.has(ctx.norm(i - 1)) ? i - 2 : i - 1;
    if (!found || WITHIN.has(ctx.norm(before)) || (ctx.norm(before) === 'av' && ctx.norm(before - 1) === 'løpet')) continue;
    if (guaranteePeriod(a, i, found.end, found.data)) {
      i = found.end - 1;
      continue;
    }
    a.add('campaign', i, found.end, { marker: 'first-n' });
    if (found.data) a.add('end', i, found.end, found.data);
    i = found.end - 1;
  }
}

/** "de 12 første månedene": a unit counted before "første", plural as it must be. */
function countedUnit(ctx: Context, k: number, count: number): { end: number; data: End } | undefined {
  const unit = TIME_UNITS.get(ctx.norm(k));
  if (!unit) return undefined;
  return {
    end: k + 1,
    data:
      unit === 'year' ? { how: 'period', months: count * 12 } : unit === 'month' ? { how: 'period', months: count } : { how: 'period', days: unit === 'week' ? count * 7 : count },
  };
}

/** "de 5000 første kWh". */
function kwhAfterFirst(ctx: Context, numberAt: number, unitAt: number): { end: number; data?: End } | undefined {
  const n = readNumber(ctx, numberAt);
  const w = ctx.norm(unitAt);
  if (!n || !(w === 'kwh' || w === 'kwt')) return undefined;
  return { end: unitAt + 1, data: { how: 'cap', kwh: n.value } };
}
