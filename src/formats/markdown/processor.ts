import type { Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

/**
 * CommonMark with the parts of GFM that shape copy (tables, footnotes, strikethrough, task lists) and
 * YAML front matter. GFM's autolink literals are left out on purpose: turning "www.…" into a link
 * changes no text a rule reads, and finding them cost a quarter of the parse time (docs/performance.md).
 */
const options = {
  extensions: [gfmTable(), gfmFootnote(), gfmStrikethrough(), gfmTaskListItem(), frontmatter(['yaml'])],
  mdastExtensions: [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};

/** The one Markdown parser every file goes through, parse only. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, options);
}
