import { describe, expect, it } from 'vitest';
import type { FactKind } from '../../src/language/facts.js';
import { recogniseText } from '../../src/language/index.js';
import { loadPhrases, scorePhrase, type KindScore, type Phrase, type PhraseResult } from './phrase-corpus.js';

const ALL_KINDS: FactKind[] = [
  'amount',
  'price-element',
  'campaign',
  'bonus',
  'end',
  'after-terms',
  'fixed-period',
  'binding',
  'guarantee',
  'notice-channel',
  'notice-period',
  'withdrawal',
  'termination',
  'vat',
  'claim',
  'restriction',
  'price-area',
  'placeholder',
  'product-type',
  'price-risk',
  'consumption-limit',
];

// Every test recognises the phrases it checks while it runs, so that what it checks is computed inside it.
const phrases = loadPhrases();

/** Every phrase recognised and scored, with the scores per kind. */
function scoreAll(): { scores: Map<FactKind, KindScore>; results: PhraseResult[] } {
  const scores = new Map<FactKind, KindScore>();
  return { scores, results: phrases.map((p) => scorePhrase(p, recogniseText(p.text), scores)) };
}

/** One phrase recognised and scored on its own. */
const resultOf = (p: Phrase): PhraseResult => scorePhrase(p, recogniseText(p.text), new Map());

const percent = (n: number, d: number) => (d === 0 ? 100 : (100 * n) / d);
const precision = (s: KindScore) => percent(s.truePositives, s.truePositives + s.falsePositives);
const recall = (s: KindScore) => percent(s.truePositives, s.expected);

function table(scores: Map<FactKind, KindScore>): string {
  const rows = ALL_KINDS.map((kind) => {
    const s = scores.get(kind) ?? { expected: 0, truePositives: 0, falsePositives: 0 };
    return `${kind.padEnd(18)} ${String(s.expected).padStart(8)} ${String(s.truePositives).padStart(5)} ${String(s.falsePositives).padStart(5)} ${precision(s).toFixed(1).padStart(9)} ${recall(s).toFixed(1).padStart(7)}`;
  });
  return [`${'kind'.padEnd(18)} ${'expected'.padStart(8)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`, ...rows].join('\n');
}

function failures(results: PhraseResult[]): string {
  return results
    .filter((r) => r.missed.length > 0 || r.unexpected.length > 0)
    .map((r) => {
      const lines = [`[${r.phrase.file}] ${JSON.stringify(r.phrase.text)}`];
      for (const m of r.missed) lines.push(`    missed     ${JSON.stringify(m)}`);
      for (const f of r.unexpected) {
        const { kind, block: _b, start, end, ...data } = f;
        lines.push(`    unexpected ${kind} «${r.phrase.text.slice(start, end)}» ${JSON.stringify(data)}`);
      }
      return lines.join('\n');
    })
    .join('\n');
}

/**
 * Phrases the recognisers do not read as the corpus says yet, each with why and with what goes wrong
 * (as the corpus report prints it). This list may only shrink: a listed phrase that starts working
 * fails its test until it is taken off, and any other phrase that stops giving its facts fails too.
 */
const KNOWN_FAILING: ReadonlyMap<string, { reason: string; fails: string[] }> = new Map([
  [
    'english.yaml: Fixed price, 36 months, 84.9 øre/kWh',
    {
      reason:
        'A length set after "Fixed price," is read as the price period (appositive lengths, "Fixed price, 12 months"); the phrase was written before that ' +
        'and lists no fixed period. The recogniser is probably right and the phrase needs its fixed-period added, which is a decision for whoever owns the corpus.',
      fails: ['unexpected fixed-period «Fixed price, 36 months» {"months":36}'],
    },
  ],
  [
    'english.yaml: OBS! Avtalen krever at du har smart strømmåler (AMS).',
    {
      reason:
        '"AMS" counts as a meter restriction only within six words of its cue ("krever"), and here it is seven; "smart strømmåler" is not in the lexicon (only "smart måler").',
      fails: ['missed {"kind":"restriction","what":"hourly-metering","text":"AMS"}'],
    },
  ],
  [
    'english.yaml: Ny kunde? Få fastbeløpet gratis i et halvt år.',
    {
      reason: 'A question states no restriction ("Har dere krav til …?"), and "Ny kunde?" is read as one, though it is a heading-like address that means "for new customers".',
      fails: ['missed {"kind":"restriction","what":"new-customers"}'],
    },
  ],
  [
    'harder.yaml: Fra 1. februar øker påslaget til 5,9 øre/kWh',
    {
      reason: 'A price change from a date is read as the terms after a campaign (a later price); the corpus keeps price changes apart from what follows an offer.',
      fails: ['unexpected after-terms «Fra 1. februar øker påslaget til 5,9 øre/kWh» {"hasPrice":true}'],
    },
  ],
  [
    'more.yaml: Elsertifikat og opphavsgarantiar er inkludert i påslaget.',
    {
      reason:
        '"<element> er … <element>" is read as a definition ("Elsertifikat er et lovpålagt påslag"), so "påslaget" after "er inkludert i" is dropped, though it names the markup.',
      fails: ['missed {"kind":"price-element","element":"markup"}'],
    },
  ],
  [
    'more.yaml: Har du spørsmål om kampanjen? Ring 22 00 00 00',
    {
      reason: 'A question states no campaign ("Har dere kampanje?"); this one asks about a campaign that exists, which the question rule cannot tell apart.',
      fails: ['missed {"kind":"campaign","marker":"campaign"}'],
    },
  ],
  [
    'more.yaml: Priser fra 1. februar 2027: påslag 5,9 øre/kWh',
    {
      reason: 'Prices from a date are read as the terms after a campaign (a later price); the corpus keeps a price list for a coming date apart from what follows an offer.',
      fails: ['unexpected after-terms «fra 1. februar 2027: påslag 5,9 øre/kWh» {"hasPrice":true}'],
    },
  ],
  [
    'traps.yaml: Nettleien er den samme uansett hvilken strømleverandør du velger',
    {
      reason:
        '"Nettleien er den …" opens like a definition of the word ("Et påslag er det strømselskapet tar"), so no grid element is read, though the sentence is about the grid rent itself.',
      fails: ['missed {"kind":"price-element","element":"grid"}'],
    },
  ],
]);

const phraseName = (p: Phrase) => `${p.file}: ${p.text}`;

/** What goes wrong with a phrase, one line per missed or unexpected fact. */
function faults(r: PhraseResult): string[] {
  return [
    ...r.missed.map((m) => `missed ${JSON.stringify(m)}`),
    ...r.unexpected.map((f) => {
      const { kind, block: _b, start, end, ...data } = f;
      return `unexpected ${kind} «${r.phrase.text.slice(start, end)}» ${JSON.stringify(data)}`;
    }),
  ];
}

describe('phrase corpus', () => {
  it('holds at least 400 phrases in bokmål, nynorsk and English', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(400);
    for (const lang of ['nb', 'nn', 'en'] as const) expect(phrases.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(40);
  });

  it('has every fact kind at least 10 times, read with precision and recall of at least 95 percent (printed per kind)', () => {
    const { scores, results } = scoreAll();
    console.log(`${phrases.length} phrases\n${table(scores)}`);
    const missed = failures(results);
    if (missed) console.log(`phrases not fully recognised:\n${missed}`);
    for (const kind of ALL_KINDS) {
      const s = scores.get(kind) ?? { expected: 0, truePositives: 0, falsePositives: 0 };
      expect.soft(s.expected, `${kind}: expected`).toBeGreaterThanOrEqual(10);
      expect.soft(precision(s), `${kind}: precision`).toBeGreaterThanOrEqual(95);
      expect.soft(recall(s), `${kind}: recall`).toBeGreaterThanOrEqual(95);
    }
  });

  it('lists only phrases that are in the corpus, each once', () => {
    const names = new Set(phrases.map(phraseName));
    expect([...KNOWN_FAILING.keys()].filter((name) => !names.has(name))).toEqual([]);
    expect(phrases.length - names.size).toBe(0);
  });
});

describe('every phrase pinned', () => {
  const pinned = phrases.filter((p) => !KNOWN_FAILING.has(phraseName(p)));
  const listed = phrases.filter((p) => KNOWN_FAILING.has(phraseName(p)));

  it.each(pinned.map((p) => [phraseName(p), p] as const))('%s', (_name, p) => {
    expect(faults(resultOf(p))).toEqual([]);
  });

  it.each(listed.map((p) => [phraseName(p), p] as const))('known not to work yet: %s', (name, p) => {
    const now = faults(resultOf(p));
    expect(now, `${name} is now recognised: take it off KNOWN_FAILING`).not.toEqual([]);
    expect(now, `${name} fails differently from what KNOWN_FAILING says`).toEqual(KNOWN_FAILING.get(name)!.fails);
  });
});
