import type { Context } from '../context.js';
import { readNumber } from '../numbers.js';

const KWH = new Set(['kwh', 'kwt', 'kilowattimer', 'kilowattime', 'kilowatt-timer']);

/** A volume of energy at token i: "30 000 kWh", "5,000 kWh", "500 kilowattimer". */
export function readKwh(ctx: Context, i: number): { kwh: number; start: number; end: number } | undefined {
  const n = readNumber(ctx, i);
  if (!n || n.word || n.dash) return undefined;
  const w = ctx.norm(n.end);
  if (KWH.has(w)) return { kwh: n.value, start: i, end: n.end + 1 };
  if (w === 'kw' && ctx.norm(n.end + 1) === 'h') return { kwh: n.value, start: i, end: n.end + 2 };
  return undefined;
}
