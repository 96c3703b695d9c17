import type { Analysis } from '../analysis.js';
import type { Context } from '../context.js';
import type { FactData, PriceElement } from '../facts.js';
import { dashPlaceholderAt, type Money } from '../money.js';
import { PhraseSet } from '../phrases.js';
import { OWN_PRICE_ELEMENTS } from '../offer.js';
import { quantityOf } from './amounts.js';
import { elementAt, type ElementMention } from './element-words.js';

/** How far after an element word its amount may stand ("påslaget vårt er kun 4,9 øre"). */
const FORWARD_WINDOW = 8;

/** Words between an amount and the element it sizes: "4,9 øre i påslag", "39 kr som fastbeløp". */
const CONNECTORS = new Set(['i', 'form', 'av', 'som', 'in', 'as', 'of', 'for', '(', ')', 'til']);

/** Words that may stand between a negation and the element: "uten noe påslag", "no hidden fees". */
const MODIFIERS = new Set(['noe', 'noen', 'noko', 'nokon', 'any', 'ekstra', 'extra', 'skjult', 'skjulte', 'hidden', 'fast', 'månedlig', 'monthly', 'eget', 'et', 'eit', 'a', 'an']);

const NEGATING = new Set(['uten', 'utan', 'ingen', 'inga', 'ikke', 'ikkje', 'no', 'zero', 'without', 'null', 'intet', 'gratis', 'free', 'spanderer', 'spanderar']);

/** Words that leave an element unsized on purpose: "et lite påslag", "eventuelt et fastbeløp". */
const VAGUE_BEFORE = new Set([
  'lite', 'lavt', 'lav', 'låg', 'lågt', 'mindre', 'beskjedent', 'beskjeden', 'liten', 'lille', 'small', 'low', 'modest', 'minimal',
  'minimalt', 'competitive', 'konkurransedyktig', 'konkurransedyktige', 'eventuelt', 'eventuelle', 'eventuell', 'evt', 'possibly',
  'possible', 'et', 'eit', 'en', 'ein', 'ei', 'a', 'an', 'some', 'variabelt', 'avtalt', 'gjeldende', 'gjeldande', 'ordinært', 'ordinær',
]);

const ARTICLES = new Set(['et', 'eit', 'en', 'ein', 'ei', 'a', 'an', 'some']);

const VAGUE_AFTER = new PhraseSet([
  'kommer i tillegg|kjem i tillegg|kommer i tillegg til|tilkommer|påløper|kan tilkomme|kan påløpe|kommer på toppen|is added|are added|' +
    'will be added|will apply|comes on top|come on top|kommer på|kan komme i tillegg',
]);

const FREE_WORDS = new Set([
  'gratis', 'free', 'ingen', 'nei', 'none', 'inga', 'kostnadsfritt', 'kostnadsfri', 'fjerna', 'fjernet', 'fjernes', 'fjernast', 'bortfaller',
  'frafalles', 'waived', 'removed', 'dropped',
]);
/** Words between an element and the word that waives it: "fastbeløpet vert fjerna", "the fee is waived". */
const FREE_GLUE = new Set([':', 'er', 'is', '=', '-', 'vert', 'blir', 'be', 'will', 'are', 'helt', 'completely']);

/** English words for the markup that also mean other things. */
const ENGLISH_MARKUP = new Set(['markup', 'mark', 'surcharge']);
const PRICE_CUES = new Set([
  'price', 'prices', 'spot', 'electricity', 'power', 'fee', 'fees', 'kwh', 'øre', 'nok', 'kr', 'cost', 'costs', 'tariff', 'guaranteed',
  'guarantee', 'campaign', 'offer', 'monthly',
]);

function priceCue(ctx: Context, i: number): boolean {
  const from = ctx.sentenceStartWithin(i, 20);
  const to = ctx.sentenceEndWithin(i, 20);
  for (let j = from; j < to; j++) if (PRICE_CUES.has(ctx.norm(j))) return true;
  return false;
}

/** Elements whose amount is per kWh (or unitless øre, or an explicit zero). */
const PER_KWH: ReadonlySet<PriceElement> = new Set(['markup', 'fixed-price', 'variable-price', 'certificates', 'price-bound']);

function fits(element: PriceElement, m: Money): boolean {
  if (element === 'grid' || element === 'purchase-costs' || m.placeholder || m.value === 0) return true;
  if (PER_KWH.has(element)) return m.per === 'kWh' || (m.per === undefined && m.unit === 'ore');
  if (element === 'spot-reference') return false;
  return m.per !== 'kWh';
}

/** An amount right before the element, joined by connectors only: "0 kr i påslag", "39 kr/mnd i fastbeløp". */
function amountBefore(a: Analysis, el: ElementMention): Money | undefined {
  const { ctx } = a;
  let j = el.start;
  for (let steps = 0; steps < 4 && j > 0; steps++) {
    const m = a.moneyEndingAt(j);
    if (m) return ctx.sameClause(m.end - 1, el.start) ? m : undefined;
    if (!CONNECTORS.has(ctx.norm(j - 1))) return undefined;
    j -= 1;
  }
  return undefined;
}

/** The first amount after the element in its clause, before any other element. */
function amountAfter(a: Analysis, el: ElementMention, elements: ReadonlyMap<number, ElementMention>): Money | undefined {
  const { ctx } = a;
  // A label alone on its line sizes the amount that opens the next one ("Fastbeløp\n39 kr/mnd").
  const label = ctx.tokens[el.end]?.nl === true && a.moneyAt(el.end);
  if (label) return a.claimedMoney.has(label) || !fits(el.element, label) ? undefined : label;
  // A dash after the element word sets its amount apart, as a colon does: "Påslag – 3,10 øre/kWh".
  const from = ctx.isPunct(el.end, '-') && !ctx.tight(el.end) && !ctx.tight(el.end + 1) && ctx.sameSentence(el.end, el.end + 1) ? el.end + 1 : el.end;
  for (let j = from; j < ctx.length && j - el.end < FORWARD_WINDOW && ctx.sameClause(j, from); j++) {
    if (elements.has(j)) return undefined;
    const m = a.moneyAt(j);
    if (m) return a.claimedMoney.has(m) || !fits(el.element, m) ? undefined : m;
    // "Påslag: --,-": a template dash with no unit stands where the amount should be.
    const dash = dashPlaceholderAt(ctx, j);
    if (dash > 0) return { start: j, end: dash, unit: 'kr', placeholder: true };
  }
  return undefined;
}

/** Words that join a negated element to another the negation also covers: "uten binding eller påslag". */
const COORDINATING = new Set(['eller', 'og', 'or', 'and', 'nor', 'verken', ',']);

/**
 * A negation before the element, across modifiers and one coordinated word: "uten påslag", "ingen
 * fast månedsavgift", "no markup", "uten binding eller påslag", "no lock-in or monthly fee".
 */
function negationBefore(ctx: Context, i: number): number {
  let j = i - 1;
  let coordinated = false;
  for (let steps = 0; steps < 5 && j >= 0 && ctx.sameClause(j, i); steps++, j--) {
    const w = ctx.norm(j);
    if (NEGATING.has(w) || (w === '0' && ctx.isNum(j))) return j;
    if (COORDINATING.has(w) && !coordinated && ctx.isWord(j - 1)) {
      // The word the element is coordinated with, possibly a hyphenated one ("lock-in").
      coordinated = true;
      j -= ctx.isPunct(j - 2, '-') && ctx.tight(j - 1) ? 3 : 1;
      continue;
    }
    if (!MODIFIERS.has(w) && w !== 'i') return -1;
  }
  return -1;
}

/** "Påslag: ingen", "Fastbeløp: gratis", "fastbeløpet er gratis". */
function freeAfter(ctx: Context, el: ElementMention): number {
  for (let j = el.end; j < el.end + 4 && ctx.sameClause(j, el.start); j++) {
    const w = ctx.norm(j);
    if (FREE_WORDS.has(w)) return j + 1;
    if (!FREE_GLUE.has(w)) return -1;
  }
  return -1;
}

/** Vague wording before the element: "et lite påslag", "eventuelt et fastbeløp". Returns where it starts. */
function vagueBefore(ctx: Context, i: number, needsWord: boolean): number {
  let first = -1;
  let word = false;
  let skipped = 0;
  for (let j = i - 1; j >= 0 && i - j <= 4 && ctx.sameClause(j, i); j--) {
    const w = ctx.norm(j);
    if (w === '.' && ctx.norm(j - 1) === 'evt') continue;
    if (VAGUE_BEFORE.has(w)) {
      first = j;
      if (!ARTICLES.has(w)) word = true;
      continue;
    }
    // An article may stand before an adjective of its own: "a transparent markup".
    if (first < 0 && skipped < 1 && ctx.isWord(j) && !ctx.tokens[j]!.upper && !NEGATING.has(w) && ARTICLES.has(ctx.norm(j - 1))) {
      skipped += 1;
      continue;
    }
    break;
  }
  return needsWord && !word ? -1 : first;
}

function vagueAfter(ctx: Context, el: ElementMention): boolean {
  for (let j = el.end; j < el.end + 8 && ctx.sameClause(j, el.start); j++) if (VAGUE_AFTER.match(ctx, j)) return true;
  return false;
}

const COPULAS = new Set(['er', 'is', 'are', 'blir', 'vert', 'means', 'betyr']);
const DEFINITE_ARTICLES = new Set(['et', 'eit', 'en', 'ein', 'ei', 'a', 'an', 'the']);
/** How a definition goes on after "er"/"is": "… er det strømselskapet tar", "… is what we charge", "… er en del av prisen". */
const DEFINIENS_OPENERS = new Set([...DEFINITE_ARTICLES, 'det', 'den', 'what', 'hva', 'kva', 'that', 'summen', 'the']);

/**
 * Whether the element word is part of a definition: the predicate of another element ("Elsertifikat
 * er et lovpålagt påslag") or the subject a sentence defines ("Et påslag er det strømselskapet tar").
 */
function definition(ctx: Context, el: ElementMention): boolean {
  // The subject: "(Et) påslag er det …", "A markup is what …" at the start of its sentence; "Purchase
  // costs are added" and "Påslaget er lavt" say something of this product's cost, not what the word means.
  const start = ctx.sentenceStartWithin(el.start, 3);
  const defines = ['means', 'betyr'].includes(ctx.norm(el.end)) || (COPULAS.has(ctx.norm(el.end)) && DEFINIENS_OPENERS.has(ctx.norm(el.end + 1)));
  if ((start === el.start || (start === el.start - 1 && DEFINITE_ARTICLES.has(ctx.norm(start)))) && defines) return true;
  // The predicate: "<other element> er (et) (adjective) <element>".
  let j = el.start - 1;
  for (let skipped = 0; j >= 0 && skipped < 3 && ctx.sameClause(j, el.start) && !COPULAS.has(ctx.norm(j)); j--, skipped++) {
    if (!ctx.isWord(j) || NEGATING.has(ctx.norm(j)) || VAGUE_BEFORE.has(ctx.norm(j)) && !ARTICLES.has(ctx.norm(j))) return false;
  }
  if (j < 1 || !COPULAS.has(ctx.norm(j))) return false;
  const subject = elementAt(ctx, j - 1);
  return subject !== undefined && subject.element !== el.element;
}

/** "4,9 øre/kWh i tillegg": a per-kWh amount added on top is a markup. */
function tilleggAfterAmount(a: Analysis, i: number): ElementMention | undefined {
  const { ctx } = a;
  const w = ctx.norm(i);
  if ((w !== 'tillegg' && w !== 'tillegget') || ctx.norm(i - 1) !== 'i') return undefined;
  const m = a.moneyEndingAt(i - 1);
  if (!m || !(m.per === 'kWh' || (m.per === undefined && m.unit === 'ore'))) return undefined;
  return { element: 'markup', start: i, end: i + 1 };
}

/**
 * Sentences where a fee follows from not choosing eFaktura/AvtaleGiro ("Avtalen forutsetter eFaktura",
 * "velger du ikke eFaktura …"), with the condition word's token.
 */
function efakturaConditions(ctx: Context): Map<number, { from: number; to: number }> {
  const found = new Map<number, { from: number; to: number }>();
  for (let i = 0; i < ctx.length; i++) {
    const end = efakturaWordEnd(ctx, i);
    if (end < 0 || found.has(ctx.sentence[i]!)) continue;
    let cond = -1;
    // The earliest condition; "gebyr for eFaktura" is the invoice fee: a condition never reaches back across a fee word.
    ctx.lookBehind(i, 8, 'sentence', (j) => {
      if (FEE_WORDS.has(ctx.norm(j))) return null;
      if (CONDITIONS.has(ctx.norm(j))) cond = j;
      return false;
    });
    if (cond >= 0) found.set(ctx.sentence[i]!, { from: cond, to: end });
  }
  return found;
}

/** Words of leaving a binding early: a plain "gebyr" beside them is the break fee. */
const BREAKING = new Set(['bryter', 'bryte', 'brudd', 'brot', 'bryt', 'førtidig', 'førtidsoppsigelse', 'bindingstiden', 'bindingstida', 'early', 'breaking', 'break']);

/**
 * Every element named in the text, longest phrase first. A plain "gebyr" where eFaktura is required
 * is that fee; where the customer leaves a binding early, the break fee.
 */
/** Words that make what follows the basis a price is set by: "etter", "basert på", "according to". */
const BASIS = new PhraseSet(['etter|basert på|ut fra|ut frå|i tråd med|according to|based on|in line with|reflects|reflect|følger|følgjer|follows']);

/** Words that may stand between the basis word and the costs: "etter de faktiske innkjøpskostnadene". */
const BASIS_DETERMINERS = new Set(['de', 'dei', 'the', 'våre', 'vore', 'our', 'faktiske', 'actual', 'egne', 'eigne', 'own']);

function basisBefore(ctx: Context, at: number): boolean {
  let end = at;
  while (end > 0 && at - end < 2 && BASIS_DETERMINERS.has(ctx.norm(end - 1))) end--;
  for (let j = Math.max(0, end - 3); j < end; j++) if (BASIS.match(ctx, j)?.end === end) return true;
  return false;
}

function mentions(a: Analysis, efaktura: ReadonlyMap<number, unknown>): ElementMention[] {
  const { ctx } = a;
  const breaking = new Set<number>();
  for (let i = 0; i < ctx.length; i++) if (BREAKING.has(ctx.norm(i))) breaking.add(ctx.sentence[i]!);
  const found: ElementMention[] = [];
  for (let i = 0; i < ctx.length; i++) {
    const el = elementAt(ctx, i) ?? tilleggAfterAmount(a, i);
    if (!el) continue;
    if (el.fee === 'other' && el.needsSize && efaktura.has(ctx.sentence[i]!)) el.fee = 'missing-efaktura';
    else if (el.fee === 'other' && el.needsSize && breaking.has(ctx.sentence[i]!)) el.fee = 'break';
    i = el.end - 1;
    // "Påslaget justeres etter innkjøpskostnadene": what a price follows is no cost of its own.
    if (el.element === 'purchase-costs' && basisBefore(ctx, el.start)) continue;
    found.push(el);
  }
  return found;
}

/**
 * `price-element`: markup, monthly fee, fixed and variable price, spot reference, certificates,
 * purchase costs, fees, price bounds and grid items — with the amount that sizes them, or whether
 * they are waived ("uten påslag") or left vague ("et lite påslag"). Waived markups and monthly fees
 * are also offer markers (`campaign` / waived).
 */
export function recognisePriceElements(a: Analysis): void {
  const { ctx } = a;
  const efaktura = efakturaConditions(ctx);
  const found = mentions(a, efaktura);
  const byStart = new Map(found.map((el) => [el.start, el]));
  const sized = new Map<ElementMention, Money>();
  for (const el of found) {
    if (el.element === 'spot-reference') continue;
    const m = amountBefore(a, el);
    if (m && !a.claimedMoney.has(m) && fits(el.element, m)) {
      sized.set(el, m);
      a.claimedMoney.add(m);
    }
  }
  for (const el of found) {
    if (el.element === 'spot-reference' || sized.has(el)) continue;
    const m = amountAfter(a, el, byStart);
    if (!m) continue;
    sized.set(el, m);
    a.claimedMoney.add(m);
  }
  for (const el of found) emit(a, ctx, el, sized.get(el));
  // A requirement with no fee word of its own ("Avtalen forutsetter eFaktura og AvtaleGiro").
  const named = new Set(found.filter((el) => el.fee === 'missing-efaktura').map((el) => ctx.sentence[el.start]!));
  for (const [sentence, at] of efaktura) if (!named.has(sentence)) emitEfakturaFee(a, at.from, at.to);
}

/** The fee for missing eFaktura, sized by an amount later in the sentence ("uten eFaktura koster det 49 kr/mnd"). */
function emitEfakturaFee(a: Analysis, from: number, to: number): void {
  const { ctx } = a;
  const data: FactData['price-element'] = { element: 'fee', fee: 'missing-efaktura' };
  let end = to;
  for (let j = to; j < ctx.length && j - to < 10 && ctx.sameSentence(j, from); j++) {
    const m = a.moneyAt(j);
    if (!m || a.claimedMoney.has(m) || m.per === 'kWh') continue;
    const q = quantityOf(m);
    if (q) data.quantity = q;
    a.claimedMoney.add(m);
    end = m.end;
    break;
  }
  a.add('price-element', from, end, data);
}

function emit(a: Analysis, ctx: Context, el: ElementMention, money: Money | undefined): void {
  const data: FactData['price-element'] = { element: el.element };
  if (el.fee) data.fee = el.fee;
  let from = el.start;
  let to = el.end;
  // The supplier's own price given only as a ceiling ("påslag maks 2 øre/kWh") is named, not sized.
  const bound = money?.ceiling === true && OWN_PRICE_ELEMENTS.has(el.element);
  const quantity = bound ? undefined : money && quantityOf(money);
  if (quantity && !quantity.per && el.per) quantity.per = el.per;
  if (money) {
    from = Math.min(from, money.start);
    to = Math.max(to, money.end);
  }
  if (quantity) data.quantity = quantity;
  if (el.element !== 'grid' && el.element !== 'spot-reference') {
    const negation = quantity && quantity.value > 0 ? -1 : negationBefore(ctx, el.start);
    const free = quantity ? -1 : freeAfter(ctx, el);
    if (el.waived || quantity?.value === 0 || negation >= 0 || free >= 0) {
      data.waived = true;
      if (negation >= 0) from = Math.min(from, negation);
      if (free >= 0) to = Math.max(to, free);
    } else if (!quantity) {
      // An article alone ("et påslag") leaves an element unsized; for words named only in passing
      // ("a fixed-price agreement", "et abonnement") it takes a vague word or a placeholder.
      const vague = vagueBefore(ctx, el.start, el.needsSize === true);
      if (money?.placeholder || bound || el.element === 'purchase-costs' || vague >= 0 || vagueAfter(ctx, el)) {
        data.vague = true;
        if (vague >= 0) from = vague;
      }
    }
  }
  if (el.needsSize && !data.quantity && !data.waived && !data.vague) return;
  // "Elsertifikat er et lovpålagt påslag", "Et påslag er …": a definition names no price of this product.
  if (!data.quantity && !data.waived && definition(ctx, el)) return;
  // English "markup" is also HTML's: unsized, it needs a word of price in its sentence.
  if (!data.quantity && !data.waived && ENGLISH_MARKUP.has(ctx.norm(el.start)) && !priceCue(ctx, el.start)) return;
  a.add('price-element', from, to, data);
  if (data.waived && (el.element === 'markup' || el.element === 'monthly-fee')) a.add('campaign', from, to, { marker: 'waived' });
}

const EFAKTURA = new Set(['efaktura', 'efakturaen', 'avtalegiro', 'einvoice']);
const CONDITIONS = new Set([
  'forutsetter', 'forutset', 'føresett', 'krever', 'krev', 'manglende', 'mangler', 'uten', 'utan', 'ikke', 'ikkje', 'without',
  'requires', 'require', 'required', 'unless', 'not',
]);

const FEE_WORDS = new Set(['for', 'gebyr', 'gebyret', 'fee', 'fees', 'fakturagebyr']);

/** End of an eFaktura/AvtaleGiro mention at token i ("eFaktura", "e-faktura", "Avtale Giro", "e-invoice"), or -1. */
function efakturaWordEnd(ctx: Context, i: number): number {
  const w = ctx.norm(i);
  if (EFAKTURA.has(w)) return i + 1;
  if (w === 'e' && ctx.norm(i + 1) === '-' && ['faktura', 'invoice'].includes(ctx.norm(i + 2))) return i + 3;
  if (w === 'avtale' && ctx.norm(i + 1) === 'giro') return i + 2;
  if (w === 'direct' && ctx.norm(i + 1) === 'debit') return i + 2;
  return -1;
}
