import type { BlockText } from './block-text.js';

/** An escape-like construct read at a source offset: the text it stands for and where it ends. */
export interface Escape {
  text: string;
  end: number;
}

/** How a kind of source text differs from the parsed value it yields. */
export interface Syntax {
  /** Reads an escape (`\*`, `&oslash;`, `\u00f8` …) starting at `at`, or null. */
  readEscape?: (source: string, at: number, end: number) => Escape | null;
  /** Character codes that can start an escape (a fast pre-check for `readEscape`). */
  escapeStarts: readonly number[];
  /** After a source line break, `>` blockquote markers may precede the next line's text. */
  quoteMarkers: boolean;
}

/** Space, tab, line feed, carriage return, form feed, vertical tab: what folds to one space. NBSP does not. */
export function isFoldable(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function hasLineBreak(source: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = source.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Appends value[vStart, vEnd) to `out`, aligned character by character with source[sStart, sEnd):
 * escapes become atomic pieces over their source span, whitespace runs fold to one atomic space,
 * everything else is verbatim. Source whitespace before the value starts is skipped; source after
 * the value ends is left alone. If the two cannot be aligned, the rest of the value is mapped
 * atomically to the rest of the span rather than guessed. Returns the source offset reached.
 */
export function alignText(out: BlockText, value: string, vStart: number, vEnd: number, source: string, sStart: number, sEnd: number, syntax: Syntax): number {
  let i = vStart;
  let j = sStart;
  while (i < vEnd) {
    if (j >= sEnd) return fallback(out, value, i, vEnd, j, sStart, sEnd);
    const s = source.charCodeAt(j);
    if (syntax.readEscape && syntax.escapeStarts.includes(s)) {
      const escaped = syntax.readEscape(source, j, sEnd);
      if (escaped && i + escaped.text.length <= vEnd && value.startsWith(escaped.text, i)) {
        // An escape that stands for nothing (a YAML escaped line break) adds no text.
        if (escaped.text.length > 0 && isBlank(escaped.text)) out.space(j, escaped.end);
        else out.atomic(escaped.text, j, escaped.end);
        i += escaped.text.length;
        j = escaped.end;
        continue;
      }
    }
    const valueSpace = isFoldable(value.charCodeAt(i));
    const sourceSpace = isFoldable(s);
    if (valueSpace || sourceSpace) {
      if (!sourceSpace) return fallback(out, value, i, vEnd, j, sStart, sEnd);
      let j2 = j;
      while (j2 < sEnd && isFoldable(source.charCodeAt(j2))) j2++;
      if (!valueSpace) {
        if (i !== vStart) return fallback(out, value, i, vEnd, j, sStart, sEnd);
        j = j2;
        continue;
      }
      let i2 = i;
      while (i2 < vEnd && isFoldable(value.charCodeAt(i2))) i2++;
      if (syntax.quoteMarkers && hasLineBreak(source, j, j2)) j2 = skipQuoteMarkers(source, j2, sEnd, value, i2, vEnd);
      out.space(j, j2);
      i = i2;
      j = j2;
      continue;
    }
    let i2 = i;
    let j2 = j;
    while (i2 < vEnd && j2 < sEnd) {
      const c = source.charCodeAt(j2);
      if (c !== value.charCodeAt(i2) || isFoldable(c) || syntax.escapeStarts.includes(c)) break;
      i2++;
      j2++;
    }
    // An escape character that is not an escape here may still be a literal match.
    if (i2 === i && value.charCodeAt(i) === s) {
      i2++;
      j2++;
    }
    if (i2 === i) return fallback(out, value, i, vEnd, j, sStart, sEnd);
    out.verbatim(value.slice(i, i2), j);
    i = i2;
    j = j2;
  }
  return j;
}

function isBlank(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (!isFoldable(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Skips blockquote markers and indentation at the start of a continuation line. Text that itself
 * starts with `>` keeps as many trailing `>` of the run as it begins with.
 */
function skipQuoteMarkers(source: string, at: number, end: number, value: string, i: number, vEnd: number): number {
  let k = at;
  while (k < end && (source.charCodeAt(k) === 62 || isFoldable(source.charCodeAt(k)))) k++;
  let wanted = 0;
  while (i + wanted < vEnd && value.charCodeAt(i + wanted) === 62) wanted++;
  let back = 0;
  while (back < wanted && k - back - 1 >= at && source.charCodeAt(k - back - 1) === 62) back++;
  return k - back;
}

/** Maps value[i, vEnd) as a whole to source [from, sEnd) (or [sStart, sEnd) when nothing is left). */
function fallback(out: BlockText, value: string, i: number, vEnd: number, from: number, sStart: number, sEnd: number): number {
  const start = from < sEnd ? from : sStart;
  const rest = value.slice(i, vEnd);
  const words = rest.split(/[ \t\n\v\f\r]+/).filter((w) => w.length > 0);
  if (words.length === 0) return sEnd;
  if (isFoldable(rest.charCodeAt(0))) out.space(start, start);
  out.atomic(words.join(' '), start, sEnd);
  if (isFoldable(rest.charCodeAt(rest.length - 1))) out.space(sEnd, sEnd);
  return sEnd;
}
