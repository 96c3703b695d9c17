import { distance } from 'fastest-levenshtein';

/**
 * The known word closest to a mistyped one, when it is close enough to be what was meant: two
 * letters wrong (a swap counts two), or a third of a longer word's letters, case ignored.
 */
export function closestWord(word: string, known: Iterable<string>): string | undefined {
  const typed = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(typed, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(typed.length / 3)) && bestDistance < typed.length ? best : undefined;
}
