import type { Analysis } from '../analysis.js';
import type { Context } from '../context.js';
import type { FactData } from '../facts.js';
import { memoWord } from '../memo.js';
import { Lexicon } from '../phrases.js';
import { GENERIC_DETERMINERS } from '../words.js';

type Marker = FactData['campaign']['marker'];

const MARKER_PHRASES = new Lexicon<Marker | 'bonus' | 'code'>([
  [
    'introductory offer|introductory price|introductory rate|intro offer|intro price|welcome offer|welcome price|welcome deal|' +
      'introduction offer|starter offer|intro-tilbud|intro tilbud|intro-tilbod|velkomst-tilbud|introduksjons-tilbud|intro-pris',
    'intro',
  ],
  ['special offer|promotional price|campaign price|offer price|sale price|kampanje pris', 'campaign'],
  // A field for a code ("Har du en kampanjekode?") is no offer of its own.
  ['promo code|discount code|voucher code|campaign code|kampanje kode|rabatt kode', 'code'],
  [
    'kun i dag|bare i dag|berre i dag|kun idag|bare idag|kun denne uken|kun denne uka|kun denne helgen|berre denne veka|kun ut uken|' +
      'kun ut måneden|begrenset periode|en begrenset periode|avgrensa periode|avgrenset periode|begrenset tid|kort tid|for a limited time|' +
      'limited time|limited-time|limited period|today only|only today|this week only|while the offer lasts|så lenge tilbudet varer|' +
      'så lenge kampanjen varer|så lenge tilbodet varer|mens tilbudet varer|medan tilbodet varer|snart slutt|siste sjanse|last chance|ends soon|' +
      'tidsbegrenset|tidsavgrensa|tidsavgrenset|time-limited|så lenge lageret rekker|så langt lageret rekker|while stocks last|' +
      'så lenge beholdningen varer',
    'limited-time',
  ],
  ['waived|frafalt|frafalles', 'waived'],
  ['vi spanderer|spanderer vi|me spanderer|we pay|on us|free of charge|for free|at no cost|at no charge|uten kostnad|utan kostnad', 'free'],
  [
    'welcome bonus|sign-up bonus|signup bonus|loyalty bonus|gift card*|gift voucher*|discount*|cashback|cash back|voucher*|rebate|' +
      'refer a friend bonus|verv en venn|welcome gift',
    'bonus',
  ],
]);

/** Words in front of "offer" that make it a noun ("this offer"), not the verb ("we offer"). */
const OFFER_NOUN_BEFORE = new Set([
  'this',
  'the',
  'special',
  'limited',
  'exclusive',
  'great',
  'new',
  'summer',
  'winter',
  'autumn',
  'spring',
  'fall',
  'christmas',
  'friday',
  'current',
  'online',
  'campaign',
  'unique',
  'fantastic',
  'amazing',
  'an',
  'a',
  'seasonal',
]);
/** Words after "offer" that make it a noun: "offer ends", "Offer:", "offer valid until". */
const OFFER_NOUN_AFTER = new Set(['ends', 'expires', 'valid', 'applies', 'price', 'period', 'lasts', 'runs', 'only', 'available', 'terms', 'code', 'until', ':', 'is']);
const DEAL_BEFORE = new Set(['special', 'great', 'exclusive', 'limited', 'summer', 'winter', 'hot', 'friday', 'this', 'autumn', 'spring', 'christmas', 'seasonal']);
const SEE = new Set(['se', 'sjå', 'see']);
const SAVING = new Set(['spar', 'sparer', 'save', 'saving', 'opptil', 'inntil', 'opp', 'up']);

/** Adjectives (not articles) that lead a "deal"/"offer" marker. */
const DESCRIBES = new Set([...DEAL_BEFORE, ...OFFER_NOUN_BEFORE].filter((w) => !['this', 'the', 'a', 'an'].includes(w)));
/** Asking for a quote is not an offer: "be om tilbud", "uforpliktende tilbud". */
const QUOTE_BEFORE = new Set(['uforpliktende', 'uforpliktande', 'innhent', 'innhente', 'om']);
/** Verbs of sending or asking for an offer: then it is a proposal ("vi sender deg et nytt fastpristilbud"), not a promotion. */
const PROPOSAL_VERBS = new Set([
  'sender',
  'sende',
  'sendt',
  'send',
  'sends',
  'sent',
  'får',
  'få',
  'fått',
  'motta',
  'mottar',
  'mottatt',
  'mottek',
  'receive',
  'receives',
  'received',
  'get',
  'gets',
  'request',
  'requests',
  'make',
  'makes',
  'prepare',
  'prepares',
  'lage',
  'lager',
  'lagar',
]);
/** Words between such a verb and the offer: "sender deg et nytt tilbud", "send you a personal offer". */
const PROPOSAL_FILLERS = new Set([
  'vi',
  'me',
  'we',
  'du',
  'dere',
  'deg',
  'dykk',
  'you',
  'et',
  'eit',
  'en',
  'ein',
  'a',
  'an',
  'nytt',
  'nye',
  'ny',
  'new',
  'personlig',
  'personleg',
  'personal',
  'skreddersydd',
  'tailored',
  'fornyet',
  'oppdatert',
  'updated',
  'renewal',
]);

/** Bonus words given for signing up, and the words of signing up that make any bonus one. */
const WELCOME = /^(velkomst|start|welcome|sign-?up|signup|verve|bytte|byte)/;
const SIGNING_UP = new Set([
  'bytter',
  'bytte',
  'byter',
  'byt',
  'bytt',
  'tegner',
  'tegne',
  'teiknar',
  'bestiller',
  'bestille',
  'bestill',
  'bestiller',
  'melder',
  'ny',
  'nye',
  'new',
  'switch',
  'switches',
  'join',
  'joins',
  'sign',
  'signs',
  'order',
  'orders',
  'kunde',
  'kundar',
  'kunder',
  'customer',
  'customers',
]);

/** Whether a bonus at [from, end) is given for signing up: a welcome word, or signing up in its sentence. */
function signUpBonus(ctx: Context, from: number, end: number): boolean {
  if (WELCOME.test(ctx.norm(from)) || (from > 0 && WELCOME.test(ctx.norm(from - 1)))) return true;
  for (let j = ctx.sentenceStartWithin(from, 12); j < ctx.sentenceEndWithin(end, 12); j++) if (SIGNING_UP.has(ctx.norm(j))) return true;
  return false;
}

/** Ways to pay and be billed: "eFaktura: 0 kr", "AvtaleGiro – 0 kr" costs nothing, and offers nothing. */
const PAYMENT_WORDS = /^(efaktura|e-faktura|avtalegiro|faktura|fakturaen|e-post|epost|einvoice|invoice|invoices|e-invoice|direct|debit|giro|sms)$/;

/** Whether a zero amount at token i answers a label that names a way to pay ("eFaktura: 0 kr"). */
function afterPaymentLabel(ctx: Context, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 2 && (ctx.isPunct(j, ':') || ctx.isPunct(j, '-') || ctx.norm(j) === 'er' || ctx.norm(j) === 'is')) j--;
  return j < i - 1 && PAYMENT_WORDS.test(ctx.norm(j));
}

/** "tilbud og etterspørsel", "supply and demand": the market, not an offer. */
function supplyAndDemand(ctx: Context, i: number): boolean {
  return (ctx.norm(i + 1) === 'og' && /^etterspørsel/.test(ctx.norm(i + 2))) || (ctx.norm(i - 1) === 'og' && /^etterspørsel/.test(ctx.norm(i - 2)));
}

/** The ordinary offer, not a campaign: "standardtilbudet", "ordinærtilbod". */
const ORDINARY_OFFER = /^(standard|ordinær|ordinært|vanlig|vanleg|normal|basis|grunn)(tilbud|tilbod)/;

/** Whether an offer word at i is the object of sending or asking: a proposal, not a promotion. */
function proposal(ctx: Context, i: number): boolean {
  return ctx.lookBehind(i, 4, 'clause', (j) => (PROPOSAL_VERBS.has(ctx.norm(j)) ? true : PROPOSAL_FILLERS.has(ctx.norm(j)) ? false : null)) >= 0;
}

/** "free" that is not a price: "feel free", "free to choose", "fossil-free". */
const FREE_TRAPS_BEFORE = new Set(['feel', 'toll', 'duty', 'hands', 'carbon', 'fossil', 'emission', 'emissions', 'stress', 'worry', 'care', 'hassle', 'risk']);
const FREE_TRAPS_AFTER = new Set(['to', 'from', 'of']);

/** "Se våre tilbud", "alle kampanjer", "kampanjene våre": offers in general, not one offer. "Se tilbudet" is one. */
function genericBefore(ctx: Context, i: number): boolean {
  const before = ctx.norm(i - 1);
  const definite = /(et|en|a)$/.test(ctx.norm(i)) && !/(ene|ane|a)$/.test(ctx.norm(i));
  if (GENERIC_DETERMINERS.has(before) && !(definite && SEE.has(before))) return true;
  return /(ene|ane|a)$/.test(ctx.norm(i)) && ['våre', 'vore', 'våres'].includes(ctx.norm(i + 1));
}

type WordClass = Marker | 'bonus' | 'discount' | 'free-en' | 'tilbud' | 'campaign-en' | 'offer' | 'deal';

/** What a single word may be, before its neighbours are looked at. */
const classOfWord = memoWord((w: string): WordClass | undefined => {
  if (w.length < 4 || w.endsWith('kode')) return undefined;
  if (/^(intro|introduksjons|velkomst)(tilbud|tilbod|pris|kampanje|periode)/.test(w)) return 'intro';
  if (/bonus|rabatt/.test(w) || /^(gavekort|gåvekort|verdikort|vervepremie|velkomstgave|velkomstgåve|startgave|vervegave|byttegave)/.test(w)) return 'bonus';
  if (w === 'avslag') return 'discount';
  if (/^gratis/.test(w) || /^kostnadsfri/.test(w)) return 'free';
  if (w === 'free') return 'free-en';
  if (/kampanje|kampanja/.test(w)) return 'campaign';
  if (/(tilbud|tilbod)(et|ene|a|ane)?$/.test(w) || /(tilbud|tilbod)s?pris/.test(w)) return 'tilbud';
  if (/^(campaign|promo|promotion|promotional)$/.test(w)) return 'campaign-en';
  if (w === 'offer') return 'offer';
  if (w === 'deal') return 'deal';
  return undefined;
});

/** A campaign or bonus word at token i (single words, compounds included), read with its neighbours. */
function markerOfWord(ctx: Context, i: number): Marker | 'bonus' | undefined {
  if (!ctx.isWord(i)) return undefined;
  const cls = classOfWord(ctx.norm(i));
  switch (cls) {
    case undefined:
      return undefined;
    case 'free-en':
      return freeWord(ctx, i) ? 'free' : undefined;
    case 'campaign':
    case 'campaign-en':
      return genericBefore(ctx, i) ? undefined : 'campaign';
    case 'tilbud': {
      const quote = QUOTE_BEFORE.has(ctx.norm(i - 1)) || (['et', 'eit'].includes(ctx.norm(i - 1)) && QUOTE_BEFORE.has(ctx.norm(i - 2)));
      return genericBefore(ctx, i) || quote || proposal(ctx, i) || supplyAndDemand(ctx, i) || ORDINARY_OFFER.test(ctx.norm(i)) ? undefined : 'campaign';
    }
    case 'offer':
      if (proposal(ctx, i)) return undefined;
      return OFFER_NOUN_BEFORE.has(ctx.norm(i - 1)) || OFFER_NOUN_AFTER.has(ctx.norm(i + 1)) ? 'campaign' : undefined;
    case 'deal':
      return DEAL_BEFORE.has(ctx.norm(i - 1)) || ctx.norm(i + 1) === ':' || (ctx.norm(i + 1) === 'of' && ctx.norm(i + 2) === 'the') ? 'campaign' : undefined;
    case 'discount':
      // "50 % avslag", "200 kr avslag"; an "avslag" alone is a refusal.
      return ctx.norm(i - 1) === '%' || ctx.isNum(i - 1) || ctx.norm(i - 1) === 'kr' ? 'bonus' : undefined;
    default:
      return cls;
  }
}

function freeWord(ctx: Context, i: number): boolean {
  if (ctx.isPunct(i - 1, '-') && ctx.tight(i - 1) && ctx.tight(i)) return false;
  return !FREE_TRAPS_BEFORE.has(ctx.norm(i - 1)) && !FREE_TRAPS_AFTER.has(ctx.norm(i + 1));
}

/**
 * `campaign` markers (kampanje, tilbud, introtilbud, "kun i dag", gratis …) and `bonus` (velkomstbonus,
 * gavekort, rabatt). A zero amount not tied to any element is an offer too ("kr 0,-"). First-N
 * offers and order windows are marked where their periods are read (`first-n.ts`, `end-terms.ts`).
 */
export function recogniseCampaigns(a: Analysis): void {
  const { ctx } = a;
  for (let i = 0; i < ctx.length; i++) {
    const m = MARKER_PHRASES.match(ctx, i);
    const marker = m?.value ?? markerOfWord(ctx, i);
    const end = m?.end ?? i + 1;
    if (!marker || marker === 'code') {
      i = end - 1;
      continue;
    }
    // "ikke et tidsavgrenset tilbud", "Kampanje: ingen".
    const negated = ctx.negatedAt(i, 3) || ctx.answeredNo(end) >= 0;
    // "Winter deal", "Black Friday offer": the word that makes it a noun belongs to the marker.
    const from = !m && DESCRIBES.has(ctx.norm(i - 1)) && ['deal', 'offer'].includes(ctx.norm(i)) ? i - 1 : i;
    if (marker === 'bonus') a.add('bonus', from, end, signUpBonus(ctx, from, end) ? { signUp: true } : {}, negated);
    else a.add('campaign', from, end, { marker }, negated);
    i = end - 1;
  }
  for (const money of a.money) {
    if (money.value === 0 && !a.claimedMoney.has(money) && !afterPaymentLabel(ctx, money.start)) a.add('campaign', money.start, money.end, { marker: 'waived' });
    // "NOK 500 off your first bill".
    if (money.value !== undefined && ctx.norm(money.end) === 'off') a.add('bonus', money.start, money.end + 1, {});
  }
  // "50 % på fastbeløpet", "20% off the markup": a percentage taken off a price.
  // "Spar opptil 30 % på strømregningen" is a claim of savings, not a discount.
  for (let i = 0; i + 2 < ctx.length; i++) {
    if (!ctx.isNum(i) || ctx.norm(i + 1) !== '%' || !(ctx.norm(i + 2) === 'på' || ctx.norm(i + 2) === 'off')) continue;
    if (!SAVING.has(ctx.norm(i - 1)) && !SAVING.has(ctx.norm(i - 2))) a.add('bonus', i, i + 3, {});
  }
}
