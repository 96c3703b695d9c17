import type { Rule, SeveritySetting } from '../rule-kit/types.js';

export type PresetName = 'recommended' | 'strict';

/**
 * The presets, for whichever rules a run has (built-in and from plugins): `recommended` runs each
 * rule at its default severity; `strict` makes warnings errors.
 */
export function presetsFor(rules: readonly Rule[]): Record<PresetName, Record<string, SeveritySetting>> {
  return {
    recommended: Object.fromEntries(rules.map((r) => [r.id, r.severity])),
    strict: Object.fromEntries(rules.map((r) => [r.id, r.severity === 'info' ? 'info' : 'error'])),
  };
}
