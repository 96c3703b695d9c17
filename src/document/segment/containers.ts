import type { Container } from '../types.js';

/**
 * The containers of a document as a tree that is safe to walk: ranges clamped into the block list,
 * and a parent link cut wherever parents would loop, so every walk below is linear and ends.
 */
export interface ContainerTree {
  containers: readonly Container[];
  parent: Int32Array;
  first: Int32Array;
  end: Int32Array;
  children: number[][];
  /** Every container after all of its descendants. */
  postOrder: number[];
}

export function containerTree(containers: readonly Container[], blockCount: number): ContainerTree {
  const n = containers.length;
  const parent = new Int32Array(n);
  const first = new Int32Array(n);
  const end = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const { parent: p, firstBlock, endBlock } = containers[c]!;
    parent[c] = Number.isInteger(p) && p >= 0 && p < n && p !== c ? p : -1;
    first[c] = clamp(firstBlock, blockCount);
    end[c] = Math.max(first[c]!, clamp(endBlock, blockCount));
  }
  cutLoops(parent);
  const children: number[][] = Array.from({ length: n }, () => []);
  const roots: number[] = [];
  for (let c = 0; c < n; c++) (parent[c]! < 0 ? roots : children[parent[c]!]!).push(c);
  return { containers, parent, first, end, children, postOrder: postOrder(roots, children) };
}

function clamp(value: number, blockCount: number): number {
  return Number.isInteger(value) ? Math.max(0, Math.min(value, blockCount)) : 0;
}

/** Follows parent links once from every container; a link back into the current chain is cut. */
function cutLoops(parent: Int32Array): void {
  const state = new Uint8Array(parent.length); // 0 unseen, 1 on the current chain, 2 done
  const chain: number[] = [];
  for (let start = 0; start < parent.length; start++) {
    let c = start;
    while (c >= 0 && state[c] === 0) {
      state[c] = 1;
      chain.push(c);
      c = parent[c]!;
    }
    if (c >= 0 && state[c] === 1) parent[c] = -1;
    for (const done of chain) state[done] = 2;
    chain.length = 0;
  }
}

function postOrder(roots: number[], children: number[][]): number[] {
  const order: number[] = [];
  const stack: Array<[number, number]> = roots.map((r) => [r, 0] as [number, number]).reverse();
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const kids = children[top[0]]!;
    if (top[1] < kids.length) stack.push([kids[top[1]++]!, 0]);
    else order.push(stack.pop()![0]);
  }
  return order;
}

/**
 * A value for every container: its own when `own` gives one, else its nearest ancestor's, else
 * `none`. Parents are resolved before their children (reverse post-order).
 */
export function inherit<T>(tree: ContainerTree, own: (c: number) => T | undefined, none: T): T[] {
  const values: T[] = new Array<T>(tree.containers.length);
  for (let i = tree.postOrder.length - 1; i >= 0; i--) {
    const c = tree.postOrder[i]!;
    const p = tree.parent[c]!;
    values[c] = own(c) ?? (p >= 0 ? values[p]! : none);
  }
  return values;
}

/** Per block, 1 when it lies inside any container `pick` selects (one pass, by range differences). */
export function blocksInside(tree: ContainerTree, blockCount: number, pick: (c: number) => boolean): Uint8Array {
  const diff = new Int32Array(blockCount + 1);
  for (let c = 0; c < tree.containers.length; c++) {
    if (!pick(c)) continue;
    diff[tree.first[c]!]!++;
    diff[tree.end[c]!]!--;
  }
  const inside = new Uint8Array(blockCount);
  let depth = 0;
  for (let b = 0; b < blockCount; b++) {
    depth += diff[b]!;
    inside[b] = depth > 0 ? 1 : 0;
  }
  return inside;
}
