import { readSource, type ReadResult } from './read.js';

/**
 * Reads `files` in order, starting on the next one while the caller works on the current, so that a
 * run waits for the disk about once instead of once per file. At most two files are held at a time;
 * `maxBytes` gives each file's size limit (its config's).
 */
export async function* readAhead(files: readonly string[], maxBytes: (file: string) => number): AsyncGenerator<ReadResult> {
  let next = files.length > 0 ? readSource(files[0]!, maxBytes(files[0]!)) : undefined;
  for (let i = 0; i < files.length; i++) {
    const current = next!;
    // readSource never rejects (failures are results), so a read started early cannot go unhandled.
    next = i + 1 < files.length ? readSource(files[i + 1]!, maxBytes(files[i + 1]!)) : undefined;
    yield await current;
  }
}
