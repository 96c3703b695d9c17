/**
 * Maps offsets in a block's plain text back to offsets in the decoded source.
 *
 * Block text is assembled from pieces. A verbatim piece copies source characters one to one
 * (text offset i ↔ source offset s + i). An atomic piece stands for a source span it cannot be
 * split inside: an HTML entity (`&oslash;` → "ø"), a JSON escape (`\u00f8`), folded whitespace
 * (" \r\n  " → " "). Every character of an atomic piece maps to the whole source span, so a
 * finding that starts or ends inside it still covers the exact source characters.
 */
export class OffsetMap {
  /** Text start of each piece, ascending. */
  private readonly textStarts: number[] = [];
  private readonly textLens: number[] = [];
  private readonly srcStarts: number[] = [];
  private readonly srcEnds: number[] = [];
  private readonly verbatim: boolean[] = [];
  private length = 0;

  /** Text length covered so far. */
  get textLength(): number {
    return this.length;
  }

  /** Appends `len` text characters copied one to one from source offset `srcStart`. */
  addVerbatim(len: number, srcStart: number): void {
    if (len <= 0) return;
    const last = this.textStarts.length - 1;
    // Merge with a preceding verbatim piece that ends exactly where this one starts.
    if (last >= 0 && this.verbatim[last] && this.srcEnds[last] === srcStart) {
      this.textLens[last]! += len;
      this.srcEnds[last]! += len;
      this.length += len;
      return;
    }
    this.push(len, srcStart, srcStart + len, true);
  }

  /** Appends `len` text characters that together stand for source span [srcStart, srcEnd). */
  addAtomic(len: number, srcStart: number, srcEnd: number): void {
    if (len <= 0) return;
    this.push(len, srcStart, Math.max(srcStart, srcEnd), false);
  }

  private push(len: number, srcStart: number, srcEnd: number, verbatim: boolean): void {
    this.textStarts.push(this.length);
    this.textLens.push(len);
    this.srcStarts.push(srcStart);
    this.srcEnds.push(srcEnd);
    this.verbatim.push(verbatim);
    this.length += len;
  }

  /** Index of the piece that holds text offset `offset` (clamped into range). */
  private pieceAt(offset: number): number {
    let lo = 0;
    let hi = this.textStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.textStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Source offset where the text character at `offset` starts. */
  toSourceStart(offset: number): number {
    if (this.textStarts.length === 0) return 0;
    const clamped = Math.max(0, Math.min(offset, this.length - 1));
    const p = this.pieceAt(clamped);
    return this.verbatim[p] ? this.srcStarts[p]! + (clamped - this.textStarts[p]!) : this.srcStarts[p]!;
  }

  /** Source offset just after the text character before `offset` (an exclusive end). */
  toSourceEnd(offset: number): number {
    if (this.textStarts.length === 0) return 0;
    if (offset <= 0) return this.toSourceStart(0);
    const last = Math.min(offset, this.length) - 1;
    const p = this.pieceAt(last);
    return this.verbatim[p] ? this.srcStarts[p]! + (last - this.textStarts[p]!) + 1 : this.srcEnds[p]!;
  }

  /** Source span of text span [start, end). An empty span maps to a point. */
  toSourceRange(start: number, end: number): [number, number] {
    const s = this.toSourceStart(start);
    if (end <= start) return [s, s];
    return [s, Math.max(s, this.toSourceEnd(end))];
  }
}

/**
 * Builds a block's text and its offset map together, so the two can never disagree.
 */
export class TextBuilder {
  private parts: string[] = [];
  readonly map = new OffsetMap();

  /** Source text copied as is, starting at source offset `srcStart`. */
  verbatim(text: string, srcStart: number): this {
    if (text.length === 0) return this;
    this.parts.push(text);
    this.map.addVerbatim(text.length, srcStart);
    return this;
  }

  /** Text that replaces source span [srcStart, srcEnd) as a whole (an entity, an escape …). */
  atomic(text: string, srcStart: number, srcEnd: number): this {
    if (text.length === 0) return this;
    this.parts.push(text);
    this.map.addAtomic(text.length, srcStart, srcEnd);
    return this;
  }

  /**
   * Source text with whitespace runs folded to one space: each run becomes an atomic piece,
   * everything else is verbatim. A leading space is dropped when the text so far is empty or
   * already ends in a space.
   */
  folded(text: string, srcStart: number): this {
    const ws = /\s+/g;
    let last = 0;
    for (let m = ws.exec(text); m; m = ws.exec(text)) {
      this.verbatim(text.slice(last, m.index), srcStart + last);
      if (!this.endsWithSpace()) this.atomic(' ', srcStart + m.index, srcStart + m.index + m[0].length);
      last = m.index + m[0].length;
    }
    return this.verbatim(text.slice(last), srcStart + last);
  }

  /** A space separating two source pieces, unless the text already ends in one or is empty. */
  space(srcAt: number): this {
    if (!this.endsWithSpace()) this.atomic(' ', srcAt, srcAt);
    return this;
  }

  get length(): number {
    return this.map.textLength;
  }

  endsWithSpace(): boolean {
    if (this.parts.length === 0) return true;
    const last = this.parts[this.parts.length - 1]!;
    return last.endsWith(' ');
  }

  /** The text, with trailing folded whitespace left as is (callers trim via `trimmedEnd`). */
  toString(): string {
    return this.parts.join('');
  }
}
