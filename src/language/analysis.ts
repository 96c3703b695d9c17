import { Context } from './context.js';
import { readDate, type DateRead } from './dates.js';
import { readDuration, type Duration } from './durations.js';
import type { Fact, FactData, FactKind } from './facts.js';
import { readMoney, type Money } from './money.js';

/** Things read from token ranges, found by where they start or end. */
class Spans<T extends { start: number; end: number }> {
  readonly list: T[] = [];
  private readonly byStart = new Map<number, T>();
  private readonly byEnd = new Map<number, T>();

  /**
   * Reads left to right with `read`, skipping tokens already `taken` and marking the ones read, so
   * dates, money and durations never overlap.
   */
  constructor(length: number, taken: Uint8Array, read: (i: number) => T | undefined) {
    for (let i = 0; i < length; ) {
      const found = taken[i] ? undefined : read(i);
      if (!found) {
        i += 1;
        continue;
      }
      this.list.push(found);
      this.byStart.set(found.start, found);
      this.byEnd.set(found.end, found);
      taken.fill(1, found.start, found.end);
      i = found.end;
    }
  }

  at(start: number): T | undefined {
    return this.byStart.get(start);
  }

  endingAt(end: number): T | undefined {
    return this.byEnd.get(end);
  }
}

/** Facts that a question does not state: it asks whether there is a guarantee, a binding, a campaign. */
const ASKED_NOT_STATED: ReadonlySet<FactKind> = new Set(['guarantee', 'binding', 'campaign', 'bonus', 'restriction', 'fixed-period']);

/**
 * Everything read once per text and shared by the recognisers: tokens, dates, money and
 * durations (each found in one left-to-right pass), and the facts recognised so far.
 */
export class Analysis {
  readonly ctx: Context;
  private readonly dateSpans: Spans<DateRead>;
  private readonly moneySpans: Spans<Money>;
  private readonly durationSpans: Spans<Duration>;
  /** Money already given to a price element. */
  readonly claimedMoney = new Set<Money>();
  /** Durations that belong to binding, notice, withdrawal or termination terms (not an offer's end). */
  readonly claimedDurations = new Set<Duration>();
  readonly facts: Fact[] = [];
  /** Text spans [start, end) that speak of a product named as the one a deal moves on to. */
  readonly successorSpans: Array<{ start: number; end: number }> = [];

  constructor(text: string) {
    const ctx = new Context(text);
    this.ctx = ctx;
    const taken = new Uint8Array(ctx.length);
    this.dateSpans = new Spans(ctx.length, taken, (i) => readDate(ctx, i));
    this.moneySpans = new Spans(ctx.length, taken, (i) => readMoney(ctx, i));
    this.durationSpans = new Spans(ctx.length, taken, (i) => readDuration(ctx, i));
  }

  get dates(): readonly DateRead[] {
    return this.dateSpans.list;
  }

  get money(): readonly Money[] {
    return this.moneySpans.list;
  }

  get durations(): readonly Duration[] {
    return this.durationSpans.list;
  }

  dateAt(i: number): DateRead | undefined {
    return this.dateSpans.at(i);
  }

  moneyAt(i: number): Money | undefined {
    return this.moneySpans.at(i);
  }

  /** Money whose last token is just before token `end`. */
  moneyEndingAt(end: number): Money | undefined {
    return this.moneySpans.endingAt(end);
  }

  durationAt(i: number): Duration | undefined {
    return this.durationSpans.at(i);
  }

  /** Duration whose last token is just before token `end`. */
  durationEndingAt(end: number): Duration | undefined {
    return this.durationSpans.endingAt(end);
  }

  /** Adds a fact over tokens [from, to); a promise or a condition in a question ("Har dere prisgaranti?") is asked, not stated. */
  add<K extends FactKind>(kind: K, from: number, to: number, data: FactData[K], negated = false): void {
    if (ASKED_NOT_STATED.has(kind) && this.ctx.inQuestion(from)) return;
    const { start, end } = this.ctx.span(from, to);
    const fact = { kind, block: 0, start, end, ...data } as Fact;
    if (negated) fact.negated = true;
    this.facts.push(fact);
  }

  /** Facts of one kind recognised so far. */
  factsOf<K extends FactKind>(kind: K): Array<Extract<Fact, { kind: K }>> {
    return this.facts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);
  }
}
