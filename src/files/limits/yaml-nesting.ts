import { NO_PEAK, PeakTracker, type Peak } from './peak.js';

/** Characters after which a `?` starts an explicit key: the start of a line, flow openers and separators, other indicators. */
const KEY_POSITION = new Set([0x0a, 0x0d, 0x7b, 0x5b, 0x2c, 0x3f, 0x2d, 0x3a]);

/**
 * How deeply YAML nests keys that are themselves collections: the depth of flow collections (`{`,
 * `[`) outside quoted scalars and comments, or the number of explicit key indicators (`?` where a key
 * can start), whichever is larger. The yaml package turns every such key into a string by printing
 * it, again at every level above, so 300 levels of `{{{…}}}` or `? ? ?` take seconds and 400 levels
 * minutes. Exceeding at the indicator one past `limit`; offsets are relative to `text`.
 */
export function yamlNesting(text: string, limit: number): Peak {
  const tracker = new PeakTracker(limit);
  let depth = 0;
  let explicitKeys = 0;
  let quote = 0;
  /** The last character that is not a space or tab (a line break counts), 0x0a at the start. */
  let previous = 0x0a;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote && (quote === 0x27 || text.charCodeAt(i - 1) !== 0x5c)) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x23 /* # */ && (KEY_POSITION.has(previous) || isBlank(text.charCodeAt(i - 1)))) {
      i = lineEnd(text, i) - 1;
      continue;
    } else if (c === 0x7b || c === 0x5b) tracker.see(++depth, i);
    else if ((c === 0x7d || c === 0x5d) && depth > 0) depth--;
    else if (c === 0x3f /* ? */ && KEY_POSITION.has(previous) && isBlankOrEnd(text, i + 1)) tracker.see(++explicitKeys, i);
    if (!isBlank(c)) previous = c;
  }
  return tracker.peak();
}

/**
 * `yamlNesting` of Markdown front matter, with offsets in `source`. The front matter runs from after a
 * first line `---` to a line `---` or `...`, or when it is never closed to the first blank line.
 */
export function frontMatterNesting(source: string, limit: number): Peak {
  const first = /^---[ \t]*\r?\n/.exec(source);
  if (!first) return NO_PEAK;
  const start = first[0].length;
  const end = firstLine(source, start, /^(?:---|\.\.\.)[ \t]*\r?$/gm) ?? firstLine(source, start, /^[ \t]*\r?$/gm) ?? source.length;
  const peak = yamlNesting(source.slice(start, end), limit);
  return peak.offset < 0 ? peak : { found: peak.found, offset: start + peak.offset };
}

function firstLine(source: string, from: number, pattern: RegExp): number | undefined {
  pattern.lastIndex = from;
  return pattern.exec(source)?.index;
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function isBlankOrEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i >= text.length || isBlank(c) || c === 0x0a || c === 0x0d;
}
