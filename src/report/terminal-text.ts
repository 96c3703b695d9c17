import stringWidth from 'string-width';

const TAB_SIZE = 4;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Characters that steer a terminal instead of showing (C0 and C1 controls, DEL, bidi controls, line
 * and paragraph separators). Printing them from hostile copy could recolour, move or reorder output.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose.
const STEERING = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2028\u2029\u2066-\u2069]/g;

/** Shows steering characters as visible stand-ins: C0 controls as control pictures (␛), the rest as �. Keeps "\n". */
export function safeText(text: string): string {
  return text.replace(STEERING, (c) => {
    const code = c.charCodeAt(0);
    if (code === 9) return ' ';
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\uFFFD';
  });
}

/** A name or a message on one line of a terminal: line breaks and steering characters as visible stand-ins (␊, ␛ …). */
export function safeLine(text: string): string {
  return safeText(text.replace(/\r\n|\n/g, '\u240A'));
}

/** Display width in terminal columns. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** One grapheme as shown: its text, its width in columns, and the UTF-16 range it came from. */
export interface Cell {
  text: string;
  width: number;
  start: number;
  end: number;
}

/**
 * Text in which every UTF-16 unit is a printable character one column wide: ASCII and Latin-1 (æøå),
 * without the soft hyphen. Most copy is; it needs no grapheme segmentation.
 */
const ONE_COLUMN_EACH = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u00FF]*$/;

/** Splits a line into display cells: tabs expanded to the next stop, steering characters made visible. */
export function cells(line: string): Cell[] {
  const out: Cell[] = [];
  if (ONE_COLUMN_EACH.test(line)) {
    for (let i = 0; i < line.length; i++) out.push({ text: line[i]!, width: 1, start: i, end: i + 1 });
    return out;
  }
  let column = 0;
  for (const { segment, index } of graphemes.segment(line)) {
    let text: string;
    if (segment === '\t') text = ' '.repeat(TAB_SIZE - (column % TAB_SIZE));
    else text = safeText(segment);
    const width = segment === '\t' ? text.length : stringWidth(text);
    out.push({ text: width === 0 ? '' : text, width, start: index, end: index + segment.length });
    column += width;
  }
  return out;
}
