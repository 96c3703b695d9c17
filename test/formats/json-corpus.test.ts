import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/files/decode.js';
import { jsonAdapter } from '../../src/formats/json.js';
import type { AdapterResult } from '../../src/formats/types.js';

/**
 * JSONTestSuite (nst/JSONTestSuite, in ../shared/corpora beside the project): `y_` files are valid
 * JSON, `n_` files are not, `i_` files may go either way. Every file goes through the adapter as the
 * linter would hand it over (decoded, BOM removed); none may throw.
 */
const SUITE = path.resolve(import.meta.dirname, '../../../shared/corpora/json/JSONTestSuite/test_parsing');
const present = fs.existsSync(SUITE);
if (!present) console.warn(`JSONTestSuite tests skipped: ${SUITE} is absent`);

function parseFile(file: string): AdapterResult {
  const bytes = fs.readFileSync(path.join(SUITE, file));
  const decoded = decode(bytes);
  // Files the decoder refuses as binary still go through, as Latin-1, to exercise the parser.
  const text = decoded.kind === 'text' ? decoded.text : bytes.toString('latin1');
  return jsonAdapter.parse(file, text, {});
}

describe.skipIf(!present)('jsonAdapter on JSONTestSuite', () => {
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

  it('answers the implementation-defined cases (i_) either way without throwing', () => {
    expect(
      withPrefix('i_')
        .map((f) => results.get(f)!.kind)
        .every((k) => ['skip', 'parse-error', 'document'].includes(k)),
    ).toBe(true);
  });

  it('names the depth for the 100 000 nested arrays', () => {
    expect(results.get('n_structure_100000_opening_arrays.json')).toMatchObject({ kind: 'parse-error', message: expect.stringContaining('deeper than 1000') });
  });
});
