import { PeakTracker, type Peak } from './peak.js';

/**
 * Link syntax that makes Markdown parsing superlinear, counted in one pass: `[` openers within one
 * line (micromark matches unclosed ones against each other: 50 000 take about a minute) and link
 * reference definitions in the file (50 000 take about 30 seconds).
 */
export function markdownLinks(source: string, maxPerLine: number, maxDefinitions: number): { perLine: Peak; definitions: Peak } {
  const perLine = new PeakTracker(maxPerLine);
  const definitions = new PeakTracker(maxDefinitions);
  let inLine = 0;
  let defined = 0;
  let lineStart = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5b /* [ */) {
      perLine.see(++inLine, i);
      if (isDefinitionStart(source, lineStart, i)) definitions.see(++defined, i);
    } else if (c === 0x0a || c === 0x0d) {
      inLine = 0;
      lineStart = i + 1;
    }
  }
  return { perLine: perLine.peak(), definitions: definitions.peak() };
}

/** `[` opening a line after at most three spaces, followed by `label]:` within the line. */
function isDefinitionStart(source: string, lineStart: number, i: number): boolean {
  if (i - lineStart > 3) return false;
  for (let j = lineStart; j < i; j++) if (source.charCodeAt(j) !== 0x20) return false;
  // Labels are at most 999 characters (CommonMark), so this look-ahead is bounded.
  const close = source.indexOf(']', i + 1);
  return close > i && close - i <= 1000 && source.charCodeAt(close + 1) === 0x3a /* : */ && !source.slice(i + 1, close).includes('\n');
}
