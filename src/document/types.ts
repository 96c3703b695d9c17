import type { OffsetMap } from './offset-map.js';
import type { LineIndex } from './line-index.js';
import type { Anchor, Fact, ProductType } from '../language/facts.js';

/** Input formats stromlint reads. */
export type Format = 'markdown' | 'html' | 'json';

/** What a unit of copy is. `field` is a JSON value; `key` anchors a JSON object member (not copy). */
export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'table-cell'
  | 'footnote'
  | 'front-matter'
  | 'caption'
  | 'attribute'
  | 'field'
  | 'key'
  | 'text';

/**
 * How visible a block is to a reader of the rendered page.
 * - hidden: not rendered (hidden attribute, display:none, visibility:hidden, aria-hidden, opacity:0,
 *   off-screen, zero size, utility classes such as `d-none`, `sr-only`);
 * - deemphasized: rendered but hard to notice (tiny font, low contrast);
 * - attribute-only: exists only in a `title`/`alt` attribute (a tooltip);
 * - collapsed: inside `<details>` that is not open.
 */
export type VisibilityState = 'visible' | 'hidden' | 'deemphasized' | 'attribute-only' | 'collapsed';

/** Where the CSS that hides copy comes from: a `style` attribute, a rule in a `<style>` sheet, or a framework's utility class. */
export type StyleSource = { from: 'inline' } | { from: 'stylesheet'; selector: string } | { from: 'class'; name: string };

/**
 * Why copy is less than visible, as data; rules and reports put it in words in one place
 * (`describeVisibility` in the rule kit). `css` is the declaration itself ("text-indent:-9999px").
 */
export type VisibilityCause =
  | { code: 'hidden-attribute' | 'aria-hidden' | 'closed-details' | 'alt-text' }
  | { code: 'display-none' | 'opacity-zero' | 'visibility-hidden' | 'font-size-zero' | 'off-screen' | 'clipped' | 'zero-size'; css: string; source: StyleSource }
  | { code: 'screen-reader-only' | 'closed-collapse'; source: StyleSource }
  | { code: 'attribute-only'; attribute: string; tag: string }
  | { code: 'low-contrast'; ratio: number; color: string; background: string };

export interface Visibility {
  state: VisibilityState;
  /** Why, for every state but visible (a deemphasized block may also be so by its font sizes alone). */
  cause?: VisibilityCause;
  /** For hidden: the copy is meant for screen readers only (sr-only, visually-hidden). */
  screenReaderOnly?: boolean;
}

export const VISIBLE: Visibility = Object.freeze({ state: 'visible' }) as Visibility;

/** Position of a table cell (HTML `<table>` or a GFM table). */
export interface TableCell {
  /** Index of the table in the document. */
  table: number;
  row: number;
  column: number;
  /** A header cell (`<th>`, a cell in `<thead>`, the first row of a GFM table). */
  header: boolean;
}

/** One unit of visible copy with its plain text and a map back to the source. */
export interface Block {
  /** Index of the block in `Document.blocks`. */
  id: number;
  kind: BlockKind;
  /** Plain text: entities decoded, escapes resolved, whitespace folded, markup removed. */
  text: string;
  map: OffsetMap;
  visibility: Visibility;
  /** Whether recognisers read the text as marketing copy (false for JSON keys, enum values, numbers). */
  copy: boolean;
  /** Heading level 1–6. */
  level?: number;
  /** HTML element name the text sits in (`p`, `td`, `span` …); Markdown and JSON leave it out. */
  tag?: string;
  /** Innermost container (see `Document.containers`), or -1. */
  container: number;
  table?: TableCell;
  /** JSON Pointer of the value or member (`/products/0/prices/markup`). */
  pointer?: string;
  /** Footnote or reference marker this block defines ("*", "1", "¹"), for footnote blocks. */
  footnoteLabel?: string;
  /** Markers that this block references ("*", "¹", "1"), e.g. a price followed by an asterisk. */
  footnoteRefs?: string[];
  /** Computed font size in px where the markup states one (HTML and raw HTML only): the largest in the block. */
  fontSizePx?: number;
  /**
   * Where inline elements set parts of the block in other sizes (`4,90 <small>øre/kWh</small>`):
   * each run of text [start, end) and its size in px, in order. Absent when the block has one size.
   */
  fontRuns?: FontRun[];
}

export interface FontRun {
  start: number;
  end: number;
  px: number;
}

/**
 * A structural element that can hold a product: an HTML element, a Markdown section.
 * Segmentation reads these; rules never do.
 */
export interface Container {
  id: number;
  parent: number;
  /** Element name (`div`, `article`, `section`, `tr` …) or `section` for Markdown heading sections. */
  tag: string;
  classes: string[];
  htmlId?: string;
  /** Role given by configured selectors (`html.product`, `html.name`, `html.ignore`) or by page chrome. */
  role?: 'product' | 'name' | 'ignore' | 'chrome';
  /** Blocks [firstBlock, endBlock) lie inside this container. */
  firstBlock: number;
  endBlock: number;
}

/**
 * What kind of page the material is: an offer page (any page that markets a deal, newsletters and
 * campaign e-mails included), a price list, terms, an FAQ, an article, a notice of a price change,
 * or other (no deal at all). Decided from the content, overridable in config and front matter.
 */
export type PageKind = 'offer' | 'price-list' | 'terms' | 'faq' | 'article' | 'price-change' | 'other';

export type { Anchor, ProductType } from '../language/facts.js';

/** A deal the document offers. */
export interface Product {
  name: string;
  /** The product's name or heading: where findings about something absent point. */
  anchor: Anchor;
  type: ProductType;
  /** Blocks that belong to this product. */
  blocks: number[];
  /** Footnotes and terms sections that apply to it (shared with other products). */
  shared: number[];
  /**
   * For JSON sheets: normalised field path → block holding its value (or its key for objects),
   * e.g. `prices.markup`, `campaign.end`, `binding`. Absent fields are absent keys.
   */
  fields?: Record<string, number>;
}

/** A parsed input file, as every later stage sees it. */
export interface Document {
  filePath: string;
  format: Format;
  /** Decoded source text (BOM removed); offsets everywhere refer to it. */
  source: string;
  lines: LineIndex;
  blocks: Block[];
  containers: Container[];
  /** Front matter (Markdown) or top-level metadata (JSON sheet), as parsed data. */
  meta: Record<string, unknown>;
  pageKind: PageKind;
  /** JSON: which shape this is. */
  sheetKind?: 'stromlint-sheet' | 'price-portal-feed';
  /** Products: listed by JSON adapters, segmented for Markdown and HTML. */
  products: Product[];
  /** Facts found in the blocks (and, for sheets, from structured fields). */
  facts: Fact[];
  /** Disable directives found in comments (or `$stromlint` in JSON), applied by the engine. */
  directives: Directive[];
  /** Problems the adapter met that users should see (unclosed front matter …). */
  notices: AdapterNotice[];
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Rule ids; empty means all rules. */
  rules: string[];
  reason?: string;
  /** Source span of the comment or JSON member. */
  start: number;
  end: number;
}

/** A problem an adapter reports as a finding of its own (schema violations, unclosed front matter …). */
export interface AdapterNotice {
  /** `parse-error`, `product-sheet-schema` … */
  ruleId: string;
  messageId: string;
  message: { nb: string; en: string };
  start: number;
  end: number;
  severity: 'error' | 'warn' | 'info';
}

/**
 * What an adapter hands on: the document without facts and page kind (decided from the facts).
 * Only structured data knows its products; Markdown and HTML are segmented once their facts are read.
 */
export type ParsedDocument = Omit<Document, 'facts' | 'pageKind' | 'products'> & {
  /** A product sheet's or feed's products, one per entry. */
  products?: Document['products'];
  /** Facts that structured fields state (a product sheet's `prices.markup`, a feed's `addonPrice`). */
  fieldFacts?: Fact[];
};
