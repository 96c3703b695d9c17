import { TextBuilder } from '../../document/offset-map.js';
import type { Block, BlockKind, FontRun, TableCell, Visibility } from '../../document/types.js';
import { leadingMarker, supMarker, trailingMarkers } from './footnotes.js';
import { appendHtmlText } from './text.js';

/** Who owns a run of text: the block-level element it sits in, or an inline one that looks different. */
export interface RunOwner {
  tag: string;
  kind: BlockKind;
  level?: number;
  visibility: Visibility;
  container: number;
  cell: TableCell | null;
  /** Label an enclosing footnote element gives ("" when it has no number). */
  footnoteLabel: string | null;
}

interface Run {
  owner: RunOwner;
  builder: TextBuilder;
  /** Largest font size of the run's text, and whether the page set any size in it. */
  fontSizePx: number;
  fontSizeSet: boolean;
  /** Where the font size changes: the text offset and the size from there on. */
  sizes: Array<{ start: number; px: number }>;
  refs: string[];
  /** A `<sup>` marker the run starts with: the block is that footnote. */
  leadingSup?: string;
  /** The text length right after the last `<br>`: a second one with no text between ends the block. */
  breakAt?: number;
}

/** The text of a `<sup>` being read, to tell footnote markers from other superscripts. */
export interface SupCapture {
  text: string;
  /** Whether the sup came before any text of its run. */
  leading: boolean;
}

/** Longest `<sup>` text that can still be a marker. */
const MAX_SUP_TEXT = 8;
const BLANK = /^\s*$/;
/** Kinds a footnote label turns into 'footnote'. */
const FOOTNOTE_KINDS = new Set<BlockKind>(['paragraph', 'text', 'list-item']);

/**
 * Collects blocks: text accumulates in a run until the owner changes or a block-level element starts
 * or ends it; then the run becomes one block (text and offset map built together).
 */
export class BlockCollector {
  readonly blocks: Block[] = [];
  private run: Run | null = null;
  title: string | undefined;
  firstH1: string | undefined;

  constructor(
    private readonly source: string,
    private readonly firstBlockId: number,
  ) {}

  /** Id the next block will get. */
  get nextId(): number {
    return this.firstBlockId + this.blocks.length;
  }

  /** Adds raw HTML text source[start, end) for `owner`, set in `font.px` (`font.set`: the page set a size). */
  text(owner: RunOwner, start: number, end: number, font: { fontSizePx: number; fontSizeSet: boolean }): void {
    const blank = BLANK.test(this.source.slice(start, end));
    if (this.run && this.run.owner !== owner) {
      if (blank) return;
      this.flush();
    }
    if (!this.run) {
      if (blank) return;
      this.run = { owner, builder: new TextBuilder(), refs: [], fontSizePx: 0, fontSizeSet: false, sizes: [] };
    }
    const from = this.run.builder.length;
    appendHtmlText(this.run.builder, this.source, start, end);
    if (blank) return;
    this.run.fontSizePx = Math.max(this.run.fontSizePx, font.fontSizePx);
    this.run.fontSizeSet ||= font.fontSizeSet;
    const sizes = this.run.sizes;
    if (sizes[sizes.length - 1]?.px !== font.fontSizePx) sizes.push({ start: from, px: font.fontSizePx });
  }

  /**
   * A `<br>`: a space inside the current run. Two with nothing between (a blank line, as pages laid
   * out in one `<div>` separate their paragraphs and products) end the block.
   */
  lineBreak(at: number): void {
    const run = this.run;
    if (!run) return;
    if (run.breakAt === run.builder.length) {
      this.flush();
      return;
    }
    run.builder.space(at);
    run.breakAt = run.builder.length;
  }

  supOpened(): SupCapture {
    return { text: '', leading: !this.run || this.run.builder.length === 0 };
  }

  /** Adds the decoded text of source[start, end) to a sup capture, up to a marker's length. */
  supText(capture: SupCapture, start: number, end: number): void {
    if (capture.text.length > MAX_SUP_TEXT) return;
    const builder = new TextBuilder();
    appendHtmlText(builder, this.source, start, Math.min(end, start + MAX_SUP_TEXT * 8));
    capture.text += builder.toString();
  }

  supClosed(capture: SupCapture): void {
    const marker = supMarker(capture.text);
    if (marker === null || !this.run) return;
    if (capture.leading) this.run.leadingSup ??= marker;
    else if (!this.run.refs.includes(marker)) this.run.refs.push(marker);
  }

  /** Ends the current run, turning it into a block unless it holds no text. */
  flush(): void {
    const run = this.run;
    this.run = null;
    if (!run) return;
    const text = run.builder.toString().trimEnd();
    if (text.length === 0) return;
    const { owner } = run;
    const block: Block = { id: this.nextId, kind: owner.kind, text, map: run.builder.map, visibility: owner.visibility, copy: true, tag: owner.tag, container: owner.container };
    if (owner.level !== undefined) block.level = owner.level;
    if (owner.cell) block.table = owner.cell;
    if (run.fontSizeSet) {
      block.fontSizePx = round(run.fontSizePx);
      const runs = fontRuns(run.sizes, text.length);
      if (runs.length > 1) block.fontRuns = runs;
    }
    const refs = [...run.refs, ...trailingMarkers(text).filter((m) => !run.refs.includes(m))];
    if (refs.length > 0) block.footnoteRefs = refs;
    const label = run.leadingSup ?? leadingMarker(text) ?? owner.footnoteLabel;
    if (label !== null) {
      block.footnoteLabel = label;
      if (FOOTNOTE_KINDS.has(block.kind)) block.kind = 'footnote';
    }
    if (owner.tag === 'title') this.title ??= text;
    if (owner.tag === 'h1') this.firstH1 ??= text;
    this.blocks.push(block);
  }

  /**
   * A component's prop at source[start, end), shown as the heading of what the component holds
   * (`<PriceCard name="Tuvan Innkjøp">`) or as its copy (`<OrderButton label="Bestill">`).
   */
  componentProp(tag: string, start: number, end: number, kind: 'heading' | 'paragraph', visibility: Visibility, container: number): void {
    this.flush();
    const builder = new TextBuilder();
    appendHtmlText(builder, this.source, start, end, true);
    const text = builder.toString().trimEnd();
    // A slug ("arrow-right", "spot_nord") is an identifier, not copy.
    if (text.length === 0 || /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(text)) return;
    const block: Block = { id: this.nextId, kind, text, map: builder.map, visibility, copy: true, tag, container };
    if (kind === 'heading') block.level = COMPONENT_HEADING_LEVEL;
    this.blocks.push(block);
  }

  /** A block from an attribute value at source[start, end) (`title`, `alt`, meta description). */
  attribute(tag: string, start: number, end: number, visibility: Visibility, container: number): void {
    const builder = new TextBuilder();
    appendHtmlText(builder, this.source, start, end, true);
    const text = builder.toString().trimEnd();
    if (text.length === 0) return;
    this.blocks.push({ id: this.nextId, kind: 'attribute', text, map: builder.map, visibility, copy: true, tag, container });
  }
}

/** The level of a component's title: below the page's own headings, as a card's title is. */
const COMPONENT_HEADING_LEVEL = 3;

function round(px: number): number {
  return Math.round(px * 100) / 100;
}

/** The runs of a block's text in each size, from the points where the size changes. */
function fontRuns(sizes: ReadonlyArray<{ start: number; px: number }>, length: number): FontRun[] {
  const runs: FontRun[] = [];
  sizes.forEach((size, i) => {
    const end = Math.min(sizes[i + 1]?.start ?? length, length);
    if (end > size.start) runs.push({ start: size.start, end, px: round(size.px) });
  });
  return runs;
}
