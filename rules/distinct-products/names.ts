import { distance } from 'fastest-levenshtein';

/**
 * What a product's name says about which product it is: names folded to what identifies them, and
 * when two names are alike enough to be confused.
 */

/** Words that name no particular product: dropped when names are compared, also inside compounds. */
export const GENERIC_WORDS = ['strøm', 'straum', 'avtale', 'avtalen', 'avtaler', 'avtalar', 'pris', 'prisen', 'power', 'deal', 'electricity', 'energy', 'energi', 'plan', 'agreement', 'tariff'];
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
export const MAX_FUZZY_NAMES = 1500;
/** The longest name read: headings can be paragraphs on a hostile page. */
const MAX_NAME = 200;
/** Occurrences of one name compared with others, at most (a feed can repeat a name thousands of times). */
export const MAX_OCCURRENCES = 100;

export interface Name {
  /** Case and spacing folded, footnote marks and symbols around it dropped: one name, however written. */
  identity: string;
  /** Significant words, sorted: case, punctuation, "+" and generic words gone. */
  key: string;
  words: Set<string>;
  /** Numbers in the name: "Fastpris 1 år" and "Fastpris 3 år" are a real choice, not a typo. */
  numbers: string;
}

export function nameOf(raw: string, generic: ReadonlySet<string>): Name {
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

export function similarNames(a: Name, b: Name, threshold: number): boolean {
  if (a.key === '' || b.key === '' || a.numbers !== b.numbers) return false;
  if (a.key === b.key) return true;
  const longer = Math.max(a.key.length, b.key.length);
  return 1 - Math.abs(a.key.length - b.key.length) / longer >= threshold && 1 - distance(a.key, b.key) / longer >= threshold;
}

/** One name's words all in the other's: "Fastpris Trygg" in "BLACK WEEK Fastpris Trygg". */
export function contained(a: Name, b: Name): boolean {
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  return small.size > 0 && [...small].every((w) => large.has(w));
}
