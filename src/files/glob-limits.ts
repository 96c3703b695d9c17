/**
 * Wildcards one glob may hold. Globs are matched as regular expressions, which try every way of
 * sharing a name among the wildcards: with four `*` a 250-character name takes a second per match,
 * with seven `*` an 80-character one takes minutes; with three, milliseconds at any length.
 */
export const MAX_GLOB_WILDCARDS = 3;

/**
 * Why a glob is refused, or undefined when it is fine. Every `*` or `**` counts, and every `+(` and
 * `!(` group, also inside braces, whose alternatives multiply the work.
 */
export function globProblem(pattern: string): string | undefined {
  const wildcards = pattern.replace(/\\./g, '').match(/\*+|[+!]\(/g)?.length ?? 0;
  if (wildcards <= MAX_GLOB_WILDCARDS) return undefined;
  return `"${pattern}" has ${wildcards} wildcards; a glob may have at most ${MAX_GLOB_WILDCARDS} (* and ** count one each), because matching more against long file names can take minutes`;
}
