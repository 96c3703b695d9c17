import { PeakTracker, type Peak } from './peak.js';

/**
 * The longest line in UTF-16 code units (lines end at "\n", "\r\n" or a lone "\r", as in
 * LineIndex); exceeding at the start of the first line longer than `limit`.
 */
export function longestLine(source: string, limit: number): Peak {
  const tracker = new PeakTracker(limit);
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    tracker.see(i - start, start);
    if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  tracker.see(source.length - start, start);
  return tracker.peak();
}
