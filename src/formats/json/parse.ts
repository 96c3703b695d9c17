import { parse, type ValueNode } from '@humanwhocodes/momoa';
import { prescanJson } from './prescan.js';

/**
 * Nesting deeper than this is refused before momoa sees it: momoa's parser recurses once per level.
 * Product sheets nest five or six levels; a thousand leaves room for any real data.
 */
const MAX_JSON_DEPTH = 1000;

export type JsonParse = { ok: true; root: ValueNode } | { ok: false; message: string; start: number; end: number };

/**
 * Parses strict JSON with source ranges. Offsets refer to `source` as given: a leading BOM (which
 * JSON does not allow) is parsed as a space so that no offset shifts.
 */
export function parseJson(source: string): JsonParse {
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  const scan = prescanJson(text, MAX_JSON_DEPTH);
  if (scan.tooDeepAt !== undefined) {
    return failure(`nesting deeper than ${MAX_JSON_DEPTH} levels (arrays or objects inside each other)`, scan.tooDeepAt, text.length);
  }
  let root: ValueNode;
  try {
    root = parse(text, { mode: 'json', ranges: true }).body;
  } catch (error) {
    const offset = (error as { offset?: unknown }).offset;
    // momoa appends "(line:column)"; the finding carries the position itself.
    const message = (error instanceof Error ? error.message : String(error)).replace(/ \(\d+:\d+\)$/, '');
    return failure(message, typeof offset === 'number' ? offset : 0, text.length);
  }
  if (scan.controlCharAt !== undefined) {
    return failure('unescaped control character inside a string (write it as an escape such as \\n or \\t)', scan.controlCharAt, text.length);
  }
  return { ok: true, root };
}

function failure(message: string, start: number, length: number): JsonParse {
  const at = Math.max(0, Math.min(start, length));
  return { ok: false, message, start: at, end: Math.min(at + 1, length) };
}
