/** What one linear pass over JSON text finds before a parser sees it. */
export interface Prescan {
  /** Offset of the bracket that first nests deeper than the limit. */
  tooDeepAt?: number;
  /** Offset of the first raw control character (U+0000–U+001F) inside a string. */
  controlCharAt?: number;
}

/**
 * Tracks string state and bracket depth in one pass. momoa recurses per nesting level (so 100 000
 * opening brackets would overflow the stack) and lets raw control characters inside strings pass,
 * which JSON forbids; both are caught here instead. Stops at the first bracket past `maxDepth`.
 */
export function prescanJson(text: string, maxDepth: number): Prescan {
  const result: Prescan = {};
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
      else if (c < 0x20 && result.controlCharAt === undefined) result.controlCharAt = i;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) {
        result.tooDeepAt = i;
        return result;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return result;
}
