import type { Anchor, Block } from '../types.js';
import { SUPERSCRIPT_CHARS } from './footnotes.js';

/** The longest stretch of a block read for a name. */
const NAME_WINDOW = 200;

const SUPERSCRIPTS = new RegExp(`[${SUPERSCRIPT_CHARS}]`, 'u');
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch) && !SUPERSCRIPTS.test(ch);
}

/** A separator between a name and a tagline: " – ", " - ", " — ", ": ", " | ", " · ". */
const SEPARATOR = /\s[–—-]\s|:\s|\s[|·]\s/u;
/** A tail that tells variants apart: "– 12 mnd", "– 3 år". */
const DURATION_TAIL = /^\d{1,3}\s*(?:mnd|md|mån|måneder|månader|months?|år|års|years?)(?![\p{L}])/iu;
/** A tail that is part of the name: one or two capitalised words without digits ("– Vestland"). */
const NAME_TAIL = /^\p{Lu}\p{L}*(?: \p{L}+)?$/u;

/**
 * The span of a product name in a heading or card title, trimmed of decorations: leading symbols
 * ("★ Spotpris Pluss"), trailing footnote markers and punctuation ("Spotpris*"), and a tagline after a
 * separator ("Spotpris – vår mest populære"), unless the tail tells variants apart ("Fastpris – 12 mnd").
 */
export function nameSpan(text: string, from = 0, to = text.length): { start: number; end: number } {
  const limit = Math.min(to, from + NAME_WINDOW);
  let start = from;
  while (start < limit && !isWordChar(text[start]!)) start++;
  let end = limit;
  const sep = SEPARATOR.exec(text.slice(start, limit));
  if (sep && sep.index > 0) {
    const tail = text.slice(start + sep.index + sep[0].length, limit).trim();
    if (!DURATION_TAIL.test(tail) && !NAME_TAIL.test(tail)) end = start + sep.index;
  }
  while (end > start && !isWordChar(text[end - 1]!) && text[end - 1] !== ')' && text[end - 1] !== '+') end--;
  if (end <= start) return { start: from, end: to };
  return { start, end };
}

/** An anchor on the name in `block` (its whole text when nothing is left after trimming). */
export function nameAnchor(block: Block, to = block.text.length): Anchor {
  const { start, end } = nameSpan(block.text, 0, to);
  return { block: block.id, start, end };
}

const MARKDOWN_OPEN = /(?:\*\*|__)$/;
const HTML_OPEN = /<(?:strong|b)(?:\s[^<>]{0,80})?>\s*$/i;
const HTML_CLOSE = /^\s*<\/(?:strong|b)\s*>/i;

/**
 * Where a bold run that opens the block ends, in its text: "**Spotpris Pluss** – 4,9 øre" → 14. Read
 * from the source just around the text (Markdown `**`/`__`, HTML `<strong>`/`<b>`); undefined when
 * the block does not open bold.
 */
export function leadingBoldEnd(source: string, block: Block): number | undefined {
  if (block.text.length === 0) return undefined;
  const at = block.map.toSourceStart(0);
  // Bold markup ends in "*", "_" or ">" (and maybe spaces) right before the text.
  const last = source
    .slice(Math.max(0, at - 8), at)
    .trimEnd()
    .slice(-1);
  if (last !== '*' && last !== '_' && last !== '>') return undefined;
  const before = source.slice(Math.max(0, at - 90), at);
  const marker = MARKDOWN_OPEN.exec(before)?.[0];
  if (marker === undefined && !HTML_OPEN.test(before)) return undefined;
  const limit = Math.min(block.text.length, NAME_WINDOW);
  for (let i = 1; i <= limit; i++) {
    if (block.text[i - 1] === ' ') continue;
    const after = block.map.toSourceEnd(i);
    if (marker !== undefined ? source.startsWith(marker, after) : HTML_CLOSE.test(source.slice(after, after + 16))) return i;
  }
  return undefined;
}

/** A block that is all bold ("**Spotpris Pluss**"): a heading in all but markup. */
export function isBoldLine(source: string, block: Block): boolean {
  const end = leadingBoldEnd(source, block);
  if (end === undefined) return false;
  return (
    block.text
      .slice(end)
      .trim()
      .replace(/^[:.!]+/, '').length === 0
  );
}

/** The lead of a list item that names a product: its bold opening, or undefined. */
export function boldLeadAnchor(source: string, block: Block): Anchor | undefined {
  const end = leadingBoldEnd(source, block);
  return end === undefined ? undefined : nameAnchor(block, end);
}
