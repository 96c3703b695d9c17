import type { Analysis } from '../analysis.js';
import type { Context } from '../context.js';
import { dashPlaceholderAt } from '../money.js';
import { PhraseSet } from '../phrases.js';

/** Words that stand for a value in a template: "[PRIS]", "{{dato}}". */
const SLOT_WORDS = new Set([
  'pris',
  'prisen',
  'dato',
  'beløp',
  'belop',
  'price',
  'date',
  'amount',
  'produkt',
  'produktnavn',
  'navn',
  'name',
  'tekst',
  'text',
  'sum',
  'verdi',
  'value',
  'påslag',
  'fastbeløp',
  'kampanjepris',
  'leverandør',
  'supplier',
  'xx',
  'xxx',
  'sluttdato',
  'startdato',
  'månedspris',
  'markup',
  'fee',
  'tbd',
  'product',
  'firma',
  'selskap',
  'company',
  'kunde',
  'customer',
  'periode',
  'period',
  'antall',
  'number',
  'nn',
  'bindingstid',
  'frist',
  'deadline',
  'enddate',
  'monthly',
  'fastpris',
]);

const LEFTOVERS = new PhraseSet(['tbd', 'tba', 'tbc', 'lorem ipsum', 'n/a pris']);

const OPEN: Record<string, string> = { '[': ']', '{': '}', '%': '%', '<': '>' };

/** "[PRIS]", "{{ dato }}", "%PRICE%": a bracket holding one to four slot words. */
function slotAt(ctx: Context, i: number): number {
  const close = OPEN[ctx.norm(i)];
  if (!close) return -1;
  let j = i + 1;
  while (ctx.norm(j) === ctx.norm(i) && j - i < 3) j += 1;
  const first = j;
  let words = 0;
  let slot = false;
  while (j < ctx.length && j - first < 6 && ctx.norm(j) !== close) {
    const t = ctx.tokens[j]!;
    if (t.kind === 'word') {
      words += 1;
      if (SLOT_WORDS.has(t.norm)) slot = true;
      else if (!t.upper && !t.caps) return -1;
    } else if (!(t.norm === '_' || t.norm === '-' || t.norm === '/')) return -1;
    j += 1;
  }
  if (!slot || words === 0 || words > 4 || ctx.norm(j) !== close) return -1;
  while (ctx.norm(j) === close && j - first < 12) j += 1;
  return j;
}

/** `placeholder`: template leftovers published as if they were facts. */
export function recognisePlaceholders(a: Analysis): void {
  const { ctx } = a;
  const skip = new Uint8Array(ctx.length);
  for (const m of a.money) {
    if (m.placeholder) a.add('placeholder', m.start, m.end, {});
    skip.fill(1, m.start, m.end);
  }
  for (const d of a.dates) {
    if (d.placeholder) a.add('placeholder', d.start, d.end, {});
    skip.fill(1, d.start, d.end);
  }
  for (let i = 0; i < ctx.length; i++) {
    if (skip[i]) continue;
    const end = Math.max(dashPlaceholderAt(ctx, i), slotAt(ctx, i), LEFTOVERS.match(ctx, i)?.end ?? -1, xRunAt(ctx, i));
    if (end > i) {
      a.add('placeholder', i, end, {});
      i = end - 1;
    }
  }
}

/** "XX" on its own where a value should be ("Kampanjen varer til XX"). */
function xRunAt(ctx: Context, i: number): number {
  const w = ctx.norm(i);
  return w.length >= 2 && w.length <= 4 && w[0] === 'x' && /^x+$/.test(w) ? i + 1 : -1;
}
