import type { Anchor, Document } from '../document/types.js';

/** Source span and 1-based line/column span of text [start, end) in a block. */
export interface Located {
  offset: number;
  endOffset: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Maps an anchor in block text to its exact place in the source file. */
export function locateAnchor(document: Document, anchor: Anchor): Located {
  const block = document.blocks[anchor.block];
  if (!block) return locateRange(document, 0, 0);
  const [offset, endOffset] = block.map.toSourceRange(anchor.start, anchor.end);
  return locateRange(document, offset, endOffset);
}

/** Line/column of a source span. */
export function locateRange(document: Pick<Document, 'lines'>, offset: number, endOffset: number): Located {
  const start = document.lines.position(offset);
  const end = document.lines.position(Math.max(offset, endOffset));
  return { offset, endOffset, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
