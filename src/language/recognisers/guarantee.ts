import type { Analysis } from '../analysis.js';
import type { FactData } from '../facts.js';
import { memoWord } from '../memo.js';
import { PhraseSet } from '../phrases.js';
import { durationAfter, durationBefore, untilAfter } from './near.js';

const PHRASES = new PhraseSet([
  'price guarantee|price guarantees|price guaranteed|guaranteed price|guaranteed markup|guaranteed monthly fee|markup is guaranteed|price is guaranteed|' +
    'garantert pris|garantert påslag|garantert fastbeløp|garantert månedspris|garantert fast pris|garantert lav pris|garantert lavt påslag|' +
    'garantert lågt påslag|prisen er garantert|påslaget er garantert|fastbeløpet er garantert|prisen garanteres|påslaget garanteres|' +
    'prisen er garantert|garantert uendret|guaranteed for|prisen er låst|låst pris|prisen låses|påslaget er låst|prisen er bundet|' +
    'påslaget er bundet|fastbeløpet er låst|markup guaranteed|monthly fee guaranteed|påslag garantert|påslaget garantert|fastbeløp garantert|fastbeløpet garantert|locked price|price is locked|locked for|locked in for|price locked|prisen er fast i',
]);

/** A price said not to change: a guarantee when a period or an end date follows ("påslaget endres ikke de første 12 månedene"). */
const UNCHANGED = new PhraseSet([
  'påslaget endres ikke|prisen endres ikke|fastbeløpet endres ikke|påslaget endrast ikkje|prisen endrast ikkje|fastbeløpet endrast ikkje|' +
    'påslaget blir ikke endret|prisen blir ikke endret|påslaget vert ikkje endra|prisen vert ikkje endra|påslaget forblir uendret|prisen forblir uendret|' +
    'the markup does not change|the price does not change|the monthly fee does not change|the markup will not change|the price will not change|' +
    'the markup stays the same|the price stays the same|markup does not change|price does not change|' +
    'vi endrer ikke påslaget|vi endrer ikke prisen|vi endrar ikkje påslaget|vi endrar ikkje prisen|vi øker ikke påslaget|vi aukar ikkje påslaget|' +
    "we will not change the markup|we will not change the price|we won't change the markup|we won't change the price|we will not raise the markup",
]);

/** "garantert billigst" is a claim, not a guarantee. */
const CLAIM_AFTER = new Set(['billigst', 'billegast', 'lavest', 'lågast', 'cheapest', 'lowest', 'best']);

const guaranteeWord = memoWord((w: string): boolean => /^(pris|påslags|fastbeløps|månedspris)garanti/.test(w));

const GUARANTEE_VERBS = new Set(['garantert', 'guaranteed', 'garanteres', 'garantera', 'garanterer', 'garanterar', 'guarantee', 'guarantees']);

/** "garantert" or "guaranteed" followed by a period: "garantert i 1 månad", "guaranteed for 12 months". */
function bareGuarantee(a: Analysis, i: number): boolean {
  const w = a.ctx.norm(i);
  if (!GUARANTEE_VERBS.has(w)) return false;
  if (CLAIM_AFTER.has(a.ctx.norm(i + 1))) return false;
  return durationAfter(a, i + 1, i, 4) !== undefined || untilAfter(a, i + 1, i, 3) !== undefined;
}

/**
 * `guarantee`: a price guarantee and the period it holds ("tolv måneders prisgaranti", "prisgaranti i
 * 6 mnd", "garantert påslag ut 2027", "garantert i 1 månad", "price guarantee for 12 months").
 * "opprinnelsesgaranti" is a certificate, "garantert billigst" a claim.
 */
export function recogniseGuarantees(a: Analysis): void {
  const { ctx } = a;
  for (let i = 0; i < ctx.length; i++) {
    const m = PHRASES.match(ctx, i);
    const unchanged = m ? undefined : UNCHANGED.match(ctx, i);
    let to = m?.end ?? unchanged?.end ?? (ctx.isWord(i) && (guaranteeWord(ctx.norm(i)) || bareGuarantee(a, i)) ? i + 1 : -1);
    // "garantert billigst", "lowest price guaranteed": a claim, not a guarantee of a period.
    if (to < 0 || CLAIM_AFTER.has(ctx.norm(to)) || CLAIM_AFTER.has(ctx.norm(i - 1))) continue;
    let from = i;
    const data: FactData['guarantee'] = {};
    const d = durationBefore(a, i) ?? durationAfter(a, to, i, 6);
    if (d && d.months !== undefined) {
      data.months = d.months;
      from = Math.min(from, d.start);
      to = Math.max(to, d.end);
    } else {
      const u = untilAfter(a, to, i, 6);
      if (u) {
        if (u.until) data.until = u.until;
        to = u.end;
      } else if (unchanged) continue;
    }
    // "ingen prisgaranti", "no price guarantee", "Prisgaranti: nei".
    a.add('guarantee', from, to, data, ctx.negatedAt(i, 3) || ctx.answeredNo(to) >= 0);
    i = to - 1;
  }
}
