import type { Escape, Syntax } from './align.js';

const BACKSLASH = 0x5c;
const QUOTE = 0x27;

/** Single-character YAML escapes in double-quoted scalars. */
const SIMPLE: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A double-quoted escape: `\n`, `\"`, `\u00f8`, `\U0001F600`, or an escaped line break. */
function readDoubleQuotedEscape(source: string, at: number, end: number): Escape | null {
  if (at + 1 >= end) return null;
  const c = source[at + 1]!;
  const simple = SIMPLE[c];
  if (simple !== undefined) return { text: simple, end: at + 2 };
  if (c === '\n' || c === '\r') {
    // An escaped line break joins the lines; the next line's indentation is not content.
    let k = at + 2;
    if (c === '\r' && source[k] === '\n') k++;
    while (k < end && (source[k] === ' ' || source[k] === '\t')) k++;
    return { text: '', end: k };
  }
  const digits = HEX_DIGITS[c];
  if (digits === undefined) return null;
  const hex = source.slice(at + 2, at + 2 + digits);
  if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex) || at + 2 + digits > end) return null;
  const code = parseInt(hex, 16);
  if (code > 0x10ffff) return null;
  return { text: digits === 8 ? String.fromCodePoint(code) : String.fromCharCode(code), end: at + 2 + digits };
}

/** `''` inside a single-quoted scalar stands for one quote. */
function readSingleQuotedEscape(source: string, at: number, end: number): Escape | null {
  return at + 1 < end && source.charCodeAt(at + 1) === QUOTE ? { text: "'", end: at + 2 } : null;
}

export const YAML_DOUBLE_QUOTED: Syntax = { readEscape: readDoubleQuotedEscape, escapeStarts: [BACKSLASH], quoteMarkers: false };
export const YAML_SINGLE_QUOTED: Syntax = { readEscape: readSingleQuotedEscape, escapeStarts: [QUOTE], quoteMarkers: false };
/** Plain and block scalars: no escapes, only folded line breaks and indentation. */
export const YAML_LITERAL: Syntax = { escapeStarts: [], quoteMarkers: false };
