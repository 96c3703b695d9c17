import type { Format, ParsedDocument } from '../document/types.js';

/** Options an adapter needs from config. */
export interface AdapterOptions {
  /** CSS selectors for product segmentation in HTML (and raw HTML in Markdown). */
  html?: { product?: string; name?: string; ignore?: string };
  /** Unit the price-portal feed's bare price numbers are read in (a documented assumption). */
  feedPriceUnit?: 'ore' | 'kr';
  /** Lint JSON files that are neither product sheets nor feeds (as free text fields). */
  lintAllJson?: boolean;
}

export type AdapterResult =
  | { kind: 'document'; document: ParsedDocument }
  /** Not material stromlint lints (package.json …): skipped quietly, with why. */
  | { kind: 'skip'; reason: string }
  /** The file cannot be parsed: a `parse-error` finding at [start, end). */
  | { kind: 'parse-error'; message: string; start: number; end: number };

export interface Adapter {
  format: Format;
  parse(filePath: string, source: string, options: AdapterOptions): AdapterResult;
}
