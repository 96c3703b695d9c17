import { PeakTracker, type Peak } from './peak.js';

const SPACE = 0x20;
const TAB = 0x09;

/**
 * Markdown nesting per line, in one pass: container markers at the start of a line (`>` quotes,
 * `-`/`*`/`+` bullets and `1.`/`1)` ordered markers, as in `> - > 1. x`) on top of list indentation
 * (two columns a level, tabs to the next multiple of four), and runs of emphasis or link openers
 * (`*`, `_`, `[`) anywhere in the line, which the inline parser has to match against each other.
 * Exceeding at the marker or opener one level past `limit`.
 */
export function markdownDepth(source: string, limit: number): Peak {
  const tracker = new PeakTracker(limit);
  let i = 0;
  while (i < source.length) {
    i = scanContainers(source, i, tracker);
    i = scanOpenerRuns(source, i, tracker);
  }
  return tracker.peak();
}

/** Leading indentation and container markers of the line starting at `start`; returns where its content starts. */
function scanContainers(source: string, start: number, tracker: PeakTracker): number {
  let i = start;
  let column = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === SPACE) column++;
    else if (c === TAB) column += 4 - (column % 4);
    else break;
    i++;
  }
  let depth = 0;
  let markerSeen = false;
  for (;;) {
    while (i < source.length && isBlank(source.charCodeAt(i))) i++;
    const end = markerEnd(source, i);
    if (end < 0) break;
    // Indentation counts only in front of a marker: an indented line of prose is not nested.
    if (!markerSeen) depth = Math.floor(column / 2);
    markerSeen = true;
    tracker.see(++depth, i);
    i = end;
  }
  return i;
}

/** End of a container marker at `i` (`>`, a bullet or an ordered marker followed by a blank), or -1. */
function markerEnd(source: string, i: number): number {
  const c = source.charCodeAt(i);
  if (c === 0x3e /* > */) return i + 1;
  if (c === 0x2d || c === 0x2a || c === 0x2b) return followedByBlank(source, i + 1) ? i + 1 : -1;
  let j = i;
  while (j < source.length && j - i < 9 && isDigit(source.charCodeAt(j))) j++;
  if (j === i) return -1;
  const d = source.charCodeAt(j);
  return (d === 0x2e || d === 0x29) && followedByBlank(source, j + 1) ? j + 1 : -1;
}

/** Longest runs of `*`, `_` or `[` up to the end of the line; returns the start of the next line. */
function scanOpenerRuns(source: string, from: number, tracker: PeakTracker): number {
  let run = 0;
  for (let i = from; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x2a || c === 0x5f || c === 0x5b) tracker.see(++run, i);
    else if (c === 0x0a) return i + 1;
    else if (c === 0x0d) return source.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    else run = 0;
  }
  return source.length;
}

function followedByBlank(source: string, i: number): boolean {
  return i >= source.length || isBlank(source.charCodeAt(i)) || source.charCodeAt(i) === 0x0a || source.charCodeAt(i) === 0x0d;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
