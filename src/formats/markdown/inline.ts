import type { Nodes, PhrasingContent } from 'mdast';
import type { BlockKind, TableCell, Visibility } from '../../document/types.js';
import { leadingMarker, normalizeMarker, trailingMarkers } from '../html/footnotes.js';
import { alignText, isFoldable } from './align.js';
import { BlockText } from './block-text.js';
import type { DocumentParts } from './document-parts.js';
import { commentDirective, TagReader, type TagEvent } from './html-tags.js';
import { MARKDOWN_CODE, MARKDOWN_TEXT } from './markdown-syntax.js';
import { lessVisible, VisibilityStack } from './visibility-stack.js';

/** What the walk knows about the block that phrasing content forms. */
export interface InlineBlock {
  kind: BlockKind;
  level?: number;
  table?: TableCell;
  footnoteLabel?: string;
  /** Visibility of the surroundings (raw HTML around the paragraph). */
  visibility: Visibility;
}

interface Segment {
  text: BlockText;
  refs: string[];
  visibility: Visibility;
  /** Set for image alt text; otherwise the block's own kind. */
  kind?: BlockKind;
}

const ALT_TEXT: Visibility = { state: 'attribute-only', cause: { code: 'alt-text' } };

/** How much of a line is enough to see a footnote marker and the word after it. */
const MARKER_WINDOW = 16;

/** Whether the line of `value` starting at `at` opens with a footnote marker ("¹ Gjelder …"). */
function opensWithMarker(value: string, at: number): boolean {
  return leadingMarker(value.slice(at, at + MARKER_WINDOW)) !== null;
}

/** Where attribute `name`'s value sits inside the source of one tag: [start, end) without its quotes. */
function attributeSpan(tag: string, name: string): [number, number] | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!m) return undefined;
  const value = m[1] ?? m[2] ?? m[3] ?? '';
  const end = m.index + m[0].length - (m[3] === undefined ? 1 : 0);
  return [end - value.length, end];
}

export function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function endOf(node: Nodes): number {
  return node.position?.end.offset ?? startOf(node);
}

/**
 * Turns the phrasing content of one paragraph, heading or cell into blocks: the visible text as
 * one block; text inside raw HTML that changes visibility (`<span style="display:none">`) as a
 * block of its own with that visibility; image alt text as `attribute` blocks. A line that opens
 * with a footnote marker ("\* Gjelder nye kunder") starts a new block. HTML comments that are
 * directives go to `parts.directives`.
 */
export function addInlineBlocks(children: PhrasingContent[], block: InlineBlock, source: string, parts: DocumentParts): void {
  new InlineCollector(block, source, parts).collect(children);
}

class InlineCollector {
  private readonly tags: VisibilityStack;
  private reader: TagReader | undefined;
  private main: Segment;
  private side: Segment | null = null;
  private readonly mains: Segment[] = [];
  private readonly others: Segment[] = [];
  /** A hard break or line break was the last thing seen: a footnote marker may follow. */
  private atLineStart = false;

  constructor(private readonly block: InlineBlock, private readonly source: string, private readonly parts: DocumentParts) {
    this.tags = new VisibilityStack(block.visibility);
    this.main = this.segment(block.visibility);
  }

  collect(children: PhrasingContent[]): void {
    const stack: { nodes: Nodes[]; index: number }[] = [{ nodes: children, index: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const node = frame.nodes[frame.index++];
      if (!node) {
        stack.pop();
        continue;
      }
      const nested = this.visit(node);
      if (nested) stack.push({ nodes: nested, index: 0 });
    }
    this.finish();
  }

  /** Handles one node; returns its children when they are to be visited next. */
  private visit(node: Nodes): Nodes[] | undefined {
    switch (node.type) {
      case 'text':
        this.text(node.value, startOf(node), endOf(node));
        return undefined;
      case 'inlineCode':
        this.inlineCode(node.value, startOf(node), endOf(node));
        return undefined;
      case 'break':
        this.target().text.space(startOf(node), endOf(node));
        this.atLineStart = true;
        return undefined;
      case 'image':
      case 'imageReference':
        this.altText(node.alt ?? '', startOf(node), endOf(node));
        return undefined;
      case 'footnoteReference':
        this.target().refs.push(normalizeMarker(node.label ?? node.identifier));
        return undefined;
      case 'html':
        this.html(node.value, startOf(node), endOf(node));
        return undefined;
      default:
        return 'children' in node ? node.children : undefined;
    }
  }

  /** Text, split before each line that opens with a footnote marker. */
  private text(value: string, start: number, end: number): void {
    let from = 0;
    let at = start;
    if (this.atLineStart && opensWithMarker(value, 0)) this.splitMain();
    this.atLineStart = false;
    for (let k = 0; k < value.length; k++) {
      const c = value.charCodeAt(k);
      if (c !== 10 && c !== 13) continue;
      let next = k + 1;
      while (next < value.length && isFoldable(value.charCodeAt(next))) next++;
      if (next === value.length) this.atLineStart = true;
      else if (!opensWithMarker(value, next)) continue;
      at = alignText(this.target().text, value, from, k, this.source, at, end, MARKDOWN_TEXT);
      if (next < value.length) this.splitMain();
      from = k;
      k = next - 1;
    }
    alignText(this.target().text, value, from, value.length, this.source, at, end, MARKDOWN_TEXT);
  }

  /** Code span content, kept verbatim; the backtick fences are not text. */
  private inlineCode(value: string, start: number, end: number): void {
    let fence = 0;
    while (start + fence < end && this.source.charCodeAt(start + fence) === 96) fence++;
    alignText(this.target().text, value, 0, value.length, this.source, start + fence, Math.max(start + fence, end - fence), MARKDOWN_CODE);
    this.atLineStart = false;
  }

  private altText(alt: string, start: number, end: number): void {
    const segment: Segment = { ...this.segment(lessVisible(ALT_TEXT, this.tags.current)), kind: 'attribute' };
    alignText(segment.text, alt, 0, alt.length, this.source, Math.min(start + 2, end), end, MARKDOWN_TEXT);
    this.others.push(segment);
  }

  /** Inline raw HTML: tags change visibility, `<br>` breaks the line, comments may be directives. */
  private html(value: string, start: number, end: number): void {
    const exact = this.source.slice(start, end) === value;
    this.reader ??= new TagReader();
    for (const event of this.reader.read(value)) {
      if (event.kind === 'comment') {
        const directive = commentDirective(event, start, end, exact);
        if (directive) this.parts.directives.push(directive);
      } else if (event.kind === 'void' && event.name === 'br') {
        this.target().text.space(start, end);
      } else {
        if (event.kind !== 'close' && exact) this.titleText(event, start);
        this.tags.apply(event);
      }
    }
  }

  /** A `title` (or an image's `alt`) on a raw tag, as the HTML reader takes it: copy only a tooltip shows. */
  private titleText(event: Extract<TagEvent, { kind: 'open' | 'void' }>, at: number): void {
    const tagStart = at + event.start;
    const tag = this.source.slice(Math.max(at, tagStart), at + event.end);
    for (const name of event.name === 'img' ? ['title', 'alt'] : ['title']) {
      const value = event.attributes[name];
      const span = value ? attributeSpan(tag, name) : undefined;
      if (!value || !span || tagStart < at) continue;
      const tooltip: Visibility = { state: 'attribute-only', cause: { code: 'attribute-only', attribute: name, tag: event.name } };
      const segment: Segment = { ...this.segment(lessVisible(tooltip, this.tags.current)), kind: 'attribute' };
      alignText(segment.text, value, 0, value.length, this.source, tagStart + span[0], tagStart + span[1], MARKDOWN_TEXT);
      this.others.push(segment);
    }
  }

  /** The segment text at this point goes to: the main one, or one for the current hidden run. */
  private target(): Segment {
    const visibility = this.tags.current;
    if (visibility === this.block.visibility) return this.main;
    if (this.side?.visibility !== visibility) {
      this.endSide();
      this.side = this.segment(visibility);
    }
    return this.side!;
  }

  private splitMain(): void {
    if (this.target() !== this.main) return;
    this.mains.push(this.main);
    this.main = this.segment(this.block.visibility);
  }

  private endSide(): void {
    if (this.side) this.others.push(this.side);
    this.side = null;
  }

  private segment(visibility: Visibility): Segment {
    return { text: new BlockText(), refs: [], visibility };
  }

  private finish(): void {
    this.mains.push(this.main);
    this.endSide();
    const { kind, level, table, footnoteLabel } = this.block;
    for (const segment of [...this.mains, ...this.others]) {
      const text = segment.text.toString();
      const label = segment.kind === undefined && (kind === 'paragraph' || kind === 'footnote') ? (leadingMarker(text) ?? undefined) : undefined;
      const refs = [...new Set([...segment.refs, ...trailingMarkers(text)])];
      this.parts.addBlock(segment.text, {
        kind: segment.kind ?? (label !== undefined ? 'footnote' : kind),
        visibility: segment.visibility,
        ...(level !== undefined ? { level } : {}),
        ...(table ? { table } : {}),
        ...(footnoteLabel !== undefined || label !== undefined ? { footnoteLabel: footnoteLabel ?? label } : {}),
        ...(refs.length > 0 ? { footnoteRefs: refs } : {}),
      });
    }
  }
}
