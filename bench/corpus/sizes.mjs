const KB = 1024;

/**
 * Target size of one file: log-normal around 6 KB (many small pages and snippets, a tail of long
 * terms pages, price lists and feed exports), kept within 1 KB – 200 KB.
 */
export function fileSize(r) {
  const kb = Math.exp(r.normal(Math.log(6), 1.15));
  return Math.min(200 * KB, Math.max(KB, Math.round(kb * KB)));
}

/** The format whose share of the bytes is furthest below its target share once `size` more bytes exist. */
export function neediestFormat(totals, shares, size) {
  const all = Object.values(totals).reduce((sum, t) => sum + t.bytes, 0) + size;
  let best = null;
  let bestDeficit = -Infinity;
  for (const [format, share] of Object.entries(shares)) {
    const deficit = share * all - totals[format].bytes;
    if (deficit > bestDeficit) [best, bestDeficit] = [format, deficit];
  }
  return best;
}
