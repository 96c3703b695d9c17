const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A marker normalised so references and labels compare equal: "¹" and "1)" → "1", "**" stays. */
export function normalizeMarker(marker: string): string {
  return marker.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String(SUPERSCRIPT_DIGITS.indexOf(d))).replace(/^[([]|[)\]]$/g, '');
}

const MARKER = /^(?:\*{1,3}|†{1,2}|‡|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|\(?\d{1,2}\)|\[\d{1,2}\]|\d{1,2}|[a-z]\))$/;

/** The marker in a `<sup>` ("*", "1", "¹", "2)"), normalised, or null when the content is no marker. */
export function supMarker(text: string): string | null {
  const trimmed = text.trim();
  return MARKER.test(trimmed) ? normalizeMarker(trimmed) : null;
}

const LEADING_MARKER = /^(\*{1,3}|†{1,2}|‡|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|\(?\d{1,2}\)|\[\d{1,2}\])\s*(?=\S)/;

/** The marker a footnote's text starts with ("* Gjelder nye kunder", "¹ Prisen …", "1) …"), normalised. */
export function leadingMarker(text: string): string | null {
  const match = LEADING_MARKER.exec(text);
  return match ? normalizeMarker(match[1]!) : null;
}

/** Asterisks or superscript digits stuck to the end of a word: "59 kr*", "Spotpris¹" (not "m²"). */
const TRAILING_MARKER = /(?<=[^\s*⁰¹²³⁴⁵⁶⁷⁸⁹])(\*{1,3}|†{1,2}|‡|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?=$|[\s.,;:!?)])/g;

/** Markers a text refers to by trailing asterisks or superscripts, normalised, in order, without repeats. */
export function trailingMarkers(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(TRAILING_MARKER)) {
    const before = text[match.index - 1];
    if (before === 'm' && /^[²³]$/.test(match[1]!)) continue;
    const marker = normalizeMarker(match[1]!);
    if (!out.includes(marker)) out.push(marker);
  }
  return out;
}

const FOOTNOTE_NAME = /(?:^|[-_\s])(?:foot-?notes?|fot-?no(?:te|tar|ter)|fn-?\d+)(?:$|[-_\s])|^fn\d+$/i;

/** Whether an id or class marks a footnote (`footnote`, `fotnote`, `fotnoter`, `fn1`, `price-footnote`). */
export function isFootnoteName(name: string): boolean {
  return FOOTNOTE_NAME.test(name);
}

/** The label an id like `fn1`/`fotnote-2` gives its footnote ("1", "2"), or "" when it has no number. */
export function labelFromName(name: string): string {
  return /(\d{1,3})$/.exec(name)?.[1] ?? '';
}
