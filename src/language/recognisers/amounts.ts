import type { Analysis } from '../analysis.js';
import type { Quantity } from '../facts.js';
import type { Money } from '../money.js';

/** The quantity a money mention states, or undefined for a placeholder. */
export function quantityOf(m: Money): Quantity | undefined {
  if (m.value === undefined) return undefined;
  const q: Quantity = { value: m.value, unit: m.unit };
  if (m.per) q.per = m.per;
  if (m.ceiling) q.ceiling = true;
  return q;
}

/** `amount`: every sum of money with its unit and what it is per. */
export function recogniseAmounts(a: Analysis): void {
  for (const m of a.money) {
    const q = quantityOf(m);
    if (q) a.add('amount', m.start, m.end, q);
  }
}
