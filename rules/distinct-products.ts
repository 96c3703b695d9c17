import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { defineRule, termValues, type Locale, type ProductSummary } from '../src/rule-kit/index.js';

interface Options {
  /** How alike two normalised names must be (1 − edit distance ÷ length of the longer) to be confused. */
  similarity: number;
  /** Words that say nothing about which product it is, besides the built-in ones (strøm, avtale, pris …). */
  genericWords: string[];
  /** Compare the kinds of facts that product cards side by side on one page show. */
  compareCards: boolean;
}

// ─── Names ──────────────────────────────────────────────────────────────────────────────────────

/** Words that name no particular product: dropped when names are compared, also inside compounds. */
const GENERIC_WORDS = ['strøm', 'straum', 'avtale', 'avtalen', 'avtaler', 'avtalar', 'pris', 'prisen', 'power', 'deal', 'electricity', 'energy', 'energi', 'plan', 'agreement', 'tariff'];
/** "+" and its spellings: "Spot+", "Spot Pluss", "SpotPlus". */
const PLUS_WORDS = ['pluss', 'plus'];
/** Generic words that also lead compounds ("Strømspot"); the others only end them ("Spotpris", "Basisavtale"). */
const GENERIC_PREFIXES = ['strøm', 'straum'];
/** English and Norwegian names of one thing, so that a translated page names the same product alike. */
const PHRASE_SYNONYMS: ReadonlyArray<[RegExp, string]> = [
  [/hourly[\s-]*spot/g, 'timespot'],
  [/spot[\s-]*price/g, 'spotpris'],
  [/fixed[\s-]*price/g, 'fastpris'],
  [/purchase[\s-]*price/g, 'innkjøpspris'],
];
const WORD_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['fixed', 'fast'],
  ['variable', 'variabel'],
  ['cabin', 'hytte'],
  ...['year', 'years', 'året', 'åra'].map((w): [string, string] => [w, 'år']),
  ...['month', 'months', 'md', 'mnd', 'måned', 'måneder', 'månad', 'månader'].map((w): [string, string] => [w, 'mnd']),
]);
/** A compound keeps at least this many letters when a generic part is cut off ("Spotpris" → "spot"). */
const MIN_STEM = 3;
/** Above this many distinct names, only names that normalise alike are compared (fuzzy pairs grow as n²). */
const MAX_FUZZY_NAMES = 1500;
/** The longest name read: headings can be paragraphs on a hostile page. */
const MAX_NAME = 200;
/** Occurrences of one name compared with others, at most (a feed can repeat a name thousands of times). */
const MAX_OCCURRENCES = 100;

interface Name {
  /** Case and spacing folded, footnote marks and symbols around it dropped: one name, however written. */
  identity: string;
  /** Significant words, sorted: case, punctuation, "+" and generic words gone. */
  key: string;
  words: Set<string>;
  /** Numbers in the name: "Fastpris 1 år" and "Fastpris 3 år" are a real choice, not a typo. */
  numbers: string;
}

function nameOf(raw: string, generic: ReadonlySet<string>): Name {
  const folded = raw.slice(0, MAX_NAME).normalize('NFKC').toLowerCase();
  const identity = folded.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+]+$/gu, '').replace(/\s+/gu, ' ');
  // A hyphen inside a word joins the halves of one compound: "El-bil" is "Elbil", "Hytte-strøm" "Hyttestrøm".
  const joined = folded.replace(/(\p{L})-(?=\p{L})/gu, '$1').replace(/\+/g, ' pluss ');
  const phrased = PHRASE_SYNONYMS.reduce((text, [phrase, word]) => text.replace(phrase, word), joined);
  const tokens = phrased
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((t) => WORD_SYNONYMS.get(t) ?? t);
  const significant = tokens.map((t) => stem(t, generic)).filter((t) => t !== '' && !generic.has(t));
  // A name made only of generic words ("Strømavtale") is compared as it is, without its "+".
  const words = significant.length > 0 ? significant : tokens.filter((t) => !PLUS_WORDS.includes(t));
  return { identity, key: [...words].sort().join(' '), words: new Set(words), numbers: (folded.match(/\d+/g) ?? []).sort().join(' ') };
}

/** Cuts generic words and "pluss" off a compound: "spotprisavtale" → "spot", "strømspot" → "spot". */
function stem(token: string, generic: ReadonlySet<string>): string {
  if (PLUS_WORDS.includes(token)) return '';
  let word = token;
  for (let cut = true; cut; ) {
    cut = false;
    for (const part of [...generic, ...PLUS_WORDS]) {
      if (word.length - part.length < MIN_STEM) continue;
      if (word.endsWith(part)) word = word.slice(0, -part.length);
      else if (word.startsWith(part) && GENERIC_PREFIXES.includes(part)) word = word.slice(part.length);
      else continue;
      cut = true;
    }
  }
  return word;
}

function similarNames(a: Name, b: Name, threshold: number): boolean {
  if (a.key === '' || b.key === '' || a.numbers !== b.numbers) return false;
  if (a.key === b.key) return true;
  const longer = Math.max(a.key.length, b.key.length);
  return 1 - Math.abs(a.key.length - b.key.length) / longer >= threshold && 1 - distance(a.key, b.key) / longer >= threshold;
}

/** One name's words all in the other's: "Fastpris Trygg" in "BLACK WEEK Fastpris Trygg". */
function contained(a: Name, b: Name): boolean {
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  return small.size > 0 && [...small].every((w) => large.has(w));
}

// ─── Terms ──────────────────────────────────────────────────────────────────────────────────────

/** Price terms per kWh; a product shows one of them, or an unnamed amount per kWh, to be compared on price. */
const PER_KWH_TERMS = ['markup', 'fixed-price', 'variable-price', 'purchase-costs'];
/** Terms whose values must agree wherever one name is used. */
const CONFLICT_TERMS = [...PER_KWH_TERMS, 'certificates', 'monthly-fee', 'binding', 'fixed-period', 'guarantee'];
/** Terms that make two products different offers, though not contradictory: who, where, campaign. */
const DISTINGUISHING_TERMS = [...CONFLICT_TERMS, 'campaign', 'end', 'areas', 'for', 'vat'];
const isFee = (key: string) => key.startsWith('fee:');
const conflictTerm = (key: string) => CONFLICT_TERMS.includes(key) || isFee(key);
const distinguishingTerm = (key: string) => DISTINGUISHING_TERMS.includes(key) || isFee(key);

/** VAT: a price stated without it matches the same price with it. */
const VAT = 1.25;
/** Two prices this close are the same price (copy rounds to the øre). */
const SAME_PRICE = 0.011;

interface Value {
  amount?: number;
  unit: string;
  text: string;
}

function parseValue(text: string): Value {
  if (text === 'none') return { amount: 0, unit: '', text };
  const m = /^(-?\d+(?:\.\d+)?)(?: (.+))?$/.exec(text);
  return m ? { amount: Number(m[1]), unit: m[2] ?? '', text } : { unit: 'text', text };
}

function sameValue(a: Value, b: Value, withVat: boolean): boolean {
  if (a.amount === undefined || b.amount === undefined) return a.text === b.text;
  const close = (x: number, y: number) => Math.abs(x - y) <= SAME_PRICE;
  return close(a.amount, b.amount) || (withVat && (close(a.amount * VAT, b.amount) || close(a.amount, b.amount * VAT)));
}

/**
 * Whether two statements of one term contradict each other: values in a common unit and none of
 * them alike ("4.9 ore/kWh" against "3.9 ore/kWh"; a campaign price beside the ordinary one agrees).
 */
function contradicts(a: string, b: string, withVat: boolean): boolean {
  const as = termValues(a).map(parseValue);
  const bs = termValues(b).map(parseValue);
  const units = new Set(as.map((v) => v.unit).filter((u) => bs.some((v) => v.unit === u)));
  if (units.size === 0) return false;
  return !as.some((x) => units.has(x.unit) && bs.some((y) => y.unit === x.unit && sameValue(x, y, withVat)));
}

/**
 * Terms stated in both places that contradict each other; undefined when the two are evidently not
 * one offer (a campaign on one side only explains other prices; other price areas are other offers).
 */
function contradictions(a: ProductSummary, b: ProductSummary): string[] | undefined {
  if ((a.terms.campaign === undefined) !== (b.terms.campaign === undefined)) return undefined;
  const areasA = termValues(a.terms.areas);
  const areasB = termValues(b.terms.areas);
  if (areasA.length > 0 && areasB.length > 0 && !areasA.some((x) => areasB.includes(x))) return undefined;
  const withVat = (a.terms.vat === 'excl') !== (b.terms.vat === 'excl');
  return sharedTerms(a, b).filter((key) => contradicts(a.terms[key]!, b.terms[key]!, withVat));
}

function sharedTerms(a: ProductSummary, b: ProductSummary): string[] {
  return Object.keys(a.terms).filter((key) => conflictTerm(key) && b.terms[key] !== undefined).sort();
}

/** Two statements of one offer that agree on at least one term and contradict on none. */
function agree(a: ProductSummary, b: ProductSummary): boolean {
  return contradictions(a, b)?.length === 0 && sharedTerms(a, b).length > 0;
}

/** The terms that tell a product apart, when they are enough to compare: a price per kWh and the monthly fee. */
function comparableTerms(p: ProductSummary): string | undefined {
  if (p.terms['monthly-fee'] === undefined || !PER_KWH_TERMS.some((k) => p.terms[k] !== undefined)) return undefined;
  const keys = Object.keys(p.terms).filter(distinguishingTerm).sort();
  return JSON.stringify([p.type, ...keys.map((k) => [k, p.terms[k]])]);
}

// ─── Cards side by side ─────────────────────────────────────────────────────────────────────────

/** What shows a card's price: an element per kWh or a monthly amount. A card with neither is a teaser. */
const PRICE_SHOWN_BY: readonly string[] = ['markup', 'fixed-price', 'variable-price', 'purchase-costs', 'amount/kWh', 'monthly-fee', 'amount/month'];

function isPriced(p: ProductSummary): boolean {
  return PRICE_SHOWN_BY.some((s) => p.shows.includes(s));
}

/**
 * Cards are compared on the kind of agreement each is. Their prices and binding are asked of every
 * product by price-elements and duration, which report a card that lacks them; campaigns are left
 * out: one campaign card among ordinary ones is a fair difference.
 */
function showsType(p: ProductSummary): boolean {
  return p.shows.includes('type');
}

// ─── Wording ────────────────────────────────────────────────────────────────────────────────────

/** Names of the terms that can contradict each other. */
const TERM_LABELS: Record<string, [nb: string, en: string]> = {
  markup: ['påslag', 'markup'],
  'fixed-price': ['fastpris', 'fixed price'],
  'variable-price': ['pris', 'price'],
  'purchase-costs': ['innkjøpskostnader', 'purchase costs'],
  certificates: ['elsertifikater', 'certificates'],
  'monthly-fee': ['fastbeløp', 'monthly fee'],
  binding: ['bindingstid', 'binding period'],
  'fixed-period': ['fastprisperiode', 'fixed-price period'],
  guarantee: ['prisgaranti', 'price guarantee'],
  'fee:invoice': ['fakturagebyr', 'invoice fee'],
  'fee:paper-invoice': ['papirfakturagebyr', 'paper invoice fee'],
  'fee:missing-efaktura': ['gebyr uten eFaktura/AvtaleGiro', 'fee without e-invoice or direct debit'],
  'fee:break': ['bruddgebyr', 'break fee'],
  'fee:establishment': ['etableringsgebyr', 'set-up fee'],
  'fee:other': ['gebyr', 'fee'],
};

const UNITS: Record<string, [nb: string, en: string]> = {
  'ore/kWh': ['{n} øre/kWh', '{n} øre/kWh'],
  'kr/month': ['{n} kr/mnd', 'NOK {n}/month'],
  'kr/day': ['{n} kr/dag', 'NOK {n}/day'],
  'kr/invoice': ['{n} kr per faktura', 'NOK {n} per invoice'],
  'kr/year': ['{n} kr/år', 'NOK {n}/year'],
  kr: ['{n} kr', 'NOK {n}'],
  days: ['{n} dager', '{n} days'],
  months: ['{n} mnd', '{n} months'],
};

const WORDS: Record<string, [nb: string, en: string]> = {
  none: ['ingen', 'none'],
  here: ['her', 'here'],
  there: ['der', 'there'],
  and: ['og', 'and'],
  or: ['eller', 'or'],
  line: ['linje', 'line'],
};

const pick = (pair: [string, string], locale: Locale) => (locale === 'nb' ? pair[0] : pair[1]);
const word = (w: string, locale: Locale) => pick(WORDS[w]!, locale);

function valueText(value: string, locale: Locale): string {
  return termValues(value)
    .map((v) => {
      const parsed = parseValue(v);
      if (parsed.amount === undefined) return WORDS[v] ? word(v, locale) : v;
      const n = locale === 'nb' ? String(parsed.amount).replace('.', ',') : String(parsed.amount);
      // Bare numbers are months (binding, fixed-price period, guarantee), 0 binding is none.
      const unit = parsed.unit === '' ? (v === 'none' ? undefined : 'months') : parsed.unit;
      return unit === undefined ? word('none', locale) : UNITS[unit] ? pick(UNITS[unit]!, locale).replace('{n}', n) : `${n} ${unit}`;
    })
    .join(' / ');
}

function termText(key: string, value: string, locale: Locale): string {
  if (key === 'binding' && value === 'none') return locale === 'nb' ? 'ingen bindingstid' : 'no binding period';
  return `${pick(TERM_LABELS[key] ?? [key, key], locale)} ${valueText(value, locale)}`;
}

function list(items: string[], locale: Locale, last: 'and' | 'or'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word(last, locale)} ${items.at(-1)}`;
}

/** Where the other product is, as seen from the file the finding is in: "line 12" or "../produkter/ark.json:7". */
function whereText(from: ProductSummary, other: ProductSummary, locale: Locale): string {
  if (from.filePath === other.filePath) return `${word('line', locale)} ${other.line}`;
  const relative = path.relative(path.dirname(from.filePath), other.filePath).split(path.sep).join('/');
  return `${relative}:${other.line}`;
}

// ─── The rule ───────────────────────────────────────────────────────────────────────────────────

interface Candidate {
  messageId: 'similarNames' | 'identicalTerms' | 'sameNameDifferentTerms' | 'unevenFacts';
  /** Index of the later product, which gets the finding, and of the other one it names. */
  target: number;
  other: number;
  detail: (locale: Locale) => string;
}

function byPlace(a: ProductSummary, b: ProductSummary): number {
  return a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : a.line - b.line || a.column - b.column;
}

/** Keeps a candidate pair ordered so that the finding goes on the later of the two. */
function pair(messageId: Candidate['messageId'], i: number, j: number, detail: Candidate['detail']): Candidate {
  return { messageId, target: Math.max(i, j), other: Math.min(i, j), detail };
}

export default defineRule<Options>({
  id: 'distinct-products',
  scope: 'run',
  severity: 'warn',
  formats: ['markdown', 'html', 'json'],
  summary: {
    nb: 'Produktene må være lette å skille fra hverandre: ulike navn, ulike vilkår, og kort som viser de samme opplysningene.',
    en: 'Products must be easy to tell apart: distinct names, distinct terms, and cards that show the same facts.',
  },
  rationale: {
    nb: 'Trygg Strømhandel krever at produktene er enkle å skille fra hverandre, og Forbrukertilsynet regner det som villedende når forbrukeren ikke kan se hva som skiller to avtaler (markedsføringsloven §§ 6–8). Regelen ser på alle filene i kjøringen samlet: navn som bare skiller seg i store og små bokstaver, tegnsetting, «+» eller et generelt ord («Spot», «Spot+», «SpotPluss»; navnene sammenlignes med normalisert Levenshtein-avstand og en terskel som kan stilles); to produkter med ulike navn og helt like vilkår; og samme navn med ulike vilkår to steder (nettsiden, produktarket og eksporten til strompris.no skal si det samme — det er ikke et funn når de gjør det). Produktkort side om side som ikke viser de samme opplysningene (hva slags avtale, pris per kWh, fastbeløp, bindingstid) kan ikke sammenlignes; det meldes under `identicalTerms`, fordi vilkårene som vises da heller ikke lar leseren skille produktene. At ett kort er en kampanje og de andre ikke, er en reell forskjell og meldes ikke. Vilkårssider som lister alle produktene, leses ikke av regelen.',
    en: 'Trygg Strømhandel requires products to be easy to tell apart, and Forbrukertilsynet treats it as misleading when consumers cannot see what separates two agreements (Marketing Control Act §§ 6–8). The rule looks at every file of the run together: names that differ only in case, punctuation, a "+" or a generic word ("Spot", "Spot+", "SpotPluss"; names are compared by normalised Levenshtein distance with a configurable threshold); two products with different names and identical terms; and one name with different terms in two places (the web page, the product sheet and the price-portal export should say the same — when they do, that is not a finding). Product cards side by side that do not show the same facts (kind of agreement, price per kWh, monthly fee, binding period) cannot be compared; that is reported as `identicalTerms`, since the terms shown then do not let the reader tell the products apart either. One campaign card among ordinary ones is a fair difference and is not reported. Terms pages that list every product are not read by this rule.',
  },
  sources: [
    'Trygg Strømhandel (DNV, Fornybar Norge / Distriktsenergi): products easy to tell apart; openness about all price elements and the duration of products',
    'Forbrukertilsynet: «Opplysninger dere må gi i markedsføring av strømavtaler til forbrukere»',
    'Markedsføringsloven §§ 6–8',
  ],
  messages: {
    similarNames: {
      nb: '«{product}» har nesten samme navn som «{other}» ({where}): navnene skiller seg bare i store og små bokstaver, tegnsetting, «+», et generelt ord eller en bokstav eller to. Gi produktene navn som sier hva som skiller dem, f.eks. «Spotpris Hytte» og «Spotpris Bolig», eller bruk nøyaktig samme navn hvis det er samme produkt.',
      en: '"{product}" is named almost like "{other}" ({where}): the names differ only in case, punctuation, a "+", a generic word or a letter or two. Give the products names that say what sets them apart, e.g. "Spot Cabin" and "Spot Home", or use exactly the same name if it is the same product.',
    },
    identicalTerms: {
      nb: '«{product}» og «{other}» ({where}) kan ikke skilles eller sammenlignes på vilkårene: {detail}.',
      en: '"{product}" and "{other}" ({where}) cannot be told apart or compared by their terms: {detail}.',
    },
    unevenFacts: {
      nb: '«{product}» kan ikke sammenlignes med «{other}» ({where}): {detail}.',
      en: '"{product}" cannot be compared with "{other}" ({where}): {detail}.',
    },
    sameNameDifferentTerms: {
      nb: '«{product}» har andre vilkår her enn i {where}: {detail}. Samme navn må bety samme vilkår: rett opp tallene, eller gi produktene ulike navn, f.eks. «{product} Hytte».',
      en: '"{product}" has other terms here than in {where}: {detail}. One name must mean one set of terms: correct the figures, or give the products different names, e.g. "{product} Cabin".',
    },
  },
  // Terms pages list every product in general terms; they are not offers to tell apart.
  pageKinds: ['offer', 'price-list'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      similarity: { type: 'number', minimum: 0.5, maximum: 1, description: 'How alike two normalised names must be (1 − edit distance ÷ length) to be confused; 1 means only names that normalise alike.' },
      genericWords: { type: 'array', items: { type: 'string', minLength: 2 }, description: 'More words that name no particular product (the supplier name, "kraft" …).' },
      compareCards: { type: 'boolean', description: 'Report a product card that does not say what kind of agreement it is beside cards that do (unevenFacts).' },
    },
  },
  defaultOptions: { similarity: 0.85, genericWords: [], compareCards: true },
  checkRun(all, context) {
    const { similarity, genericWords, compareCards } = context.options;
    const generic = new Set([...GENERIC_WORDS, ...genericWords.map((w) => w.normalize('NFKC').toLowerCase())]);
    const products = [...all].sort(byPlace);
    const names = products.map((p) => nameOf(p.name, generic));
    // Computed once: pairs of occurrences compare them many times.
    const signatures = products.map(comparableTerms);
    const candidates: Candidate[] = [];

    // One name, however written: its occurrences, in order.
    const groups = new Map<string, number[]>();
    names.forEach((n, i) => (groups.get(n.identity) ?? groups.set(n.identity, []).get(n.identity)!).push(i));
    const groupList = [...groups.values()];

    for (const occurrences of groupList) sameName(occurrences);
    for (const [g, h] of similarGroups()) namesAlike(g, h);
    identicalTerms();
    if (compareCards) cards();
    report();

    /**
     * Each occurrence of one name against the earlier ones: reported against the first it contradicts,
     * unless it agrees with an earlier one that was not reported (the sheet and a correct page agree;
     * only the page that differs is reported).
     */
    function sameName(occurrences: number[]): void {
      const reported = new Set<number>();
      for (const [k, i] of occurrences.entries()) {
        const earlier = occurrences.slice(0, Math.min(k, MAX_OCCURRENCES));
        if (earlier.some((j) => !reported.has(j) && agree(products[i]!, products[j]!))) continue;
        for (const j of earlier) {
          const keys = contradictions(products[i]!, products[j]!) ?? [];
          if (keys.length === 0) continue;
          const [a, b] = [products[i]!, products[j]!];
          candidates.push(pair('sameNameDifferentTerms', i, j, (l) => keys.map((key) => `${termText(key, a.terms[key]!, l)} ${word('here', l)}, ${valueText(b.terms[key]!, l)} ${word('there', l)}`).join('; ')));
          reported.add(i);
          break;
        }
      }
    }

    /** Pairs of names (first occurrences in order) that normalise alike or nearly so. */
    function similarGroups(): Array<[number[], number[]]> {
      const pairs: Array<[number[], number[]]> = [];
      const byKey = new Map<string, number[][]>();
      for (const g of groupList) if (names[g[0]!]!.key !== '') (byKey.get(names[g[0]!]!.key) ?? byKey.set(names[g[0]!]!.key, []).get(names[g[0]!]!.key)!).push(g);
      const fuzzy = groupList.length <= MAX_FUZZY_NAMES && similarity < 1;
      for (const [a, g] of groupList.entries()) {
        for (const h of fuzzy ? groupList.slice(a + 1) : (byKey.get(names[g[0]!]!.key) ?? []).filter((x) => x[0]! > g[0]!)) {
          if (similarNames(names[g[0]!]!, names[h[0]!]!, similarity)) pairs.push([g, h]);
        }
      }
      return pairs;
    }

    /**
     * Two names alike: two products the reader can confuse when they stand in one file or their terms
     * contradict; in different files with terms that agree, one product written two ways: quiet.
     */
    function namesAlike(g: number[], h: number[]): void {
      const found = firstPair(g, h, (i, j) => products[i]!.filePath === products[j]!.filePath) ?? firstPair(g, h, (i, j) => (contradictions(products[i]!, products[j]!)?.length ?? 0) > 0);
      if (found) candidates.push(pair('similarNames', found[0], found[1], () => ''));
    }

    /** Different names whose occurrences state the same comparable terms: each name against earlier ones until one matches. */
    function identicalTerms(): void {
      const bySignature = new Map<string, Set<number[]>>();
      const groupOf = new Map<number, number[]>();
      for (const g of groupList) for (const i of g) groupOf.set(i, g);
      signatures.forEach((signature, i) => {
        if (signature !== undefined) (bySignature.get(signature) ?? bySignature.set(signature, new Set()).get(signature)!).add(groupOf.get(i)!);
      });
      for (const set of bySignature.values()) {
        const list = [...set].sort((x, y) => x[0]! - y[0]!);
        for (const [b, h] of list.entries()) list.slice(0, b).some((g) => termsAlike(g, h));
      }
    }

    /** Different names, same terms: unless the names are alike (reported as such) or one is the other dressed up in another file. */
    function termsAlike(g: number[], h: number[]): boolean {
      const [a, b] = [names[g[0]!]!, names[h[0]!]!];
      if (similarNames(a, b, similarity) || a.numbers !== b.numbers) return false;
      const sameTerms = (i: number, j: number) => signatures[i] !== undefined && signatures[i] === signatures[j];
      const found = firstPair(g, h, (i, j) => sameTerms(i, j) && (products[i]!.filePath === products[j]!.filePath || !contained(a, b)));
      if (!found) return false;
      const p = products[found[0]]!;
      const shown = Object.keys(p.terms).filter(conflictTerm).sort((x, y) => CONFLICT_TERMS.indexOf(x) - CONFLICT_TERMS.indexOf(y));
      const terms = (l: Locale) => list(shown.map((k) => termText(k, p.terms[k]!, l)), l, 'and');
      candidates.push(
        pair('identicalTerms', found[0], found[1], (l) =>
          l === 'nb'
            ? `begge oppgir ${terms(l)}. Vis hva som skiller dem, f.eks. «Spotpris Hytte: påslag 5,9 øre/kWh», eller bruk ett navn hvis det er ett produkt`
            : `both state ${terms(l)}. Show what sets them apart, e.g. "Spot Cabin: markup 5.9 øre/kWh", or use one name if it is one product`,
        ),
      );
      return true;
    }

    /** Cards side by side on one page: a card that does not say what kind of agreement it is, beside one that does, cannot be compared. */
    function cards(): void {
      const byGroup = new Map<string, number[]>();
      products.forEach((p, i) => {
        // A card with no price at all is a teaser ("Les mer"), not an offer to compare.
        if (p.group < 0 || (p.pageKind ?? 'offer') !== 'offer' || p.type === 'plus' || !isPriced(p)) return;
        const key = `${p.group}\0${p.filePath}`;
        (byGroup.get(key) ?? byGroup.set(key, []).get(key)!).push(i);
      });
      for (const members of byGroup.values()) {
        const typed = members.find((i) => showsType(products[i]!));
        if (typed === undefined) continue;
        for (const i of members) {
          if (showsType(products[i]!)) continue;
          const [self, other] = [products[i]!.name, products[typed]!.name];
          candidates.push({
            messageId: 'unevenFacts',
            target: i,
            other: typed,
            detail: (l) =>
              l === 'nb'
                ? `«${self}» sier ikke hva slags avtale det er, slik «${other}» gjør. Vis de samme opplysningene på hvert kort, f.eks. «Spotpris» eller «Fastpris i 12 måneder»`
                : `"${self}" does not say what kind of agreement it is, as "${other}" does. Show the same facts on every card, e.g. "Spot price" or "Fixed price for 12 months"`,
          });
        }
      }
    }

    /** The pair (one from each list) whose later member comes first, among pairs that pass the test. */
    function firstPair(g: number[], h: number[], test: (i: number, j: number) => boolean): [number, number] | undefined {
      let found: [number, number] | undefined;
      for (const i of g.slice(0, MAX_OCCURRENCES)) for (const j of h.slice(0, MAX_OCCURRENCES)) if (test(i, j) && (!found || Math.max(i, j) < Math.max(...found))) found = [i, j];
      return found;
    }

    /** One finding per product and message id, naming the earliest other product; none twice for one pair. */
    function report(): void {
      const done = new Set<string>();
      const pairs = new Set<string>();
      candidates.sort((x, y) => x.target - y.target || x.other - y.other);
      for (const c of candidates) {
        const key = `${c.target}:${c.messageId}`;
        const pairKey = `${c.target}:${c.other}`;
        if (done.has(key) || pairs.has(pairKey)) continue;
        done.add(key);
        pairs.add(pairKey);
        const [target, other] = [products[c.target]!, products[c.other]!];
        context.report({ messageId: c.messageId, product: target, data: { other: other.name, where: whereText(target, other, context.locale), detail: c.detail(context.locale) } });
      }
    }
  },
  examples: {
    valid: [
      {
        format: 'markdown',
        lang: 'nb',
        note: '"Fastpris 1 år" and "Fastpris 3 år": alike names, but different terms and a number that tells them apart — a real choice.',
        code: '## Fastpris 1 år\n\nFastpris 89,90 øre/kWh i 12 måneder. Fastbeløp 49 kr/mnd. 12 måneders bindingstid.\n\n## Fastpris 3 år\n\nFastpris 84,50 øre/kWh i 36 måneder. Fastbeløp 49 kr/mnd. 36 måneders bindingstid.\n',
      },
      {
        format: 'html',
        lang: 'en',
        note: 'Two cards side by side that show the same kinds of facts, each with its own terms.',
        code: '<div class="plans">\n  <div class="plan"><h3>Breeze Spot</h3><p>Markup 3.9 øre/kWh</p><p>Monthly fee NOK 39</p><p>No binding period</p></div>\n  <div class="plan"><h3>Breeze Fixed 12</h3><p>Fixed price 89.9 øre/kWh for 12 months</p><p>Monthly fee NOK 49</p><p>12-month binding period</p></div>\n</div>\n',
      },
      {
        format: 'json',
        lang: 'nn',
        note: '"Straum Hytte" and "Straum Bustad": a shared generic word, different terms.',
        code: '{"products":[\n  {"id":"hytte","name":"Straum Hytte","type":"spot","prices":{"markup":{"value":5.9,"unit":"ore/kWh"},"monthlyFee":{"value":29,"unit":"kr/mnd"}},"binding":{"months":0}},\n  {"id":"bustad","name":"Straum Bustad","type":"spot","prices":{"markup":{"value":3.9,"unit":"ore/kWh"},"monthlyFee":{"value":39,"unit":"kr/mnd"}},"binding":{"months":0}}\n]}\n',
      },
    ],
    invalid: [
      {
        format: 'markdown',
        lang: 'nb',
        note: '"Spot" and "Spot+" differ only by a "+": the finding is on the later name.',
        code: '## Spot\n\nPåslag 4,9 øre/kWh, fastbeløp 39 kr/mnd. Ingen bindingstid.\n\n## Spot+\n\nPåslag 2,9 øre/kWh, fastbeløp 59 kr/mnd. Ingen bindingstid.\n',
        findings: [{ messageId: 'similarNames', line: 5, column: 4, endLine: 5, endColumn: 9 }],
      },
      {
        format: 'html',
        lang: 'en',
        note: 'Two cards with different names and identical terms.',
        code: '<div class="plans">\n  <div class="plan"><h3>Breeze Basic</h3><p>Markup 3.9 øre/kWh</p><p>Monthly fee NOK 39</p><p>No binding period</p></div>\n  <div class="plan"><h3>Breeze Easy</h3><p>Markup 3.9 øre/kWh</p><p>Monthly fee NOK 39</p><p>No binding period</p></div>\n</div>\n',
        findings: [{ messageId: 'identicalTerms', line: 3, column: 25, endLine: 3, endColumn: 36 }],
      },
      {
        format: 'html',
        lang: 'en',
        note: 'A card that does not say what kind of agreement it is beside one that does: the reader cannot compare them.',
        code: '<div class="plans">\n  <div class="plan"><h3>Breeze Spot</h3><p>Markup 3.9 øre/kWh</p><p>Monthly fee NOK 39</p><p>No binding period</p></div>\n  <div class="plan"><h3>Breeze Steady</h3><p>89.9 øre/kWh for 12 months</p><p>Monthly fee NOK 49</p><p>Binding period 12 months</p></div>\n</div>\n',
        findings: [{ messageId: 'unevenFacts', line: 3, column: 25, endLine: 3, endColumn: 38 }],
      },
      {
        format: 'json',
        lang: 'nb',
        note: 'One name, two markups in one sheet: the later product is reported.',
        code: '{"products":[\n  {"id":"a","name":"Spotpris Bølge","type":"spot","prices":{"markup":{"value":4.9,"unit":"ore/kWh"},"monthlyFee":{"value":39,"unit":"kr/mnd"}},"binding":{"months":0}},\n  {"id":"b","name":"Spotpris Bølge","type":"spot","prices":{"markup":{"value":3.9,"unit":"ore/kWh"},"monthlyFee":{"value":39,"unit":"kr/mnd"}},"binding":{"months":0}}\n]}\n',
        findings: [{ messageId: 'sameNameDifferentTerms', line: 3, column: 21, endLine: 3, endColumn: 35 }],
      },
    ],
  },
});
