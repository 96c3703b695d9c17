/** A CSS declaration, property lower-cased, value trimmed without `!important`. */
export interface Declaration {
  property: string;
  value: string;
  important: boolean;
}

/** Properties that bear on whether and how prominently copy is shown; others are not kept. */
const RELEVANT_PROPERTIES = new Set([
  'display', 'visibility', 'opacity', 'position', 'left', 'top', 'text-indent', 'clip', 'clip-path',
  'width', 'height', 'max-width', 'max-height', 'overflow', 'font-size', 'color', 'background',
  'background-color',
]);

/** Whether a property bears on how copy is shown: a relevant one, or a custom property another may use. */
export function isRelevant(property: string): boolean {
  return RELEVANT_PROPERTIES.has(property) || property.startsWith('--');
}

/** Most declarations read from one `style` attribute. */
const MAX_DECLARATIONS = 200;

/**
 * Splits a `style` attribute into declarations, respecting quotes and parentheses (`url(a;b)`),
 * in one linear pass. Only relevant properties are returned.
 */
export function parseInlineStyle(style: string): Declaration[] {
  const out: Declaration[] = [];
  let start = 0;
  let depth = 0;
  let quote = '';
  for (let i = 0; i <= style.length && out.length < MAX_DECLARATIONS; i++) {
    const c = style[i];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === ';' && depth === 0) || c === undefined) {
      const declaration = toDeclaration(style.slice(start, i));
      if (declaration) out.push(declaration);
      start = i + 1;
    }
  }
  return out;
}

/** A declaration from `property: value`, or null when it is malformed or irrelevant. */
function toDeclaration(text: string): Declaration | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const property = text.slice(0, colon).trim().toLowerCase();
  if (!isRelevant(property)) return null;
  return declaration(property, text.slice(colon + 1));
}

/** A relevant declaration from a property and a raw value that may end in `!important`. */
export function declaration(property: string, rawValue: string, important = false): Declaration {
  let value = rawValue.trim();
  let flagged = false;
  if (value.toLowerCase().endsWith('important')) {
    const before = value.slice(0, -'important'.length).trimEnd();
    if (before.endsWith('!')) {
      value = before.slice(0, -1).trim();
      flagged = true;
    }
  }
  return { property, value, important: important || flagged };
}
