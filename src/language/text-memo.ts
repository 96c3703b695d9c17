import type { Fact } from './facts.js';

/** Texts longer than this are recognised afresh each time: long passages rarely repeat word for word. */
const MAX_TEXT = 4096;
/** Characters of text remembered before the memo starts afresh, so memory stays bounded on any run. */
const BUDGET = 2_000_000;

/** A copy of a fact placed in `block` (facts are never changed once made, so nested data is shared). */
const placed = (fact: Fact, block: number): Fact => ({ ...fact, block }) as Fact;

/**
 * A copy of `text` that shares no memory with the string it was cut from: V8 flattens the joined
 * string into new memory, and the slice refers to that alone.
 */
const detached = (text: string): string => ` ${text}`.slice(1);

/**
 * Facts of texts recognised before in this process, stored with block 0. The pages of one site repeat
 * their footer, terms, cookie notice, FAQ and table cells ("39 kr/mnd", "Ingen") word for word, so a
 * run reads each distinct text once; recognition depends on nothing but the text.
 */
export class TextMemo {
  private facts = new Map<string, readonly Fact[]>();
  private chars = 0;

  /** The facts of `text`, placed in `block`, from memory or from `recognise`. */
  factsOf(text: string, block: number, recognise: (text: string) => Fact[]): Fact[] {
    if (text.length > MAX_TEXT) return recognise(text).map((fact) => placed(fact, block));
    let known = this.facts.get(text);
    if (!known) {
      // A block's text is often a slice of its file: a copy keeps the memo from holding whole files.
      const own = detached(text);
      known = recognise(own);
      if (this.chars + text.length > BUDGET) this.clear();
      this.facts.set(own, known);
      this.chars += text.length;
    }
    return known.map((fact) => placed(fact, block));
  }

  private clear(): void {
    this.facts = new Map();
    this.chars = 0;
  }
}
