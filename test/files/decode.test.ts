import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode } from '../../src/files/decode.js';

const text = (d: ReturnType<typeof decode>) => (d.kind === 'text' ? d : null);

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(text(decode(Buffer.from('Påslag 4,9 øre', 'utf8')))).toMatchObject({ text: 'Påslag 4,9 øre', encoding: 'utf-8', bom: false });
    expect(text(decode(Buffer.from('\uFEFFPåslag', 'utf8')))).toMatchObject({ text: 'Påslag', bom: true });
  });

  it('reads UTF-16 LE and BE by BOM, and LE without BOM by its zero bytes', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Strøm 59 kr', 'utf16le')]);
    expect(text(decode(le))).toMatchObject({ text: 'Strøm 59 kr', encoding: 'utf-16le', bom: true });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(text(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toMatchObject({ text: 'Strøm 59 kr', encoding: 'utf-16be' });
    expect(text(decode(Buffer.from('Fastbeløp 39 kr/mnd', 'utf16le')))).toMatchObject({ text: 'Fastbeløp 39 kr/mnd', encoding: 'utf-16le', bom: false });
  });

  it('falls back to windows-1252 for invalid UTF-8, with € and typographic quotes right', () => {
    const bytes = iconv.encode('Påslag 0 øre – «gratis» “nå” 59 €', 'win1252');
    expect(text(decode(bytes))).toMatchObject({ text: 'Påslag 0 øre – «gratis» “nå” 59 €', encoding: 'windows-1252' });
  });

  it('keeps a UTF-8 file with a stray windows-1252 byte as UTF-8, the byte replaced and counted', () => {
    const bytes = Buffer.concat([Buffer.from('Påslag 4,9 øre/kWh\nFastbeløp 39 kr', 'utf8'), Buffer.from([0x96]), Buffer.from(' mnd', 'utf8')]);
    expect(text(decode(bytes))).toMatchObject({ text: 'Påslag 4,9 øre/kWh\nFastbeløp 39 kr\uFFFD mnd', encoding: 'utf-8', replaced: { count: 1, offset: 34 } });
    // Each broken sequence is counted once, as a decoder replaces it: a cut-off "ø" and a lone continuation byte.
    const two = Buffer.concat([Buffer.from('Strøm ', 'utf8'), Buffer.from([0xc3]), Buffer.from(' og æøå ', 'utf8'), Buffer.from([0xa5])]);
    expect(text(decode(two))).toMatchObject({ text: 'Strøm \uFFFD og æøå \uFFFD', encoding: 'utf-8', replaced: { count: 2, offset: 6 } });
  });

  it('reads a file with more broken than valid UTF-8 as windows-1252', () => {
    const bytes = Buffer.concat([iconv.encode('Påslag 4,9 øre, fastbeløp 39 kr – ', 'win1252'), Buffer.from('«nå»', 'utf8')]);
    expect(text(decode(bytes))).toMatchObject({ encoding: 'windows-1252' });
    expect(text(decode(bytes))?.replaced).toBeUndefined();
  });

  it('refuses binary data and UTF-32', () => {
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ kind: 'binary', reason: 'PNG data' });
    expect(decode(Buffer.from([1, 0, 0, 7, 200, 0, 3, 0, 0, 0, 9]))).toEqual({ kind: 'binary', reason: 'contains NUL bytes and is not UTF-8' });
    // A stray NUL in otherwise valid UTF-8 stays text, so a JSON file "123\0" is a parse error, not skipped.
    expect(text(decode(Buffer.from('123\0', 'utf8')))).toMatchObject({ text: '123\0' });
    expect(decode(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])).kind).toBe('binary');
  });

  it('decodes empty input and a lone BOM to empty text', () => {
    expect(text(decode(new Uint8Array()))).toMatchObject({ text: '' });
    expect(text(decode(Buffer.from([0xef, 0xbb, 0xbf])))).toMatchObject({ text: '', bom: true });
  });
});
