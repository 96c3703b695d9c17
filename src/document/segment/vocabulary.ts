/**
 * Words segmentation reads in headings, table headers and class names (bokmål, nynorsk, English).
 * Every test runs on a short, normalised string (see `headingKey`), anchored at its start, so each
 * regular expression is linear and bounded.
 */
import { MONTHS } from '../../language/words.js';
import { nameSpan } from './names.js';

/** Longest prefix of a heading or name that is ever matched. */
const KEY_LENGTH = 120;

/**
 * A heading's text as the vocabulary matches it: lowercased, whitespace folded, and everything
 * before the first letter (numbering such as "2." or "§ 3", decorations such as "★") removed.
 */
function headingKey(text: string): string {
  return text.slice(0, KEY_LENGTH).toLowerCase().replace(/\s+/gu, ' ').replace(/^[^\p{L}]+/u, '').replace(LEADING_DETERMINER, '').trimEnd();
}

/** "The terms", "Våre vilkår", "Our prices": a determiner before the word that says what a heading is. */
const LEADING_DETERMINER = /^(?:the|our|your|våre|vår|vårt|vore|dine|din|ditt) (?=\p{L})/u;

/** A whole word at the start: what follows is not a letter or digit. */
const END = '(?![\\p{L}\\p{N}])';

function startsWithAny(words: string): RegExp {
  return new RegExp(`^(?:${words})${END}`, 'u');
}

/** Sections that hold terms for every product on the page (an FAQ's answers among them). */
const TERMS = new RegExp(
  '^(?:' +
    [
      'faq',
      'ofte stilte spørsmål',
      'spørsmål og svar',
      'vanlege spørsmål',
      'vanlige spørsmål',
      'frequently asked',
      'questions and answers',
      '\\p{L}{0,20}vilkår',
      'vilkar\\p{L}{0,20}',
      '\\p{L}{0,12}betingelser',
      '(?:viktig|godt|verdt|verd|greit|greitt|nyttig|kjekt|lurt) (?:å|a) vit[ae]',
      // "Om avtalene", "About the plans": what is said there holds for the products it is about.
      'om (?:avtal(?:en|ene|a|ane)|produkt(?:et|ene|a))',
      'about (?:the|our) (?:agreements?|plans?|products?|deals?)',
      'viktig info\\p{L}{0,8}',
      'kva du bør vit[ae]',
      'hva du bør vite',
      'terms',
      'conditions',
      'important information',
      'good to know',
      '(?:the )?(?:small|fine) print',
      'slik (?:beregner|regner|reknar) vi(?: ut)? prisen',
      'how we calculate',
      'fotnot\\p{L}{0,4}',
      'footnotes?',
      'forbehold',
    ].join('|') +
    `)${END}`,
  'u',
);

/** Sections that are never a product and never part of one: about, contact, help. */
const ASIDE = startsWithAny(
  [
    'om oss',
    // "Why choose us": about the supplier, not a product.
    'hvorfor velge',
    'kvifor velje',
    'why choose',
    'om selskapet',
    'kontakt\\p{L}{0,6}',
    'contact',
    'about us',
    'kundeservice',
    'kundesenter',
    'customer service',
    'questions',
    'hjelp',
    'help',
    'følg oss',
    'follow us',
    'nyhetsbrev',
    'newsletter',
    'personvern',
    'privacy',
    'cookies?',
    'karriere',
    'careers?',
    // Past prices: a history table lists months, not products on offer.
    'prishistorikk',
    'prishistorie',
    'historiske priser',
    'historiske prisar',
    'tidligere priser',
    'tidlegare prisar',
    'price history',
    'historical prices',
    'past prices',
    // The state's scheme, ordered through the grid company: never the supplier's product.
    'norgespris\\p{L}{0,3}',
    // The parts of a campaign brief or a repository's README around the copy it holds.
    'timeline', 'tidslinje', 'tidsplan', 'schedule', 'milestones?', 'milepæl\\p{L}{0,3}', 'budget', 'budsjett', 'channels(?: and budget)?', 'kanaler',
    'tracking', 'sporing', 'assets', 'contacts', 'kontakter', 'changelog', 'endringslogg', 'installation', 'installasjon', 'usage', 'bruk',
    'licen[cs]e', 'lisens', 'contributing', 'table of contents', 'innhold', 'innhald', 'contents', 'words we', 'ord vi', 'tone of voice', 'målgruppe\\p{L}{0,2}', 'audiences?',
  ].join('|'),
);

/** Sections that describe a product (its prices, how it works) but never name one. */
const DETAIL = startsWithAny(
  [
    'pris(?:er)?',
    'prisar',
    'prices?',
    'pricing',
    'kampanje\\p{L}{0,8}',
    'tilbud\\p{L}{0,6}',
    'tilbod\\p{L}{0,6}',
    'campaign',
    'offer',
    'about the',
    'slik',
    'sånn',
    'hvordan',
    'korleis',
    'how',
    'hva',
    'kva',
    'what',
    'hvorfor',
    'kvifor',
    'why',
    'fordel\\p{L}{0,4}',
    'benefits?',
    'detaljer',
    'details',
    'bestill\\p{L}{0,4}',
    'order',
    'les mer',
    'read more',
    'kort \\p{L}+',
    'in short',
    'oppsummert',
    'oppsummering',
    'samandrag',
    'summary',
    'at a glance',
    'merk',
    'note',
    'informasjon',
    'info',
    'hvem passer',
    'kven passar',
    'who is it for',
    // Options added to a product: "Tilleggstjenester", "Add-ons".
    'tillegg(?:stjenester|stenester|savtaler)?',
    'tilvalg',
    'add-ons?',
    'extras',
    'optional extras',
    // A worked example of what a year costs: the product's prices applied, not a product.
    '\\p{L}{0,12}eksempel',
    '\\p{L}{0,12}døme',
    'reknestykke',
    '(?:\\p{L}+ )?examples?',
    'slik blir regningen',
  ].join('|'),
);

/** The obligatory price elements and terms a table header or a row label names. */
const ELEMENT = startsWithAny(
  [
    'påslag\\p{L}{0,4}',
    'paslag',
    'tillegg',
    'markup',
    'mark-up',
    'surcharge',
    'fast ?beløp',
    'fast månedsbeløp',
    'fast månadsbeløp',
    'fast månedspris',
    'månedsbeløp',
    'månadsbeløp',
    'månedspris',
    'månadspris',
    'månedsavgift',
    'månadsavgift',
    'abonnement\\p{L}{0,6}',
    'monthly fee',
    'monthly',
    'fixed fee',
    'fastledd',
    'bindingstid',
    'bindingsperiode',
    'binding\\p{L}{0,6}',
    'lock-in',
    'avtaletid',
    'avtalelengde',
    'varighet',
    'duration',
    'prisgaranti',
    'price guarantee',
    'gebyr\\p{L}{0,4}',
    '\\p{L}{0,12}gebyr',
    'papirfaktura',
    'faktur\\p{L}{0,7}',
    'invoic\\p{L}{0,4}',
    // Other terms a facts list labels: the kind of agreement, where it applies, notices, leaving.
    '(?:avtale|produkt|agreement|plan|product)\\s?type',
    'type',
    'prisområd\\p{L}{0,3}',
    'price areas?',
    'varsling\\p{L}{0,4}',
    'varsel',
    'notice\\p{L}{0,3}',
    'angrerett\\p{L}{0,3}',
    'right of withdrawal',
    'oppsigelse\\p{L}{0,4}',
    'oppseiing\\p{L}{0,4}',
    'termination',
    'betalingsmåte',
    'betaling\\p{L}{0,6}',
    'payments?',
    'fee',
    'fees',
    '(?:break|exit|cancellation|termination|invoice|paper invoice|establishment|setup|start-up) fees?',
    // What follows a term: "Etter fastprisperioden", "After the fixed period".
    'etter \\p{L}+',
    'after the \\p{L}+',
    'når \\p{L}+',
    'when the \\p{L}+',
    'elsertifikat\\p{L}{0,4}',
    'el-sertifikat\\p{L}{0,4}',
    'sertifikat\\p{L}{0,4}',
    'certificates?',
    'opprinnelsesgaranti\\p{L}{0,3}',
    'mva',
    'vat',
    'totalpris',
    'årskostnad',
    'annual cost',
    'estimert\\p{L}{0,8}',
    'estimated',
    'priselement\\p{L}{0,3}',
    'price element',
  ].join('|'),
);

/** Table headers that say a column or row holds prices, besides the elements themselves. */
const PRICE_HEADER = startsWithAny(
  ['pris\\p{L}{0,6}', 'price', 'fastpris', 'spotpris', 'kraftpris', 'strømpris', 'straumpris', 'energipris', 'kr/mnd', 'øre/kwh', 'kr', 'øre'].join('|'),
);

/** Column headers of a one-product key/value table: the value column, not a product. */
const VALUE_HEADER = startsWithAny(
  [
    'pris\\p{L}{0,6}', 'prices?', 'verdi', 'value', 'beløp', 'amount', 'kostnad', 'cost', 'inkl', 'beskrivelse', 'description', 'detaljer', 'details', 'info',
    // The columns of a worked example: how it is calculated and what it comes to per period.
    'beregning', 'utregning', 'utrekning', 'calculation', 'sum', 'summen', 'totalt?', 'i alt', 'per (?:år|måned|månad|mnd|year|month|kwh)', 'pr\\.? (?:år|måned|mnd)',
    'årlig\\p{L}{0,2}', 'årleg\\p{L}{0,2}', 'annual', 'yearly', 'monthly', 'forbruk', 'consumption',
  ].join('|'),
);

/** Name-column headers of a table over time (a price history): its rows are periods, not products. */
const TIME_HEADER = startsWithAny(
  ['måned\\p{L}{0,3}', 'månad\\p{L}{0,3}', 'months?', 'periode\\p{L}{0,3}', 'periods?', 'dato', 'dates?', 'år', 'years?', 'uke', 'veke', 'weeks?', 'kvartal', 'quarters?', 'dag', 'days?', 'døgn', 'time', 'hours?', 'klokkeslett', 'tidspunkt'].join('|'),
);

/** One word of a period label: a month, a number (year, day, week), a quarter, or a week/quarter word. */
const PERIOD_WORD = /^(?:\d{1,4}|[qk][1-4]|uke|veke|week|kvartal|quarter)$/u;

/** A table's name-column header that says its rows are points in time ("Måned", "Periode", "Year"). */
export function isTimeHeader(text: string): boolean {
  return TIME_HEADER.test(headingKey(text));
}

/** A full date: "1. februar 2027", "31.01.2027". */
const FULL_DATE = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{1,2}\.?\s+(\p{L}+)\.?\s+\d{4}\b/u;

/**
 * A label that is a period or a date ("februar 2025", "Feb. 2025", "Q1 2024", "uke 12"), or that
 * dates a column ("Til og med 31. januar 2027", "Ny pris fra 1. februar 2027"): not a product's name.
 */
export function isPeriodLabel(text: string): boolean {
  if (text.length > 40) return false;
  const date = FULL_DATE.exec(text.toLowerCase());
  if (date && (date[1] === undefined || MONTHS.has(date[1]))) return true;
  const words = text.toLowerCase().split(/[\s.,/–-]+/u).filter((w) => w !== '');
  return words.length > 0 && words.length <= 3 && words.every((w) => MONTHS.has(w) || PERIOD_WORD.test(w));
}

/**
 * Words that make a heading a phrase about the reader or the page rather than a name: pronouns,
 * question words, the verbs of a sales page ("Dette betaler du", "Slik bytter du", "What you pay").
 */
const PHRASE_WORDS = new Set([
  'du', 'deg', 'din', 'ditt', 'dine', 'vi', 'oss', 'vår', 'vårt', 'våre', 'dere', 'me', 'dykk', 'dykkar', 'dette', 'disse', 'desse', 'her',
  'hva', 'kva', 'hvordan', 'korleis', 'hvorfor', 'kvifor', 'hvem', 'kven', 'når', 'kor', 'hvor', 'slik', 'sånn', 'derfor', 'difor', 'therefore',
  'betaler', 'betalar', 'bytter', 'byter', 'får', 'velger', 'vel', 'trenger', 'treng', 'bestiller', 'bestiller', 'gjelder', 'gjeld', 'passer', 'passar',
  'you', 'your', 'we', 'our', 'us', 'how', 'what', 'why', 'who', 'when', 'this', 'these', 'here', 'pay', 'get', 'switch', 'choose', 'need', 'works',
  // Imperatives: "Sammenlign avtalene", "Velg avtale", "Compare plans".
  'sammenlign', 'samanlikn', 'velg', 'bestill', 'bytt', 'byt', 'finn', 'les', 'se', 'sjå', 'compare', 'order', 'find', 'read', 'see', 'sign',
  // "Verv en venn", "Tips en venn", "Refer a friend": a campaign, not a product.
  'verv', 'tips', 'refer', 'invite', 'inviter', 'prøv', 'try', 'join',
  // A statement, not a name: "De første 1 000 kWh er gratis", "Spot is simple".
  'er', 'is', 'are', 'blir', 'vert',
]);
/** Words that join the parts of a phrase; in a heading set in sentence case they make it a phrase too. */
const JOINING_WORDS = new Set(['og', 'eller', 'med', 'for', 'til', 'om', 'av', 'på', 'i', 'fra', 'frå', 'ved', 'uten', 'utan', 'without', 'ingen', 'inga', 'etter', 'før', 'per', 'and', 'or', 'with', 'to', 'of', 'in', 'from', 'on', 'at', 'by', 'after', 'before']);

/**
 * A heading that says something rather than names something: a phrase with a pronoun, a question
 * word or a sales verb, or a sentence-case phrase without figures joined by "og", "med", "til"
 * ("Varsling og angrerett"). Names are capitalised or carry figures: "Lyngheia Timepris", "Fastpris i 12 mnd".
 */
function isPhrase(text: string): boolean {
  const words = text.slice(0, KEY_LENGTH).split(/[\s,:;!?()]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  const lower = words.map((w) => w.toLowerCase());
  // A pronoun or a sales verb makes a phrase, figures or not ("Your first 2 months without a monthly fee");
  // capitalised after the first word it is part of a name in title case ("Spotpris Vår").
  if (lower.some((w, i) => PHRASE_WORDS.has(w) && (i === 0 || !/^\p{Lu}/u.test(words[i]!)))) return true;
  if (/\d/.test(text.slice(0, KEY_LENGTH))) return false;
  const sentenceCase = words.slice(1).every((w) => !/^\p{Lu}/u.test(w));
  return sentenceCase && lower.slice(1).some((w) => JOINING_WORDS.has(w));
}

/** What a heading or section is, as segmentation reads it. */
export type HeadingKind = 'terms' | 'aside' | 'detail' | 'name';

/** A slug or a file name ("spring-2027-seaglass", "README.md"): a repository's title, never a product's name. */
const SLUG = /^(?:[\p{Ll}\d]+(?:[-_.][\p{Ll}\d]+)+|README(?:\.md)?)$/u;

/** A heading led by a sum, a share or the first months: the offer ("0 kr i månadsbeløp", "50 % rabatt", "De første 1 000 kWh"), not the product's name. */
const OFFER_FIGURE = /^(?:kun|bare|berre|only|just|nå|no|now|spar|save)?\s*(?:(?:kr\.?|nok)\s*\d|\d[\d\s.,]*\s*(?:kr\b|nok\b|øre\b|,-|%))|^(?:de |dei |the |your )?(?:første|fyrste|first)\b/u;

export function headingKind(text: string): HeadingKind {
  const key = headingKey(text);
  if (SLUG.test(text.trim())) return 'aside';
  if (TERMS.test(key)) return 'terms';
  if (ASIDE.test(key)) return 'aside';
  // A numbered step ("1. Spotpris", "2) Påslag") explains a part of the price, and a question
  // ("Innkjøpspris – kva er det?") asks about one: neither names a product.
  if (DETAIL.test(key) || ELEMENT.test(key) || /^\s*\d{1,2}\s*[.)]\s/u.test(text) || text.trim().endsWith('?') || OFFER_FIGURE.test(text.trim().toLowerCase())) return 'detail';
  // The name before a tagline ("Timespot – for deg med smart styring") is what must not be a phrase.
  const name = nameSpan(text);
  if (isPhrase(text.slice(name.start, name.end))) return 'detail';
  return 'name';
}

/** A label that names a price element or term ("Påslag", "Bindingstid"), never a product. */
export function isElementLabel(text: string): boolean {
  return ELEMENT.test(headingKey(text));
}

/** A table header cell that names a price element or a price column. */
export function isPriceHeader(text: string): boolean {
  const key = headingKey(text);
  return ELEMENT.test(key) || PRICE_HEADER.test(key);
}

/** A column header of a key/value table ("Pris (inkl. mva)"), not a product's name. */
export function isValueHeader(text: string): boolean {
  return VALUE_HEADER.test(headingKey(text));
}

/** Text that cannot be a product's name: a price element, a terms or generic heading. */
export function isNotAName(text: string): boolean {
  return headingKind(text) !== 'name';
}

/** A slogan or an offer ("Verv en venn – dere får 500 kr hver", "50 % rabatt i vinter"): words that never name the page's product. */
export function isSloganOrOffer(text: string): boolean {
  const trimmed = text.trim();
  return isPhrase(trimmed) || OFFER_FIGURE.test(trimmed.toLowerCase());
}

/** Class and id tokens, lowercased, split at whitespace. */
function tokensOf(classes: readonly string[], htmlId: string | undefined): string[] {
  const tokens = classes.map((c) => c.toLowerCase());
  if (htmlId) tokens.push(htmlId.toLowerCase());
  return tokens;
}

const CARD_WORDS = ['product', 'produkt', 'avtale', 'card', 'kort', 'plan', 'pakke', 'tariff', 'offer'];

/** Compound endings that make a hinted name a part of a card or a wrapper of cards. */
const PART_ENDINGS =
  /(?:body|header|head|footer|foot|title|tittel|text|tekst|content|innhold|inner|price|pris|priser|top|topp|bottom|bunn|image|img|bilde|icon|ikon|badge|cta|button|btn|knapp|list|liste|grid|row|rad|rader|deck|container|wrapper|wrap|group|gruppe|oversikt|overview|section|seksjon|name|navn|label|details|detaljer|info|meta|link|lenke|vilkar|terms|col|column|kolonne)$/;

/**
 * A class or id that marks one product card ("produktkort", "price-card", "avtale--kampanje"),
 * not a card's part ("card-body") or a wrapper of cards ("produktliste", "card-grid").
 */
export function hasCardHint(classes: readonly string[], htmlId: string | undefined): boolean {
  return tokensOf(classes, htmlId).some((token) => {
    // BEM modifiers ("--kampanje") say which card, not what part of it.
    const segments = token.replace(/--.*$/, '').split(/[-_]+/);
    const at = segments.findIndex((s) => CARD_WORDS.some((w) => s.includes(w)));
    if (at < 0) return false;
    const hinted = segments[at]!;
    const endsAsPart = PART_ENDINGS.test(hinted) && !CARD_WORDS.some((w) => hinted.endsWith(w));
    return !endsAsPart && segments.slice(at + 1).every((s) => !PART_ENDINGS.test(s));
  });
}

const CHROME_SEGMENTS = new Set(['nav', 'navbar', 'navigation', 'menu', 'meny', 'hovedmeny', 'topbar', 'topmeny', 'sitemap']);
const CHROME_PARTS = /cookie|consent|gdpr|breadcrumb|brodsmule|brødsmule|site-header|site-footer|skip-link/;

/** A class or id of page chrome: navigation, menus, cookie banners, breadcrumbs. */
export function hasChromeHint(classes: readonly string[], htmlId: string | undefined): boolean {
  return tokensOf(classes, htmlId).some((token) => CHROME_PARTS.test(token) || token.split(/[-_]+/).some((s) => CHROME_SEGMENTS.has(s)));
}

const TERMS_PARTS = /vilkar|vilkår|terms|betingelser|conditions|disclaimer|fotnote|footnote|smatrykk|småtrykk|finprint|fine-print|small-print/;

/** A class or id of a terms or footnote box. */
export function hasTermsHint(classes: readonly string[], htmlId: string | undefined): boolean {
  return tokensOf(classes, htmlId).some((token) => TERMS_PARTS.test(token));
}

const NAME_PARTS = /title|tittel|name|navn|heading|header|overskrift|headline/;

/** A class or id of an element holding a card's name. */
export function hasNameHint(classes: readonly string[], htmlId: string | undefined): boolean {
  return tokensOf(classes, htmlId).some((token) => NAME_PARTS.test(token));
}
