import type { BlockKind } from '../../document/types.js';

/** Elements without content or end tag. */
export const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is never copy a reader sees on the page. */
export const SILENT_ELEMENTS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'textarea',
  'iframe',
  'noembed',
  'noframes',
  'xmp',
  'object',
  'canvas',
  'audio',
  'video',
  'select',
  'datalist',
]);

/** Elements that may sit in `<head>`; any other start tag ends the head, as in a browser. */
export const HEAD_ELEMENTS = new Set(['head', 'title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);

/** Elements that can group copy (and so hold a product). */
export const CONTAINER_ELEMENTS = new Set([
  'div',
  'section',
  'article',
  'aside',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'tbody',
  'thead',
  'tfoot',
  'form',
  'main',
  'header',
  'footer',
  'nav',
  'details',
  'figure',
  'dl',
]);

/** Page chrome: navigation, and the page's own header and footer. */
export const CHROME_ELEMENTS = new Set(['nav', 'header', 'footer']);

/** Elements whose text forms a block of its own, and the kind of block. */
export const BLOCK_KINDS: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  p: 'paragraph',
  li: 'list-item',
  td: 'table-cell',
  th: 'table-cell',
  dt: 'paragraph',
  dd: 'paragraph',
  caption: 'caption',
  figcaption: 'caption',
  blockquote: 'paragraph',
  pre: 'paragraph',
  address: 'paragraph',
  summary: 'paragraph',
  legend: 'paragraph',
  title: 'text',
};

/** Block-level elements that start and end a block (text directly inside them is a 'text' block). */
export const BLOCK_LEVEL = new Set([
  ...Object.keys(BLOCK_KINDS),
  ...CONTAINER_ELEMENTS,
  'html',
  'body',
  'head',
  'hgroup',
  'fieldset',
  'hr',
  'center',
  'menu',
  'dialog',
  'search',
  'option',
  'optgroup',
  'button',
]);

export const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Start tags that close an open `<p>` (HTML's "close a p element in button scope"). */
export const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dd',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'ul',
  ...HEADINGS,
]);

/** Elements an implied close never reaches past (HTML's element scopes, simplified). */
export const SCOPE_BOUNDARIES = ['html', 'table', 'td', 'th', 'caption', 'template', 'object', 'marquee', 'applet', 'button'];
