export const ROOT_FONT_SIZE_PX = 16;

const LENGTH = /^(-?(?:\d+\.?\d*|\.\d+))(px|pt|pc|em|rem|%|in|cm|mm|q|vw|vh)?$/;
const PX_PER_UNIT: Record<string, number> = { px: 1, pt: 4 / 3, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6 };

/** Desktop viewport the page is judged on (for vw/vh). */
const VIEWPORT = { width: 1280, height: 800 };

/**
 * A CSS length in px; em and % are relative to `relativeTo` (the parent's font size for `font-size`,
 * the element's own for offsets), rem to the root. Null when it is no plain length (calc(), auto …).
 */
export function lengthPx(text: string, relativeTo: number): number | null {
  const match = LENGTH.exec(text.trim().toLowerCase());
  if (!match) return null;
  const n = Number.parseFloat(match[1]!);
  const unit = match[2];
  if (unit === undefined) return n === 0 ? 0 : null;
  if (unit === 'em') return n * relativeTo;
  if (unit === 'rem') return n * ROOT_FONT_SIZE_PX;
  if (unit === '%') return (n / 100) * relativeTo;
  if (unit === 'vw') return (n / 100) * VIEWPORT.width;
  if (unit === 'vh') return (n / 100) * VIEWPORT.height;
  return n * PX_PER_UNIT[unit]!;
}

const KEYWORD_SIZES: Record<string, number> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
};

/** Computed `font-size` in px from its declared value and the parent's size. */
export function fontSizePx(text: string, parentPx: number): number | null {
  const value = text.trim().toLowerCase();
  const keyword = KEYWORD_SIZES[value];
  if (keyword !== undefined) return keyword;
  if (value === 'smaller') return parentPx / 1.2;
  if (value === 'larger') return parentPx * 1.2;
  return lengthPx(value, parentPx);
}
