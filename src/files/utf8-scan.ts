/** How a byte sequence fares as UTF-8: its valid multi-byte characters, its invalid sequences, and the first of those. */
export interface Utf8Tally {
  multiByte: number;
  invalid: number;
  /** Byte offset of the first invalid sequence, or -1. */
  firstInvalid: number;
}

/** Length of the sequence a lead byte announces (0: not a lead byte), and the range its second byte must be in. */
function lead(byte: number): [length: number, low: number, high: number] {
  if (byte >= 0xc2 && byte <= 0xdf) return [2, 0x80, 0xbf];
  if (byte === 0xe0) return [3, 0xa0, 0xbf];
  if (byte === 0xed) return [3, 0x80, 0x9f]; // no surrogates
  if (byte >= 0xe1 && byte <= 0xef) return [3, 0x80, 0xbf];
  if (byte === 0xf0) return [4, 0x90, 0xbf];
  if (byte >= 0xf1 && byte <= 0xf3) return [4, 0x80, 0xbf];
  if (byte === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

/**
 * Counts valid multi-byte characters and invalid sequences (each maximal invalid subsequence once, as
 * a decoder replaces them) in one linear pass.
 */
export function tallyUtf8(bytes: Uint8Array): Utf8Tally {
  const tally: Utf8Tally = { multiByte: 0, invalid: 0, firstInvalid: -1 };
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] = lead(byte);
    let valid = length > 0;
    let j = i + 1;
    if (valid) {
      for (let k = 1; k < length; k++, j++) {
        const next = bytes[j];
        const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
        if (next === undefined || next < min || next > max) {
          valid = false;
          break;
        }
      }
    }
    if (valid) tally.multiByte++;
    else {
      if (tally.firstInvalid < 0) tally.firstInvalid = i;
      tally.invalid++;
      // The maximal subpart is replaced as one: skip the continuation bytes read so far (at least one byte).
      j = Math.max(j, i + 1);
    }
    i = j;
  }
  return tally;
}
