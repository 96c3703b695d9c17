import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Fact, FactKind } from '../../src/language/facts.js';

/**
 * The phrase corpus: copy in bokmål, nynorsk and English with the facts it must yield.
 *
 * A phrase lists `facts` (kind plus the key data that must match; `text` pins the exact span; a
 * `null` value means the key must be absent) and `not` (kinds it must not yield). A kind a phrase
 * lists in `facts` is listed completely, so extra facts of that kind count against precision;
 * `only: true` makes the whole list complete.
 */
export interface Phrase {
  file: string;
  lang: 'nb' | 'nn' | 'en';
  text: string;
  facts: ExpectedFact[];
  not: FactKind[];
  only: boolean;
}

export type ExpectedFact = { kind: FactKind; text?: string } & Record<string, unknown>;

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'phrases');

export function loadPhrases(): Phrase[] {
  const phrases: Phrase[] = [];
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const items = parse(readFileSync(path.join(DIR, file), 'utf8')) as Array<Partial<Phrase>>;
    for (const item of items) {
      if (typeof item.text !== 'string' || !item.lang) throw new Error(`${file}: a phrase needs text and lang: ${JSON.stringify(item)}`);
      phrases.push({ file, lang: item.lang, text: item.text, facts: item.facts ?? [], not: item.not ?? [], only: item.only === true });
    }
  }
  return phrases;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether a yielded fact satisfies an expected one: same kind, every listed key equal, the span when given. */
export function matches(expected: ExpectedFact, fact: Fact, text: string): boolean {
  if (expected.kind !== fact.kind) return false;
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'kind') continue;
    if (key === 'text') {
      if (text.slice(fact.start, fact.end) !== value) return false;
      continue;
    }
    const actual = (fact as unknown as Record<string, unknown>)[key];
    if (value === null ? actual !== undefined : !deepEqual(actual, value)) return false;
  }
  return true;
}

export interface KindScore {
  expected: number;
  truePositives: number;
  falsePositives: number;
}

export interface PhraseResult {
  phrase: Phrase;
  missed: ExpectedFact[];
  unexpected: Fact[];
}

/** Scores one phrase: expected facts matched one to one; facts of scored kinds left over are false positives. */
export function scorePhrase(phrase: Phrase, facts: Fact[], scores: Map<FactKind, KindScore>): PhraseResult {
  const score = (kind: FactKind) => {
    let s = scores.get(kind);
    if (!s) {
      s = { expected: 0, truePositives: 0, falsePositives: 0 };
      scores.set(kind, s);
    }
    return s;
  };
  const used = new Set<Fact>();
  const missed: ExpectedFact[] = [];
  for (const expected of phrase.facts) {
    score(expected.kind).expected += 1;
    const hit = facts.find((f) => !used.has(f) && matches(expected, f, phrase.text));
    if (hit) {
      used.add(hit);
      score(expected.kind).truePositives += 1;
    } else missed.push(expected);
  }
  const scored = new Set<FactKind>([...phrase.facts.map((f) => f.kind), ...phrase.not]);
  const unexpected = facts.filter((f) => !used.has(f) && (phrase.only || scored.has(f.kind)));
  for (const f of unexpected) score(f.kind).falsePositives += 1;
  return { phrase, missed, unexpected };
}
