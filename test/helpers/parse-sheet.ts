import type { Product } from '../../src/document/types.js';
import { jsonAdapter } from '../../src/formats/json.js';
import type { ParsedDocument } from '../../src/document/types.js';
import type { AdapterOptions } from '../../src/formats/types.js';

/** A product sheet or feed as the JSON adapter reads it, with its products (a sheet always lists them). */
export function parseSheet(source: string, options: AdapterOptions = {}, file = 'ark.json'): ParsedDocument & { products: Product[] } {
  const result = jsonAdapter.parse(file, source, options);
  if (result.kind !== 'document') throw new Error(`expected a document, got ${JSON.stringify(result)}`);
  const { products } = result.document;
  if (!products) throw new Error('a sheet without its products');
  return { ...result.document, products };
}
