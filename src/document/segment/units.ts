import type { Anchor } from '../types.js';

/** A product found from structure: a card, a row or column of a price table, a list item. */
export interface Unit {
  name: Anchor;
  /** Its own blocks, ascending. */
  blocks: number[];
  /** Blocks that give its cells meaning (a price table's header), shared with its siblings. */
  context: number[];
}

/** A block no unit has taken. */
const FREE = -1;
/** A block a unit reads as context (a table header) but does not own. */
export const CONTEXT = -2;

/** The units found so far and which of them owns each block. */
export class Claims {
  readonly owner: Int32Array;
  readonly units: Unit[] = [];

  constructor(blockCount: number) {
    this.owner = new Int32Array(blockCount).fill(FREE);
  }

  add(unit: Unit): void {
    const id = this.units.length;
    this.units.push(unit);
    for (const b of unit.blocks) this.owner[b] = id;
    for (const b of unit.context) if (this.owner[b] === FREE) this.owner[b] = CONTEXT;
  }

  isFree(block: number): boolean {
    return this.owner[block] === FREE;
  }

  /** Per block, 1 when a unit owns it or reads it as context. */
  taken(): Uint8Array {
    return Uint8Array.from(this.owner, (o) => (o === FREE ? 0 : 1));
  }
}
