/**
 * The result of one limit scan: the largest value found in the file, and the source offset where
 * the value first went past the limit (-1 when it never did).
 */
export interface Peak {
  found: number;
  offset: number;
}

export const NO_PEAK: Peak = Object.freeze({ found: 0, offset: -1 });

/** Tracks the running maximum of a measure and where it first exceeded `limit`. */
export class PeakTracker {
  found = 0;
  offset = -1;

  constructor(private readonly limit: number) {}

  see(value: number, offset: number): void {
    if (value > this.found) this.found = value;
    if (this.offset < 0 && value > this.limit) this.offset = offset;
  }

  peak(): Peak {
    return { found: this.found, offset: this.offset };
  }
}

/** The larger of two peaks, exceeding where either first exceeded. */
export function mergePeaks(a: Peak, b: Peak): Peak {
  const offsets = [a.offset, b.offset].filter((o) => o >= 0);
  return { found: Math.max(a.found, b.found), offset: offsets.length ? Math.min(...offsets) : -1 };
}
