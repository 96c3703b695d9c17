import type { Analysis } from '../analysis.js';
import type { FactData } from '../facts.js';
import { plausibleTerm, readDurationList, type Duration } from '../durations.js';
import { PhraseSet } from '../phrases.js';
import { durationAfter, durationBefore, untilAfter } from './near.js';
import { MARKUP_CEILING_ORE, oreOf } from '../offer.js';

const PHRASES = new PhraseSet([
  'fast pris|fixed price|fixed-price|fixed rate|fixed term|fixed-term|fast kraftpris|fast strømpris|fast straumpris|avtaletid|avtaletida|' +
    'avtaletiden|avtaleperiode|avtaleperioden|avtalelengde|contract term|agreement term|contract period|agreement period|' +
    'fix your price|fix the price|lock your price|lås prisen|lås strømprisen|fastsett prisen|' +
    'same price|same energy price|same kwh price|samme pris|same pris|samme strømpris|samme straumpris|samme kraftpris|samme kwh-pris',
]);

/** After a fixed price in the same sentence, "låst i 24 måneder", "locked for 24 months" and "fixed for 12 months" give its length. */
const LOCKED = new Set(['låst', 'låses', 'locked', 'lock', 'bundet', 'fixed', 'fast']);

function fixedWord(w: string): boolean {
  return w.startsWith('fastpris');
}

/** "fixed" or "fast" said of a price: "Price fixed for 12 months", "prisen er fast i tolv månader", "a fixed energy price for one year". */
const FIXED_ADJECTIVES = new Set(['fixed', 'fast', 'faste', 'fastsatt', 'fastsett']);
const PRICE_NOUN = /^(?:price|prices|rate|pris|prisen|prisene|prisane|(?:kraft|strøm|straum|energi|energy|electricity|power)(?:pris|prisen|prisene|prisane|price|prices)?)$/;
/** How many words may stand between the adjective and its price ("prisen ligg fast", "fixed energy price"). */
const ADJECTIVE_REACH = 2;

function fixedPrice(a: Analysis, i: number): boolean {
  const { ctx } = a;
  if (!FIXED_ADJECTIVES.has(ctx.norm(i))) return false;
  for (let d = 1; d <= ADJECTIVE_REACH + 1; d++) {
    for (const j of [i - d, i + d]) if (j >= 0 && j < ctx.length && ctx.sameClause(i, j) && PRICE_NOUN.test(ctx.norm(j))) return true;
  }
  return false;
}

/** A fixed price earlier in the sentence, by name or as a whole price per kWh ("89,90 øre/kWh, fixed for 12 months"). */
function fixedEarlier(a: Analysis, i: number): boolean {
  const { ctx } = a;
  const wholePrice = (j: number) => {
    const money = a.moneyEndingAt(j + 1);
    return money?.per === 'kWh' && oreOf(money) > MARKUP_CEILING_ORE && i - money.end <= 2;
  };
  return ctx.lookBehind(i, 15, 'sentence', (j) => fixedWord(ctx.norm(j)) || PHRASES.match(ctx, j) !== undefined || wholePrice(j)) >= 0;
}

/** A length set after the fixed price as a label's value: "Fixed price, 12 months", "Fastpris – 24 mnd". */
function appositiveDuration(a: Analysis, end: number): Duration | undefined {
  const { ctx } = a;
  if (!(ctx.isPunct(end, ',') || ctx.isPunct(end, '-')) || !ctx.sameSentence(end, end + 1)) return undefined;
  const d = a.durationAt(end + 1);
  const next = d ? d.end : -1;
  // The length closes the phrase: "Fixed price, 12 months" but not "Fastpris, 12 måneders binding".
  return d && (next >= ctx.length || ctx.isPunct(next) || !ctx.sameSentence(d.start, next)) ? d : undefined;
}

const FOR = new Set(['i', 'for', 'in']);

/** Words after a fused "-årig" length that make it a fixed term: "toårig avtale", "ettårig fastpris". */
const TERM_NOUN = /^(avtale|fastpris|agreement|contract|deal|kontrakt|produkt)/;

/**
 * `fixed-period`: how long a fixed price holds ("Fastpris 1 år", "fastpris i ett år", "12 måneders
 * fastpris", "fixed price for 12 months", "eitt- eller toårig avtale", "fastpris til 31.12.2027").
 */
export function recogniseFixedPeriods(a: Analysis): void {
  const { ctx } = a;
  const emitted = new Set<number>();
  for (let i = 0; i < ctx.length; i++) {
    const m = PHRASES.match(ctx, i);
    const word = ctx.isWord(i) && (fixedWord(ctx.norm(i)) || (LOCKED.has(ctx.norm(i)) && fixedEarlier(a, i)) || fixedPrice(a, i));
    const end = m?.end ?? (word ? i + 1 : -1);
    if (end < 0) continue;
    // "Fastpris 1, 2 eller 3 år": one term for each length offered.
    const list = readDurationList(ctx, end);
    if (list.length > 0) {
      for (const d of list) a.add('fixed-period', d.start, d.end, { months: d.months! });
      i = list[list.length - 1]!.end - 1;
      continue;
    }
    const d = durationBefore(a, i) ?? durationAfter(a, end, i, 6) ?? appositiveDuration(a, end);
    const data: FactData['fixed-period'] = {};
    let from = i;
    let to = end;
    if (d && d.months !== undefined && plausibleTerm(d)) {
      data.months = d.months;
      from = Math.min(from, d.start);
      to = Math.max(to, d.end);
      emitted.add(d.start);
    } else {
      const u = untilAfter(a, end, i, 6);
      if (!u) continue;
      if (u.until) data.until = u.until;
      to = u.end;
    }
    a.add('fixed-period', from, to, data);
    i = Math.max(i, to - 1);
  }
  // "Pris: 69,90 øre/kWh i 12 måneder": a whole price per kWh held for a period (a markup or a reduced
  // fee held for a while is a campaign, read by the end recognisers).
  for (const money of a.money) {
    if (a.claimedMoney.has(money) || money.per !== 'kWh' || oreOf(money) <= MARKUP_CEILING_ORE) continue;
    const k = FOR.has(ctx.norm(money.end)) ? money.end + 1 : -1;
    const d = k > 0 ? a.durationAt(k) : undefined;
    if (!d || d.months === undefined || !plausibleTerm(d) || a.claimedDurations.has(d) || emitted.has(d.start)) continue;
    a.add('fixed-period', money.start, d.end, { months: d.months });
    emitted.add(d.start);
  }
  // "eitt- eller toårig avtale": fused lengths before a term noun.
  for (const d of a.durations) {
    if (emitted.has(d.start) || d.months === undefined || !d.attributive || a.claimedDurations.has(d)) continue;
    let j = d.end;
    let chained = 0;
    while (chained < 3 && (ctx.isPunct(j, '-') || ['eller', 'og', 'or', 'and'].includes(ctx.norm(j)) || a.durationAt(j)?.unit === 'year')) {
      j = a.durationAt(j)?.end ?? j + 1;
      chained += 1;
    }
    if (TERM_NOUN.test(ctx.norm(j))) a.add('fixed-period', d.start, d.end, { months: d.months! });
  }
}
