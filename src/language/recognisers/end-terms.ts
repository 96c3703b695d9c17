import type { Analysis } from '../analysis.js';
import type { Context } from '../context.js';
import { isoDate, type DateRead } from '../dates.js';
import { plausibleTerm } from '../durations.js';
import type { FactData } from '../facts.js';
import { Lexicon, PhraseSet } from '../phrases.js';
import { MONTHS, WEAK_MONTHS, WEEKDAYS } from '../words.js';

type How = 'date' | 'window';

/** Words that make the date after them an end: "t.o.m.", "gjelder til", "valid until", "bestill innen". */
const DATE_TRIGGERS = new Lexicon<How>([
  [
    't.o.m.|tom|t. o. m.|til og med|til|till|until|through|thru|frem til|fram til|inntil|gjelder til|gjeld til|gjelder til og med|' +
      'gjeld til og med|gyldig til|gyldig til og med|gyldig t.o.m.|valid until|valid through|valid till|valid to|ends on|ends|ending|' +
      'expires on|expires|utløper|utløper den|går ut|avsluttes|avsluttast|slutter|sluttar|avvikles|avvikles pr|avvikles per|varer til|' +
      'sluttdato|end date|siste dag|last day|senest|innen|innan|before|by|før|runs until|lasts until',
    'date',
  ],
  [
    'bestill innen|bestill før|bestilles innen|bestilles før|bestilling innen|bestillinger innen|ved bestilling innen|ved bestilling før|' +
      'bestilt innen|bestilt før|tegn avtale innen|tegnet innen|tegnes innen|inngått innen|inngått før|inngås innen|registrer deg innen|' +
      'meld deg på innen|bestillingsfrist|order by|order before|ordered by|ordered before|sign up by|sign up before|signed by|apply by|' +
      'bestill innan|tinga innan|bestilt innan|inngått innan|switch by|switch before',
    'window',
  ],
]);

/** "innen", "før", "by": an end date, or an order window when ordering is what must happen by then. */
const DEADLINE_WORDS = new Set(['innen', 'innan', 'før', 'before', 'by', 'senest']);
const ORDERING = /^(bestill|bestilling|bestilt|order|ordered|sign|signed|tegn|tinga|inngå|inngått|registrer|meld|kjøp|switch|bytt|bytte|avtale|bli$|become|join)/;

/** Before a length of time: "i 3 måneder", "for 3 months", "kampanjeperiode på 3 mnd". */
const PERIOD_TRIGGERS = new PhraseSet([
  'i|for|i hele|for hele|de neste|dei neste|the next|for the next|over|kampanjeperiode|kampanjeperioden|kampanjeperiode på|' +
    'kampanjeperioden er|kampanjeperioden varer|kampanjeperioden varer i|tilbudsperiode|tilbudsperioden|tilbodsperioden|varer i|varer|' +
    'lasts|lasts for|runs for|valid for|gjelder i|gjeld i|gjelder for|i en periode på|i ein periode på|for a period of|periode på|periode:|' +
    'etter|after',
]);
/** After a length of time: "3 måneder gratis". */
const FREE_AFTER = new Set(['gratis', 'free', 'kostnadsfritt']);

/** A sentence about an offer or a price: only there is "i 3 måneder" an end (not "vi har levert strøm i 20 år"). */
const OFFER_CONTEXT = /^(kampanj|tilbud|tilbod|pris|påslag|fastbeløp|gratis|rabatt|bonus|offer|price|free|discount|gjelder|gjeld|valid|fastpris|garant|markup|fee|månedsavgift|månadsavgift|campaign|promo|deal|intro|velkomst|spot)/;

const YEAR_END = new PhraseSet([
  'ut året|ut dette året|ut hele året|ut|throughout|through the end of|until the end of|til utgangen av|innen utgangen av|til slutten av|' +
    'innan utgangen av|ut heile året|through|til nyttår|til årsskiftet|until the end of the year|through the end of the year|ut år',
]);

const TODAY = new PhraseSet(['i dag|idag|i kveld|midnatt|today|tonight|midnight|søndag kl|fredag kl']);

function hasNear(ctx: Context, i: number, test: (w: string) => boolean): boolean {
  const from = ctx.sentenceStartWithin(i, 20);
  const to = ctx.sentenceEndWithin(i, 20);
  for (let j = from; j < to; j++) if (test(ctx.norm(j))) return true;
  return false;
}

function endOf(d: DateRead, how: FactData['end']['how']): FactData['end'] {
  const iso = isoDate(d);
  return iso ? { how, date: iso } : { how };
}

/** Skips "den", "the" and a colon between a trigger and its date. */
function dateAfterTrigger(ctx: Context, k: number): number {
  let j = k;
  for (let steps = 0; steps < 2 && (ctx.norm(j) === 'den' || ctx.norm(j) === 'the' || ctx.norm(j) === ':' || ctx.norm(j) === 'on'); steps++) j += 1;
  return j;
}

function emitEnd(a: Analysis, from: number, to: number, data: FactData['end']): void {
  a.add('end', from, to, data);
  if (data.how === 'window') a.add('campaign', from, to, { marker: 'limited-time' });
}

/** Dates after an end trigger, order windows, and date ranges ("1.9.–30.11.2026"). */
function endDates(a: Analysis): void {
  const { ctx } = a;
  const byEnd = new Map(a.dates.map((d) => [d.end, d]));
  const used = new Set<DateRead>();
  for (let i = 0; i < ctx.length; i++) {
    const trigger = DATE_TRIGGERS.match(ctx, i);
    if (!trigger) continue;
    const k = dateAfterTrigger(ctx, trigger.end);
    const d = a.dateAt(k);
    let how = trigger.value;
    const deadline = how === 'date' && DEADLINE_WORDS.has(ctx.norm(trigger.end - 1));
    if (deadline && hasOrderingBefore(ctx, trigger.start)) how = 'window';
    // "Ring oss før 1. desember": a deadline ends an offer only where the sentence speaks of one.
    else if (deadline && !hasNear(ctx, trigger.start, (w) => OFFER_CONTEXT.test(w))) continue;
    if (d && !d.placeholder) {
      emitEnd(a, trigger.start, d.end, endOf(d, how));
      used.add(d);
      i = d.end - 1;
    } else if (how === 'window' && (WEEKDAYS.has(ctx.norm(k)) || TODAY.match(ctx, k))) {
      emitEnd(a, trigger.start, TODAY.match(ctx, k)?.end ?? k + 1, { how: 'window' });
      i = k;
    } else if (!deadline && ((MONTHS.has(ctx.norm(k)) && !WEAK_MONTHS.has(ctx.norm(k))) || WEEKDAYS.has(ctx.norm(k))) && !a.dateAt(k)) {
      // "t.o.m. mars", "til oktober", "until Sunday": an end whose date is not given in full.
      emitEnd(a, trigger.start, k + 1, { how });
      i = k;
    }
  }
  for (const d of a.dates) {
    if (used.has(d) || d.placeholder) continue;
    const sep = d.start - 1;
    // "1.9.–30.11.2026": the first date may keep its closing dot before the dash.
    const first = byEnd.get(sep) ?? (ctx.isPunct(sep - 1, '.') ? byEnd.get(sep - 1) : undefined);
    if (first && !first.placeholder && (ctx.norm(sep) === '-' || ctx.norm(sep) === 'til' || ctx.norm(sep) === 'to')) emitEnd(a, first.start, d.end, endOf(d, 'date'));
  }
}

function hasOrderingBefore(ctx: Context, i: number): boolean {
  if (ctx.lookBehind(i, 8, 'sentence', (j) => ORDERING.test(ctx.norm(j))) >= 0) return true;
  return false;
}

/** "ut året", "ut 2027", "ut oktober", "til utgangen av 2026". */
function yearEnds(a: Analysis): void {
  const { ctx } = a;
  for (let i = 0; i < ctx.length; i++) {
    const m = YEAR_END.match(ctx, i);
    if (!m) continue;
    const last = ctx.norm(m.end - 1);
    const closed = last === 'året' || last === 'nyttår' || last === 'årsskiftet' || last === 'year' || last === 'år';
    const t = ctx.tokens[m.end];
    if (closed) {
      emitEnd(a, i, m.end, { how: 'date' });
      i = m.end - 1;
    } else if (t?.kind === 'num' && /^20\d\d$/.test(t.norm) && !(ctx.isPunct(m.end + 1, '.') && ctx.tight(m.end + 1) && ctx.isNum(m.end + 2)) && !a.dateAt(m.end)) {
      emitEnd(a, i, m.end + 1, { how: 'date', date: `${t.norm}-12-31` });
      i = m.end;
    } else if (t?.kind === 'word' && MONTHS.has(t.norm) && !WEAK_MONTHS.has(t.norm)) {
      const month = MONTHS.get(t.norm)!;
      const y = ctx.tokens[m.end + 1];
      if (y?.kind === 'num' && /^20\d\d$/.test(y.norm)) {
        const day = new Date(Date.UTC(Number(y.norm), month, 0)).getUTCDate();
        emitEnd(a, i, m.end + 2, { how: 'date', date: `${y.norm}-${String(month).padStart(2, '0')}-${day}` });
        i = m.end + 1;
      } else {
        emitEnd(a, i, m.end + 1, { how: 'date' });
        i = m.end;
      }
    }
  }
}

/** "introduksjonsperioden på 3 måneder", "tilbudsperiode: 30 dager": a named period before its length. */
function namedPeriod(ctx: Context, at: number): { start: number } | undefined {
  const glue = ctx.norm(at - 1);
  if (!(glue === 'på' || glue === ':' || glue === 'of')) return undefined;
  return /perioden?$|period$/.test(ctx.norm(at - 2)) ? { start: at - 2 } : undefined;
}

/** "i 3 måneder", "for 3 months", "kampanjeperiode: 3 mnd", "3 måneder gratis". */
function periods(a: Analysis): void {
  const { ctx } = a;
  const withMoney = new Set(a.money.map((m) => ctx.sentence[m.start]));
  for (const d of a.durations) {
    if (a.claimedDurations.has(d) || d.count <= 0 || !plausibleTerm(d)) continue;
    const found = PERIOD_TRIGGERS.matchEndingAt(ctx, d.start, 5) ?? namedPeriod(ctx, d.start);
    // "over 18 måneder" spans a term; "i over 20 år" is "for more than".
    const trigger = found && ctx.norm(found.start) === 'over' && ['i', 'for', 'in'].includes(ctx.norm(found.start - 1)) ? undefined : found;
    const free = FREE_AFTER.has(ctx.norm(d.end));
    if (!trigger && !free) continue;
    const offer = free || withMoney.has(ctx.sentence[d.start]) || hasNear(ctx, d.start, (w) => OFFER_CONTEXT.test(w));
    if (!offer) continue;
    const data: FactData['end'] = d.months !== undefined ? { how: 'period', months: d.months } : { how: 'period', days: d.days! };
    a.add('end', trigger ? trigger.start : d.start, free ? d.end + 1 : d.end, data);
  }
}

/**
 * `end` of an offer: dates after an end word ("t.o.m. 31.12.2026", "gjelder til og med 31. desember
 * 2026", "valid until 31 December 2026"), order windows ("bestill innen 30. november", also a
 * limited-time `campaign` marker), year ends ("ut 2027") and periods ("i 3 måneder", "for 3 months").
 * First-N periods and kWh caps are read in `first-n.ts` and `kwh-limits.ts`.
 */
export function recogniseEndTerms(a: Analysis): void {
  endDates(a);
  yearEnds(a);
  periods(a);
}
