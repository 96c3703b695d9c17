import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';
import type { TextBuilder } from '../../document/offset-map.js';

/** Longest source window handed to the entity decoder: named references are at most 32 characters. */
const ENTITY_WINDOW = 64;

let decoded = '';
let decodedLength = 0;
const decoder = new HtmlEntityDecoder((codePoint, consumed) => {
  decoded = String.fromCodePoint(codePoint);
  decodedLength = consumed;
});

/**
 * The character reference starting at `amp` (an `&`), decoded the way browsers do (legacy forms without
 * a semicolon included; in attributes `&notit=` stays as written), or null when it is no reference.
 */
export function decodeEntityAt(source: string, amp: number, end: number, inAttribute: boolean): { text: string; length: number } | null {
  const window = source.slice(amp, Math.min(end, amp + ENTITY_WINDOW));
  decodedLength = 0;
  decoder.startEntity(inAttribute ? DecodingMode.Attribute : DecodingMode.Legacy);
  if (decoder.write(window, 1) < 0) decoder.end();
  return decodedLength > 0 ? { text: decoded, length: decodedLength } : null;
}

/**
 * Appends raw HTML text source[start, end) to `builder`: each character reference becomes one atomic
 * piece mapping to the whole reference, whitespace runs (NBSP and narrow NBSP included, written or as
 * `&nbsp;`) fold to one space, so recognisers see "59 kr" where the page says `59&nbsp;kr`.
 */
export function appendHtmlText(builder: TextBuilder, source: string, start: number, end: number, inAttribute = false): void {
  let i = start;
  while (i < end) {
    const amp = source.indexOf('&', i);
    const stop = amp < 0 || amp >= end ? end : amp;
    if (stop > i) builder.folded(source.slice(i, stop), i);
    if (stop === end) return;
    const entity = decodeEntityAt(source, amp, end, inAttribute);
    if (!entity) {
      builder.verbatim('&', amp);
      i = amp + 1;
      continue;
    }
    const text = /^\s$/.test(entity.text) ? ' ' : entity.text;
    if (text !== ' ' || !builder.endsWithSpace()) builder.atomic(text, amp, amp + entity.length);
    i = amp + entity.length;
  }
}
