import type { Analysis } from '../analysis.js';
import type { Context } from '../context.js';
import { readPer } from '../money.js';
import { Lexicon } from '../phrases.js';
import { readKwh } from './kwh.js';

/** Words before a volume that make it a limit; "up to" words make a cap on an offer. */
const LIMIT_WORDS = new Lexicon<'cap' | 'limit'>([
  ['opptil|inntil|opp til|up to|for opptil|for inntil|for up to', 'cap'],
  [
    'maks|maks.|maksimalt|maksimum|max|max.|maximum|høyst|over|under|mer enn|mindre enn|meir enn|more than|less than|above|below|' +
      'minst|minimum|at least|ikke over|ikkje over|exceeding|overstiger|overskrider|exceeds|ikke mer enn|not more than|no more than',
    'limit',
  ],
]);

const CONSUMPTION = /^(forbruk|årsforbruk|årsforbruket|forbruket|strømforbruk|straumforbruk|consumption|usage|bruker|brukar|uses|use|årlig|årleg|annual)$/;

function consumptionNear(ctx: Context, i: number): boolean {
  if (ctx.lookBehind(i, 6, 'sentence', (j) => CONSUMPTION.test(ctx.norm(j))) >= 0) return true;
  return false;
}

/**
 * kWh volumes with a limit word. Per year, or about consumption, they are a `consumption-limit`
 * ("maks 8 000 kWh i året", "inntil 20 000 kWh per år", "up to 5,000 kWh a year"); otherwise "opptil"
 * caps an offer (`end` / cap: "opptil 5000 kWh"). A bare "årsforbruk på 16 000 kWh" is neither.
 */
export function recogniseKwhLimits(a: Analysis): void {
  const { ctx } = a;
  for (let i = 0; i < ctx.length; i++) {
    const limit = LIMIT_WORDS.match(ctx, i);
    if (!limit) continue;
    // "maksimalt årsforbruk 12 000 kWh", "max. annual consumption of 8,000 kWh".
    let at = limit.end;
    for (let steps = 0; steps < 3 && !readKwh(ctx, at) && (CONSUMPTION.test(ctx.norm(at)) || ['på', 'of', ':'].includes(ctx.norm(at))); steps++) at += 1;
    const kwh = readKwh(ctx, at);
    if (!kwh) continue;
    const per = readPer(ctx, kwh.end);
    const perYear = per?.per === 'year';
    const end = perYear ? per.end : kwh.end;
    if (perYear || consumptionNear(ctx, i) || limit.value === 'limit') a.add('consumption-limit', i, end, { kwh: kwh.kwh });
    else a.add('end', i, end, { how: 'cap', kwh: kwh.kwh });
    i = end - 1;
  }
}
