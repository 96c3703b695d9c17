import type { Html, Nodes, Root, Table } from 'mdast';
import { VISIBLE, type BlockKind } from '../../document/types.js';
import { normalizeMarker } from '../html/footnotes.js';
import { htmlFragment } from '../html/fragment.js';
import type { AdapterOptions } from '../types.js';
import type { DocumentParts } from './document-parts.js';
import { TagReader } from './html-tags.js';
import { addInlineBlocks, endOf, startOf } from './inline.js';
import { lessVisible, VisibilityStack } from './visibility-stack.js';

/** Flow content being walked, with what its paragraphs are and the raw HTML tags open around it. */
interface Frame {
  nodes: Nodes[];
  index: number;
  /** Kind of a paragraph directly inside (list item, footnote definition or anything else). */
  paragraphKind: BlockKind;
  footnoteLabel?: string;
  tags: VisibilityStack;
  /** Reads this frame's raw HTML blocks as one stream; made when the first one comes. */
  reader?: TagReader;
  /** The frame is a list whose container closes with it. */
  closesContainer: boolean;
}

/**
 * Walks the document's flow content with an explicit stack (inputs nest 100 000 deep) and adds
 * blocks and containers: a `section` per top-level heading (nested by level), a `ul`/`ol` per list,
 * a `table` per table, and whatever raw HTML blocks contain.
 */
export class FlowWalker {
  private readonly sectionLevels: number[] = [];
  private tables = 0;

  constructor(
    private readonly source: string,
    private readonly parts: DocumentParts,
    private readonly html: AdapterOptions['html'],
  ) {}

  walk(root: Root): void {
    const top: Frame = this.frame(root.children, 'paragraph', undefined, new VisibilityStack(VISIBLE), false);
    const stack: Frame[] = [top];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const node = frame.nodes[frame.index++];
      if (!node) {
        stack.pop();
        if (frame.closesContainer) this.parts.closeContainer();
        continue;
      }
      const nested = this.visit(node, frame, frame === top);
      if (nested) stack.push(nested);
    }
    while (this.sectionLevels.pop() !== undefined) this.parts.closeContainer();
  }

  /** Handles one flow node; returns a frame when its children are to be walked next. */
  private visit(node: Nodes, frame: Frame, atTop: boolean): Frame | undefined {
    const visibility = frame.tags.current;
    switch (node.type) {
      case 'heading':
        if (atTop) this.openSection(node.depth);
        addInlineBlocks(node.children, { kind: 'heading', level: node.depth, visibility }, this.source, this.parts);
        return undefined;
      case 'paragraph':
        addInlineBlocks(node.children, { kind: frame.paragraphKind, footnoteLabel: frame.footnoteLabel, visibility }, this.source, this.parts);
        return undefined;
      case 'table':
        this.table(node, frame);
        return undefined;
      case 'html':
        this.rawHtml(node, frame);
        return undefined;
      case 'list':
        this.parts.openContainer(node.ordered ? 'ol' : 'ul');
        return this.frame(node.children, 'paragraph', undefined, frame.tags, true);
      case 'listItem':
        return this.frame(node.children, 'list-item', undefined, frame.tags, false);
      case 'footnoteDefinition':
        return this.frame(node.children, 'footnote', normalizeMarker(node.label ?? node.identifier), frame.tags, false);
      case 'code':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return undefined;
      default:
        return 'children' in node ? this.frame(node.children, 'paragraph', undefined, frame.tags, false) : undefined;
    }
  }

  private frame(nodes: Nodes[], paragraphKind: BlockKind, footnoteLabel: string | undefined, outer: VisibilityStack, closesContainer: boolean): Frame {
    return { nodes, index: 0, paragraphKind, footnoteLabel, tags: new VisibilityStack(outer.current), closesContainer };
  }

  /** A top-level heading closes sections of its level or deeper and opens its own. */
  private openSection(level: number): void {
    while (this.sectionLevels.length > 0 && this.sectionLevels[this.sectionLevels.length - 1]! >= level) {
      this.sectionLevels.pop();
      this.parts.closeContainer();
    }
    this.parts.openContainer('section');
    this.sectionLevels.push(level);
  }

  private table(node: Table, frame: Frame): void {
    const table = this.tables++;
    this.parts.openContainer('table');
    node.children.forEach((row, rowIndex) => {
      row.children.forEach((cell, column) => {
        const position = { table, row: rowIndex, column, header: rowIndex === 0 };
        addInlineBlocks(cell.children, { kind: 'table-cell', table: position, visibility: frame.tags.current }, this.source, this.parts);
      });
    });
    this.parts.closeContainer();
  }

  /**
   * A raw HTML block: its copy and directives come from the HTML reader; tags it leaves open
   * (`<div hidden>` on a line of its own) hide the Markdown that follows until they close.
   */
  private rawHtml(node: Html, frame: Frame): void {
    const start = startOf(node);
    const end = endOf(node);
    const outside = frame.tags.current;
    const parts = this.parts;
    const fragment = htmlFragment(
      this.source,
      start,
      end,
      { firstBlockId: parts.blocks.length, firstContainerId: parts.containers.length, parentContainer: parts.current },
      this.html,
    );
    const blocks = outside.state === 'visible' ? fragment.blocks : fragment.blocks.map((b) => ({ ...b, visibility: lessVisible(outside, b.visibility) }));
    parts.splice(blocks, fragment.containers, fragment.directives);
    frame.reader ??= new TagReader();
    for (const event of frame.reader.read(node.value)) frame.tags.apply(event);
  }
}
