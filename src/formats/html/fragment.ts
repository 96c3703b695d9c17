import { Parser } from 'htmlparser2';
import { HtmlEntityDecoder, DecodingMode } from 'entities/decode';
import type { Block, Container, Directive, Visibility } from '../../document/types.js';
import { VISIBLE } from '../../document/types.js';
import { TextBuilder } from '../../document/offset-map.js';
import type { AdapterOptions } from '../types.js';

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'dt', 'dd', 'caption', 'figcaption', 'div', 'section', 'article', 'aside', 'ul', 'ol', 'table', 'tr']);
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const HIDING_CLASSES = new Set(['d-none', 'hidden', 'invisible', 'sr-only', 'visually-hidden']);

/** Blocks and containers of an HTML fragment that sits at [start, end) of `source` (raw HTML in Markdown).
 *  Block ids start at `firstBlockId`, container ids at `firstContainerId`, parent of top containers = `parentContainer`. */
export function htmlFragment(
  source: string,
  start: number,
  end: number,
  ids: { firstBlockId: number; firstContainerId: number; parentContainer: number },
  _options?: AdapterOptions['html'],
): { blocks: Block[]; containers: Container[]; directives: Directive[] } {
  const blocks: Block[] = [];
  const text = source.slice(start, end);
  const hidden: (Visibility | null)[] = [];
  let builder = new TextBuilder();
  let tag = 'p';
  const flush = (): void => {
    const t = builder.toString().trimEnd();
    if (t.length > 0) {
      const vis = hidden.find((v) => v !== null) ?? VISIBLE;
      blocks.push({ id: ids.firstBlockId + blocks.length, kind: 'paragraph', text: t, map: builder.map, visibility: vis, copy: true, tag, container: ids.parentContainer });
    }
    builder = new TextBuilder();
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        if (BLOCK_TAGS.has(name)) flush();
        tag = name;
        hidden.push(SKIP_TAGS.has(name) ? { state: 'hidden' } : tagVisibility(name, attrs));
      },
      onclosetag(name) {
        if (BLOCK_TAGS.has(name)) flush();
        hidden.pop();
      },
      ontext(data) {
        if (hidden.some((v) => v?.state === 'hidden' && v.reason === undefined)) return;
        const at = start + parser.startIndex;
        let i = 0;
        while (i < data.length) {
          const amp = data.indexOf('&', i);
          const stop = amp < 0 ? data.length : amp;
          builder.folded(data.slice(i, stop), at + i);
          if (amp < 0) break;
          let decoded = '';
          const d = new HtmlEntityDecoder((cp) => (decoded = String.fromCodePoint(cp)));
          d.startEntity(DecodingMode.Legacy);
          let n = d.write(data, amp + 1);
          if (n < 0) n = d.end();
          if (n <= 0) {
            builder.verbatim('&', at + amp);
            i = amp + 1;
          } else {
            builder.atomic(decoded === '\u00a0' ? ' ' : decoded, at + amp, at + amp + n);
            i = amp + n;
          }
        }
      },
    },
    { decodeEntities: false },
  );
  parser.end(text);
  flush();
  return { blocks, containers: [], directives: [] };
}

/** Visibility an opening tag gives its content by itself (hidden attr, aria-hidden, inline style, utility classes, details) — no stylesheet. null = no effect. */
export function tagVisibility(tagName: string, attributes: Record<string, string>): Visibility | null {
  if (attributes['hidden'] !== undefined) return { state: 'hidden', reason: 'hidden attribute' };
  if (attributes['aria-hidden'] === 'true') return { state: 'hidden', reason: 'aria-hidden="true"' };
  const style = (attributes['style'] ?? '').replace(/\s+/g, '').toLowerCase();
  if (style.includes('display:none')) return { state: 'hidden', reason: 'display:none (inline style)' };
  for (const cls of (attributes['class'] ?? '').split(/\s+/)) {
    if (HIDING_CLASSES.has(cls)) return { state: 'hidden', reason: `class ${cls}`, screenReaderOnly: cls === 'sr-only' || cls === 'visually-hidden' };
  }
  if (tagName === 'details' && attributes['open'] === undefined) return { state: 'collapsed', reason: '<details> not open' };
  return null;
}
