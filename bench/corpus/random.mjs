/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same corpus on every machine,
 * with no clocks involved.
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random = {
    next,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** Picks by weight from [[weight, value], …]. */
    weighted: (pairs) => {
      let roll = next() * pairs.reduce((sum, [w]) => sum + w, 0);
      for (const [w, value] of pairs) if ((roll -= w) < 0) return value;
      return pairs[pairs.length - 1][1];
    },
    /** Up to `count` distinct items, in their original order. */
    some: (items, count) => items.filter(() => next() < count / items.length).slice(0, count),
    /** A normally distributed number (Box–Muller). */
    normal: (mean, sd) => mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
  return random;
}
