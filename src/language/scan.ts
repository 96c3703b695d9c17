import { SPELLINGS } from './words.js';

/**
 * The single pass over a block's text that every recogniser reads: words, digit runs and single
 * punctuation characters, with what separated them. Recognisers never run regular expressions over
 * the raw text; they look at tokens through bounded windows, so the whole layer stays linear.
 */

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  kind: TokenKind;
  /** [start, end) in the text. */
  start: number;
  end: number;
  /**
   * Lowercased word (invisible characters removed), the digits of a number, or the punctuation
   * character with dash and quote variants folded (`–` → `-`, `«` → `"`). Empty for overlong words.
   */
  norm: string;
  /** Whitespace (of any kind, NBSP included) separates this token from the previous one. */
  space: boolean;
  /** That whitespace holds a line break. */
  nl: boolean;
  /** A word that starts with an uppercase letter. */
  upper: boolean;
  /** A word written in capitals only (two letters or more): "TBD", "NOK", "SMS". */
  caps: boolean;
  /** Whether any phrase can start here; worked out on first lookup (see `Lexicon.match`). */
  keyed?: boolean;
}

/** Words longer than this are never classified (no Norwegian compound worth knowing is longer). */
const MAX_WORD = 48;

enum CharClass {
  Space,
  Invisible,
  Letter,
  Digit,
  Other,
}

const LETTER = /[\p{L}\p{M}]/u;

/** Class of the character (or surrogate pair) at index i. */
function classAt(text: string, i: number): CharClass {
  const code = text.charCodeAt(i);
  if (code >= 48 && code <= 57) return CharClass.Digit;
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return CharClass.Letter;
  if (code <= 32) return CharClass.Space;
  if (code < 127) return CharClass.Other;
  switch (code) {
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return CharClass.Space;
    case 0xad:
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0x200e:
    case 0x200f:
    case 0x2060:
    case 0xfeff:
      return CharClass.Invisible;
    default:
      break;
  }
  if (code >= 0x2000 && code <= 0x200a) return CharClass.Space;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return CharClass.Invisible;
  if (code >= 0xc0 && code <= 0xff) return code === 0xd7 || code === 0xf7 ? CharClass.Other : CharClass.Letter;
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!)) ? CharClass.Letter : CharClass.Other;
}

/** UTF-16 length of the character at i (2 for a surrogate pair). */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

const PUNCT_FOLD: Record<string, string> = {
  '–': '-',
  '—': '-',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '´': "'",
  '`': "'",
  '\u2044': '/',
  '\u2215': '/',
  '·': '•',
  '▪': '•',
  '●': '•',
  '✓': '•',
  '✔': '•',
};

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x85 || code === 0x2028 || code === 0x2029 || code === 11 || code === 12;
}

function normWord(raw: string): string {
  if (raw.length > MAX_WORD) return '';
  const lower = raw.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
}

/** Whether a word starts with an uppercase letter (fast path for ASCII and Latin-1). */
function startsUpper(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  if (c >= 0xdf && c <= 0xff) return false;
  return raw[0] !== raw[0]!.toLowerCase();
}

/** Footnote markers: asterisks, daggers and superscript digits. */
function isMarkerChar(code: number): boolean {
  return code === 42 || code === 0x2020 || code === 0x2021 || code === 0xb9 || code === 0xb2 || code === 0xb3 || (code >= 0x2070 && code <= 0x2079);
}

/**
 * Where a footnote marker that starts at i ends, when it is one: a run of marker characters right
 * after a word or number ("4,90 øre/kWh*", "Spot²") and before a space, punctuation or the end. -1 otherwise.
 */
function markerEnd(text: string, i: number, after: Token | undefined): number {
  if (!after || after.end !== i || after.kind === 'punct' || !isMarkerChar(text.charCodeAt(i))) return -1;
  let j = i;
  while (j < text.length && isMarkerChar(text.charCodeAt(j))) j++;
  const next = j < text.length ? classAt(text, j) : CharClass.Space;
  return next === CharClass.Letter || next === CharClass.Digit ? -1 : j;
}

export interface TokenizeOptions {
  /** Leave footnote markers out, so "4,90 øre/kWh* påslag" reads as "4,90 øre/kWh påslag". */
  skipFootnoteMarkers?: boolean;
}

/** Splits text into tokens in one pass. Letters and digits never share a token ("12mnd" → 12, mnd). */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  let space = false;
  let nl = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const cls = classAt(text, i);
    if (cls === CharClass.Space) {
      space = true;
      if (isLineBreak(text.charCodeAt(i))) nl = true;
      i += 1;
      continue;
    }
    if (cls === CharClass.Invisible) {
      i += 1;
      continue;
    }
    const start = i;
    if (cls === CharClass.Letter || cls === CharClass.Digit) {
      // Invisible characters inside a word or number (soft hyphen, zero-width space) are dropped.
      let parts: string[] | undefined;
      let from = i;
      let end = i;
      let j = i;
      while (j < n) {
        const k = classAt(text, j);
        if (k === cls) {
          j += widthAt(text, j);
          end = j;
          continue;
        }
        if (k !== CharClass.Invisible) break;
        let m = j + 1;
        while (m < n && classAt(text, m) === CharClass.Invisible) m += 1;
        if (m >= n || classAt(text, m) !== cls) break;
        parts ??= [];
        parts.push(text.slice(from, j));
        from = m;
        j = m;
      }
      const raw = parts ? [...parts, text.slice(from, end)].join('') : text.slice(start, end);
      const word = cls === CharClass.Letter;
      const upper = word && startsUpper(raw);
      const norm = word ? normWord(raw) : raw;
      tokens.push({
        kind: word ? 'word' : 'num',
        start,
        end,
        norm,
        space,
        nl,
        upper,
        caps: upper && raw.length >= 2 && raw.length <= MAX_WORD && raw === raw.toUpperCase(),
      });
      i = end;
    } else {
      const marker = options.skipFootnoteMarkers ? markerEnd(text, i, tokens[tokens.length - 1]) : -1;
      if (marker > 0) {
        i = marker;
        continue;
      }
      const len = widthAt(text, i);
      const ch = len === 1 ? text[i]! : text.slice(i, i + 2);
      tokens.push({ kind: 'punct', start, end: start + len, norm: PUNCT_FOLD[ch] ?? ch, space, nl, upper: false, caps: false });
      i += len;
    }
    space = false;
    nl = false;
  }
  return tokens;
}
