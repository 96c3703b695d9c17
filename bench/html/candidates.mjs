import * as cheerio from 'cheerio';
import { Parser } from 'htmlparser2';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/**
 * The HTML parsers compared for the HTML adapter. Each can parse a page (as the adapter would: with
 * source positions) and list its text nodes with their source range and element path.
 */
export const CANDIDATES = [
  {
    key: 'htmlparser2',
    name: 'htmlparser2 Parser (streaming, start/end indices)',
    parse: (html) => {
      let last = 0;
      const parser = new Parser({
        onopentag: () => (last = parser.startIndex),
        ontext: () => (last = parser.endIndex),
        onclosetag: () => (last = parser.endIndex),
      });
      parser.end(html);
      return last;
    },
    texts: (html) => {
      const texts = [];
      const open = [];
      const parser = new Parser({
        onopentag: (name) => open.push(name),
        onclosetag: () => open.pop(),
        ontext: (text) => texts.push({ text, start: parser.startIndex, end: parser.endIndex + 1, path: open.join(' > ') }),
      });
      parser.end(html);
      return texts;
    },
  },
  {
    key: 'cheerio-parse5',
    name: 'cheerio 1.2 on parse5 (sourceCodeLocationInfo)',
    parse: (html) => cheerio.load(html, { sourceCodeLocationInfo: true }).root()[0],
    texts: (html) => domTexts(cheerio.load(html, { sourceCodeLocationInfo: true }).root()[0], (n) => [n.sourceCodeLocation?.startOffset, n.sourceCodeLocation?.endOffset]),
  },
  {
    key: 'cheerio-htmlparser2',
    name: 'cheerio 1.2 on htmlparser2 (start/end indices)',
    parse: (html) => cheerio.load(html, HTMLPARSER2_OPTIONS).root()[0],
    texts: (html) => domTexts(cheerio.load(html, HTMLPARSER2_OPTIONS).root()[0], (n) => [n.startIndex, n.endIndex + 1]),
  },
  {
    key: 'rehype-parse',
    name: 'rehype-parse 9 (unified, positions)',
    parse: (html) => unified().use(rehypeParse).parse(html),
    texts: (html) => hastTexts(unified().use(rehypeParse).parse(html)),
  },
];

/** cheerio's switch to htmlparser2 for HTML (not XML), with source indices. */
const HTMLPARSER2_OPTIONS = { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true } };

/** Text nodes of a domhandler tree, walked with an explicit stack. */
function domTexts(root, range) {
  const texts = [];
  const stack = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop();
    if (node.type === 'text') {
      const [start, end] = range(node);
      texts.push({ text: node.data, start, end, path: path.join(' > ') });
    }
    const inner = node.type === 'tag' || node.type === 'script' || node.type === 'style' ? [...path, node.name] : path;
    for (const child of [...(node.children ?? [])].reverse()) stack.push({ node: child, path: inner });
  }
  return texts;
}

/** Text nodes of a hast tree, walked with an explicit stack. */
function hastTexts(root) {
  const texts = [];
  const stack = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop();
    if (node.type === 'text') texts.push({ text: node.value, start: node.position?.start.offset, end: node.position?.end.offset, path: path.join(' > ') });
    const inner = node.type === 'element' ? [...path, node.tagName] : path;
    for (const child of [...(node.children ?? [])].reverse()) stack.push({ node: child, path: inner });
  }
  return texts;
}
