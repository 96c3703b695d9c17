import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/document/types.js';
import { sheetFacts } from '../../src/formats/json/field-facts.js';
import { parseSheet } from '../helpers/parse-sheet.js';

/** Writes a string as a JSON literal, escaping some characters as \uXXXX at random, as editors and exporters do. */
function literal(text: string, escapeMask: boolean[]): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const plain = JSON.stringify(text[i]!).slice(1, -1);
    out += escapeMask[i % escapeMask.length] || plain.length > 1 ? `\\u${c.toString(16).padStart(4, '0')}` : plain;
  }
  return `${out}"`;
}

function sheet(names: string[]): string {
  const products = names.map((n, i) => `{"id": "p${i}", "name": ${n}, "type": "spot", "description": ${n}}`);
  return `{"$schema": "https://stromlint.dev/schemas/product-sheet.json", "products": [\n${products.join(',\n')}\n]}`;
}

const parseDoc = parseSheet;

/** Every character of a block maps to source that decodes back to it (a surrogate pair as one). */
function expectExactMap(doc: ParsedDocument, blockId: number): void {
  const block = doc.blocks[blockId]!;
  for (let i = 0; i < block.text.length; i++) {
    const pair = /[\ud800-\udbff]/.test(block.text[i]!) && /[\udc00-\udfff]/.test(block.text[i + 1] ?? '');
    const [s, e] = block.map.toSourceRange(i, i + (pair ? 2 : 1));
    expect(JSON.parse(`"${doc.source.slice(s, e)}"`)).toBe(block.text.slice(i, i + (pair ? 2 : 1)));
    if (pair) i++;
  }
}

describe('JSON string blocks', () => {
  it('decode any string, escaped or not, and map each character back to exactly its source', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), (text, mask) => {
        fc.pre(text.trim() !== '');
        const doc = parseDoc(sheet([literal(text, mask)]));
        const name = doc.products[0]!.fields!.name!;
        expect(doc.blocks[name]!.text).toBe(text);
        expectExactMap(doc, name);
      }),
      { numRuns: 300 },
    );
  });

  it('decode a surrogate pair written as one escape pair into one atomic piece of two units', () => {
    const doc = parseDoc(sheet(['"Sol \\ud83c\\udf1e og vind \\ud83c\\udf2c"']));
    const block = doc.blocks[doc.products[0]!.fields!.name!]!;
    expect(block.text).toBe('Sol 🌞 og vind 🌬');
    const sun = block.text.indexOf('🌞');
    expect(doc.source.slice(...block.map.toSourceRange(sun, sun + 2))).toBe('\\ud83c\\udf1e');
    expect(doc.source.slice(...block.map.toSourceRange(sun + 1, sun + 2))).toBe('\\ud83c\\udf1e');
  });
});

const BLNS = path.resolve(import.meta.dirname, '../../../shared/corpora/strings/blns/blns.json');
const blnsPresent = fs.existsSync(BLNS);
if (!blnsPresent) console.warn(`naughty-strings test skipped: ${BLNS} is absent`);

describe.skipIf(!blnsPresent)('the Big List of Naughty Strings as product names, descriptions and keys', () => {
  it('become blocks that map back exactly, with facts read and nothing polluted', () => {
    const strings = (JSON.parse(fs.readFileSync(BLNS, 'utf8')) as string[]).filter((s) => s.trim() !== '');
    const keyed = strings.map((s, i) => `{"name": ${JSON.stringify(s)}, "type": "spot", ${JSON.stringify(s)}: {"months": ${i}}, "noticeChannels": [${JSON.stringify(s)}]}`);
    const doc = parseDoc(`{"products": [\n${keyed.join(',\n')}\n]}`);
    expect(doc.products.map((p) => p.name)).toEqual(strings.map((s) => s.trim()));
    for (const p of doc.products) expectExactMap(doc, p.fields!.name!);
    expect(() => sheetFacts(doc)).not.toThrow();
    expect(({} as Record<string, unknown>).months).toBeUndefined();
  });
});
