import { TextBuilder } from '../../document/offset-map.js';

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The decoded text of a JSON string token at [start, end) of `source` (quotes included), built with
 * its offset map: characters written as they are map one to one, each escape is an atomic piece
 * covering the whole escape, and an escaped surrogate pair (`\ud83d\ude00`) is one atomic piece of
 * two UTF-16 units. The token must be valid JSON (the parser has checked it).
 */
export function jsonStringText(source: string, start: number, end: number): TextBuilder {
  const builder = new TextBuilder();
  // Search the token's own text: searching `source` would scan to the end of the file for every
  // string without an escape.
  const base = start + 1;
  const body = source.slice(base, end - 1);
  let run = 0;
  for (let i = body.indexOf('\\'); i >= 0; i = body.indexOf('\\', run)) {
    builder.verbatim(body.slice(run, i), base + run);
    const kind = body[i + 1]!;
    if (kind === 'u') {
      const unit = parseInt(body.slice(i + 2, i + 6), 16);
      const low = isHighSurrogate(unit) && body.startsWith('\\u', i + 6) ? parseInt(body.slice(i + 8, i + 12), 16) : NaN;
      run = isLowSurrogate(low) ? i + 12 : i + 6;
      builder.atomic(isLowSurrogate(low) ? String.fromCharCode(unit, low) : String.fromCharCode(unit), base + i, base + run);
    } else {
      run = i + 2;
      builder.atomic(SIMPLE_ESCAPES[kind] ?? kind, base + i, base + run);
    }
  }
  builder.verbatim(body.slice(run), base + run);
  return builder;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
