import { FORMATTING, IMPLIED_END, RAW_TEXT, VOID } from './html-elements.js';
import { PeakTracker, type Peak } from './peak.js';

export interface HtmlPeaks {
  depth: Peak;
  attributes: Peak;
}

/** How far below the innermost open element a close tag looks for its match (keeps the scan linear). */
const CLOSE_WINDOW = 32;

/**
 * One pass over HTML (or raw HTML in Markdown) estimating element nesting and the most attributes in
 * one tag. Depth is a heuristic, not the HTML5 tree: void elements and elements with optional end tags
 * (`p`, `li`, table rows and cells …) are not counted; comments, doctype and raw-text bodies
 * (`<script>`, `<style>` …) are skipped; a close tag closes its nearest match within a bounded window,
 * except that a formatting close tag (`</a>`, `</b>` …) never jumps over another open formatting
 * element — mis-nested `<a><b><i>…</a></i></b>` leaves the `a` open, as the adoption agency's
 * rebuilding is what makes such input expensive for real parsers. A stray close tag is ignored.
 * Exceeding offsets: the `<` of the open tag one level past the limit, and of the tag with too many
 * attributes.
 */
export function scanHtml(source: string, limits: { maxDepth: number; maxAttributes: number }): HtmlPeaks {
  const depth = new PeakTracker(limits.maxDepth);
  const attributes = new PeakTracker(limits.maxAttributes);
  const open: string[] = [];
  let pos = 0;
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    if (lt < 0) break;
    const next = source.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) pos = skipDeclaration(source, lt);
    else if (next === 0x3f /* ? */) pos = after(source, '>', lt + 2);
    else if (next === 0x2f /* / */ && isLetter(source.charCodeAt(lt + 2))) {
      const nameEnd = tagNameEnd(source, lt + 2);
      closeElement(open, source.slice(lt + 2, nameEnd).toLowerCase());
      pos = after(source, '>', nameEnd);
    } else if (isLetter(next)) {
      const nameEnd = tagNameEnd(source, lt + 1);
      const name = source.slice(lt + 1, nameEnd).toLowerCase();
      const tag = readAttributes(source, nameEnd);
      attributes.see(tag.count, lt);
      pos = tag.end;
      if (tag.selfClosing || VOID.has(name) || IMPLIED_END.has(name)) continue;
      if (RAW_TEXT.has(name)) {
        pos = rawTextEnd(source, name, pos);
        continue;
      }
      open.push(name);
      depth.see(open.length, lt);
    } else pos = lt + 1;
  }
  return { depth: depth.peak(), attributes: attributes.peak() };
}

function closeElement(open: string[], name: string): void {
  if (VOID.has(name) || IMPLIED_END.has(name)) return;
  const formatting = FORMATTING.has(name);
  const bottom = Math.max(0, open.length - CLOSE_WINDOW);
  for (let k = open.length - 1; k >= bottom; k--) {
    if (open[k] === name) {
      open.length = k;
      return;
    }
    if (formatting && FORMATTING.has(open[k]!)) return;
  }
}

/** `<!-- … -->`, `<!DOCTYPE …>`, `<![CDATA[ … ]]>`: the offset after it (end of input when unclosed). */
function skipDeclaration(source: string, lt: number): number {
  if (source.startsWith('--', lt + 2)) return after(source, '-->', lt + 4);
  if (source.startsWith('[CDATA[', lt + 2)) return after(source, ']]>', lt + 9);
  return after(source, '>', lt + 2);
}

/** Offset after the first `needle` at or after `from`, or the end of input. */
function after(source: string, needle: string, from: number): number {
  const at = source.indexOf(needle, from);
  return at < 0 ? source.length : at + needle.length;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function tagNameEnd(source: string, from: number): number {
  let i = from;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (isSpace(c) || c === 0x2f || c === 0x3e) break;
    i++;
  }
  return i;
}

/** Reads a start tag's attributes as the HTML tokenizer does: quoted values may hold `>`. */
function readAttributes(source: string, from: number): { count: number; end: number; selfClosing: boolean } {
  let i = from;
  let count = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (isSpace(c)) i++;
    else if (c === 0x3e /* > */) return { count, end: i + 1, selfClosing: false };
    else if (c === 0x2f /* / */) {
      if (source.charCodeAt(i + 1) === 0x3e) return { count, end: i + 2, selfClosing: true };
      i++;
    } else {
      count++;
      i = attributeEnd(source, i);
    }
  }
  return { count, end: source.length, selfClosing: false };
}

/** From the first character of an attribute name to just after its value (if any). */
function attributeEnd(source: string, from: number): number {
  let i = from + 1; // a name may start with "="
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d) break;
    i++;
  }
  let j = i;
  while (j < source.length && isSpace(source.charCodeAt(j))) j++;
  if (source.charCodeAt(j) !== 0x3d /* = */) return i;
  j++;
  while (j < source.length && isSpace(source.charCodeAt(j))) j++;
  const q = source.charCodeAt(j);
  if (q === 0x22 || q === 0x27) return after(source, q === 0x22 ? '"' : "'", j + 1);
  while (j < source.length) {
    const c = source.charCodeAt(j);
    if (isSpace(c) || c === 0x3e) break;
    j++;
  }
  return j;
}

/** Offset just after `</name …>` (case-insensitive), or the end of input when it never comes. */
function rawTextEnd(source: string, name: string, from: number): number {
  let i = from;
  for (;;) {
    const lt = source.indexOf('</', i);
    if (lt < 0) return source.length;
    const end = lt + 2 + name.length;
    if (source.slice(lt + 2, end).toLowerCase() === name) {
      const c = source.charCodeAt(end);
      if (end >= source.length || isSpace(c) || c === 0x2f || c === 0x3e) return after(source, '>', end);
    }
    i = lt + 2;
  }
}
