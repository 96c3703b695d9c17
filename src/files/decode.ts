import iconv from 'iconv-lite';
import { tallyUtf8 } from './utf8-scan.js';

/** A decoded text file, or why it could not be read as text. */
export type Decoded =
  | {
      kind: 'text';
      text: string;
      encoding: Encoding;
      bom: boolean;
      /** UTF-8 with stray bytes that are not: how many sequences became U+FFFD, and where the first is in `text`. */
      replaced?: { count: number; offset: number };
    }
  | { kind: 'binary'; reason: string };

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** How many leading bytes are inspected to tell text from binary. */
const SNIFF_BYTES = 8192;

/**
 * Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 LE/BE by BOM or by the pattern of
 * zero bytes, and windows-1252 when the bytes as a whole are not UTF-8 (a Norwegian file saved by an
 * old editor). A UTF-8 file with a few stray bytes stays UTF-8, the stray bytes replaced and counted.
 * Binary files (NUL bytes that are not UTF-16, known binary signatures) are refused.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { kind: 'binary', reason: 'UTF-32 is not supported; save the file as UTF-8' };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8Text(bytes.subarray(3), true);
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), 'utf-16le', true);
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'utf-16be', true);

  const sniff = bytes.subarray(0, SNIFF_BYTES);
  const signature = binarySignature(sniff);
  if (signature) return { kind: 'binary', reason: `${signature} data` };
  const hasNul = sniff.includes(0);
  if (hasNul) {
    const guess = utf16WithoutBom(sniff);
    if (guess) return utf16(bytes, guess, false);
  }
  // A stray NUL in valid UTF-8 is a broken text file, linted as text; NUL bytes in data that is
  // not UTF-8 either are binary.
  return utf8Text(bytes, false, hasNul);
}

function utf8Text(bytes: Uint8Array, bom: boolean, refuseFallback = false): Decoded {
  try {
    return { kind: 'text', text: utf8.decode(bytes), encoding: 'utf-8', bom };
  } catch {
    if (refuseFallback) return { kind: 'binary', reason: 'contains NUL bytes and is not UTF-8' };
    const tally = tallyUtf8(bytes);
    // More valid UTF-8 characters than broken ones: a UTF-8 file with a pasted stray byte or two.
    if (tally.multiByte > tally.invalid) {
      const offset = utf8Lenient.decode(bytes.subarray(0, tally.firstInvalid)).length;
      return { kind: 'text', text: utf8Lenient.decode(bytes), encoding: 'utf-8', bom, replaced: { count: tally.invalid, offset } };
    }
    // Not UTF-8 as a whole: most likely windows-1252 (æøå and € from an old editor). iconv-lite maps
    // 0x80–0x9F to € “ ” – …, which Node's own TextDecoder does not.
    return { kind: 'text', text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252'), encoding: 'windows-1252', bom };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): Decoded {
  const even = bytes.byteLength - (bytes.byteLength % 2);
  const text = new TextDecoder(encoding).decode(bytes.subarray(0, even));
  return { kind: 'text', text, encoding, bom };
}

/** UTF-16 without a BOM shows as zero bytes in every other position for Latin text. */
function utf16WithoutBom(sniff: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  // Too few bytes to tell a pattern from a stray NUL.
  if (sniff.length < 16) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sniff.length; i++) {
    if (sniff[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const pairs = sniff.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

const SIGNATURES: Array<[string, number[]]> = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['gzip', [0x1f, 0x8b]],
];

function binarySignature(bytes: Uint8Array): string | null {
  for (const [name, magic] of SIGNATURES) if (startsWith(bytes, magic)) return name;
  return null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}
