import { LineIndex } from '../document/line-index.js';
import type { Adapter, AdapterOptions, AdapterResult } from './types.js';
import { compileRoleSelectors } from './html/roles.js';
import { collectStyleSheet } from './html/stylesheet.js';
import { walkHtml } from './html/walker.js';

/**
 * HTML pages: one block per unit of copy with its visibility (inline styles, `<style>` rules, utility
 * classes, hidden attributes, closed `<details>`, contrast), containers for segmentation, disable
 * comments, and the page kind. Products and facts are added by later stages.
 */
export const htmlAdapter: Adapter = {
  format: 'html',
  parse(filePath: string, source: string, options: AdapterOptions): AdapterResult {
    const roles = compileRoleSelectors(options.html);
    const styleSheet = collectStyleSheet(source);
    const walked = walkHtml(source, 0, source.length, { ids: { firstBlockId: 0, firstContainerId: 0, parentContainer: -1 }, roles, styleSheet });
    const meta: Record<string, unknown> = {};
    if (walked.title !== undefined) meta['title'] = walked.title;
    if (walked.lang !== undefined) meta['lang'] = walked.lang;
    if (walked.ogType !== undefined) meta['og:type'] = walked.ogType;
    return {
      kind: 'document',
      document: {
        filePath,
        format: 'html',
        source,
        lines: new LineIndex(source),
        blocks: walked.blocks,
        containers: walked.containers,
        meta,
        directives: walked.directives,
        notices: [],
      },
    };
  },
};
