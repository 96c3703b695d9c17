import type { VisibilityCause } from '../../document/types.js';

/** How a CSS framework's utility class hides an element. */
export interface UtilityHiding {
  /**
   * `display` hides for good; `visibility` can be undone by a descendant (visibility:visible);
   * `collapsed` is closed until the reader opens it (Bootstrap's `.collapse`).
   */
  layer: 'display' | 'visibility' | 'collapsed';
  cause: VisibilityCause;
  screenReaderOnly?: boolean;
}

const BREAKPOINT = '(?:sm|md|lg|xl|xxl|2xl)';
const DISPLAY_VALUE = '(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|table-row|table-cell|contents|flow-root|list-item)';
/** A class that shows the element again from some screen width up: `d-md-block`, `md:flex`. */
const SHOWN_FROM_BREAKPOINT = new RegExp(`^(?:d-${BREAKPOINT}-${DISPLAY_VALUE}|${BREAKPOINT}:${DISPLAY_VALUE})$`);
const VISIBLE_FROM_BREAKPOINT = new RegExp(`^${BREAKPOINT}:visible$`);
const NOT_SR_ONLY_FROM_BREAKPOINT = new RegExp(`^${BREAKPOINT}:not-sr-only$`);
const OPAQUE_FROM_BREAKPOINT = new RegExp(`^${BREAKPOINT}:opacity-[1-9]\\d*$`);

const DISPLAY_NONE = new Set(['d-none', 'hidden', 'hide', 'is-hidden']);
const VISIBILITY_HIDDEN = new Set(['invisible', 'is-invisible']);
const SCREEN_READER_ONLY = new Set([
  'sr-only', 'sr-only-focusable', 'visually-hidden', 'visually-hidden-focusable', 'visuallyhidden',
  'screen-reader-text', 'element-invisible', 'is-sr-only',
]);

/**
 * Hiding by a well-known utility class (Bootstrap, Tailwind, Bulma, WordPress), on every screen size.
 * Responsive variants (`d-md-none`, `md:hidden`, `d-none d-md-block`, `d-print-none`) hide only on some
 * screens or in print, so they count as visible.
 */
export function utilityClassHiding(classes: readonly string[]): UtilityHiding | null {
  if (classes.length === 0) return null;
  const has = (pattern: RegExp): boolean => classes.some((c) => pattern.test(c));
  for (const cls of classes) {
    const source = { from: 'class', name: cls } as const;
    if (DISPLAY_NONE.has(cls) && !has(SHOWN_FROM_BREAKPOINT)) return { layer: 'display', cause: { code: 'display-none', css: 'display:none', source } };
    if (SCREEN_READER_ONLY.has(cls) && !has(NOT_SR_ONLY_FROM_BREAKPOINT)) return { layer: 'display', cause: { code: 'screen-reader-only', source }, screenReaderOnly: true };
    if (cls === 'opacity-0' && !has(OPAQUE_FROM_BREAKPOINT)) return { layer: 'display', cause: { code: 'opacity-zero', css: 'opacity:0', source } };
    if (cls === 'collapse' && !classes.includes('show') && !classes.includes('in')) return { layer: 'collapsed', cause: { code: 'closed-collapse', source } };
    if (VISIBILITY_HIDDEN.has(cls) && !has(VISIBLE_FROM_BREAKPOINT)) return { layer: 'visibility', cause: { code: 'visibility-hidden', css: 'visibility:hidden', source } };
  }
  return null;
}
