import type { Container } from '../../document/types.js';
import type { AdapterOptions } from '../types.js';
import type { ElementInfo } from './element.js';
import { CHROME_ELEMENTS } from './elements.js';
import { compileSelectorList, matchesSelector, type ComplexSelector } from './selector.js';

/** Configured selectors (`html.product`, `html.name`, `html.ignore`), compiled. */
export interface RoleSelectors {
  ignore: ComplexSelector[];
  product: ComplexSelector[];
  name: ComplexSelector[];
}

export const NO_ROLE_SELECTORS: RoleSelectors = { ignore: [], product: [], name: [] };

/** Compiles the configured selectors; a selector that cannot be evaluated is an error naming it. */
export function compileRoleSelectors(html: AdapterOptions['html']): RoleSelectors {
  if (!html) return NO_ROLE_SELECTORS;
  const compile = (key: 'product' | 'name' | 'ignore'): ComplexSelector[] => {
    const text = html[key];
    if (text === undefined || text.trim() === '') return [];
    try {
      return compileSelectorList(text);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Invalid CSS selector in html.${key}: "${text}" (${why}). Supported: type, .class, #id, [attribute] with = ~= ^= $= *= |=, descendant and > combinators, :not(), :is(), :where(), :root, comma lists.`,
      );
    }
  };
  return { ignore: compile('ignore'), product: compile('product'), name: compile('name') };
}

/**
 * Class and id words that mark page chrome: cookie banners, consent dialogs, menus, breadcrumbs.
 * A plain "banner" is left out: campaign banners carry offers.
 */
const CHROME_WORDS = new Set([
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'menu',
  'meny',
  'hovedmeny',
  'megamenu',
  'navbar',
  'nav',
  'navigation',
  'breadcrumb',
  'breadcrumbs',
  'brodsmuler',
]);
const CHROME_ARIA_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar']);
/** A `<header>` or `<footer>` inside these belongs to that content (a product card's header), not the page. */
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

function isChrome(elements: readonly ElementInfo[], index: number): boolean {
  const element = elements[index]!;
  if (element.tag === 'nav') return true;
  if (CHROME_ELEMENTS.has(element.tag) && !elements.slice(0, index).some((e) => SECTIONING.has(e.tag))) return true;
  if (CHROME_ARIA_ROLES.has(element.attributes['role']?.toLowerCase() ?? '')) return true;
  const names = element.id === undefined ? element.classes : [...element.classes, element.id];
  return names.some((name) =>
    name
      .toLowerCase()
      .split(/[-_]+/)
      .some((word) => CHROME_WORDS.has(word)),
  );
}

/** The role of `elements[index]`: a configured one first (ignore, product, name), else page chrome. */
export function roleOf(selectors: RoleSelectors, elements: readonly ElementInfo[], index: number): Container['role'] {
  const matches = (list: ComplexSelector[]): boolean => list.some((s) => matchesSelector(s, elements, index));
  if (matches(selectors.ignore)) return 'ignore';
  if (matches(selectors.product)) return 'product';
  if (matches(selectors.name)) return 'name';
  return isChrome(elements, index) ? 'chrome' : undefined;
}

/** Whether the element has a configured role, which makes it a container whatever its tag. */
export function hasConfiguredRole(role: Container['role']): boolean {
  return role !== undefined && role !== 'chrome';
}
