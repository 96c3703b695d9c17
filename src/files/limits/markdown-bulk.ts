import { PeakTracker, type Peak } from './peak.js';

export interface MarkdownBulk {
  /** Lines in the file: micromark keeps a few kilobytes of tokens for every line, even a blank one. */
  lines: Peak;
  /** Table cells in the file (`|` in lines that hold one): each costs tens of microseconds and kilobytes to parse. */
  cells: Peak;
  /**
   * Runs of `*` or `_` in one paragraph (lines without a blank line between): micromark matches each
   * closer against every opener before it, so the work grows with the square of the runs.
   */
  emphasis: Peak;
}

/**
 * One pass over Markdown counting what makes its parser slow or large in proportion, or worse, to
 * the amount of markup rather than the amount of text. Exceeding offsets: the start of the first line
 * past the limit, the `|` past it, the run past it.
 */
export function markdownBulk(source: string, limits: { maxLines: number; maxTableCells: number; maxEmphasisMarkers: number }): MarkdownBulk {
  const lines = new PeakTracker(limits.maxLines);
  const cells = new PeakTracker(limits.maxTableCells);
  const emphasis = new PeakTracker(limits.maxEmphasisMarkers);
  let lineCount = 1;
  let cellCount = 0;
  let runs = 0;
  let blank = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && source.charCodeAt(i + 1) === 0x0a) i++;
      lines.see(++lineCount, i + 1);
      // A blank line ends the paragraph.
      if (blank) runs = 0;
      blank = true;
    } else if (c === 0x7c /* | */) {
      cells.see(++cellCount, i);
      blank = false;
    } else if (c === 0x2a /* * */ || c === 0x5f /* _ */) {
      if (source.charCodeAt(i - 1) !== c) emphasis.see(++runs, i);
      blank = false;
    } else if (c !== 0x20 && c !== 0x09) blank = false;
  }
  return { lines: lines.peak(), cells: cells.peak(), emphasis: emphasis.peak() };
}
