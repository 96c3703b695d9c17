import type { Analysis } from '../analysis.js';
import type { Quantity } from '../facts.js';
import type { Money } from '../money.js';
import { readKwh } from './kwh.js';
import { CONSUMPTION } from './kwh-limits.js';

/** The quantity a money mention states, or undefined for a placeholder. */
export function quantityOf(m: Money): Quantity | undefined {
  if (m.value === undefined) return undefined;
  const q: Quantity = { value: m.value, unit: m.unit };
  if (m.per) q.per = m.per;
  if (m.ceiling) q.ceiling = true;
  return q;
}

/** How far back in its sentence a sum looks for the consumption it is worked out for. */
const EXAMPLE_WINDOW = 16;

/**
 * A sum per year, or for no period, after a consumption in its sentence ("Brukar du 16 000 kWh i året,
 * utgjer påslaget 600 kr i året", "at 20,000 kWh a year that is NOK 980"): what the price comes to,
 * not a price. Prices per kWh or per month are prices still ("39 kr/mnd for forbruk under 8 000 kWh").
 */
function workedExample(a: Analysis, m: Money): boolean {
  if (m.per !== undefined && m.per !== 'year') return false;
  const { ctx } = a;
  return (
    ctx.lookBehind(m.start, EXAMPLE_WINDOW, 'sentence', (j) => readKwh(ctx, j) !== undefined && ctx.lookBehind(j, 3, 'sentence', (k) => CONSUMPTION.test(ctx.norm(k))) >= 0) >= 0
  );
}

/** `amount`: every sum of money with its unit and what it is per. */
export function recogniseAmounts(a: Analysis): void {
  for (const m of a.money) {
    const q = quantityOf(m);
    if (!q) continue;
    if (workedExample(a, m)) q.estimate = true;
    a.add('amount', m.start, m.end, q);
  }
}
