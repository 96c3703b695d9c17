import type { CascadedStyle } from './cascade.js';

/** `display` values that lay an element out as a box of its own, ending the line of text around it. */
const BOX_DISPLAYS = new Set(['block', 'flex', 'grid', 'list-item', 'table', 'table-row', 'table-cell', 'table-caption', 'flow-root']);
/** Utility classes that do the same on every screen size (Bootstrap `d-block`, Tailwind `block`). */
const BOX_CLASSES = new Set(['d-block', 'd-flex', 'd-grid', 'd-table', 'd-table-row', 'd-table-cell', 'block', 'flex', 'grid', 'table', 'flow-root', 'list-item']);

/**
 * Whether the page displays an element as a box of its own: a style sheet, an inline style or a
 * utility class (`<span class="d-block">`). Its text then starts a new line of its own.
 */
export function displaysAsBox(style: CascadedStyle, classes: readonly string[]): boolean {
  const value = style.get('display')?.value.trim().toLowerCase();
  if (value !== undefined) return BOX_DISPLAYS.has(value);
  return classes.some((c) => BOX_CLASSES.has(c));
}
