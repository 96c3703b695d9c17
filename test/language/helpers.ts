import type { Fact, FactKind } from '../../src/language/facts.js';
import { recogniseText } from '../../src/language/index.js';

/** A fact as tests compare it: kind, exact span (offsets and text) and data. */
export interface Seen {
  kind: FactKind;
  start: number;
  end: number;
  text: string;
  data: Record<string, unknown>;
}

function seen(text: string, fact: Fact): Seen {
  const { kind, block: _block, start, end, ...data } = fact;
  return { kind, start, end, text: text.slice(start, end), data };
}

/** The facts of one kind in `text`, in order. */
export function factsOf(text: string, kind: FactKind): Seen[] {
  return recogniseText(text)
    .filter((f) => f.kind === kind)
    .map((f) => seen(text, f));
}

/** Compact `[text, data]` pairs of one kind, for table-driven expectations. */
export function pairs(text: string, kind: FactKind): Array<[string, Record<string, unknown>]> {
  return factsOf(text, kind).map((f) => [f.text, f.data]);
}
