import type { Format } from '../document/types.js';
import type { Adapter } from './types.js';

/**
 * Each adapter is imported on first use, so a Markdown-only run never loads the HTML stack (and the
 * reverse): parser imports cost more than node's own start-up.
 */
const LOADERS: Record<Format, () => Promise<Adapter>> = {
  markdown: async () => (await import('./markdown.js')).markdownAdapter,
  html: async () => (await import('./html.js')).htmlAdapter,
  json: async () => (await import('./json.js')).jsonAdapter,
};

const loaded = new Map<Format, Promise<Adapter>>();

export function loadAdapter(format: Format): Promise<Adapter> {
  let adapter = loaded.get(format);
  if (!adapter) {
    adapter = LOADERS[format]();
    loaded.set(format, adapter);
  }
  return adapter;
}
