import { decodeHTMLStrict } from 'entities';
import type { Escape, Syntax } from './align.js';

const BACKSLASH = 0x5c;
const AMPERSAND = 0x26;
/** A character reference as CommonMark reads it: bounded lengths keep the match linear. */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6};|#[0-9]{1,7};|[A-Za-z][A-Za-z0-9]{0,47};)/y;

function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
}

/** A backslash escape (`\*`) or a character reference (`&oslash;`, `&#248;`, `&#xF8;`). */
function readMarkdownEscape(source: string, at: number, end: number): Escape | null {
  if (source.charCodeAt(at) === BACKSLASH) {
    if (at + 1 >= end || !isAsciiPunctuation(source.charCodeAt(at + 1))) return null;
    return { text: source[at + 1]!, end: at + 2 };
  }
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(source);
  if (!match || at + match[0].length > end) return null;
  const text = decodeHTMLStrict(match[0]);
  return text === match[0] ? null : { text, end: at + match[0].length };
}

/** Text in paragraphs, headings, cells and image alt text. */
export const MARKDOWN_TEXT: Syntax = {
  readEscape: readMarkdownEscape,
  escapeStarts: [BACKSLASH, AMPERSAND],
  quoteMarkers: true,
};

/** Inline code: taken literally, but may run over blockquote continuation lines. */
export const MARKDOWN_CODE: Syntax = { escapeStarts: [], quoteMarkers: true };
