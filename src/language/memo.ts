/** Largest number of words a classifier remembers before it starts afresh (bounds memory on hostile input). */
const LIMIT = 20_000;

/** Stands for `undefined` in the cache, so a word known to be nothing costs one lookup. */
const NOTHING = Symbol('nothing');

/**
 * Remembers a pure function of one word. Copy repeats a small vocabulary, so word classifiers
 * (a few anchored regular expressions each) run once per distinct word instead of once per token.
 */
export function memoWord<T>(classify: (word: string) => T): (word: string) => T {
  let cache = new Map<string, T | typeof NOTHING>();
  return (word) => {
    const known = cache.get(word);
    if (known !== undefined) return (known === NOTHING ? undefined : known) as T;
    const value = classify(word);
    if (cache.size >= LIMIT) cache = new Map();
    cache.set(word, value === undefined ? NOTHING : value);
    return value;
  };
}
