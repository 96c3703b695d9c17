import { parseDocument, isMap, isPair, isScalar, isSeq, type Scalar } from 'yaml';
import { VISIBLE, type AdapterNotice } from '../../document/types.js';
import { alignText, type Syntax } from './align.js';
import { BlockText } from './block-text.js';
import type { DocumentParts } from './document-parts.js';
import type { FrontMatterSpan } from './front-matter-scan.js';
import { YAML_DOUBLE_QUOTED, YAML_LITERAL, YAML_SINGLE_QUOTED } from './yaml-syntax.js';

/** Keys whose string values are copy even when they are a single word. */
const COPY_KEYS = new Set([
  'title',
  'tittel',
  'description',
  'beskrivelse',
  'summary',
  'oppsummering',
  'intro',
  'ingress',
  'lead',
  'heading',
  'overskrift',
  'subtitle',
  'undertittel',
  'tagline',
  'name',
  'navn',
  'product',
  'produkt',
]);
/** Keys whose values are settings, never copy. */
const SETTING_KEYS = new Set([
  'layout',
  'type',
  'kind',
  'template',
  'slug',
  'permalink',
  'url',
  'href',
  'link',
  'image',
  'bilde',
  'lang',
  'language',
  'locale',
  'date',
  'dato',
  'id',
  'channel',
  'kanal',
  'draft',
  'status',
  'audience',
  'segment',
]);

/**
 * Reads the front matter at `span`: its data for `Document.meta`, a `front-matter` block for each
 * string value that is copy (pointer = its path), and notices for a missing closing fence and for
 * the first YAML error.
 */
export function readFrontMatter(source: string, span: FrontMatterSpan, parts: DocumentParts): Record<string, unknown> {
  const base = span.contentStart;
  if (!span.closed) parts.notices.push(unclosedNotice(span.contentStart));
  const doc = parseDocument(source.slice(base, span.contentEnd), { prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) parts.notices.push(yamlNotice(error.message, base + error.pos[0], base + Math.max(error.pos[1], error.pos[0] + 1)));
  addCopyBlocks(source, base, doc.contents, parts);
  return toMeta(doc);
}

function toMeta(doc: ReturnType<typeof parseDocument>): Record<string, unknown> {
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

interface Visit {
  node: unknown;
  pointer: string;
  key: string | undefined;
}

/** Walks the YAML tree with an explicit stack, in document order. */
function addCopyBlocks(source: string, base: number, root: unknown, parts: DocumentParts): void {
  const stack: Visit[] = [{ node: root, pointer: '', key: undefined }];
  while (stack.length > 0) {
    const { node, pointer, key } = stack.pop()!;
    const children: Visit[] = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (name !== undefined) children.push({ node: pair.value, pointer: `${pointer}/${escapePointer(name)}`, key: name });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        children.push({ node: item, pointer: `${pointer}/${index}`, key });
      });
    } else if (isScalar(node) && typeof node.value === 'string' && node.range && isCopy(key, node.value)) {
      addScalarBlock(source, base, node as Scalar<string>, pointer, parts);
    }
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
}

function isCopy(key: string | undefined, value: string): boolean {
  const name = key?.toLowerCase();
  if (name !== undefined && SETTING_KEYS.has(name)) return false;
  if (name !== undefined && COPY_KEYS.has(name)) return /\S/.test(value);
  // A string of words: at least two, and letters somewhere (not a path, a date or a colour).
  const words = value.split(/\s+/).filter((w) => w.length > 0);
  return words.length >= 2 && /\p{L}/u.test(value) && !/^[a-z]+:\/\//i.test(value);
}

function addScalarBlock(source: string, base: number, scalar: Scalar<string>, pointer: string, parts: DocumentParts): void {
  const [start, valueEnd] = scalar.range!.map((offset) => base + offset) as [number, number, number];
  const text = new BlockText();
  const { from, to, syntax } = scalarSpan(source, start, valueEnd, scalar.type);
  alignText(text, scalar.value, 0, scalar.value.length, source, from, to, syntax);
  parts.addBlock(text, { kind: 'front-matter', visibility: VISIBLE, pointer, container: -1 });
}

/** The source span a scalar's value is read from, without quotes or a block header. */
function scalarSpan(source: string, start: number, end: number, type: Scalar.Type | undefined): { from: number; to: number; syntax: Syntax } {
  switch (type) {
    case 'QUOTE_DOUBLE':
      return { from: start + 1, to: end - 1, syntax: YAML_DOUBLE_QUOTED };
    case 'QUOTE_SINGLE':
      return { from: start + 1, to: end - 1, syntax: YAML_SINGLE_QUOTED };
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      const header = source.slice(start, end).search(/\r?\n|\r/);
      return { from: header < 0 ? end : start + header, to: end, syntax: YAML_LITERAL };
    }
    default:
      return { from: start, to: end, syntax: YAML_LITERAL };
  }
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function yamlNotice(detail: string, start: number, end: number): AdapterNotice {
  return {
    ruleId: 'parse-error',
    messageId: 'frontMatter',
    message: {
      nb: `Front matter (YAML) kunne ikke leses: ${detail}. Resten av filen er sjekket.`,
      en: `The front matter (YAML) could not be parsed: ${detail}. The rest of the file was checked.`,
    },
    start,
    end,
    severity: 'error',
  };
}

function unclosedNotice(contentStart: number): AdapterNotice {
  return {
    ruleId: 'parse-error',
    messageId: 'frontMatterUnclosed',
    message: {
      nb: 'Front matter åpnes med «---» men lukkes aldri. Legg til en linje med «---» etter siste felt; teksten etter feltene er sjekket som Markdown.',
      en: 'The front matter opens with "---" but is never closed. Add a "---" line after the last field; the text after the fields was checked as Markdown.',
    },
    start: 0,
    end: Math.min(3, contentStart),
    severity: 'error',
  };
}
