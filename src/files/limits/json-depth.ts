import { PeakTracker, type Peak } from './peak.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Nesting depth of `[` and `{` outside strings; exceeding at the opener one level past `limit`.
 * Works on invalid JSON too: a stray closer never takes the depth below zero.
 */
export function jsonDepth(source: string, limit: number): Peak {
  const tracker = new PeakTracker(limit);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === 0x5b || c === 0x7b) tracker.see(++depth, i);
    else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return tracker.peak();
}
