import { parse, stringify, type AttributeSelector, type Selector } from 'css-what';
import type { ElementInfo } from './element.js';

/** One test on a single element. */
type SimpleTest =
  | { kind: 'tag'; name: string }
  | { kind: 'attribute'; selector: AttributeSelector }
  | { kind: 'root' }
  | { kind: 'not' | 'is'; alternatives: ComplexSelector[] };

/** Simple tests on one element, and how it relates to the element matched by the compound to its right. */
interface Compound {
  tests: SimpleTest[];
  /** Combinator between this compound and the next one to the right (unused for the subject). */
  combinator: 'descendant' | 'child';
}

/** A selector without commas, compounds left to right; the last one is the subject. */
export interface ComplexSelector {
  text: string;
  compounds: Compound[];
  /** Specificity packed as ids·10⁶ + classes·10³ + types. */
  specificity: number;
}

/** Thrown for selectors stromlint cannot evaluate on a page (:hover, sibling combinators …). */
class UnsupportedSelectorError extends Error {}

/** Longest selector text read; longer ones (never seen in real pages) are treated as not matching. */
const MAX_SELECTOR_LENGTH = 2_000;
/** Steps one match may take: descendant/child backtracking is bounded so no selector can stall. */
const MATCH_BUDGET = 10_000;

/**
 * Parses a selector list. Throws `UnsupportedSelectorError` (naming the selector) when a part cannot be
 * evaluated against an element stack, and css-what's error for invalid syntax.
 */
export function compileSelectorList(text: string): ComplexSelector[] {
  if (text.length > MAX_SELECTOR_LENGTH) throw new UnsupportedSelectorError(`selector longer than ${MAX_SELECTOR_LENGTH} characters`);
  return parse(text).map((tokens) => compileComplex(tokens, text));
}

/**
 * The selectors of a list that can be evaluated, each on its own: `a:hover, .pris` keeps `.pris`.
 * Invalid lists yield none (as a browser drops the whole rule).
 */
export function compileSupportedSelectors(text: string): ComplexSelector[] {
  if (text.length > MAX_SELECTOR_LENGTH) return [];
  let lists: Selector[][];
  try {
    lists = parse(text);
  } catch {
    return [];
  }
  const out: ComplexSelector[] = [];
  for (const tokens of lists) {
    try {
      out.push(compileComplex(tokens, text));
    } catch {
      // An unsupported selector (":hover" …) never matches.
    }
  }
  return out;
}

function compileComplex(tokens: Selector[], listText: string): ComplexSelector {
  const compounds: Compound[] = [{ tests: [], combinator: 'descendant' }];
  const count = { ids: 0, classes: 0, types: 0 };
  for (const token of tokens) {
    const current = compounds[compounds.length - 1]!;
    switch (token.type) {
      case 'descendant':
      case 'child':
        current.combinator = token.type;
        compounds.push({ tests: [], combinator: 'descendant' });
        break;
      case 'tag':
        current.tests.push({ kind: 'tag', name: token.name.toLowerCase() });
        count.types++;
        break;
      case 'universal':
        break;
      case 'attribute':
        current.tests.push({ kind: 'attribute', selector: token });
        if (token.name === 'id' && token.action === 'equals') count.ids++;
        else count.classes++;
        break;
      case 'pseudo':
        current.tests.push(compilePseudo(token.name, token.data, listText, count));
        break;
      default:
        throw new UnsupportedSelectorError(`"${listText}" uses ${describe(token)}, which cannot be evaluated on a page`);
    }
  }
  return { text: stringify([tokens]), compounds, specificity: count.ids * 1_000_000 + count.classes * 1_000 + count.types };
}

function compilePseudo(name: string, data: unknown, listText: string, count: { ids: number; classes: number; types: number }): SimpleTest {
  if (name === 'root') {
    count.classes++;
    return { kind: 'root' };
  }
  if ((name === 'not' || name === 'is' || name === 'where' || name === 'matches') && Array.isArray(data)) {
    const alternatives = (data as Selector[][]).map((tokens) => compileComplex(tokens, listText));
    if (name !== 'where') {
      const highest = Math.max(0, ...alternatives.map((alt) => alt.specificity));
      count.ids += Math.floor(highest / 1_000_000);
      count.classes += Math.floor(highest / 1_000) % 1_000;
      count.types += highest % 1_000;
    }
    return { kind: name === 'not' ? 'not' : 'is', alternatives };
  }
  throw new UnsupportedSelectorError(`"${listText}" uses the pseudo-class :${name}, which cannot be evaluated on a page`);
}

function describe(token: Selector): string {
  if (token.type === 'pseudo-element') return `the pseudo-element ::${token.name}`;
  if (token.type === 'adjacent' || token.type === 'sibling') return 'a sibling combinator';
  return `"${token.type}"`;
}

/**
 * Whether `selector` matches `elements[index]`, with `elements[0..index)` as its ancestors (root first).
 */
export function matchesSelector(selector: ComplexSelector, elements: readonly ElementInfo[], index: number): boolean {
  const budget = { steps: MATCH_BUDGET };
  return matchFrom(selector.compounds, selector.compounds.length - 1, elements, index, budget);
}

function matchFrom(compounds: Compound[], at: number, elements: readonly ElementInfo[], index: number, budget: { steps: number }): boolean {
  if (--budget.steps < 0) return false;
  const compound = compounds[at]!;
  if (!matchesCompound(compound.tests, elements, index, budget)) return false;
  if (at === 0) return true;
  const combinator = compounds[at - 1]!.combinator;
  if (combinator === 'child') return index > 0 && matchFrom(compounds, at - 1, elements, index - 1, budget);
  for (let ancestor = index - 1; ancestor >= 0; ancestor--) {
    if (budget.steps < 0) return false;
    if (matchFrom(compounds, at - 1, elements, ancestor, budget)) return true;
  }
  return false;
}

function matchesCompound(tests: SimpleTest[], elements: readonly ElementInfo[], index: number, budget: { steps: number }): boolean {
  const element = elements[index]!;
  for (const test of tests) {
    switch (test.kind) {
      case 'tag':
        if (element.tag !== test.name) return false;
        break;
      case 'attribute':
        if (!matchesAttribute(test.selector, element)) return false;
        break;
      case 'root':
        if (element.tag !== 'html') return false;
        break;
      case 'is':
      case 'not': {
        const any = test.alternatives.some((alt) => matchFrom(alt.compounds, alt.compounds.length - 1, elements, index, budget));
        if (any !== (test.kind === 'is')) return false;
        break;
      }
    }
  }
  return true;
}

function matchesAttribute(selector: AttributeSelector, element: ElementInfo): boolean {
  const name = selector.name.toLowerCase();
  if (name === 'class' && selector.action === 'element') return element.classes.includes(selector.value);
  const actual = element.attributes[name];
  if (actual === undefined) return false;
  const caseless = selector.ignoreCase === true;
  const value = caseless ? selector.value.toLowerCase() : selector.value;
  const have = caseless ? actual.toLowerCase() : actual;
  switch (selector.action) {
    case 'exists':
      return true;
    case 'equals':
      return have === value;
    case 'element':
      return value.length > 0 && have.split(/[\t\n\f\r ]+/).includes(value);
    case 'start':
      return value.length > 0 && have.startsWith(value);
    case 'end':
      return value.length > 0 && have.endsWith(value);
    case 'any':
      return value.length > 0 && have.includes(value);
    case 'hyphen':
      return have === value || have.startsWith(`${value}-`);
    default:
      return false;
  }
}

/** The most specific thing the subject must carry, so rules can be found without trying them all. */
export type SelectorKey = { kind: 'id' | 'class' | 'tag'; value: string } | { kind: 'any' };

export function subjectKey(selector: ComplexSelector): SelectorKey {
  const tests = selector.compounds[selector.compounds.length - 1]!.tests;
  let key: SelectorKey = { kind: 'any' };
  for (const test of tests) {
    if (test.kind === 'attribute' && test.selector.name === 'id' && test.selector.action === 'equals') return { kind: 'id', value: test.selector.value };
    if (test.kind === 'attribute' && test.selector.name === 'class' && test.selector.action === 'element') key = { kind: 'class', value: test.selector.value };
    else if (test.kind === 'tag' && key.kind === 'any') key = { kind: 'tag', value: test.name };
  }
  return key;
}
