/** Prints files and bytes per format, with each format's share of the bytes. */
export function printTotals(folder, totals) {
  const all = Object.values(totals).reduce((sum, t) => sum + t.bytes, 0);
  const files = Object.values(totals).reduce((sum, t) => sum + t.files, 0);
  console.log(`corpus: ${folder}`);
  console.log('format      files        bytes   share');
  for (const [format, t] of Object.entries(totals)) {
    console.log(`${format.padEnd(10)} ${String(t.files).padStart(6)} ${megabytes(t.bytes).padStart(12)} ${((100 * t.bytes) / all).toFixed(1).padStart(6)} %`);
  }
  console.log(`${'total'.padEnd(10)} ${String(files).padStart(6)} ${megabytes(all).padStart(12)}`);
}

export function megabytes(bytes) {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}
