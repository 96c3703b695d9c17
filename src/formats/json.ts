import type { Adapter } from './types.js';
import { detectShape } from './json/detect.js';
import { sheetDocument } from './json/document.js';
import { parseJson } from './json/parse.js';

/**
 * JSON adapter: stromlint product sheets and price-portal feed exports become documents whose
 * products are listed outright; any other JSON file (package.json, tsconfig.json …) is skipped.
 */
export const jsonAdapter: Adapter = {
  format: 'json',
  parse(filePath, source, options) {
    const parsed = parseJson(source);
    if (!parsed.ok) return { kind: 'parse-error', message: parsed.message, start: parsed.start, end: parsed.end };
    const shape = detectShape(parsed.root);
    if (shape.kind === 'none') return { kind: 'skip', reason: shape.reason };
    return { kind: 'document', document: sheetDocument(filePath, source, parsed.root, shape, options) };
  },
};
