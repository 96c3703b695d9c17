import { VISIBLE, type StyleSource, type Visibility, type VisibilityCause } from '../../document/types.js';
import type { CascadedStyle, CascadedValue } from './cascade.js';
import { contrastRatio, over, parseColor, type Rgba } from './color.js';
import type { ElementInfo } from './element.js';
import { fontSizePx, lengthPx, ROOT_FONT_SIZE_PX } from './length.js';
import { utilityClassHiding } from './utility-classes.js';
import { resolveCustomProperties } from './custom-properties.js';

/** A colour with the text it was written as, for reasons a user can act on. */
interface NamedColor {
  rgba: Rgba;
  text: string;
}

/** What an element passes on to its content: why it is hidden, its font size and colours. */
export interface StyleState {
  /** Hidden for good: display:none, hidden attribute, opacity:0, off-screen, zero size … */
  hidden: Visibility | null;
  /** visibility:hidden, which a descendant can undo with visibility:visible. */
  invisible: Visibility | null;
  /** Inside a closed `<details>`. */
  collapsed: Visibility | null;
  /** For a closed `<details>`: the state its `<summary>` keeps. */
  summaryCollapsed?: Visibility | null;
  fontSizePx: number;
  /** Text at font size 0, and why; a descendant with a size of its own is drawn again. */
  zeroFont: Visibility | null;
  /** Whether the page (or a size-changing element such as `<small>`) set the font size. */
  fontSizeSet: boolean;
  /** Text colour where the page sets one (null: browser default, or a value we cannot read). */
  color: NamedColor | null;
  /** Background behind the text; null when an image or gradient makes it unknowable. */
  background: NamedColor | null;
  visibility: Visibility;
  /** Custom properties in scope (`--muted` → `#f4f4f4`), inherited as in CSS. */
  vars: ReadonlyMap<string, string>;
}

export const ROOT_STYLE: StyleState = {
  hidden: null,
  invisible: null,
  collapsed: null,
  fontSizePx: ROOT_FONT_SIZE_PX,
  zeroFont: null,
  fontSizeSet: false,
  color: null,
  background: { rgba: { r: 255, g: 255, b: 255, a: 1 }, text: '#fff' },
  visibility: VISIBLE,
  vars: new Map(),
};

/** Below this WCAG contrast ratio text is hard to read (the WCAG minimum for large text). */
const MIN_CONTRAST = 3;
/** Offsets at or beyond this (in px) put an element off-screen. */
const OFF_SCREEN_PX = -999;

/** Size browsers give these elements by default, relative to the parent (em). */
const DEFAULT_FONT_SCALE: Record<string, number> = {
  h1: 2, h2: 1.5, h3: 1.17, h5: 0.83, h6: 0.67, small: 1 / 1.2, sub: 1 / 1.2, sup: 1 / 1.2, big: 1.2,
};

/** Where a declaration came from, in the words a reason uses. */
function origin(value: CascadedValue): StyleSource {
  if (value.utilityClass !== undefined) return { from: 'class', name: value.utilityClass };
  return value.selector === null ? { from: 'inline' } : { from: 'stylesheet', selector: value.selector };
}

type CssCode = Extract<VisibilityCause, { css: string }>['code'];

/** Copy hidden by a CSS declaration (`css`), from where the value came. */
function byCss(code: CssCode, css: string, value: CascadedValue, screenReaderOnly = false): Visibility {
  const cause: VisibilityCause = { code, css, source: origin(value) };
  return screenReaderOnly ? { state: 'hidden', cause, screenReaderOnly } : { state: 'hidden', cause };
}

/** The state an element's content has, from its parent's state, the element and its cascaded style. */
export function computeStyle(parent: StyleState, parentTag: string | undefined, element: ElementInfo, cascaded: CascadedStyle): StyleState {
  const { style, vars } = resolveCustomProperties(cascaded, parent.vars);
  const size = ownFontSize(parent, element.tag, style);
  const state: StyleState = {
    hidden: parent.hidden ?? ownHidden(element, style, size.px),
    invisible: ownInvisible(parent, element, style),
    collapsed: parent.collapsed ?? ownCollapsed(element),
    fontSizePx: size.px,
    zeroFont: zeroFontSize(style, parent.zeroFont, size.px),
    fontSizeSet: size.set,
    color: ownColor(parent, style),
    background: ownBackground(parent, style),
    visibility: VISIBLE,
    vars,
  };
  if (parentTag === 'details' && element.tag === 'summary' && parent.summaryCollapsed !== undefined) state.collapsed = parent.summaryCollapsed;
  if (element.tag === 'details' && element.attributes['open'] === undefined) {
    state.summaryCollapsed = state.collapsed;
    state.collapsed ??= { state: 'collapsed', cause: { code: 'closed-details' } };
  }
  state.visibility = finalVisibility(state, parent.visibility);
  return state;
}

function finalVisibility(state: StyleState, parentVisibility: Visibility): Visibility {
  const chosen = state.hidden ?? state.invisible ?? state.zeroFont ?? state.collapsed ?? lowContrast(state) ?? VISIBLE;
  return sameVisibility(chosen, parentVisibility) ? parentVisibility : chosen;
}

/**
 * Text set at font size 0 is not drawn, but a descendant that sets a size of its own is: e-mail
 * templates zero the size of table cells only to close the gaps between inline blocks inside them.
 */
function zeroFontSize(style: CascadedStyle, parentZero: Visibility | null, px: number): Visibility | null {
  if (px > 0) return null;
  const font = style.get('font-size');
  return font ? byCss('font-size-zero', `font-size:${font.value}`, font) : parentZero;
}

export function sameVisibility(a: Visibility, b: Visibility): boolean {
  return a === b || (a.state === b.state && a.screenReaderOnly === b.screenReaderOnly && sameCause(a.cause, b.cause));
}

function sameCause(a: VisibilityCause | undefined, b: VisibilityCause | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.code === b.code && JSON.stringify(a) === JSON.stringify(b));
}

function ownHidden(element: ElementInfo, style: CascadedStyle, fontPx: number): Visibility | null {
  const attrs = element.attributes;
  if (attrs['hidden'] !== undefined) return { state: 'hidden', cause: { code: 'hidden-attribute' } };
  if (attrs['aria-hidden']?.trim().toLowerCase() === 'true') return { state: 'hidden', cause: { code: 'aria-hidden' } };
  const display = style.get('display');
  if (display && display.value.toLowerCase() === 'none') return byCss('display-none', 'display:none', display);
  const opacity = style.get('opacity');
  if (opacity && isZero(opacity.value)) return byCss('opacity-zero', `opacity:${opacity.value}`, opacity);
  const hiding = offScreen(style, fontPx) ?? clipped(style) ?? zeroSize(style, fontPx);
  if (hiding) return hiding;
  const utility = utilityClassHiding(element.classes);
  if (utility?.layer !== 'display') return null;
  return utility.screenReaderOnly ? { state: 'hidden', cause: utility.cause, screenReaderOnly: true } : { state: 'hidden', cause: utility.cause };
}

/** A framework's collapsible panel that is closed (Bootstrap `.collapse` without `.show`). */
function ownCollapsed(element: ElementInfo): Visibility | null {
  const utility = utilityClassHiding(element.classes);
  return utility?.layer === 'collapsed' ? { state: 'collapsed', cause: utility.cause } : null;
}

function ownInvisible(parent: StyleState, element: ElementInfo, style: CascadedStyle): Visibility | null {
  const visibility = style.get('visibility');
  const value = visibility?.value.toLowerCase();
  if (visibility && (value === 'hidden' || value === 'collapse')) return byCss('visibility-hidden', `visibility:${value}`, visibility);
  if (value === 'visible') return null;
  const utility = utilityClassHiding(element.classes);
  if (utility?.layer === 'visibility') return { state: 'hidden', cause: utility.cause };
  return parent.invisible;
}

function isZero(value: string): boolean {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n <= 0;
}

function offScreen(style: CascadedStyle, fontPx: number): Visibility | null {
  const indent = style.get('text-indent');
  if (indent && (lengthPx(indent.value, fontPx) ?? 0) <= OFF_SCREEN_PX) return byCss('off-screen', `text-indent:${indent.value}`, indent);
  const position = style.get('position')?.value.toLowerCase();
  if (position !== 'absolute' && position !== 'fixed') return null;
  for (const side of ['left', 'top']) {
    const offset = style.get(side);
    if (offset && (lengthPx(offset.value, fontPx) ?? 0) <= OFF_SCREEN_PX) return byCss('off-screen', `position:${position}; ${side}:${offset.value}`, offset);
  }
  return null;
}

const ZERO_CLIP_RECT = /^rect\(\s*0(?:px)?\s*,?\s*0(?:px)?\s*,?\s*0(?:px)?\s*,?\s*0(?:px)?\s*\)$/i;
const HALF_INSET = /^inset\(\s*(?:50(?:\.0+)?%|100%)\s*\)$/i;

/** Clipped to nothing: the screen-reader-only pattern. */
function clipped(style: CascadedStyle): Visibility | null {
  const clip = style.get('clip');
  if (clip && ZERO_CLIP_RECT.test(clip.value)) return byCss('clipped', `clip:${clip.value}`, clip, true);
  const clipPath = style.get('clip-path');
  if (clipPath && HALF_INSET.test(clipPath.value)) return byCss('clipped', `clip-path:${clipPath.value}`, clipPath, true);
  return null;
}

function zeroSize(style: CascadedStyle, fontPx: number): Visibility | null {
  const overflow = style.get('overflow');
  if (!overflow || !/^(hidden|clip)\b/i.test(overflow.value)) return null;
  const tiny = (property: string, limit: number): CascadedValue | null => {
    const value = style.get(property);
    const px = value ? lengthPx(value.value, fontPx) : null;
    return value && px !== null && px <= limit ? value : null;
  };
  const width = tiny('width', 1) ?? tiny('max-width', 1);
  const height = tiny('height', 1) ?? tiny('max-height', 1);
  const zeroWidth = tiny('width', 0) ?? tiny('max-width', 0);
  const zeroHeight = tiny('height', 0) ?? tiny('max-height', 0);
  const found = zeroHeight ?? zeroWidth ?? (width && height ? height : null);
  if (!found) return null;
  const parts = [width && `width:${width.value}`, height && `height:${height.value}`].filter(Boolean);
  if (parts.length === 0) parts.push(zeroHeight ? `height:${zeroHeight.value}` : `width:${zeroWidth!.value}`);
  return byCss('zero-size', `${parts.join('; ')}; overflow:${overflow.value}`, found);
}

function ownFontSize(parent: StyleState, tag: string, style: CascadedStyle): { px: number; set: boolean } {
  const declared = style.get('font-size');
  const px = declared ? fontSizePx(declared.value, parent.fontSizePx) : null;
  if (px !== null) return { px, set: true };
  const scale = DEFAULT_FONT_SCALE[tag];
  if (scale !== undefined) return { px: parent.fontSizePx * scale, set: true };
  return { px: parent.fontSizePx, set: parent.fontSizeSet };
}

function ownColor(parent: StyleState, style: CascadedStyle): NamedColor | null {
  const declared = style.get('color');
  if (!declared) return parent.color;
  const value = declared.value.toLowerCase();
  if (value === 'inherit' || value === 'currentcolor') return parent.color;
  const rgba = parseColor(value);
  return rgba ? { rgba, text: value } : null;
}

function ownBackground(parent: StyleState, style: CascadedStyle): NamedColor | null {
  const declared = style.get('background-color') ?? style.get('background');
  if (!declared) return parent.background;
  const value = declared.value.toLowerCase();
  if (/url\(|gradient\(/.test(value)) return null;
  const token = value.split(/\s+(?![^(]*\))/).find((part) => parseColor(part) !== null);
  if (token === undefined) return value === 'none' || value === 'inherit' ? parent.background : null;
  const rgba = parseColor(token)!;
  if (rgba.a === 0) return parent.background;
  if (rgba.a >= 1) return { rgba, text: token };
  return parent.background ? { rgba: over(rgba, parent.background.rgba), text: token } : null;
}

function lowContrast(state: StyleState): Visibility | null {
  if (!state.color || !state.background) return null;
  const ratio = contrastRatio(state.color.rgba, state.background.rgba);
  if (ratio >= MIN_CONTRAST) return null;
  const shown = Math.floor(ratio * 10) / 10;
  return { state: 'deemphasized', cause: { code: 'low-contrast', ratio: shown, color: state.color.text, background: state.background.text } };
}
