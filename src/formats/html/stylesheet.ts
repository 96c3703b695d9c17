import postcss, { type AtRule, type ChildNode, type Root, type Rule } from 'postcss';
import { declaration, isRelevant, type Declaration } from './declarations.js';
import type { ElementInfo } from './element.js';
import { mediaAppliesOnScreen } from './media.js';
import { compileSupportedSelectors, matchesSelector, subjectKey, type ComplexSelector } from './selector.js';

/** One selector of a style rule with the rule's relevant declarations. */
export interface StyleRule {
  selector: ComplexSelector;
  declarations: Declaration[];
  /** Source order of the rule among all rules of the page. */
  order: number;
}

/** At-rules whose contents apply on screen like top-level rules (`@media` is checked first). */
const TRANSPARENT_AT_RULES = new Set(['supports', 'layer', 'container', 'document', '-moz-document', 'scope', 'starting-style']);

/** The page's `<style>` rules, indexed by what their subject must carry. */
export class StyleSheet {
  private readonly byId = new Map<string, StyleRule[]>();
  private readonly byClass = new Map<string, StyleRule[]>();
  private readonly byTag = new Map<string, StyleRule[]>();
  private readonly universal: StyleRule[] = [];
  private count = 0;
  /**
   * Custom properties declared for the whole page (`:root { --muted: … }`, `html { … }`): in scope
   * everywhere, also in a fragment of a page that has no `<html>` element of its own.
   */
  readonly rootVars = new Map<string, string>();

  get size(): number {
    return this.count;
  }

  add(rule: StyleRule): void {
    if (/^\s*(?::root|html)\s*$/i.test(rule.selector.text)) {
      for (const d of rule.declarations) if (d.property.startsWith('--')) this.rootVars.set(d.property, d.value);
    }
    const key = subjectKey(rule.selector);
    const bucket = key.kind === 'any' ? this.universal : bucketOf(key.kind === 'id' ? this.byId : key.kind === 'class' ? this.byClass : this.byTag, key.value);
    bucket.push(rule);
    this.count++;
  }

  /** Rules whose selector matches `elements[index]` (ancestors before it). */
  matching(elements: readonly ElementInfo[], index: number): StyleRule[] {
    if (this.count === 0) return [];
    const element = elements[index]!;
    const candidates: StyleRule[] = [...this.universal, ...(this.byTag.get(element.tag) ?? [])];
    if (element.id !== undefined) candidates.push(...(this.byId.get(element.id) ?? []));
    for (const cls of element.classes) candidates.push(...(this.byClass.get(cls) ?? []));
    return candidates.filter((rule) => matchesSelector(rule.selector, elements, index));
  }
}

function bucketOf(map: Map<string, StyleRule[]>, key: string): StyleRule[] {
  let bucket = map.get(key);
  if (!bucket) {
    bucket = [];
    map.set(key, bucket);
  }
  return bucket;
}

const STYLE_OPEN = /<style(?=[\s>/])/gi;
const STYLE_CLOSE = /<\/style/gi;
const MEDIA_ATTRIBUTE = /\smedia\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * Collects every `<style>` element of the page before the walk, since a rule applies to elements that
 * come before it too. A plain scan over the source: one pass, no second parse of the HTML.
 */
export function collectStyleSheet(source: string): StyleSheet {
  const sheet = new StyleSheet();
  STYLE_OPEN.lastIndex = 0;
  for (let open = STYLE_OPEN.exec(source); open; open = STYLE_OPEN.exec(source)) {
    const tagEnd = source.indexOf('>', open.index);
    if (tagEnd < 0) break;
    STYLE_CLOSE.lastIndex = tagEnd;
    const close = STYLE_CLOSE.exec(source);
    const contentEnd = close ? close.index : source.length;
    const media = MEDIA_ATTRIBUTE.exec(source.slice(open.index, tagEnd));
    const mediaText = media ? (media[1] ?? media[2] ?? media[3] ?? '') : '';
    if (mediaAppliesOnScreen(mediaText)) addCss(sheet, source.slice(tagEnd + 1, contentEnd));
    if (!close) break;
    STYLE_OPEN.lastIndex = contentEnd;
  }
  return sheet;
}

/** Adds the rules of one style sheet text, walking nested at-rules with an explicit stack. */
function addCss(sheet: StyleSheet, css: string): void {
  const root = parseCss(css);
  if (!root) return;
  const stack: ChildNode[] = [...root.nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'rule') addRule(sheet, node);
    else if (node.type === 'atrule' && appliesOnScreen(node)) {
      for (let i = (node.nodes?.length ?? 0) - 1; i >= 0; i--) stack.push(node.nodes![i]!);
    }
  }
}

/** Unclosed blocks at the end of a style sheet that are closed for it, as a browser does. */
const MAX_CLOSED_BLOCKS = 3;

/**
 * postcss's parser (iterative and linear), made forgiving the way browsers are: blocks left open at
 * the end are closed, and after any other syntax error the rules before it still count (the text is
 * parsed again up to the last `}` before the error).
 */
function parseCss(css: string): Root | null {
  let text = css;
  for (let attempt = 0; attempt <= MAX_CLOSED_BLOCKS; attempt++) {
    try {
      return postcss.parse(text);
    } catch (error) {
      const { reason, input } = error as { reason?: string; input?: { offset?: number } };
      if (reason === 'Unclosed block' && attempt < MAX_CLOSED_BLOCKS) {
        text += '}';
        continue;
      }
      const cut = input?.offset === undefined ? -1 : css.lastIndexOf('}', input.offset - 1);
      return cut < 0 ? null : parseOrNull(css.slice(0, cut + 1));
    }
  }
  return null;
}

function parseOrNull(css: string): Root | null {
  try {
    return postcss.parse(css);
  } catch {
    return null;
  }
}

function appliesOnScreen(node: AtRule): boolean {
  const name = node.name.toLowerCase();
  if (name === 'media') return mediaAppliesOnScreen(node.params);
  return TRANSPARENT_AT_RULES.has(name);
}

function addRule(sheet: StyleSheet, rule: Rule): void {
  const declarations: Declaration[] = [];
  for (const node of rule.nodes ?? []) {
    if (node.type !== 'decl') continue;
    const property = node.prop.toLowerCase();
    if (isRelevant(property)) declarations.push(declaration(property, node.value, node.important));
  }
  if (declarations.length === 0) return;
  const order = sheet.size;
  for (const selector of compileSupportedSelectors(rule.selector)) sheet.add({ selector, declarations, order });
}
