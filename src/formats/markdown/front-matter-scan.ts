/** Where YAML front matter sits in a Markdown source, as found by a linear scan of its lines. */
export interface FrontMatterSpan {
  /** Offset of the first character after the opening `---` line. */
  contentStart: number;
  /** End of the YAML text (before the closing fence's line break, or where an unclosed one is cut). */
  contentEnd: number;
  /** End of the whole front matter (after the closing fence, or the cut for an unclosed one). */
  end: number;
  closed: boolean;
}

const FENCE = /^---[ \t]*$/;

/**
 * Finds front matter the way micromark-extension-frontmatter does: `---` alone on the first line, closed by a
 * `---` line. When it is never closed the YAML is taken to end at the first line that cannot be
 * front matter (a blank line, a `#` heading or text that is not `key: value`, a list item or
 * indented), so the Markdown after it is still read as Markdown.
 */
export function scanFrontMatter(source: string): FrontMatterSpan | null {
  const first = nextLine(source, 0);
  if (!FENCE.test(source.slice(0, first.textEnd)) || first.next === first.textEnd) return null;
  const contentStart = first.next;
  let cut = -1;
  for (let at = contentStart; at < source.length; ) {
    const line = nextLine(source, at);
    const text = source.slice(at, line.textEnd);
    if (FENCE.test(text)) {
      return { contentStart, contentEnd: Math.max(contentStart, previousLineEnd(source, at)), end: line.textEnd, closed: true };
    }
    if (cut < 0 && !looksLikeYaml(text)) cut = at;
    at = line.next;
  }
  const end = cut < 0 ? source.length : cut;
  return { contentStart, contentEnd: end, end, closed: false };
}

/** A front-matter line: `key: value`, a list item, an indented continuation, a document marker. */
function looksLikeYaml(line: string): boolean {
  if (line.length === 0 || /^[ \t]*$/.test(line)) return false;
  if (line[0] === ' ' || line[0] === '\t') return true;
  if (line[0] === '#') return false;
  if (/^- |^-$|^\.\.\.$/.test(line)) return true;
  return /^["']?[^\s:#][^:]{0,200}?:(?:[ \t]|$)/.test(line);
}

function nextLine(source: string, at: number): { textEnd: number; next: number } {
  let k = at;
  while (k < source.length) {
    const c = source.charCodeAt(k);
    if (c === 10) return { textEnd: k, next: k + 1 };
    if (c === 13) return { textEnd: k, next: source.charCodeAt(k + 1) === 10 ? k + 2 : k + 1 };
    k++;
  }
  return { textEnd: k, next: k };
}

/** Offset where the line break before the line starting at `lineStart` begins. */
function previousLineEnd(source: string, lineStart: number): number {
  if (source.charCodeAt(lineStart - 1) === 10 && source.charCodeAt(lineStart - 2) === 13) return lineStart - 2;
  return lineStart - 1;
}
