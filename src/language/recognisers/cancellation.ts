import type { Analysis } from '../analysis.js';
import type { Duration } from '../durations.js';
import { memoWord } from '../memo.js';
import { Lexicon } from '../phrases.js';
import { durationAfter, durationBefore } from './near.js';

type Kind = 'withdrawal' | 'termination';

const PHRASES = new Lexicon<Kind>([
  [
    'right of withdrawal|right to withdraw|withdrawal period|cancellation period|cooling-off period|cooling off period|angre kjøpet|' +
      'angre avtalen|angre på avtalen|angre bestillingen|angre deg|angre innen|angra kjøpet|angra avtalen|angre på kjøpet|cancel within|' +
      'kan angre|kan ikke angre|kan ikkje angre|rett til å angre|retten til å angre',
    'withdrawal',
  ],
  [
    'si opp|sier opp|sies opp|sagt opp|seie opp|seier opp|seiast opp|sei opp|vert sagt opp|blir sagt opp|si opp avtalen|' +
      'gjensidig varsel|gjensidig oppsigelse|gjensidig oppseiing|gjensidig oppsigelsesfrist|gjensidig oppsigelsestid|' +
      'terminate|terminated|termination|terminating|cancel at any time|cancel anytime|cancel any time|cancel the agreement|cancel your agreement|' +
      'cancel the contract|notice period|avslutte avtalen|avslutta avtalen|leave at any time|leave anytime|leave any time',
    'termination',
  ],
]);

const kindOfWord = memoWord((w: string): Kind | undefined => {
  if (/^angre(rett|retten|frist|fristen|skjema|skjemaet|rettskjema|rettsskjema|rettsfrist|rettsskjemaet)$/.test(w)) return 'withdrawal';
  if (/^(oppsigelse|oppseiing)(n|en|a|s?tid|s?tida|s?tiden|s?frist|s?fristen|s?varsel)?$/.test(w)) return 'termination';
  return undefined;
});

/** Binding words a withdrawal or termination period never reaches across ("oppsigelse i bindingstiden på 12 måneder"). */
const BINDING = /^(binding|bindingstid|bindingstiden|bindingstida|bindingsperioden?|lock)/;

function periodAfter(a: Analysis, to: number, anchor: number): Duration | undefined {
  const d = durationAfter(a, to, anchor, 6);
  if (!d) return undefined;
  for (let j = to; j < d.start; j++) if (BINDING.test(a.ctx.norm(j))) return undefined;
  return d;
}

/** Days of a duration stated in days or weeks; months are not turned into days here. */
function daysOf(d: Duration | undefined): number | undefined {
  return d?.days;
}

/**
 * `withdrawal` (angrerett, angrefrist, "14 dagers angrerett", angreskjema, right of withdrawal) and
 * `termination` (oppsigelse, oppsigelsestid, "14 dagers gjensidig oppsigelse", "si opp", "seiast opp").
 * Their periods are claimed so they are never read as binding or an offer's end.
 */
export function recogniseCancellation(a: Analysis): void {
  const { ctx } = a;
  for (let i = 0; i < ctx.length; i++) {
    const m = PHRASES.match(ctx, i);
    const kind = m?.value ?? (ctx.isWord(i) ? kindOfWord(ctx.norm(i)) : undefined);
    if (!kind) continue;
    let from = i;
    let to = m?.end ?? i + 1;
    // "med 14 dagers varsel", "14 dagers angrerett", "angrerett i 14 dager", "oppsigelsestid: 1 måned".
    const d = durationBefore(a, i) ?? periodAfter(a, to, i);
    if (d) {
      a.claimedDurations.add(d);
      from = Math.min(from, d.start);
      to = Math.max(to, d.end);
    }
    const days = daysOf(d);
    a.add(kind, from, to, days !== undefined ? { days } : {});
    i = to - 1;
  }
}
