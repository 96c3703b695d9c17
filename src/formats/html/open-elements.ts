import { CLOSES_P, HEAD_ELEMENTS, HEADINGS, SCOPE_BOUNDARIES, VOID_ELEMENTS } from './elements.js';

const TABLE_SCOPE = ['html', 'table', 'template'];

/**
 * The stack of open element names, with the implied closes of HTML's tree construction for the common
 * cases (`<p>` closed by a block, `<li>`, `<dd>`/`<dt>`, `<td>`/`<tr>`, headings, a missing `</head>`).
 * Every lookup is O(1) through per-name index stacks, so no input can make it quadratic; each element is
 * pushed and popped once.
 */
export class OpenElements {
  readonly names: string[] = [];
  private readonly open = new Map<string, number[]>();

  /** `onPop` runs for every element that is closed, explicitly or implied, innermost first. */
  constructor(private readonly onPop: (name: string) => void) {}

  get depth(): number {
    return this.names.length;
  }

  top(): string | undefined {
    return this.names[this.names.length - 1];
  }

  /** Index of the innermost open `name`, or -1. */
  lastIndex(name: string): number {
    const stack = this.open.get(name);
    return stack && stack.length > 0 ? stack[stack.length - 1]! : -1;
  }

  has(name: string): boolean {
    return this.lastIndex(name) >= 0;
  }

  push(name: string): void {
    let stack = this.open.get(name);
    if (!stack) {
      stack = [];
      this.open.set(name, stack);
    }
    stack.push(this.names.length);
    this.names.push(name);
  }

  pop(): void {
    const name = this.names.pop();
    if (name === undefined) return;
    this.open.get(name)!.pop();
    this.onPop(name);
  }

  /** Closes the element at `index` and everything opened inside it. */
  popTo(index: number): void {
    while (this.names.length > index) this.pop();
  }

  popAll(): void {
    this.popTo(0);
  }

  /** Closes what a start tag `tag` implicitly ends before it is pushed. */
  closeImpliedBy(tag: string): void {
    if (this.has('head') && !HEAD_ELEMENTS.has(tag)) this.popTo(this.lastIndex('head'));
    if (CLOSES_P.has(tag)) this.closeInScope(['p'], SCOPE_BOUNDARIES);
    if (tag === 'li') this.closeInScope(['li'], [...SCOPE_BOUNDARIES, 'ul', 'ol']);
    else if (tag === 'dd' || tag === 'dt') this.closeInScope(['dd', 'dt'], [...SCOPE_BOUNDARIES, 'dl']);
    else if (tag === 'td' || tag === 'th') this.closeInScope(['td', 'th'], [...TABLE_SCOPE, 'tr']);
    else if (tag === 'tr') {
      if (!this.closeInScope(['tr'], [...TABLE_SCOPE, 'thead', 'tbody', 'tfoot'])) this.closeInScope(['td', 'th'], TABLE_SCOPE);
    } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') this.closeInScope(['thead', 'tbody', 'tfoot'], TABLE_SCOPE);
    else if (tag === 'option') this.closeInScope(['option'], SCOPE_BOUNDARIES);
    if (HEADINGS.includes(tag) && HEADINGS.includes(this.top() ?? '')) this.pop();
  }

  /**
   * Handles an end tag: closes the innermost open element of that name and everything above it (any
   * heading for a heading end tag); an end tag with nothing to close is ignored. Returns whether it is
   * `</br>`, which browsers read as `<br>`.
   */
  closeTag(tag: string): 'br' | undefined {
    if (VOID_ELEMENTS.has(tag)) return tag === 'br' ? 'br' : undefined;
    const index = HEADINGS.includes(tag) ? Math.max(...HEADINGS.map((h) => this.lastIndex(h))) : this.lastIndex(tag);
    if (index >= 0) this.popTo(index);
  }

  /** Closes the innermost of `targets` unless one of `boundaries` is open inside it. */
  private closeInScope(targets: readonly string[], boundaries: readonly string[]): boolean {
    const target = Math.max(...targets.map((t) => this.lastIndex(t)));
    if (target < 0) return false;
    const boundary = Math.max(...boundaries.map((b) => this.lastIndex(b)));
    if (boundary > target) return false;
    this.popTo(target);
    return true;
  }
}
