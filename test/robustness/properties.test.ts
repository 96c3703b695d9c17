import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Format } from '../../src/document/types.js';
import { LineIndex } from '../../src/document/line-index.js';
import { completeDocument } from '../../src/document/complete-document.js';
import { lintText } from '../../src/index.js';
import { loadAdapter } from '../../src/formats/load.js';
import { recogniseText } from '../../src/language/index.js';
import { ROOT } from '../helpers/cli.js';

/** Pieces real campaign material is made of, in all three formats, to build random documents from. */
const PIECES = [
  'Kampanjepris', ' 0 øre i påslag', ' de første 3 månedene', ' t.o.m. 31.12.2026', ' deretter 4,9 øre/kWh', 'Fastbeløp: 39 kr/mnd',
  ' ingen bindingstid', 'Fastpris 1 år', ' kr 59,-/mnd', ' dei første tre månadene', ' utan påslag', ' no markup', ' for the first 3 months',
  '&oslash;', '&nbsp;', '&#248;', '&#xF8;', '&', '\\*', '\\u00f8', '*', '**', '_', '`', '[', ']', '(', ')', '<', '>', '</', '"', "'", '{', '}', ':', ',',
  '\n', '\r\n', '\r', '\t', '  ', '\u00a0', '\u202f', '\u200b', '\u00ad', '\ufeff', '😀', 'ø', 'å', 'Æ',
  '# ', '## ', '- ', '1. ', '> ', '| Påslag | Fastbeløp |\n|---|---|\n| 4,9 øre | 39 kr |', '---\ntitle: x\n---\n', '[^1]', '[^1]: Gjelder nye kunder',
  '<p>', '</p>', '<div hidden>', '</div>', '<span style="display:none">', '</span>', '<details>', '<summary>', '<style>.x{display:none}</style>', '<td>', '<th>', '<tr>', '<table>',
  '<!-- stromlint-disable campaign-end -- fordi -->', '<h2>', '</h2>', '<sup>*</sup>',
  '{"products":[{"name":"', '","type":"spot","campaign":{"label":"', '"}}]}', '[{"productType":"Spot","name":"', '","addonPrice":', '0', '4.9', '}]',
];

const documents = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(''));

function checkDocument(format: Format, source: string) {
  return loadAdapter(format).then((adapter) => {
    const parsed = adapter.parse(`/t.${format}`, source, {});
    if (parsed.kind !== 'document') return;
    const document = completeDocument(parsed.document);
    for (const block of document.blocks) {
      const [start, end] = block.map.toSourceRange(0, block.text.length);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(source.length);
      expect(start).toBeLessThanOrEqual(end);
    }
    for (const fact of document.facts) {
      const text = document.blocks[fact.block]!.text;
      expect(fact.start).toBeGreaterThanOrEqual(0);
      expect(fact.end).toBeLessThanOrEqual(text.length);
    }
  });
}

describe('property: random documents', () => {
  for (const format of ['markdown', 'html', 'json'] as const) {
    it(`${format}: adapters, recognisers and segmentation never throw and map inside the file`, async () => {
      await fc.assert(fc.asyncProperty(documents, (source) => checkDocument(format, source)), { numRuns: 300 });
    });
  }

  it('recognisers: spans stay inside the text on any string', () => {
    fc.assert(
      fc.property(documents, (text) => {
        for (const fact of recogniseText(text)) {
          expect(fact.start).toBeGreaterThanOrEqual(0);
          expect(fact.end).toBeLessThanOrEqual(text.length);
          expect(fact.start).toBeLessThanOrEqual(fact.end);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('property: mutated demo files', () => {
  const demo = path.join(ROOT, 'fixtures/demo');
  const files = fs.readdirSync(demo, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(md|html|json)$/.test(f));
  const mutation = fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })) });

  it.each(files)('%s: findings stay inside the file after random edits', async (file) => {
    const original = fs.readFileSync(path.join(demo, file), 'utf8');
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (edits) => {
        let source = original;
        for (const edit of edits) {
          const at = edit.at % (source.length + 1);
          source = source.slice(0, at) + edit.insert + source.slice(at + edit.length);
        }
        const run = await lintText(source, file, { locale: 'en', config: {} });
        const lines = new LineIndex(source);
        for (const finding of run.results[0]!.findings) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.endLine).toBeLessThanOrEqual(lines.lineCount);
          expect(finding.line <= finding.endLine).toBe(true);
          expect(finding.ruleId).not.toBe('internal-error');
        }
      }),
      { numRuns: 40 },
    );
  });
});
