import path from 'node:path';
import type { Format } from '../document/types.js';

/** File extensions stromlint reads by default, and the format of each. */
export const DEFAULT_EXTENSIONS: Readonly<Record<string, Format>> = Object.freeze({
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
});

/** The format of a file by its extension, or null when stromlint does not read it. */
export function formatOf(filePath: string, extensions: Readonly<Record<string, Format>>): Format | null {
  return extensions[path.extname(filePath).toLowerCase()] ?? null;
}
