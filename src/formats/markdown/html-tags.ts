import { Parser } from 'htmlparser2';
import type { Directive } from '../../document/types.js';
import { parseDirectiveComment } from '../html/directives.js';

/** What a piece of raw HTML in Markdown does, in order. */
export type TagEvent =
  /** `start`/`end`: where the opening tag sits in the piece (may lie in an earlier piece, then negative). */
  | { kind: 'open'; name: string; attributes: Record<string, string>; start: number; end: number }
  /** An element with no content (`<br>`, `<img>`, `<span/>`). */
  | { kind: 'void'; name: string; attributes: Record<string, string>; start: number; end: number }
  | { kind: 'close'; name: string }
  | { kind: 'comment'; body: string; start: number; end: number };

/** Deepest tag nesting followed; deeper raw HTML is hostile and reading on would cost quadratic time. */
const MAX_DEPTH = 256;

/**
 * Reads the raw HTML pieces of one paragraph (or one run of flow content) in order, as one stream,
 * so `</span>` in a later piece closes the `<span>` an earlier piece opened. Each `read` returns the
 * tags and comments of that piece; comment offsets are relative to the piece.
 */
export class TagReader {
  private events: TagEvent[] = [];
  private written = 0;
  private depth = 0;
  private readonly parser: Parser;

  constructor() {
    this.parser = new Parser(
      {
        onopentag: (name, attributes) => {
          this.depth++;
          this.events.push({ kind: 'open', name, attributes, start: this.parser.startIndex - this.written, end: this.parser.endIndex + 1 - this.written });
        },
        onclosetag: (name, isImplied) => {
          this.depth--;
          const last = this.events[this.events.length - 1];
          // Closed as soon as opened: a void or self-closing element.
          if (isImplied && last?.kind === 'open' && last.name === name) this.events[this.events.length - 1] = { ...last, kind: 'void' };
          else this.events.push({ kind: 'close', name });
        },
        oncomment: (body) => {
          this.events.push({ kind: 'comment', body, start: this.parser.startIndex - this.written, end: this.parser.endIndex + 1 - this.written });
        },
      },
      { recognizeSelfClosing: true },
    );
  }

  read(html: string): TagEvent[] {
    if (this.depth > MAX_DEPTH) return [];
    this.events = [];
    this.parser.write(html);
    this.written += html.length;
    return this.events;
  }
}

/**
 * The directive a comment event holds, placed in the source: exactly when the raw HTML's value is
 * its source slice, else (blockquoted HTML, whose value lacks the `>` markers) over the whole node.
 */
export function commentDirective(event: Extract<TagEvent, { kind: 'comment' }>, start: number, end: number, exact: boolean): Directive | null {
  const directive = parseDirectiveComment(event.body);
  if (!directive) return null;
  return exact ? { ...directive, start: start + event.start, end: start + event.end } : { ...directive, start, end };
}
