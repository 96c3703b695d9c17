import { tokenize, type Token } from './scan.js';
import { MONTHS, NEGATION_BRIDGES, NEGATIONS } from './words.js';

/** Words after which a full stop is an abbreviation mark rather than the end of a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'kr', 'inkl', 'ink', 'ekskl', 'eksl', 'eks', 'ex', 'excl', 'incl', 'mnd', 'md', 'mån', 'pr', 'ca', 'nr', 'evt', 'bl', 'dvs',
  'osv', 'mv', 'jf', 'jfr', 'vedr', 'iht', 'ift', 'mht', 'stk', 'tlf', 'tel', 'kl', 'maks', 'max', 'min', 'jan', 'feb', 'febr',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'des', 'dec', 'st', 'vs', 'etc', 'adr', 'avd', 'org',
  'orgnr', 'mill', 'mrd', 'tom', 'fom', 'approx', 'no', 'ref', 'gj', 'mo', 'mos', 'mth', 'mths', 'yr', 'yrs', 'dg', 'dgr', 'ord', 'snitt', 'pga', 'mva', 'iflg', 'ifb', 'el',
]);

/** What stands between a label and its answer: "Kampanje: nei", "Binding – ingen", "Offer = none". */
const LABEL_SEPARATORS: ReadonlySet<string> = new Set([':', '-', '=']);
/** Answers that say there is none. */
const NO_ANSWERS: ReadonlySet<string> = new Set(['nei', 'ingen', 'inga', 'ikke', 'ikkje', 'no', 'none', 'nil']);

/** Capitalised words that continue a sentence after an abbreviation ("inkl. MVA", "kr. NOK"). */
const CONTINUATIONS: ReadonlySet<string> = new Set(['mva', 'merverdiavgift', 'vat', 'moms', 'nok', 'kwh', 'kwt']);

/**
 * One block's text, tokenized, with sentence and clause numbers per token and the small helpers
 * every recogniser needs. Built once per text and shared by all recognisers.
 */
export class Context {
  readonly tokens: Token[];
  /** Sentence number of each token. */
  readonly sentence: Int32Array;
  /** Clause number of each token (clauses split sentences at commas, semicolons, spaced dashes). */
  readonly clause: Int32Array;

  constructor(readonly text: string) {
    this.tokens = tokenize(text, { skipFootnoteMarkers: true });
    const n = this.tokens.length;
    this.sentence = new Int32Array(n);
    this.clause = new Int32Array(n);
    let s = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
      const t = this.tokens[i]!;
      if (i > 0 && (t.nl || this.sentenceEndsBefore(i))) {
        s += 1;
        c += 1;
      } else if (i > 0 && this.clauseEndsBefore(i)) c += 1;
      this.sentence[i] = s;
      this.clause[i] = c;
    }
  }

  get length(): number {
    return this.tokens.length;
  }

  private questions: Set<number> | undefined;

  /** Whether token i is in a question ("Har dere prisgaranti?"): asked, not stated. */
  inQuestion(i: number): boolean {
    if (!this.questions) {
      this.questions = new Set();
      for (let j = 0; j < this.length; j++) if (this.isPunct(j, '?')) this.questions.add(this.sentence[j]!);
    }
    return i >= 0 && i < this.length && this.questions.has(this.sentence[i]!);
  }

  /** Normalised token at i, or '' outside the text. */
  norm(i: number): string {
    return this.tokens[i]?.norm ?? '';
  }

  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }

  isNum(i: number): boolean {
    return this.tokens[i]?.kind === 'num';
  }

  isPunct(i: number, ch?: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === 'punct' && (ch === undefined || t.norm === ch);
  }

  /** Tokens i and i-1 touch (no whitespace between them). */
  tight(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && i > 0 && !t.space;
  }

  sameSentence(i: number, j: number): boolean {
    return i >= 0 && j >= 0 && i < this.length && j < this.length && this.sentence[i] === this.sentence[j];
  }

  sameClause(i: number, j: number): boolean {
    return i >= 0 && j >= 0 && i < this.length && j < this.length && this.clause[i] === this.clause[j];
  }

  /** Text offsets of token range [from, to). */
  span(from: number, to: number): { start: number; end: number } {
    return { start: this.tokens[from]!.start, end: this.tokens[Math.max(from, to - 1)]!.end };
  }

  /**
   * The bounded look-behind the recognisers share: walks back from token i over at most `window`
   * tokens of its sentence (or clause), and returns the first j where `step` says true, or -1 when it
   * says null (stop) or the window ends.
   */
  lookBehind(i: number, window: number, scope: 'sentence' | 'clause', step: (j: number) => boolean | null): number {
    const same = scope === 'sentence' ? this.sentence : this.clause;
    for (let j = i - 1; j >= 0 && i - j <= window && same[j] === same[i]; j--) {
      const found = step(j);
      if (found) return j;
      if (found === null) return -1;
    }
    return -1;
  }

  /** The first token of sentence-mates within `window` tokens before i (bounded look-behind). */
  sentenceStartWithin(i: number, window: number): number {
    let j = i;
    while (j > 0 && i - j < window && this.sentence[j - 1] === this.sentence[i]) j -= 1;
    return j;
  }

  /** One past the last sentence-mate within `window` tokens after i. */
  sentenceEndWithin(i: number, window: number): number {
    let j = i;
    while (j < this.length && j - i < window && this.sentence[j] === this.sentence[i]) j += 1;
    return j;
  }

  /**
   * Whether a negation ("ikke", "uten", "no" …) stands within `window` words before token i in the
   * same clause, articles, prepositions and "only" not counted. "NO" before a digit is a price area,
   * not a negation.
   */
  negatedAt(i: number, window = 3): boolean {
    for (let j = i - 1, words = 0; j >= 0 && words < window && this.sameClause(i, j); j--) {
      const w = this.norm(j);
      if (NEGATIONS.has(w) && !(w === 'no' && this.isNum(j + 1))) return true;
      if (!NEGATION_BRIDGES.has(w)) words++;
    }
    return false;
  }

  /**
   * Where a label answered "no" ends: "Kampanje: nei", "Bindingstid – ingen", "Offer: none" (the
   * label's words end before token `end`), or -1. The answer must close its clause.
   */
  answeredNo(end: number): number {
    let j = end;
    while (j < this.length && j - end < 2 && LABEL_SEPARATORS.has(this.norm(j))) j++;
    if (j === end || !NO_ANSWERS.has(this.norm(j)) || !this.sameSentence(end, j)) return -1;
    const next = j + 1;
    return next >= this.length || !this.sameClause(j, next) || this.isPunct(next) ? next : -1;
  }

  private sentenceEndsBefore(i: number): boolean {
    const prev = this.tokens[i - 1]!;
    const t = this.tokens[i]!;
    if (prev.kind !== 'punct') return false;
    switch (prev.norm) {
      case '!':
      case '?':
      case ';':
      case '•':
      case '|':
        return true;
      case '.':
        return t.space && this.fullStop(i - 1);
      default:
        return false;
    }
  }

  /** Whether the '.' at token d (followed by whitespace) ends a sentence. */
  private fullStop(d: number): boolean {
    const before = this.tokens[d - 1];
    const next = this.tokens[d + 1]!;
    if (!before || before.kind === 'punct') return true;
    if (before.kind === 'num') {
      if (next.kind === 'word' && MONTHS.has(next.norm)) return false;
      return next.kind === 'word' && next.upper;
    }
    if (ABBREVIATIONS.has(before.norm) || before.norm.length === 1) {
      return next.kind === 'word' && next.upper && !MONTHS.has(next.norm) && !CONTINUATIONS.has(next.norm);
    }
    return true;
  }

  private clauseEndsBefore(i: number): boolean {
    const prev = this.tokens[i - 1]!;
    const t = this.tokens[i]!;
    if (prev.kind !== 'punct') return false;
    if (prev.norm === ',') {
      const before = this.tokens[i - 2];
      // "4,9" and "59,-" and "--,-" keep their comma.
      if (before && !prev.space && !t.space && (before.kind === 'num' || before.norm === '-') && (t.kind === 'num' || t.norm === '-')) return false;
      if (before && !prev.space && before.kind === 'num' && t.norm === '-') return false;
      return true;
    }
    // A dash with space on both sides separates clauses; "NO1-NO5" and "e-post" keep theirs.
    return prev.norm === '-' && prev.space && t.space;
  }
}
