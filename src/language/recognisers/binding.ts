import type { Analysis } from '../analysis.js';
import type { Context } from '../context.js';
import type { Duration } from '../durations.js';
import type { FactData } from '../facts.js';
import { memoWord } from '../memo.js';
import { Lexicon } from '../phrases.js';
import { durationAfter, durationBefore, untilAfter } from './near.js';

/** Phrases that name a binding, or say outright that there is none. */
const PHRASES = new Lexicon<'binding' | 'none'>([
  [
    'binding period|lock-in period|lock in period|lock-in|lock in|locked in|commitment period|minimum term|minimum contract period|bindingstid|' +
      'binder deg|binder du deg|bind deg|bind du deg|binder dykk|you commit|you are committed',
    'binding',
  ],
  [
    'ingen bindingstid|ingen binding|inga bindingstid|inga binding|uten bindingstid|uten binding|utan bindingstid|utan binding|' +
      'ikke bindingstid|ikkje bindingstid|ikke binding|ikkje binding|no binding period|no binding|no lock-in|no lock in|without binding|' +
      'without lock-in|no commitment|no minimum term|ikke bundet|ikkje bunden|ikkje bundet|uten å binde deg|utan å binde deg|' +
      'without committing|løper til den sies opp|løper inntil den sies opp|løper til avtalen sies opp|løper til oppsigelse|' +
      'løper til du sier den opp|løper til den blir sagt opp|løper til han vert sagt opp|løper til ho vert sagt opp|løper til den vert sagt opp|' +
      'gjeld til den vert sagt opp|gjelder til den sies opp|gjelder til avtalen sies opp|runs until terminated|runs until cancelled|' +
      'runs until you cancel|until you cancel|ubunden|no strings attached|non-binding|non binding|binder deg ikke|binder du deg ikke|' +
      'binder deg ikkje|bind deg ikkje|du blir ikke bundet|du blir ikkje bunden|no contract|no commitment period',
    'none',
  ],
]);

const NONE_AFTER = new Set(['ingen', 'nei', 'none', 'no', 'inga', 'nil', 'ikke', 'ikkje']);
const NEGATING = new Set(['ingen', 'inga', 'ikke', 'ikkje', 'uten', 'utan', 'no', 'without', 'not']);

/** A binding word: bindingstid(en), binding, bindende, bindande, bindingsperiode, bindingsfri (none). */
const bindingWord = memoWord((w: string): 'binding' | 'none' | undefined => {
  if (/^bindingsfri(tt|e)?$/.test(w)) return 'none';
  if (/^(binding|bindingstid|bindingstida|bindingstiden|bindingsperiode|bindingsperioden|bindingsperioda|bindende|bindande|bunden|bundet)$/.test(w)) {
    return 'binding';
  }
  return undefined;
});

/** "Bindingstid: ingen", "Binding: nei", "Bindingstid – ingen, …", "bindingstid 0 mnd". */
function noneAfter(a: Analysis, end: number, anchor: number): number {
  const { ctx } = a;
  const answered = ctx.answeredNo(end);
  if (answered > 0) return answered;
  if (ctx.isPunct(end, '-') && NONE_AFTER.has(ctx.norm(end + 1)) && ctx.sameSentence(end, end + 1)) return end + 2;
  for (let j = end; j < end + 3 && ctx.sameClause(j, anchor); j++) {
    const w = ctx.norm(j);
    if (NONE_AFTER.has(w)) return j + 1;
    const d = a.durationAt(j);
    if (d && d.count === 0) return d.end;
    if (w === '0' && ctx.isNum(j)) return j + 1;
    if (!(w === ':' || w === '-' || w === 'er' || w === 'is' || w === '=')) return -1;
  }
  return -1;
}

/** A negation just before the binding word: "Det er ikke bindingstid", "ingen noen binding". */
function negatedBefore(ctx: Context, i: number): number {
  return ctx.lookBehind(i, 2, 'clause', (j) => (NEGATING.has(ctx.norm(j)) ? true : ['noe', 'noen', 'any', 'noko'].includes(ctx.norm(j)) ? false : null));
}

/** "Prisen er bundet", "påslaget er bundet": the price is locked, the customer is not bound. */
function priceIsBound(ctx: Context, i: number): boolean {
  if (!/^(bundet|bunden)$/.test(ctx.norm(i))) return false;
  const subject = ctx.norm(i - 1) === 'er' ? ctx.norm(i - 2) : ctx.norm(i - 1);
  return /^(prisen|påslaget|fastbeløpet|pris|påslag|price)$/.test(subject);
}

/** "lock in the price", "lock in your rate": the verb, not a lock-in period. */
function lockInVerb(ctx: Context, start: number, end: number): boolean {
  return ctx.norm(start) === 'lock' && ['the', 'your', 'a', 'our', 'today', "today's", 'prices', 'price', 'this'].includes(ctx.norm(end));
}

function periodOf(d: Duration): Pick<FactData['binding'], 'months' | 'days'> {
  return d.months !== undefined ? { months: d.months } : { days: d.days! };
}

/**
 * `binding`: a binding period with its length ("12 mnd bindingstid", "bindingstid: 12 måneder",
 * "bindande i 12 månader", "12-month binding period"), or none ("ingen bindingstid", "uten binding",
 * "løper til den sies opp", "bindingstid: ingen"). "14 dagers angrerett" is withdrawal, not binding.
 */
export function recogniseBinding(a: Analysis): void {
  const { ctx } = a;
  for (let i = 0; i < ctx.length; i++) {
    const m = PHRASES.match(ctx, i);
    const kind = m?.value ?? (ctx.isWord(i) ? bindingWord(ctx.norm(i)) : undefined);
    if (!kind || (m && lockInVerb(ctx, i, m.end)) || priceIsBound(ctx, i)) continue;
    let from = i;
    let to = m?.end ?? i + 1;
    if (kind === 'none') {
      a.add('binding', from, to, { none: true });
      i = to - 1;
      continue;
    }
    const negation = negatedBefore(ctx, i);
    const none = noneAfter(a, to, i);
    if (negation >= 0 || none >= 0) {
      a.add('binding', Math.min(from, negation >= 0 ? negation : from), Math.max(to, none), { none: true });
      i = Math.max(to, none) - 1;
      continue;
    }
    const d = durationBefore(a, i) ?? durationAfter(a, to, i, 6);
    const data: FactData['binding'] = { none: false };
    if (d) {
      a.claimedDurations.add(d);
      Object.assign(data, periodOf(d));
      from = Math.min(from, d.start);
      to = Math.max(to, d.end);
    } else {
      // "Bindingstid til og med 31.12.2027".
      const u = untilAfter(a, to, i, 4);
      if (u?.until) {
        data.until = u.until;
        to = u.end;
      }
    }
    a.add('binding', from, to, data);
    i = to - 1;
  }
}
