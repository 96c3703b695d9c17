import type { Declaration } from './declarations.js';
import type { StyleRule } from './stylesheet.js';
import type { UtilityDeclaration } from './utility-styles.js';

/** The value that wins for a property, and where it was declared (a selector, or null for `style`). */
export interface CascadedValue {
  value: string;
  selector: string | null;
  /** A framework utility class it comes from ("text-[7px]"), when it does. */
  utilityClass?: string;
}

export type CascadedStyle = Map<string, CascadedValue>;

interface Candidate extends CascadedValue {
  important: boolean;
  specificity: number;
  order: number;
}

/**
 * Resolves each property an element declares: `!important` first, then the `style` attribute over
 * style sheets, then specificity, then source order — the CSS cascade for one origin. A framework's
 * utility classes (`utility`) come first, as its style sheet does: any rule of the page overrides them.
 */
export function cascade(inline: readonly Declaration[], rules: readonly StyleRule[], utility: readonly UtilityDeclaration[] = []): CascadedStyle {
  const best = new Map<string, Candidate>();
  const offer = (candidate: Candidate, property: string): void => {
    const current = best.get(property);
    if (!current || beats(candidate, current)) best.set(property, candidate);
  };
  utility.forEach((d, order) => {
    offer({ value: d.value, selector: null, utilityClass: d.className, important: false, specificity: -1, order }, d.property);
  });
  for (const rule of rules) {
    for (const d of rule.declarations) {
      offer({ value: d.value, selector: rule.selector.text, important: d.important, specificity: rule.selector.specificity, order: rule.order }, d.property);
    }
  }
  for (const d of inline) offer({ value: d.value, selector: null, important: d.important, specificity: Infinity, order: Infinity }, d.property);
  const out: CascadedStyle = new Map();
  for (const [property, { value, selector, utilityClass }] of best) out.set(property, utilityClass === undefined ? { value, selector } : { value, selector, utilityClass });
  return out;
}

function beats(a: Candidate, b: Candidate): boolean {
  if (a.important !== b.important) return a.important;
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  return a.order >= b.order;
}
