import type { Context } from './context.js';
import { tokenize, type Token } from './scan.js';

/**
 * Fixed phrases ("til og med", "t.o.m.", "inkl. mva", "no lock-in") compiled to token steps and
 * matched at a token position. A pattern is written as copy is: words, `.` and `-` (both optional
 * in the input), `|` between alternatives, `word*` for a word prefix, `#` for any number.
 */

interface Step {
  /** Exact word, prefix (when `prefix`), a number (`#`) or a punctuation character. */
  text: string;
  prefix: boolean;
  num: boolean;
  /** `.` and `-`: matched when present, skipped when not. */
  optional: boolean;
}

export type Pattern = readonly Step[];

const SOFT_PUNCT = new Set(['.', '-']);

/** Compiles `a b|c-d*` into alternatives of steps. */
export function compile(source: string): Pattern[] {
  return source.split('|').map((alt) => {
    const steps: Step[] = [];
    for (const t of tokenize(alt.trim())) {
      const last = steps[steps.length - 1];
      if (t.norm === '*' && last && !t.space) {
        last.prefix = true;
        continue;
      }
      if (t.norm === '#') {
        steps.push({ text: '', prefix: false, num: true, optional: false });
        continue;
      }
      steps.push({ text: t.norm, prefix: false, num: false, optional: t.kind === 'punct' && SOFT_PUNCT.has(t.norm) });
    }
    return steps;
  });
}

function stepMatches(step: Step, ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (step.num) return t.kind === 'num';
  if (step.prefix) return t.kind === 'word' && t.norm.startsWith(step.text);
  return t.norm === step.text;
}

/** Matches `pattern` at token i; returns the token index just past the match, or -1. */
function matchAt(ctx: Context, i: number, pattern: Pattern): number {
  let j = i;
  for (let k = 0; k < pattern.length; k++) {
    const step = pattern[k]!;
    if (step.optional) {
      if (ctx.norm(j) === step.text) j += 1;
      continue;
    }
    // Copy may join words with "." or "-" where the pattern does not ("el.sertifikat", "e-post").
    if (k > 0 && ctx.isPunct(j) && SOFT_PUNCT.has(ctx.norm(j)) && !stepMatches(step, ctx, j)) j += 1;
    if (!stepMatches(step, ctx, j)) return -1;
    j += 1;
  }
  return j;
}

/** The longest of `candidates` matching at token i. */
function longest<T>(ctx: Context, i: number, candidates: Array<[Pattern, T]> | undefined): { end: number; value: T } | undefined {
  if (!candidates) return undefined;
  let end = i;
  let value: T | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const [pattern, v] = candidates[k]!;
    const e = matchAt(ctx, i, pattern);
    if (e > end) {
      end = e;
      value = v;
    }
  }
  return end > i ? { end, value: value as T } : undefined;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

/** First words, and first-word prefixes by their first letter, of every phrase of every lexicon. */
const FIRST_WORDS = new Set<string>();
const FIRST_PREFIXES = new Map<number, string[]>();

function startsAPrefix(word: string): boolean {
  return (FIRST_PREFIXES.get(word.charCodeAt(0)) ?? []).some((p) => word.startsWith(p));
}

/** Whether some phrase may start at token t; remembered on the token, since every lexicon asks. */
function keyed(t: Token): boolean {
  t.keyed ??= t.kind === 'num' ? FIRST_WORDS.has('#') : FIRST_WORDS.has(t.norm) || (t.kind === 'word' && startsAPrefix(t.norm));
  return t.keyed;
}

/**
 * A set of phrases with a value each, looked up by their first word (exactly, or by its first
 * letter for prefix patterns), so matching at a position costs a map lookup plus the few candidates.
 */
export class Lexicon<T> {
  private readonly exact = new Map<string, Array<[Pattern, T]>>();
  private readonly prefixed = new Map<number, Array<[Pattern, T]>>();

  constructor(entries: ReadonlyArray<readonly [string, T]> = []) {
    for (const [source, value] of entries) this.add(source, value);
  }

  add(source: string, value: T): this {
    for (const pattern of compile(source)) {
      const first = pattern[0];
      if (!first) continue;
      if (first.prefix) {
        const letter = first.text.charCodeAt(0);
        FIRST_PREFIXES.set(letter, [...(FIRST_PREFIXES.get(letter) ?? []), first.text]);
        this.prefixed.set(letter, [...(this.prefixed.get(letter) ?? []), [pattern, value]]);
      } else {
        const key = first.num ? '#' : first.text;
        FIRST_WORDS.add(key);
        this.exact.set(key, [...(this.exact.get(key) ?? []), [pattern, value]]);
      }
    }
    return this;
  }

  /** The longest phrase that starts at token i. */
  match(ctx: Context, i: number): PhraseMatch<T> | undefined {
    const t = ctx.tokens[i];
    if (!t || !keyed(t)) return undefined;
    const exact = this.exact.get(t.kind === 'num' ? '#' : t.norm);
    const prefixed = t.kind === 'word' ? this.prefixed.get(t.norm.charCodeAt(0)) : undefined;
    if (!exact && !prefixed) return undefined;
    const a = longest(ctx, i, exact);
    const b = longest(ctx, i, prefixed);
    const best = b && (!a || b.end > a.end) ? b : a;
    return best ? { start: i, end: best.end, value: best.value } : undefined;
  }

  /** Every non-overlapping longest match in the text, left to right. */
  *scan(ctx: Context): Generator<PhraseMatch<T>> {
    for (let i = 0; i < ctx.length; ) {
      const m = this.match(ctx, i);
      if (m) {
        yield m;
        i = m.end;
      } else i += 1;
    }
  }

  /** The longest phrase ending exactly at token `end` (exclusive), starting at most `window` tokens before. */
  matchEndingAt(ctx: Context, end: number, window: number): PhraseMatch<T> | undefined {
    for (let i = Math.max(0, end - window); i < end; i++) {
      const m = this.match(ctx, i);
      if (m && m.end === end) return m;
    }
    return undefined;
  }
}

/** Phrases without values. */
export class PhraseSet extends Lexicon<true> {
  constructor(sources: readonly string[]) {
    super(sources.map((s) => [s, true] as const));
  }
}
