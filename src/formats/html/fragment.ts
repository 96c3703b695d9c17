import type { Block, Container, Directive, Visibility } from '../../document/types.js';
import type { AdapterOptions } from '../types.js';
import { cascade } from './cascade.js';
import { parseInlineStyle } from './declarations.js';
import { elementInfo } from './element.js';
import { compileRoleSelectors } from './roles.js';
import { computeStyle, ROOT_STYLE } from './style-state.js';
import { collectStyleSheet } from './stylesheet.js';
import { walkHtml } from './walker.js';

/** Blocks and containers of an HTML fragment that sits at [start, end) of `source` (raw HTML in Markdown).
 *  Block ids start at `firstBlockId`, container ids at `firstContainerId`, parent of top containers = `parentContainer`. */
export function htmlFragment(
  source: string,
  start: number,
  end: number,
  ids: { firstBlockId: number; firstContainerId: number; parentContainer: number },
  options?: AdapterOptions['html'],
): { blocks: Block[]; containers: Container[]; directives: Directive[] } {
  const { blocks, containers, directives } = walkHtml(source, start, end, {
    ids,
    roles: compileRoleSelectors(options),
    styleSheet: collectStyleSheet(source.slice(start, end)),
  });
  return { blocks, containers, directives };
}

/** Visibility an opening tag gives its content by itself (hidden attr, aria-hidden, inline style, utility classes, details) — no stylesheet. null = no effect. */
export function tagVisibility(tagName: string, attributes: Record<string, string>): Visibility | null {
  const tag = tagName.toLowerCase();
  const style = cascade(parseInlineStyle(attributes['style'] ?? ''), []);
  const { visibility } = computeStyle(ROOT_STYLE, undefined, elementInfo(tag, attributes), style);
  return visibility.state === 'visible' ? null : visibility;
}
