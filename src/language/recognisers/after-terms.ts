import type { Analysis } from '../analysis.js';
import type { Context } from '../context.js';
import type { Fact, FactData } from '../facts.js';
import { Lexicon } from '../phrases.js';
import { MONTHS, WEEKDAYS } from '../words.js';

/**
 * `general` triggers ("deretter", "etter 3 måneder") need a price or a product after them;
 * `period-end` triggers ("etter kampanjeperioden") say on their own that a period ends; `move`
 * triggers ("overføres til", "reverts to") name the move.
 */
type Trigger = 'general' | 'period-end' | 'move';

const TRIGGERS = new Lexicon<Trigger>([
  [
    'deretter|derefter|etterpå|thereafter|afterwards|after that|after this|then|så|etter dette|etter det|etter de første|etter dei første|' +
      'over taket|utover taket|ut over taket|over grensen|above the cap|beyond the cap|over the cap|' +
      'etter dei fyrste|etter første|etter perioden|etter endt periode|ved utløp|ved utløp av|ved utløpet av|ved endt|after the first|' +
      'after the offer',
    'general',
  ],
  [
    'etter kampanjeperioden|etter kampanjen|etter kampanjeslutt|etter endt kampanje|etter endt kampanjeperiode|etter tilbudsperioden|' +
      'etter tilbodsperioden|etter introduksjonsperioden|etter endt fastprisperiode|etter fastprisperioden|etter endt bindingstid|' +
      'etter bindingstiden|etter bindingstida|etter bindingsperioden|etter avtaleperioden|etter endt avtaleperiode|etter avtaletiden|' +
      'etter avtaletida|etter prisgarantiperioden|etter garantiperioden|etter prisgarantien|etter gratisperioden|' +
      'når kampanjen er over|når kampanjen er slutt|når kampanjen utløper|når kampanjen avsluttes|når kampanjeperioden er over|' +
      'når kampanjeperioden utløper|når avtaletiden er over|når avtaletiden utløper|når avtaleperioden er over|når avtaleperioden utløper|' +
      'når fastprisperioden er over|når fastprisperioden utløper|når fastprisperioden går ut|når bindingstiden er over|når bindingstida er over|' +
      'når bindingstiden utløper|når perioden er over|når tilbudet utløper|når tilbodet går ut|når avtalen utløper|når avtala går ut|' +
      'ved kampanjeslutt|ved avtalens utløp|' +
      'when the campaign ends|when the offer ends|when the fixed term ends|when the fixed-price period ends|when the period ends|' +
      'at the end of the fixed term|at the end of the campaign|at the end of the offer period|after the campaign|after the campaign period|' +
      'after the introductory period|after the offer period|after the fixed term|after the fixed-price period|' +
      'after the binding period|after the promotional period|once the offer ends|once the campaign ends',
    'period-end',
  ],
  [
    'fortsetter din vanlige strømavtale|fortsetter din vanlige avtale|fortset den vanlege avtalen|then reverts to|rolls over to|rolls into|' +
      'fornyes automatisk|blir automatisk fornyet|vert automatisk fornya|renews automatically|is automatically renewed|automatically renews|' +
      'fornyes|fornyast|blir fornyet|vert fornya|is renewed|renews',
    'move',
  ],
]);

/** Verbs of moving on ("overføres", "reverts") and the words that close the move ("til", "to"). */
const MOVE_VERBS = new Set([
  'overføres', 'overførast', 'overført', 'flyttes', 'flyttast', 'flyttet', 'flytta', 'endres', 'endrast', 'endra', 'endret', 'reverts',
  'revert', 'switches', 'switch', 'moves', 'move', 'moved', 'transferred', 'transfers', 'converts', 'continues', 'løper', 'fortsetter',
  'fortset', 'byttes', 'konverteres',
]);
const MOVE_TO = new Set(['til', 'to', 'into', 'på', 'som', 'as', 'onto']);
const GO_TO = new Set(['til', 'på']);
const MOVE_FILLERS = new Set([
  'du', 'deg', 'avtalen', 'avtala', 'automatisk', 'over', 'prisen', 'you', 'the', 'agreement', 'automatically', 'will', 'be', 'vert', 'blir',
  'videre', 'then', 'tilbake', 'back', 'kunden', 'it', 'contract', 'your',
]);

/** "overføres avtalen til", "går du automatisk over på", "reverts to": the end of a move, or -1. */
function moveAt(ctx: Context, i: number): number {
  // "vert endra til", "blir automatisk overført til", "will be transferred to": the auxiliary opens the move.
  if (!AUXILIARIES.has(ctx.norm(i))) return moveVerbAt(ctx, i);
  for (let j = i + 1; j < i + 4; j++) {
    const end = moveVerbAt(ctx, j);
    if (end > 0) return end;
    if (!AUXILIARIES.has(ctx.norm(j)) && !MOVE_FILLERS.has(ctx.norm(j))) return -1;
  }
  return -1;
}

const AUXILIARIES = new Set(['vert', 'blir', 'blei', 'ble', 'will', 'be', 'is', 'are', 'gets']);

/** Words before "gå" that make it part of a statement ("vil gå over til"); alone it is a link or a call ("Gå tilbake til forsiden"). */
const GO_AUXILIARIES = new Set(['vil', 'skal', 'å', 'kan', 'må', 'kommer', 'vert', 'blir']);

function moveVerbAt(ctx: Context, i: number): number {
  const w = ctx.norm(i);
  if (w === 'gå' && !GO_AUXILIARIES.has(ctx.norm(i - 1)) && !GO_AUXILIARIES.has(ctx.norm(i - 2))) return -1;
  // "går" moves only with "over" or "tilbake" ("går over til"), "løper" only with "videre".
  const goes = w === 'går' || w === 'gå';
  const preps = goes ? GO_TO : MOVE_VERBS.has(w) ? MOVE_TO : undefined;
  if (!preps) return -1;
  let sawOver = !goes && w !== 'løper';
  for (let j = i + 1; j < i + 6 && ctx.sameSentence(i, j); j++) {
    const n = ctx.norm(j);
    if (n === 'over' || n === 'tilbake' || n === 'videre') sawOver = true;
    if (preps.has(n) && sawOver) return j + 1;
    if (!MOVE_FILLERS.has(n)) return -1;
  }
  return -1;
}

/** Words after a general trigger that show it speaks of the price or the product. */
const PRICE_WORDS = /^(pris|prisen|priser|prisane|påslag|spotpris|fastbeløp|ordinær|ordinære|ordinært|standard|vanlig|vanleg|vanlige|regular|normal|normalpris|listepris|price|prices|markup|rate|fee|avtale|avtalen|produkt|spot|gjeldende|gjeldande|løpende|fastpris|månedsavgift|innkjøpspris|timespot)/;

/** Words skipped between a trigger and the product it names. */
const FILLERS = new Set([
  'standard', 'ordinary', 'regular', 'ordinær', 'ordinære', 'vanlig', 'vanlige', 'vanleg', 'normal', 'normale',
  'automatisk', 'du', 'deg', 'vår', 'vårt', 'våre', 'our', 'the', 'til', 'på', 'over', ':', 'gjelder', 'gjeld', 'applies',
  'betaler', 'får', 'avtalen', 'produktet', 'you', 'pay', 'get', 'agreement', 'product', 'into', 'to', 'vil', 'will', 'blir', 'be',
  'moved', 'transferred', 'overført', 'flyttet', 'avtale', 'vert', 'kunden', 'customer', 'strømavtalen', 'straumavtalen',
]);

/** Capitalised words that are never product names. */
function notAName(ctx: Context, j: number): boolean {
  const w = ctx.norm(j);
  return MONTHS.has(w) || WEEKDAYS.has(w) || w === 'nok' || w === 'kr' || w === 'min' || w === 'mva';
}

const QUOTES = new Set(['"', "'"]);

/** The product named at token j: a quoted name or capitalised words ("Spotpris Pluss", "Vestavind Spot+"). */
function nameAt(ctx: Context, j: number, anchor: number): { start: number; end: number; spanEnd: number } | undefined {
  if (QUOTES.has(ctx.norm(j))) {
    const open = ctx.norm(j);
    for (let k = j + 1; k < j + 9 && ctx.sameSentence(k, anchor); k++) {
      if (ctx.norm(k) === open) return k > j + 1 ? { start: j + 1, end: k, spanEnd: k + 1 } : undefined;
    }
    return undefined;
  }
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'word' || !t.upper || notAName(ctx, j)) return undefined;
  let k = j + 1;
  while (k < j + 5 && ctx.sameSentence(k, anchor)) {
    const n = ctx.tokens[k]!;
    const nameWord = n.kind === 'word' && (n.upper || /^(pluss|plus)$/.test(n.norm));
    if (!(nameWord || n.norm === '+' || (n.kind === 'num' && !n.space))) break;
    if (n.kind === 'word' && notAName(ctx, k)) break;
    k += 1;
  }
  return { start: j, end: k, spanEnd: k };
}

function successorAfter(ctx: Context, from: number, anchor: number): { start: number; end: number; spanEnd: number } | undefined {
  let j = from;
  for (let steps = 0; steps < 5 && ctx.sameSentence(j, anchor); steps++) {
    const name = nameAt(ctx, j, anchor);
    if (name) return name;
    // "vår standard spotprisavtale Spot Nordlys": a generic noun before the name.
    if (!FILLERS.has(ctx.norm(j)) && !/(avtale|avtalen|avtala|agreement|product|produkt|plan)$/.test(ctx.norm(j))) return undefined;
    j += 1;
  }
  return undefined;
}

/** Nouns of a limited period: "etter introperioden", "after the welcome period", "etter gratismånedene". */
const PERIOD_NOUN = /(periode|perioden|perioda|period|kampanjen|kampanja|campaign|tilbudet|tilbodet|offer|tiden|tida|term|månedene|månadene|months)$/;
const THE = new Set(['the', 'this', 'that', 'den', 'det', 'denne', 'dette', 'dei', 'de']);
const FROM = new Set(['fra', 'frå', 'from', 'f.o.m', 'fom']);
const MONTH_WORDS = new Set(['måned', 'månad', 'month', 'mnd']);

/** "etter <period noun>": a period that ends, said in words the lexicon does not list ("after the welcome period"). */
function afterPeriodNoun(ctx: Context, i: number): number {
  const k = THE.has(ctx.norm(i + 1)) ? i + 2 : i + 1;
  for (const noun of [k, k + 1]) if (ctx.isWord(noun) && ctx.isWord(k) && PERIOD_NOUN.test(ctx.norm(noun))) return noun + 1;
  return -1;
}

/** "fra 1. mars 2027", "fra og med måned 7", "from month 4": when the later terms start. */
function fromStart(a: Analysis, i: number): number {
  const { ctx } = a;
  let k = i + 1;
  if (ctx.norm(k) === 'og' && ctx.norm(k + 1) === 'med') k += 2;
  const date = a.dateAt(k);
  // "fra 1. desember til 31. desember" is the window of an offer, not what comes after it.
  const range = date && ['til', 'to', 'until', '-', 't.o.m', 'tom'].includes(ctx.norm(date.end));
  if (date && !date.placeholder) return range ? -1 : date.end;
  // "from month 4", "fra måned 7", "fra 4. måned", "from the 4th month".
  if (ctx.norm(k) === 'the') k += 1;
  if (MONTH_WORDS.has(ctx.norm(k)) && ctx.isNum(k + 1)) return k + 2;
  if (ctx.isNum(k) && (MONTH_WORDS.has(ctx.norm(k + 1)) || (/^(st|nd|rd|th|\.)$/.test(ctx.norm(k + 1)) && MONTH_WORDS.has(ctx.norm(k + 2))))) {
    return MONTH_WORDS.has(ctx.norm(k + 1)) ? k + 2 : k + 3;
  }
  return -1;
}

/** A trigger at token i: a fixed phrase, a move ("overføres … til"), "etter 3 måneder", "etter introperioden", "fra 1. mars". */
function triggerAt(a: Analysis, i: number): { start: number; end: number; value: Trigger } | undefined {
  const { ctx } = a;
  const phrase = TRIGGERS.match(ctx, i);
  const move = moveAt(ctx, i);
  if (move > (phrase?.end ?? -1)) return { start: i, end: move, value: 'move' };
  if (phrase) return phrase;
  const w = ctx.norm(i);
  if (FROM.has(w)) {
    const end = fromStart(a, i);
    return end > 0 ? { start: i, end, value: 'general' } : undefined;
  }
  if (w !== 'etter' && w !== 'after') return undefined;
  const period = afterPeriodNoun(ctx, i);
  if (period > 0) return { start: i, end: period, value: 'period-end' };
  // "etter 3 måneder", "etter 1. mars 2027"; not a period read as something else ("after 30 days' notice").
  const duration = a.durationAt(i + 1);
  const then = (duration && !a.claimedDurations.has(duration) ? duration : undefined) ?? a.dateAt(i + 1);
  return then && !('placeholder' in then && then.placeholder) ? { start: i, end: then.end, value: 'general' } : undefined;
}

/**
 * `after-terms`: what follows a campaign, fixed term or binding ("deretter 4,9 øre/kWh", "etter
 * kampanjeperioden går du over til Spotpris Pluss", "overføres automatisk til «Strøm Standard»",
 * "then reverts to …"). `successor` is the product named after it, `hasPrice` whether an amount
 * follows in the same sentence.
 */
export function recogniseAfterTerms(a: Analysis): void {
  const { ctx } = a;
  for (let i = 0; i < ctx.length; i++) {
    const m = triggerAt(a, i);
    if (!m) continue;
    // "Etter kampanjeperioden går du over til X" is one statement: the move names the successor.
    let move = m.value === 'move' ? m : undefined;
    for (let j = m.end; !move && j < m.end + 15 && ctx.sameSentence(j, i); j++) {
      const next = triggerAt(a, j);
      if (next?.value === 'move') move = next;
    }
    const successor = successorAfter(ctx, (move ?? m).end, i);
    let money: { start: number; end: number } | undefined;
    let priceWord = false;
    for (let j = m.end; j < ctx.length && j - m.end < 20 && ctx.sameSentence(j, i); j++) {
      const found = a.moneyAt(j);
      if (found && found.value !== undefined) {
        money = found;
        break;
      }
      if (PRICE_WORDS.test(ctx.norm(j))) priceWord = true;
    }
    // "then" and "så" are everyday words: they lead after-terms only straight before a price.
    const bare = ctx.norm(i) === 'then' || ctx.norm(i) === 'så';
    if (m.value === 'general' && !move && !successor && !money && (!priceWord || bare)) continue;
    if (bare && !move && !(money && money.start <= m.end + 1)) continue;
    const data: FactData['after-terms'] = { hasPrice: money !== undefined };
    if (successor) data.successor = ctx.text.slice(ctx.tokens[successor.start]!.start, ctx.tokens[successor.end - 1]!.end);
    const end = Math.max(m.end, move?.end ?? 0, successor?.spanEnd ?? 0, successor ? 0 : (money?.end ?? 0));
    a.add('after-terms', i, end, data);
    // What the rest of the sentence says after the name is the successor's: its price, its binding.
    if (successor) a.successorSpans.push(ctx.span(successor.start, ctx.sentenceEndWithin(successor.start, ctx.length)));
    i = end - 1;
  }
}

/** The kinds of fact that describe a product's own terms, and so may be the successor's instead. */
const TERM_KINDS = new Set<Fact['kind']>(['price-element', 'amount', 'binding', 'fixed-period', 'guarantee', 'product-type', 'end']);

/** Marks the terms said of a successor ("… går over til Fjordvik Spot, påslag 3,10 øre/kWh, ingen binding"): they are not this product's. */
export function markSuccessorTerms(a: Analysis): void {
  for (const span of a.successorSpans) {
    for (const fact of a.facts) if (TERM_KINDS.has(fact.kind) && fact.start >= span.start && fact.end <= span.end) fact.aboutSuccessor = true;
  }
}
