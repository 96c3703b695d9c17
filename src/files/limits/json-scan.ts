import { PeakTracker, type Peak } from './peak.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export interface JsonPeaks {
  /** Nesting of `[` and `{`, exceeding at the opener one level past the limit. */
  depth: Peak;
  /**
   * Members and list items: every value after the first in a container follows a `,`, and every
   * container that is not empty has a first. Exceeding at the comma that passes the limit.
   */
  values: Peak;
}

/** One pass over JSON, strings skipped; works on invalid JSON too (a stray closer never takes the depth below zero). */
export function scanJson(source: string, limits: { maxDepth: number; maxJsonValues: number }): JsonPeaks {
  const depth = new PeakTracker(limits.maxDepth);
  const values = new PeakTracker(limits.maxJsonValues);
  let level = 0;
  let count = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth.see(++level, i);
      if (!closesAt(source, i + 1)) values.see(++count, i);
    } else if ((c === 0x5d || c === 0x7d) && level > 0) level--;
    else if (c === 0x2c) values.see(++count, i);
  }
  return { depth: depth.peak(), values: values.peak() };
}

/** Whether the container opened just before `from` closes with nothing but whitespace in it. */
function closesAt(source: string, from: number): boolean {
  let i = from;
  while (i < source.length && (source.charCodeAt(i) === 0x20 || source.charCodeAt(i) === 0x0a || source.charCodeAt(i) === 0x0d || source.charCodeAt(i) === 0x09)) i++;
  const c = source.charCodeAt(i);
  return c === 0x5d || c === 0x7d;
}
