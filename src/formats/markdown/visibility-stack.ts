import type { Visibility } from '../../document/types.js';
import { tagVisibility } from '../html/fragment.js';
import type { TagEvent } from './html-tags.js';

const RANK: Record<Visibility['state'], number> = { visible: 0, deemphasized: 1, 'attribute-only': 2, collapsed: 3, hidden: 4 };
/** How far back a closing tag looks for its opening tag: stray closers cannot cost quadratic time. */
const CLOSE_SEARCH = 64;

/** The less visible of two visibilities (the outer one on a tie, so the first reason is kept). */
export function lessVisible(outer: Visibility, inner: Visibility): Visibility {
  return RANK[inner.state] > RANK[outer.state] ? inner : outer;
}

/**
 * The raw HTML tags open at a point of a Markdown document and the visibility they give the copy
 * inside them (`<span style="display:none">`, `<small>`, `<div hidden>` … `</div>`).
 */
export class VisibilityStack {
  private readonly names: string[] = [];
  /** Visibility in effect inside each open tag (combined with everything outside it). */
  private readonly effective: Visibility[] = [];

  constructor(private readonly outside: Visibility) {}

  /** Visibility of copy at this point: the same object for as long as nothing changes. */
  get current(): Visibility {
    return this.effective.length > 0 ? this.effective[this.effective.length - 1]! : this.outside;
  }

  /** Follows an opening or closing tag; other events change nothing. */
  apply(event: TagEvent): void {
    if (event.kind === 'open') this.open(event.name, event.attributes);
    else if (event.kind === 'close') this.close(event.name);
  }

  private open(name: string, attributes: Record<string, string>): void {
    const own = tagVisibility(name, attributes);
    this.names.push(name);
    this.effective.push(own ? lessVisible(this.current, own) : this.current);
  }

  private close(name: string): void {
    const stop = Math.max(0, this.names.length - CLOSE_SEARCH);
    for (let k = this.names.length - 1; k >= stop; k--) {
      if (this.names[k] !== name) continue;
      this.names.length = k;
      this.effective.length = k;
      return;
    }
  }
}
