import { LineIndex } from '../document/line-index.js';
import type { Adapter, AdapterOptions, AdapterResult } from './types.js';
import { DocumentParts } from './markdown/document-parts.js';
import { FlowWalker } from './markdown/flow.js';
import { readFrontMatter } from './markdown/front-matter.js';
import { scanFrontMatter } from './markdown/front-matter-scan.js';
import { parseMarkdown } from './markdown/processor.js';

/**
 * Markdown copy with YAML front matter → blocks (headings, paragraphs, list items, table cells,
 * footnotes, front-matter fields, raw HTML) and containers (heading sections, lists, tables).
 */
export const markdownAdapter: Adapter = {
  format: 'markdown',
  parse(filePath: string, source: string, options: AdapterOptions): AdapterResult {
    const parts = new DocumentParts();
    const frontMatter = scanFrontMatter(source);
    const meta = frontMatter ? readFrontMatter(source, frontMatter, parts) : {};
    // Unclosed front matter is blanked out (offsets kept) so the parser reads only what follows it.
    const markdown = frontMatter && !frontMatter.closed ? blankOut(source, frontMatter.end) : source;
    // The parser is not known to throw on any input; should it, lintSource reports a parse-error finding.
    const tree = parseMarkdown(markdown);
    new FlowWalker(source, parts, options.html).walk(tree);
    return {
      kind: 'document',
      document: {
        filePath,
        format: 'markdown',
        source,
        lines: new LineIndex(source),
        blocks: parts.blocks,
        containers: parts.containers,
        meta,
        directives: parts.directives,
        notices: parts.notices,
      },
    };
  },
};

/** `source` with [0, end) turned into spaces, line breaks kept, so offsets stay the same. */
function blankOut(source: string, end: number): string {
  return source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
}
