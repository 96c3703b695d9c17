import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { Block, Container, Directive, TableCell, Visibility } from '../../document/types.js';
import { BlockCollector, type RunOwner, type SupCapture } from './blocks.js';
import { cascade } from './cascade.js';
import { parseInlineStyle } from './declarations.js';
import { parseDirectiveComment } from './directives.js';
import { elementInfo, type ElementInfo } from './element.js';
import { BLOCK_KINDS, BLOCK_LEVEL, CONTAINER_ELEMENTS, SILENT_ELEMENTS, VOID_ELEMENTS } from './elements.js';
import { isFootnoteName, labelFromName } from './footnotes.js';
import { OpenElements } from './open-elements.js';
import { hasConfiguredRole, NO_ROLE_SELECTORS, roleOf, type RoleSelectors } from './roles.js';
import { computeStyle, ROOT_STYLE, sameVisibility, type StyleState } from './style-state.js';
import { StyleSheet } from './stylesheet.js';
import { decodeEntityAt } from './text.js';
import { displaysAsBox } from './display.js';
import { utilityDeclarations } from './utility-styles.js';

/** Elements tracked with their own state; deeper ones share their deepest tracked ancestor's. */
const MAX_TRACKED_DEPTH = 2_000;
/** Attributes kept per element; the ones that matter are kept beyond it. */
const MAX_ATTRIBUTES = 64;
const KEY_ATTRIBUTES = new Set(['class', 'id', 'style', 'hidden', 'aria-hidden', 'title', 'alt', 'open', 'lang', 'name', 'content', 'colspan', 'role']);
/** Attributes whose value can become a block, so their source span is kept. */
const TEXT_ATTRIBUTES = new Set(['title', 'alt', 'content', 'name', 'heading', 'label', 'text', 'description', 'subtitle']);
/**
 * A component of a site generator or framework (`<PriceCard name="Tuvan Innkjøp">` in MDX or Astro,
 * `<price-card>`): spelled in PascalCase or with a hyphen, never a standard element.
 */
const COMPONENT_TAG = /^[A-Z][a-z0-9]+[A-Z]|^[a-z][a-z0-9]*-[a-z0-9-]*$/;
/** The props of a component that it shows as its title, and those it shows as copy (a button's label, a card's text). */
const COMPONENT_TITLES = ['name', 'title', 'heading'];
const COMPONENT_COPY = ['subtitle', 'description', 'text', 'label'];
const PICTURE_COMPONENT = /icon|svg|logo|img|image|avatar|picture|illustration/;
const MAX_COLSPAN = 1_000;

interface TableState {
  index: number;
  row: number;
  column: number;
}

/** State of one tracked open element. */
interface Frame {
  tag: string;
  element: ElementInfo;
  style: StyleState;
  /** Innermost container (this element's own when it is one). */
  container: number;
  /** Index in `containers` when the element is a container, else -1. */
  containerIndex: number;
  /** Content is never copy (script, template, svg, head …). */
  silent: boolean;
  /** Inside a container configured as `html.ignore`: its blocks are dropped. */
  ignored: boolean;
  owner: RunOwner;
  table: TableState | null;
  cell: TableCell | null;
  inTableHead: boolean;
  footnoteLabel: string | null;
  sup: SupCapture | null;
  /** Whether opening and closing this element ends the current run. */
  breaksRun: boolean;
}

export interface WalkOptions {
  ids: { firstBlockId: number; firstContainerId: number; parentContainer: number };
  roles?: RoleSelectors;
  styleSheet?: StyleSheet;
}

export interface WalkResult {
  blocks: Block[];
  containers: Container[];
  directives: Directive[];
  title?: string;
  firstH1?: string;
  lang?: string;
  /** The page's Open Graph type (`<meta property="og:type">`). */
  ogType?: string;
}

/**
 * Walks the HTML at source[start, end) with htmlparser2's tokenizer and an explicit, bounded element
 * stack (no tree, no recursion), producing blocks, containers and directives in one pass.
 */
export function walkHtml(source: string, start: number, end: number, options: WalkOptions): WalkResult {
  const walker = new HtmlWalker(source, start, options);
  const tokenizer = new Tokenizer({ decodeEntities: false }, walker);
  tokenizer.write(source.slice(start, end));
  tokenizer.end();
  return walker.result();
}

class HtmlWalker implements TokenizerCallbacks {
  private readonly collector: BlockCollector;
  private readonly containers: Container[] = [];
  private readonly directives: Directive[] = [];
  private readonly stack: OpenElements;
  private readonly frames: Frame[] = [];
  private readonly elements: ElementInfo[] = [];
  private readonly root: Frame;
  private readonly roles: RoleSelectors;
  private readonly styleSheet: StyleSheet;
  private tables = 0;
  private lang: string | undefined;
  private ogType: string | undefined;
  // The tag being read.
  private tagName = '';
  private tagStart = 0;
  /** The open tag is a component's (see COMPONENT_TAG). */
  private tagIsComponent = false;
  private attributes: Record<string, string> = {};
  private attributeCount = 0;
  private attributeSpans = new Map<string, [number, number]>();
  private attributeName = '';
  private valueStart = -1;
  private valueEnd = -1;

  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly options: WalkOptions,
  ) {
    this.collector = new BlockCollector(source, options.ids.firstBlockId);
    this.stack = new OpenElements((name) => this.closed(name));
    this.roles = options.roles ?? NO_ROLE_SELECTORS;
    this.styleSheet = options.styleSheet ?? new StyleSheet();
    const container = options.ids.parentContainer;
    this.root = {
      tag: '#root',
      element: elementInfo('#root', {}),
      style: { ...ROOT_STYLE, vars: this.styleSheet.rootVars },
      container,
      containerIndex: -1,
      silent: false,
      ignored: false,
      owner: { tag: 'body', kind: 'text', visibility: ROOT_STYLE.visibility, container, cell: null, footnoteLabel: null },
      table: null,
      cell: null,
      inTableHead: false,
      footnoteLabel: null,
      sup: null,
      breaksRun: true,
    };
  }

  result(): WalkResult {
    this.collector.flush();
    const out: WalkResult = { blocks: this.collector.blocks, containers: this.containers, directives: this.directives };
    if (this.collector.title !== undefined) out.title = this.collector.title;
    if (this.collector.firstH1 !== undefined) out.firstH1 = this.collector.firstH1;
    if (this.lang !== undefined) out.lang = this.lang;
    if (this.ogType !== undefined) out.ogType = this.ogType;
    return out;
  }

  private get current(): Frame {
    return this.frames[this.frames.length - 1] ?? this.root;
  }

  // Tokenizer callbacks. Indices are relative to the walked slice.

  ontext(start: number, end: number): void {
    const frame = this.current;
    // At the end of input inside a raw-text element the tokenizer can report a section it never started.
    if (frame.silent || frame.ignored || start < 0 || start >= end) return;
    const from = this.base + start;
    const to = this.base + end;
    if (frame.sup) this.collector.supText(frame.sup, from, to);
    this.collector.text(frame.owner, from, to, frame.style);
  }

  onopentagname(start: number, end: number): void {
    const written = this.source.slice(this.base + start, this.base + end);
    this.tagName = written.toLowerCase();
    this.tagIsComponent = COMPONENT_TAG.test(written);
    this.tagStart = this.base + start - 1;
    this.attributes = {};
    this.attributeCount = 0;
    this.attributeSpans.clear();
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.source.slice(this.base + start, this.base + end).toLowerCase();
    this.valueStart = -1;
    this.valueEnd = -1;
  }

  onattribdata(start: number, end: number): void {
    if (this.valueStart < 0) this.valueStart = this.base + start;
    this.valueEnd = this.base + end;
  }

  onattribend(quote: QuoteType): void {
    const name = this.attributeName;
    if (Object.hasOwn(this.attributes, name)) return;
    if (this.attributeCount >= MAX_ATTRIBUTES && !KEY_ATTRIBUTES.has(name)) return;
    const hasValue = quote !== QuoteType.NoValue && this.valueStart >= 0;
    this.attributes[name] = hasValue ? this.decodedValue(this.valueStart, this.valueEnd) : '';
    this.attributeCount++;
    if (hasValue && TEXT_ATTRIBUTES.has(name)) this.attributeSpans.set(name, [this.valueStart, this.valueEnd]);
  }

  onopentagend(): void {
    this.openElement(false);
  }

  onselfclosingtag(): void {
    this.openElement(this.isInForeignContext());
  }

  onclosetag(start: number, end: number): void {
    const tag = this.source.slice(this.base + start, this.base + end).toLowerCase();
    if (this.stack.closeTag(tag) === 'br') this.lineBreak(this.base + start - 2);
  }

  oncomment(start: number, end: number, offset: number): void {
    const bodyStart = this.base + start;
    const opener = this.source.startsWith('<!--', bodyStart - 4) ? 4 : 2;
    const directive = parseDirectiveComment(this.source.slice(bodyStart, this.base + end - offset));
    if (directive) this.directives.push({ ...directive, start: bodyStart - opener, end: Math.min(this.base + end + 1, this.source.length) });
  }

  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onattribentity(): void {}
  ontextentity(): void {}

  onend(): void {
    this.stack.popAll();
    this.collector.flush();
  }

  isInForeignContext(): boolean {
    return this.stack.has('svg') || this.stack.has('math');
  }

  // Elements.

  private decodedValue(start: number, end: number): string {
    const raw = this.source.slice(start, end);
    if (!raw.includes('&')) return raw;
    let out = '';
    let i = start;
    while (i < end) {
      const amp = this.source.indexOf('&', i);
      const stop = amp < 0 || amp >= end ? end : amp;
      out += this.source.slice(i, stop);
      if (stop === end) break;
      const entity = decodeEntityAt(this.source, amp, end, true);
      out += entity ? entity.text : '&';
      i = amp + (entity ? entity.length : 1);
    }
    return out;
  }

  private openElement(selfClosingForeign: boolean): void {
    const tag = this.tagName;
    if (tag === '') return;
    this.tagName = '';
    const attributes = this.attributes;
    if (tag === 'html' && this.lang === undefined && attributes['lang']) this.lang = attributes['lang'];
    this.stack.closeImpliedBy(tag);
    const parent = this.current;
    const tracked = this.frames.length < MAX_TRACKED_DEPTH && this.frames.length === this.stack.depth;
    this.stack.push(tag);
    if (!tracked && BLOCK_LEVEL.has(tag)) this.collector.flush();
    const frame = tracked ? this.pushFrame(tag, attributes, parent) : parent;
    this.attributeBlocks(tag, frame);
    if (tag === 'br') this.lineBreak(this.tagStart);
    if (VOID_ELEMENTS.has(tag) || selfClosingForeign) this.stack.pop();
  }

  private pushFrame(tag: string, attributes: Record<string, string>, parent: Frame): Frame {
    const element = elementInfo(tag, attributes);
    this.elements.push(element);
    const index = this.elements.length - 1;
    const cascaded = cascade(parseInlineStyle(attributes['style'] ?? ''), this.styleSheet.matching(this.elements, index), utilityDeclarations(element.classes));
    const style = computeStyle(parent.style, parent.tag, element, cascaded);
    const silent = tag === 'title' ? parent.silent && parent.tag !== 'head' : parent.silent || SILENT_ELEMENTS.has(tag) || tag === 'head';
    const role = silent || parent.ignored ? undefined : roleOf(this.roles, this.elements, index);
    const isContainer = !silent && !parent.ignored && (CONTAINER_ELEMENTS.has(tag) || hasConfiguredRole(role));
    // Text flows through inline elements; an element the page displays as a box of its own ends the line.
    const breaksRun = isContainer || BLOCK_LEVEL.has(tag) || displaysAsBox(cascaded, element.classes);
    if (breaksRun) this.collector.flush();
    const frame: Frame = {
      tag,
      element,
      style,
      silent,
      container: parent.container,
      containerIndex: -1,
      ignored: parent.ignored || role === 'ignore',
      owner: parent.owner,
      table: parent.table,
      cell: parent.cell,
      inTableHead: parent.inTableHead,
      footnoteLabel: parent.footnoteLabel ?? ownFootnoteLabel(element),
      sup: tag === 'sup' ? this.collector.supOpened() : parent.sup,
      breaksRun,
    };
    if (isContainer) this.openContainer(frame, parent, role);
    this.tableState(frame);
    frame.owner = this.ownerOf(frame, parent);
    this.frames.push(frame);
    return frame;
  }

  private openContainer(frame: Frame, parent: Frame, role: Container['role']): void {
    const id = this.options.ids.firstContainerId + this.containers.length;
    const container: Container = {
      id,
      parent: parent.container,
      tag: frame.tag,
      classes: [...frame.element.classes],
      firstBlock: this.collector.nextId,
      endBlock: this.collector.nextId,
    };
    if (frame.element.id !== undefined) container.htmlId = frame.element.id;
    if (role !== undefined) container.role = role;
    frame.containerIndex = this.containers.length;
    frame.container = id;
    this.containers.push(container);
  }

  private tableState(frame: Frame): void {
    const { tag } = frame;
    if (tag === 'table') {
      frame.table = { index: this.tables++, row: -1, column: 0 };
      frame.cell = null;
      frame.inTableHead = false;
    } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') frame.inTableHead = tag === 'thead';
    else if (tag === 'tr' && frame.table) {
      frame.table.row++;
      frame.table.column = 0;
    } else if ((tag === 'td' || tag === 'th') && frame.table) {
      const table = frame.table;
      if (table.row < 0) table.row = 0;
      frame.cell = { table: table.index, row: table.row, column: table.column, header: tag === 'th' || frame.inTableHead };
      const span = Number.parseInt(frame.element.attributes['colspan'] ?? '1', 10);
      table.column += Number.isFinite(span) ? Math.min(Math.max(span, 1), MAX_COLSPAN) : 1;
    }
  }

  /**
   * Block-level elements own their text; an inline element's text flows into its block (set in its
   * own size: `4,90 <small>øre/kWh</small>` is one text), unless it is shown differently (hidden,
   * faint), which a block carries as a whole.
   */
  private ownerOf(frame: Frame, parent: Frame): RunOwner {
    const visibility: Visibility = frame.style.visibility;
    const kind = BLOCK_KINDS[frame.tag];
    if (frame.breaksRun) {
      const owner: RunOwner = { tag: frame.tag, kind: kind ?? 'text', visibility, container: frame.container, cell: frame.cell, footnoteLabel: frame.footnoteLabel };
      if (kind === 'heading') owner.level = Number(frame.tag.slice(1));
      return owner;
    }
    if (sameVisibility(visibility, parent.owner.visibility)) return parent.owner;
    return { ...parent.owner, tag: frame.tag, visibility };
  }

  /** `title` and `alt` become tooltip-only blocks; `<meta name="description">` a visible one. */
  private attributeBlocks(tag: string, frame: Frame): void {
    if (frame.ignored) return;
    const spans = this.attributeSpans;
    if (tag === 'meta') {
      const content = spans.get('content');
      // Open Graph says what kind of page it is ("article", "product").
      if (this.attributes['property']?.toLowerCase() === 'og:type' && this.attributes['content']) this.ogType ??= this.attributes['content'];
      if (content && this.attributes['name']?.toLowerCase() === 'description') this.collector.attribute('meta', content[0], content[1], ROOT_STYLE.visibility, frame.container);
      return;
    }
    if (frame.silent) return;
    const hidden = frame.style.visibility.state === 'hidden' ? frame.style.visibility : null;
    // Icons and images name a picture, not copy: `<ion-icon name="checkmark">`, `<SvgIcon name="arrow-right">`.
    if (this.tagIsComponent && PICTURE_COMPONENT.test(tag)) return;
    if (this.tagIsComponent) {
      // A component shows its title prop as the heading of what it holds.
      const visibility = hidden ?? frame.style.visibility;
      const name = COMPONENT_TITLES.find((n) => spans.has(n));
      if (name) this.collector.componentProp(tag, spans.get(name)![0], spans.get(name)![1], 'heading', visibility, frame.container);
      for (const prop of COMPONENT_COPY) {
        const span = spans.get(prop);
        if (span) this.collector.componentProp(tag, span[0], span[1], 'paragraph', visibility, frame.container);
      }
      return;
    }
    for (const name of ['title', 'alt']) {
      const span = spans.get(name);
      if (!span || (name === 'alt' && !['img', 'area', 'input'].includes(tag))) continue;
      this.collector.attribute(tag, span[0], span[1], hidden ?? { state: 'attribute-only', cause: { code: 'attribute-only', attribute: name, tag } }, frame.container);
    }
  }

  private lineBreak(at: number): void {
    const frame = this.current;
    if (!frame.silent && !frame.ignored) this.collector.lineBreak(at);
  }

  /** Runs when the stack pops an element: closes its frame if it had one. */
  private closed(name: string): void {
    if (this.frames.length <= this.stack.depth) {
      if (BLOCK_LEVEL.has(name)) this.collector.flush();
      return;
    }
    const frame = this.frames.pop()!;
    this.elements.pop();
    if (frame.tag === 'sup' && frame.sup) this.collector.supClosed(frame.sup);
    if (frame.breaksRun) this.collector.flush();
    if (frame.containerIndex >= 0) this.containers[frame.containerIndex]!.endBlock = this.collector.nextId;
  }
}

/** A footnote label from an element's id or class (`id="fn1"` → "1", `class="fotnote"` → ""). */
function ownFootnoteLabel(element: ElementInfo): string | null {
  if (element.id !== undefined && isFootnoteName(element.id)) return labelFromName(element.id);
  return element.classes.some(isFootnoteName) ? '' : null;
}
