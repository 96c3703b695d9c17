import { describe, expect, it } from 'vitest';
import type { FactKind } from '../../src/language/facts.js';
import { recogniseText } from '../../src/language/index.js';
import { loadPhrases, scorePhrase, type KindScore, type PhraseResult } from './phrase-corpus.js';

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

const phrases = loadPhrases();
const scores = new Map<FactKind, KindScore>();
const results: PhraseResult[] = phrases.map((p) => scorePhrase(p, recogniseText(p.text), scores));

const percent = (n: number, d: number) => (d === 0 ? 100 : (100 * n) / d);
const precision = (s: KindScore) => percent(s.truePositives, s.truePositives + s.falsePositives);
const recall = (s: KindScore) => percent(s.truePositives, s.expected);

function table(): string {
  const rows = ALL_KINDS.map((kind) => {
    const s = scores.get(kind) ?? { expected: 0, truePositives: 0, falsePositives: 0 };
    return `${kind.padEnd(18)} ${String(s.expected).padStart(8)} ${String(s.truePositives).padStart(5)} ${String(s.falsePositives).padStart(5)} ${precision(s).toFixed(1).padStart(9)} ${recall(s).toFixed(1).padStart(7)}`;
  });
  return [`${'kind'.padEnd(18)} ${'expected'.padStart(8)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`, ...rows].join('\n');
}

function failures(): string {
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

describe('phrase corpus', () => {
  it('prints precision and recall per fact kind', () => {
    console.log(`${phrases.length} phrases\n${table()}`);
    const missed = failures();
    if (missed) console.log(`phrases not fully recognised:\n${missed}`);
  });

  it('holds at least 400 phrases in bokmål, nynorsk and English', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(400);
    for (const lang of ['nb', 'nn', 'en'] as const) expect(phrases.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(40);
  });

  it.each(ALL_KINDS)('%s: at least 10 expected, precision and recall at least 95 percent', (kind) => {
    const s = scores.get(kind) ?? { expected: 0, truePositives: 0, falsePositives: 0 };
    expect(s.expected).toBeGreaterThanOrEqual(10);
    expect(precision(s)).toBeGreaterThanOrEqual(95);
    expect(recall(s)).toBeGreaterThanOrEqual(95);
  });
});
