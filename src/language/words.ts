/**
 * Closed word classes shared by several recognisers: number words, month names, time units,
 * negations. Every entry is a lowercased token as `tokenize` produces it.
 */

/** Cardinal number words 0–36 in bokmål, nynorsk and English (single tokens). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (value: number, ...words: string[]) => {
    for (const w of words) map.set(w, value);
  };
  add(0, 'null', 'zero');
  add(1, 'ett', 'eitt', 'én', 'éin', 'one', 'ein', 'en', 'ei', 'eit', 'et');
  add(2, 'to', 'two');
  add(3, 'tre', 'three');
  add(4, 'fire', 'four');
  add(5, 'fem', 'five');
  add(6, 'seks', 'six');
  add(7, 'sju', 'syv', 'seven');
  add(8, 'åtte', 'eight');
  add(9, 'ni', 'nine');
  add(10, 'ti', 'ten');
  add(11, 'elleve', 'eleven');
  add(12, 'tolv', 'twelve');
  add(13, 'tretten', 'thirteen');
  add(14, 'fjorten', 'fourteen');
  add(15, 'femten', 'fifteen');
  add(16, 'seksten', 'sixteen');
  add(17, 'sytten', 'seventeen');
  add(18, 'atten', 'eighteen');
  add(19, 'nitten', 'nineteen');
  add(20, 'tjue', 'tyve', 'twenty');
  add(30, 'tretti', 'tredve', 'thirty');
  const units: Array<[number, string[]]> = [
    [1, ['en', 'ein', 'ett', 'eitt']],
    [2, ['to']],
    [3, ['tre']],
    [4, ['fire']],
    [5, ['fem']],
    [6, ['seks']],
    [7, ['sju', 'syv']],
    [8, ['åtte']],
    [9, ['ni']],
  ];
  for (const [tens, stems] of [
    [20, ['tjue']],
    [30, ['tretti', 'tredve']],
  ] as Array<[number, string[]]>) {
    for (const stem of stems) {
      for (const [unit, unitWords] of units) {
        if (tens + unit > 36 && tens === 30) continue;
        for (const u of unitWords) map.set(`${stem}${u}`, tens + unit);
      }
    }
  }
  // Older counting: "fireogtyve", "seksogtredve".
  for (const [unit, unitWords] of units) {
    for (const u of unitWords) {
      map.set(`${u}ogtyve`, 20 + unit);
      if (unit <= 6) map.set(`${u}ogtredve`, 30 + unit);
    }
  }
  return map;
})();

/** English units after a hyphenated tens word: "twenty-four". */
export const ENGLISH_UNITS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
]);

/** Number words that are also ordinary words ("en", "to", "ni", "et") and only count before a unit. */
export const WEAK_NUMBER_WORDS: ReadonlySet<string> = new Set(['en', 'ein', 'ei', 'eit', 'et', 'to', 'ni', 'ti', 'one', 'null']);

/** Month names and abbreviations (bokmål, nynorsk, English) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1],
  ['january', 1],
  ['jan', 1],
  ['februar', 2],
  ['february', 2],
  ['feb', 2],
  ['febr', 2],
  ['mars', 3],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['mai', 5],
  ['may', 5],
  ['juni', 6],
  ['june', 6],
  ['jun', 6],
  ['juli', 7],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['oktober', 10],
  ['october', 10],
  ['okt', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['desember', 12],
  ['december', 12],
  ['des', 12],
  ['dec', 12],
]);

/** Month names that are also common words, only read as months right after a day number. */
export const WEAK_MONTHS: ReadonlySet<string> = new Set(['mar', 'may', 'des', 'jan', 'jun', 'jul', 'sep']);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'mandag',
  'tirsdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lørdag',
  'søndag',
  'måndag',
  'tysdag',
  'laurdag',
  'sundag',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** Words for a span of time, in every form copy uses them (plural, definite, genitive). */
export const TIME_UNITS: ReadonlyMap<string, TimeUnit> = new Map<string, TimeUnit>([
  ...['dag', 'dager', 'dagar', 'dagen', 'dagene', 'dagane', 'dagers', 'dagars', 'døgn', 'day', 'days', 'dgr', 'dg'].map((w) => [w, 'day'] as [string, TimeUnit]),
  ...['uke', 'uker', 'uka', 'uken', 'ukene', 'ukers', 'veke', 'veker', 'veka', 'vekene', 'vekers', 'week', 'weeks'].map((w) => [w, 'week'] as [string, TimeUnit]),
  ...[
    'mnd',
    'md',
    'mån',
    'mndr',
    'mnds',
    'måned',
    'måneder',
    'måneden',
    'månedene',
    'måneders',
    'månad',
    'månader',
    'månaden',
    'månadene',
    'månadane',
    'månaders',
    'månads',
    'måneds',
    'month',
    'months',
    'mo',
    'mos',
    'mths',
    'mth',
  ].map((w) => [w, 'month'] as [string, TimeUnit]),
  ...['år', 'året', 'årene', 'åra', 'års', 'year', 'years', 'yr', 'yrs'].map((w) => [w, 'year'] as [string, TimeUnit]),
]);

/** Plural unit forms: "de første månedene" counts no number of them. */
export const PLURAL_TIME_UNITS: ReadonlySet<string> = new Set([
  'dager',
  'dagar',
  'dagene',
  'dagane',
  'days',
  'uker',
  'ukene',
  'veker',
  'vekene',
  'weeks',
  'måneder',
  'månedene',
  'månader',
  'månadene',
  'månadane',
  'months',
  'årene',
  'åra',
  'years',
]);

/** Genitive unit forms ("12 måneders prisgaranti", "30 dagers varsel"). */
export const GENITIVE_UNITS: ReadonlySet<string> = new Set(['dagers', 'dagars', 'ukers', 'vekers', 'måneders', 'månaders', 'månads', 'måneds', 'mnds', 'års']);

/** Words that negate what follows in the same clause. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'ikke',
  'ikkje',
  'ingen',
  'inga',
  'intet',
  'uten',
  'utan',
  'no',
  'not',
  'without',
  'never',
  'aldri',
  'verken',
  'neither',
  'nor',
  'zero',
]);

/**
 * Small words a negation reaches over without counting them ("ikkje berre i ein kampanjeperiode",
 * "not just for a campaign", "ikkje som kampanje eller introduksjonstilbod"): articles, prepositions,
 * "only", "as" and "or" (not "and": "ingen binding og kampanjepris" negates the binding only).
 */
export const NEGATION_BRIDGES: ReadonlySet<string> = new Set([
  'en',
  'ei',
  'et',
  'ein',
  'eit',
  'a',
  'an',
  'the',
  'i',
  'in',
  'for',
  'på',
  'bare',
  'berre',
  'kun',
  'just',
  'only',
  'noen',
  'nokon',
  'nokre',
  'any',
  'som',
  'as',
  'eller',
  'or',
  'nor',
]);

/** Determiners and pronouns that make a noun generic ("våre tilbud", "alle kampanjer", "our offers"). */
export const GENERIC_DETERMINERS: ReadonlySet<string> = new Set([
  'våre',
  'vore',
  'alle',
  'flere',
  'fleire',
  'andre',
  'mange',
  'our',
  'all',
  'other',
  'more',
  'many',
  'se',
  'sjå',
  'see',
  'browse',
  'utforsk',
  'explore',
  'aktuelle',
  'current',
  // Offers of the past: "tidligere kampanjer", "previous offers".
  'tidligere',
  'tidlegare',
  'previous',
  'earlier',
  'past',
  'former',
  'eldre',
  'older',
]);

/**
 * Spellings seen in copy typed without æøå or with a common slip, read as the word meant:
 * "paslag" → "påslag", "fastbelop" → "fastbeløp", "bindingtid" → "bindingstid".
 */
export const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['paslag', 'påslag'],
  ['paslaget', 'påslaget'],
  ['fastbelop', 'fastbeløp'],
  ['fastbelopet', 'fastbeløpet'],
  ['manedsbelop', 'månedsbeløp'],
  ['manedsavgift', 'månedsavgift'],
  ['manedspris', 'månedspris'],
  ['maned', 'måned'],
  ['maneder', 'måneder'],
  ['maneden', 'måneden'],
  ['manedene', 'månedene'],
  ['maneders', 'måneders'],
  ['forste', 'første'],
  ['ar', 'år'],
  ['aret', 'året'],
  ['ars', 'års'],
  ['arlig', 'årlig'],
  ['strom', 'strøm'],
  ['stromavtale', 'strømavtale'],
  ['innkjopspris', 'innkjøpspris'],
  ['innkjopskostnader', 'innkjøpskostnader'],
  ['bindingtid', 'bindingstid'],
  ['bindingtiden', 'bindingstiden'],
  ['bindigstid', 'bindingstid'],
  ['angrerrett', 'angrerett'],
  ['opsigelse', 'oppsigelse'],
  ['oppsigelsetid', 'oppsigelsestid'],
  ['arsforbruk', 'årsforbruk'],
  ['lopende', 'løpende'],
  ['loper', 'løper'],
  ['gar', 'går'],
  ['overfores', 'overføres'],
]);
