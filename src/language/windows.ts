/** Longest stretch of text analysed at once: long blocks are read window by window. */
export const WINDOW = 64 * 1024;

/** How far back from a window's limit a break is looked for. */
const REACH = WINDOW / 2;

const isSpace = (code: number) => code === 32 || code === 9 || code === 0xa0 || code === 0x202f;

/**
 * Where the window that starts at `start` ends: after the last line break before the limit, or else
 * after the last sentence end, or else at the last space — so that no phrase is cut in two — and
 * only as a last resort at the limit itself (never inside a surrogate pair).
 */
export function windowEnd(text: string, start: number): number {
  const limit = start + WINDOW;
  if (limit >= text.length) return text.length;
  const floor = limit - REACH;
  for (let i = limit; i > floor; i--) if (text.charCodeAt(i - 1) === 10) return i;
  for (let i = limit; i > floor; i--) {
    const c = text.charCodeAt(i - 2);
    if ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(i - 1))) return i;
  }
  for (let i = limit; i > floor; i--) if (isSpace(text.charCodeAt(i - 1))) return i;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
