import type { Block } from '../types.js';

const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  '\u2070': '0',
  '\u00b9': '1',
  '\u00b2': '2',
  '\u00b3': '3',
  '\u2074': '4',
  '\u2075': '5',
  '\u2076': '6',
  '\u2077': '7',
  '\u2078': '8',
  '\u2079': '9',
};

/** Superscript digits, as a character class body. */
export const SUPERSCRIPT_CHARS = '\\u00b9\\u00b2\\u00b3\\u2070\\u2074-\\u2079';

/** One form for a marker however it is written: "¹", "1)", "(1)", "[1]" and "1" are all "1". */
export function normaliseLabel(marker: string): string {
  let out = '';
  for (const ch of marker.trim()) {
    if (ch === '(' || ch === ')' || ch === '[' || ch === ']' || ch === '^') continue;
    out += SUPERSCRIPT_DIGITS[ch] ?? ch;
  }
  return out;
}

/** A marker opening a footnote: "* ", "** ", "† ", "¹ ", "1) ", "(1) ", "[1] ". */
const LEADING_MARKER = new RegExp(`^\\s*(\\*{1,3}|[†‡]|[${SUPERSCRIPT_CHARS}]{1,2}|\\(\\d{1,2}\\)|\\d{1,2}\\)|\\[\\d{1,2}\\])(?=\\s*[\\p{L}\\p{N}])`, 'u');
/** A marker right after a word or amount: "4,9 øre/kWh*", "12 måneder¹", "(3 mnd)**". */
const TRAILING_MARKER = new RegExp(`(?<=[\\p{L}\\p{N}.,)%-])(\\*{1,3}|[†‡]|[${SUPERSCRIPT_CHARS}]{1,2})(?![\\p{L}\\p{N}*${SUPERSCRIPT_CHARS}])`, 'gu');
/** An ordered-list marker "1)" in Markdown source, just before an item's text. */
const SOURCE_LIST_MARKER = /(?:^|\n)[ \t]{0,3}(\d{1,2})\)[ \t]+$/;

/** How far refs are looked for in a block's text: footnote markers sit near prices and names. */
const REF_WINDOW = 4000;
/** Any character a marker can be made of: most blocks have none, and are done with one test. */
const MARKER_CHAR = new RegExp(`[*†‡${SUPERSCRIPT_CHARS}]`, 'u');
const NO_REFS: readonly string[] = Object.freeze([]);

/**
 * The label a block defines as a footnote: the adapter's `footnoteLabel`, or a marker opening the
 * text ("* Gjelder de første 3 månedene", "¹ Gjelder nye kunder", "1) …"), normalised.
 */
export function footnoteLabelOf(source: string, block: Block): string | undefined {
  if (block.footnoteLabel !== undefined) return normaliseLabel(block.footnoteLabel);
  if (block.kind === 'heading' || block.kind === 'front-matter') return undefined;
  const lead = LEADING_MARKER.exec(block.text);
  if (lead) return normaliseLabel(lead[1]!);
  if (block.kind === 'list-item' && block.text.length > 0) {
    const at = block.map.toSourceStart(0);
    const listMarker = SOURCE_LIST_MARKER.exec(source.slice(Math.max(0, at - 12), at));
    if (listMarker) return listMarker[1]!;
  }
  return undefined;
}

/** The labels a block refers to: the adapter's `footnoteRefs` and markers after words, normalised. */
export function footnoteRefsOf(block: Block): readonly string[] {
  const text = block.kind === 'footnote' ? '' : block.text.slice(0, REF_WINDOW);
  if (!block.footnoteRefs?.length && !MARKER_CHAR.test(text)) return NO_REFS;
  const refs = new Set<string>();
  for (const ref of block.footnoteRefs ?? []) refs.add(normaliseLabel(ref));
  TRAILING_MARKER.lastIndex = 0;
  for (let m = TRAILING_MARKER.exec(text); m; m = TRAILING_MARKER.exec(text)) {
    if (text[m.index - 1] === 'm' && (m[1] === '\u00b2' || m[1] === '\u00b3')) continue; // m², m³
    refs.add(normaliseLabel(m[1]!));
  }
  return [...refs];
}
