import { PeakTracker, type Peak } from './peak.js';

export interface MarkdownBulk {
  /** Lines in the file: micromark keeps a few kilobytes of tokens for every line, even a blank one. */
  lines: Peak;
  /** Table cells in the file (`|` in lines that hold one): each costs tens of microseconds and kilobytes to parse. */
  cells: Peak;
  /**
   * Emphasis closers (`*` or `_` runs) in one paragraph that no opener before them can take:
   * micromark looks for an opener back to the start of the paragraph for each of them, so the work
   * grows with their number times the runs before them (40 000 lines ending in `*` take 28 s).
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
  const paragraph = new EmphasisCount();
  let blank = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && source.charCodeAt(i + 1) === 0x0a) i++;
      lines.see(++lineCount, i + 1);
      // A blank line ends the paragraph.
      if (blank) paragraph.reset();
      blank = true;
    } else if (c === 0x7c /* | */) {
      cells.see(++cellCount, i);
      blank = false;
    } else if (c === 0x2a /* * */ || c === 0x5f /* _ */) {
      let end = i + 1;
      while (source.charCodeAt(end) === c) end++;
      if (paragraph.unmatchedCloser(source, i, end)) emphasis.see(paragraph.unmatched, i);
      i = end - 1;
      blank = false;
    } else if (c !== 0x20 && c !== 0x09) blank = false;
  }
  return { lines: lines.peak(), cells: cells.peak(), emphasis: emphasis.peak() };
}

const WHITESPACE = /^\s?$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

/**
 * Emphasis runs of one paragraph, matched the way CommonMark's flanking rules allow: a run that can
 * close takes an open run of its character if there is one; a closer with none is counted.
 */
class EmphasisCount {
  unmatched = 0;
  private open = { [0x2a]: 0, [0x5f]: 0 } as Record<number, number>;

  reset(): void {
    this.unmatched = 0;
    this.open[0x2a] = this.open[0x5f] = 0;
  }

  /** Takes the run at [start, end); whether it is a closer that found no opener. */
  unmatchedCloser(source: string, start: number, end: number): boolean {
    const c = source.charCodeAt(start);
    const before = source[start - 1] ?? '';
    const after = source[end] ?? '';
    const left = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
    const right = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
    // `_` inside a word neither opens nor closes.
    const canOpen = left && (c === 0x2a || !right || PUNCTUATION.test(before));
    const canClose = right && (c === 0x2a || !left || PUNCTUATION.test(after));
    if (canClose && this.open[c]! > 0) {
      this.open[c]!--;
      return false;
    }
    if (canOpen) this.open[c]!++;
    if (!canClose) return false;
    this.unmatched++;
    return true;
  }
}
