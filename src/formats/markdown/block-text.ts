import { TextBuilder } from '../../document/offset-map.js';
import type { OffsetMap } from '../../document/offset-map.js';

/**
 * A block's text under construction. Whitespace is held back as one pending space and written only
 * when more text follows, so block text never starts or ends with a space and every run of
 * whitespace (line breaks, indentation, `>` markers, hard breaks) becomes one atomic space.
 */
export class BlockText {
  private readonly builder = new TextBuilder();
  private pendingStart = -1;
  private pendingEnd = -1;

  get length(): number {
    return this.builder.length;
  }

  get map(): OffsetMap {
    return this.builder.map;
  }

  /** Marks source [srcStart, srcEnd) as whitespace between words. */
  space(srcStart: number, srcEnd: number): void {
    if (this.builder.length === 0) return;
    if (this.pendingStart < 0) {
      this.pendingStart = srcStart;
      this.pendingEnd = srcEnd;
    } else if (srcStart === this.pendingEnd) {
      this.pendingEnd = srcEnd;
    }
  }

  /** Source characters copied one to one. */
  verbatim(text: string, srcStart: number): void {
    if (text.length === 0) return;
    this.flushSpace();
    this.builder.verbatim(text, srcStart);
  }

  /** Text standing for source [srcStart, srcEnd) as a whole (an escape, a reference …). */
  atomic(text: string, srcStart: number, srcEnd: number): void {
    if (text.length === 0) return;
    this.flushSpace();
    this.builder.atomic(text, srcStart, srcEnd);
  }

  toString(): string {
    return this.builder.toString();
  }

  private flushSpace(): void {
    if (this.pendingStart < 0) return;
    this.builder.atomic(' ', this.pendingStart, this.pendingEnd);
    this.pendingStart = -1;
  }
}
