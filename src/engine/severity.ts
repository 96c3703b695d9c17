import type { Severity } from '../rule-kit/types.js';

const RANK: Record<Severity, number> = { info: 0, warn: 1, error: 2 };

/** The milder of two severities: a message's own default never raises what the user configured. */
export function milder(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}
