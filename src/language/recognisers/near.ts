import type { Analysis } from '../analysis.js';
import { isoDate } from '../dates.js';
import type { Duration } from '../durations.js';
import { PhraseSet } from '../phrases.js';

/**
 * Bounded look-arounds shared by the term recognisers: the duration or end date that belongs to a
 * trigger word ("bindingstid 12 mnd", "12 måneders prisgaranti", "fastpris til 31.12.2027").
 */

/** The first unclaimed duration starting within `window` tokens after `from`, in the clause of `anchor`. */
export function durationAfter(a: Analysis, from: number, anchor: number, window: number): Duration | undefined {
  const { ctx } = a;
  // An amount counts as one word: "Fastpris 89,9 øre/kWh i 12 måneder".
  for (let j = from, words = 0; j < ctx.length && words < window && ctx.sameClause(j, anchor); words++) {
    const d = a.durationAt(j);
    if (d) return a.claimedDurations.has(d) ? undefined : d;
    j = a.moneyAt(j)?.end ?? j + 1;
  }
  return undefined;
}

const JOINERS = new Set(['-', '.', 'med', 'with', 'of']);

/** An unclaimed duration ending right before token `at` (or one joiner before it): "12 mnd bindingstid". */
export function durationBefore(a: Analysis, at: number): Duration | undefined {
  const direct = a.durationEndingAt(at);
  const d = direct ?? (JOINERS.has(a.ctx.norm(at - 1)) ? a.durationEndingAt(at - 1) : undefined);
  return d && !a.claimedDurations.has(d) && a.ctx.sameClause(d.start, at) ? d : undefined;
}

const UNTIL = new PhraseSet(['til|til og med|t.o.m.|tom|ut|until|through|thru|to|frem til|fram til|innen|out']);

/**
 * An end date within `window` tokens after `from` in the clause of `anchor`, introduced by "til",
 * "t.o.m.", "ut", "until": "til 31.12.2027" → 2027-12-31, "ut 2027" → 2027-12-31.
 */
export function untilAfter(a: Analysis, from: number, anchor: number, window: number): { until?: string; end: number } | undefined {
  const { ctx } = a;
  // An amount counts as one word: "Fast strømpris på 93,30 øre/kWh til og med 31.12.2026".
  for (let j = from, words = 0; j < ctx.length && words < window && ctx.sameClause(j, anchor); words++, j = a.moneyAt(j)?.end ?? j + 1) {
    const u = UNTIL.match(ctx, j);
    if (!u) continue;
    let k = u.end;
    if (['den', 'the', 'utgangen', 'end'].includes(ctx.norm(k))) k += 1;
    if (['av', 'of'].includes(ctx.norm(k))) k += 1;
    const d = a.dateAt(k);
    if (d && !d.placeholder) {
      const iso = isoDate(d);
      return iso ? { until: iso, end: d.end } : { end: d.end };
    }
    const t = ctx.tokens[k];
    if (t?.kind === 'num' && t.norm.length === 4 && /^20\d\d$/.test(t.norm) && !(ctx.isPunct(k + 1, '.') && ctx.tight(k + 1) && ctx.isNum(k + 2))) {
      return { until: `${t.norm}-12-31`, end: k + 1 };
    }
  }
  return undefined;
}

/**
 * A length set off by a comma or a dash after a term, as a label's value ("Fixed price, 12 months",
 * "Fastpris – 24 mnd"), or after a few words of it ("bindingstid i same periode, 12 månader", with
 * `gap` words allowed before the comma). The length closes the phrase: "Fastpris, 12 måneders binding" is not one.
 */
export function appositiveDuration(a: Analysis, end: number, gap = 0): Duration | undefined {
  const { ctx } = a;
  for (let j = end; j <= end + gap && j < ctx.length && ctx.sameSentence(j, end); j++) {
    if (!(ctx.isPunct(j, ',') || ctx.isPunct(j, '-')) || !ctx.sameSentence(j, j + 1)) continue;
    const d = a.durationAt(j + 1);
    const next = d ? d.end : -1;
    return d && !a.claimedDurations.has(d) && (next >= ctx.length || ctx.isPunct(next) || !ctx.sameSentence(d.start, next)) ? d : undefined;
  }
  return undefined;
}
