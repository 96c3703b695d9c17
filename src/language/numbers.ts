import type { Context } from './context.js';
import { ENGLISH_UNITS, NUMBER_WORDS, WEAK_NUMBER_WORDS } from './words.js';

/** A number read from tokens [start, end). */
export interface NumberRead {
  value: number;
  start: number;
  end: number;
  /** Written as a word ("tolv", "twenty-four"). */
  word: boolean;
  /** A word that is also an ordinary word ("en", "to"): only a number before a unit. */
  weak: boolean;
  /** The kroner dash: "59,-", "1200,-". */
  dash: boolean;
  /** Digits before the decimal mark, as written ("00" in "00,00"). */
  intText: string;
  /** Digits after the decimal mark, as written. */
  fracText: string;
}

/** Longest digit run read as a number; longer runs are ids, phone numbers or noise. */
const MAX_DIGITS = 12;
/** At most this many thousands groups ("1 000 000 000"): keeps every read bounded. */
const MAX_GROUPS = 4;

function groupOfThree(ctx: Context, j: number, sep: 'space' | '.' | ','): boolean {
  const t = ctx.tokens[j];
  if (t?.kind !== 'num' || t.norm.length !== 3) return false;
  if (sep === 'space') {
    const prev = ctx.tokens[j - 1]!;
    // Exactly one separator character (space, NBSP, narrow NBSP), on the same line.
    return prev.kind === 'num' && t.space && !t.nl && t.start - prev.end === 1;
  }
  return ctx.isPunct(j - 1, sep) && ctx.tight(j - 1) && ctx.tight(j);
}

/**
 * Reads a number at token i: digits with thousands groups ("30 000", "30.000", "5,000 kWh"),
 * a decimal comma or point ("4,9", "5.75"), a kroner dash ("59,-"), or a number word.
 */
export function readNumber(ctx: Context, i: number): NumberRead | undefined {
  const t = ctx.tokens[i];
  if (!t) return undefined;
  if (t.kind === 'word') return readNumberWord(ctx, i);
  if (t.kind !== 'num' || t.norm.length > MAX_DIGITS) return undefined;
  let intText = t.norm;
  let j = i + 1;
  const leadOk = intText.length <= 3 && intText[0] !== '0';
  if (leadOk) {
    for (const sep of ['space', '.', ','] as const) {
      let k = sep === 'space' ? j : j + 1;
      let groups = 0;
      let text = intText;
      while (groups < MAX_GROUPS && groupOfThree(ctx, k, sep)) {
        text += ctx.norm(k);
        groups += 1;
        k += sep === 'space' ? 1 : 2;
      }
      if (groups === 0) continue;
      const end = sep === 'space' ? k : k - 1;
      // A dot group must not run on into more digits ("1.123.2026"). A comma before exactly three
      // digits is a thousands group ("5,000 kWh", "NOK 1,200"): prices never carry three decimals
      // after a non-zero whole part, and "0,390" keeps its decimal comma.
      if (sep === '.' && ctx.isPunct(end, '.') && ctx.tight(end) && ctx.isNum(end + 1) && ctx.tight(end + 1)) break;
      intText = text;
      j = end;
      break;
    }
  }
  let fracText = '';
  if ((ctx.isPunct(j, ',') || ctx.isPunct(j, '.')) && ctx.tight(j) && ctx.isNum(j + 1) && ctx.tight(j + 1) && ctx.norm(j + 1).length <= 6) {
    fracText = ctx.norm(j + 1);
    j += 2;
  }
  let dash = false;
  // "59,-" and "59:-"; a dot before a dash ends a date ("1.9.–30.11.").
  if ((ctx.isPunct(j, ',') || ctx.isPunct(j, ':')) && ctx.tight(j) && ctx.isPunct(j + 1, '-') && ctx.tight(j + 1)) {
    dash = true;
    j += 2;
    if (ctx.isPunct(j, '-') && ctx.tight(j)) j += 1;
  }
  const value = Number(fracText ? `${intText}.${fracText}` : intText);
  return { value, start: i, end: j, word: false, weak: false, dash, intText, fracText };
}

function readNumberWord(ctx: Context, i: number): NumberRead | undefined {
  const w = ctx.norm(i);
  const value = NUMBER_WORDS.get(w);
  if (value === undefined) return undefined;
  const base = { start: i, word: true, dash: false, intText: String(value), fracText: '' };
  // "twenty-four", "thirty six".
  if (value === 20 || value === 30) {
    const hyphen = ctx.isPunct(i + 1, '-') && ctx.tight(i + 1) && ctx.tight(i + 2);
    const at = hyphen ? i + 2 : i + 1;
    const unit = ENGLISH_UNITS.get(ctx.norm(at));
    if (unit !== undefined) return { ...base, value: value + unit, end: at + 1, weak: false, intText: String(value + unit) };
  }
  return { ...base, value, end: i + 1, weak: WEAK_NUMBER_WORDS.has(w) };
}
