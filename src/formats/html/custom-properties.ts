import type { CascadedStyle } from './cascade.js';

/** Passes of `var()` replacement: custom properties that refer to others, bounded against cycles. */
const MAX_PASSES = 8;
const VAR = /var\(\s*(--[^\s,()]{1,100})\s*(?:,\s*([^()]{0,200}))?\)/;

/**
 * Custom properties (`--muted: #f4f4f4`) an element declares join the ones it inherits, and every
 * `var(--muted)` in its declarations is replaced by its value (or the fallback). A declaration whose
 * variable is defined nowhere is dropped, as a browser treats it: invalid, so the value is inherited.
 */
export function resolveCustomProperties(style: CascadedStyle, inherited: ReadonlyMap<string, string>): { style: CascadedStyle; vars: ReadonlyMap<string, string> } {
  let vars = inherited;
  for (const [property, { value }] of style) {
    if (!property.startsWith('--')) continue;
    if (vars === inherited) vars = new Map(inherited);
    (vars as Map<string, string>).set(property, value);
  }
  let resolved: CascadedStyle | undefined;
  for (const [property, declared] of style) {
    if (property.startsWith('--') || !declared.value.includes('var(')) continue;
    resolved ??= new Map(style);
    const value = substitute(declared.value, vars);
    if (value === null) resolved.delete(property);
    else resolved.set(property, { ...declared, value });
  }
  return { style: resolved ?? style, vars };
}

function substitute(value: string, vars: ReadonlyMap<string, string>): string | null {
  let text = value;
  for (let pass = 0; pass < MAX_PASSES && text.includes('var('); pass++) {
    const m = VAR.exec(text);
    if (!m) return null;
    const replacement = vars.get(m[1]!.toLowerCase()) ?? m[2]?.trim();
    if (replacement === undefined) return null;
    text = text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length);
  }
  return text.includes('var(') ? null : text;
}
