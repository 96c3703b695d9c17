import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/files/decode.js';
import { jsonAdapter } from '../../src/formats/json.js';
import type { AdapterResult } from '../../src/formats/types.js';
import { corpus } from '../helpers/corpora.js';

/**
 * JSONTestSuite (nst/JSONTestSuite, in ../shared/corpora beside the project): `y_` files are valid
 * JSON, `n_` files are not, `i_` files may go either way. Every file goes through the adapter as the
 * linter would hand it over (decoded, BOM removed); none may throw.
 */
const suite = corpus('json/JSONTestSuite/test_parsing');
const SUITE = suite.path;
const present = suite.present;

function parseFile(file: string): AdapterResult {
  const bytes = fs.readFileSync(path.join(SUITE, file));
  const decoded = decode(bytes);
  // Files the decoder refuses as binary still go through, as Latin-1, to exercise the parser.
  const text = decoded.kind === 'text' ? decoded.text : bytes.toString('latin1');
  return jsonAdapter.parse(file, text, {});
}

describe.skipIf(!present)(`jsonAdapter on JSONTestSuite${suite.skipNote}`, () => {
  const files = present ? fs.readdirSync(SUITE).sort() : [];
  const results = new Map(files.map((f) => [f, parseFile(f)]));
  const withPrefix = (prefix: string) => files.filter((f) => f.startsWith(prefix));

  it('reads the whole suite', () => {
    expect(withPrefix('y_')).toHaveLength(95);
    expect(withPrefix('n_')).toHaveLength(188);
    expect(withPrefix('i_')).toHaveLength(35);
  });

  it('never gives a parse error for valid JSON (y_)', () => {
    expect(withPrefix('y_').filter((f) => results.get(f)!.kind === 'parse-error')).toEqual([]);
  });

  it('always gives a parse error for invalid JSON (n_), within the source', () => {
    expect(withPrefix('n_').filter((f) => results.get(f)!.kind !== 'parse-error')).toEqual([]);
    for (const f of withPrefix('n_')) {
      const r = results.get(f)!;
      if (r.kind === 'parse-error') expect(r.start <= r.end && r.message.length > 0, f).toBe(true);
    }
  });

  it('reads the implementation-defined cases (i_) as JSON that is no product sheet, and UTF-16 without a byte-order mark as binary', () => {
    // Every i_ file is well-formed JSON but for its numbers, surrogates or bytes: the parser takes them
    // all (huge numbers, lone surrogates, Latin-1 bytes decoded as windows-1252, a UTF-8 or UTF-16 BOM)
    // and the adapter then skips them, as arrays and bare objects are not sheets. UTF-16 without a BOM
    // is full of NUL bytes: the decoder refuses it as binary (forced through as Latin-1, it cannot parse).
    const noBom = ['i_string_utf16BE_no_BOM.json', 'i_string_utf16LE_no_BOM.json'];
    const binary = withPrefix('i_').filter((f) => decode(fs.readFileSync(path.join(SUITE, f))).kind !== 'text');
    expect(binary).toEqual(noBom);
    for (const f of noBom) expect(results.get(f), f).toMatchObject({ kind: 'parse-error' });
    const read = withPrefix('i_').filter((f) => !noBom.includes(f));
    expect(read).toHaveLength(33);
    for (const f of read) expect(results.get(f), f).toMatchObject({ kind: 'skip', reason: expect.stringMatching(/^not a stromlint product sheet/) });
  });

  it('names the depth for the 100 000 nested arrays', () => {
    expect(results.get('n_structure_100000_opening_arrays.json')).toMatchObject({ kind: 'parse-error', message: expect.stringContaining('deeper than 1000') });
  });
});
