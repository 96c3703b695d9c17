import type { Block, Document, VisibilityState } from '../src/document/types.js';
import type { Fact, Quantity } from '../src/language/facts.js';
import { defineRule, describeVisibility, NOT_SUPPLIER_PRICE, quote, reportsBlock, type Locale, type Localized } from '../src/rule-kit/index.js';

interface Options {
  /** Copy set below this share of the headline price's font size (and below `minFontPx`) is fine print. */
  minFontRatio: number;
  /** Copy set at or above this size in px is readable whatever the headline's size. */
  minFontPx: number;
  /** Also report collapsed content on terms pages and price lists, whose accordions are their normal layout. */
  collapsedOnTermsPages: boolean;
}

type MessageId = 'hidden' | 'deemphasized' | 'attributeOnly' | 'collapsed';

/** How a block with price content fails to show it, and why in the reader's words. */
interface Concealment {
  messageId: MessageId;
  reason: string;
}

/** A block whose price content the reader does not really see. */
interface Found {
  block: Block;
  facts: Fact[];
  how: Concealment;
}

/** Size a browser gives text the page never sized. */
const DEFAULT_FONT_PX = 16;
/** Sizes a browser gives headings h1–h6, for headings whose size the markup does not state (Markdown). */
const HEADING_FONT_PX = [32, 24, 18.72, 16, 13.28, 10.72];
const MESSAGE_OF: Readonly<Record<Exclude<VisibilityState, 'visible'>, MessageId>> = {
  hidden: 'hidden',
  deemphasized: 'deemphasized',
  'attribute-only': 'attributeOnly',
  collapsed: 'collapsed',
};

/**
 * The adapter states why copy is hidden in English; these turn its phrasing into bokmål. Anything not
 * listed stays as written (CSS is read the same in both languages).
 */
/** Price elements, fees and campaign conditions: what a reader must see to judge the offer. */
function isPriceContent(fact: Fact): boolean {
  if (fact.negated) return false;
  switch (fact.kind) {
    case 'price-element':
      return !NOT_SUPPLIER_PRICE.has(fact.element);
    case 'binding':
      return !fact.none;
    case 'amount':
    case 'campaign':
    case 'bonus':
    case 'end':
    case 'after-terms':
    case 'restriction':
    case 'consumption-limit':
    case 'fixed-period':
    case 'guarantee':
      return true;
    default:
      return false;
  }
}

const isGrid = (fact: Fact): boolean => fact.kind === 'price-element' && fact.element === 'grid';

/**
 * The product's price content by block, each block's facts in order, a fact before those it holds.
 * Amounts inside grid rent ("nettleie 45 øre/kWh") are the grid company's price, not the deal's.
 */
function priceContentByBlock(facts: readonly Fact[]): Map<number, Fact[]> {
  const ordered = [...facts].sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
  const content = new Map<number, Fact[]>();
  let block = -1;
  let gridEnd = -1;
  for (const fact of ordered) {
    if (fact.block !== block) {
      block = fact.block;
      gridEnd = -1;
    }
    if (isGrid(fact)) gridEnd = Math.max(gridEnd, fact.end);
    if (!isPriceContent(fact) || (fact.kind === 'amount' && fact.end <= gridEnd)) continue;
    const list = content.get(block);
    if (list) list.push(fact);
    else content.set(block, [fact]);
  }
  return content;
}

/** A sum in thousandths of an øre, so 4,9 øre and 0,049 kr are the same. */
function sumKey(q: Quantity): string {
  return `sum|${Math.round((q.unit === 'kr' ? q.value * 100 : q.value) * 1000)}`;
}

/** A fact's data (its place left out), each value in a comparable form. */
function dataEntries(fact: Fact): Map<string, string> {
  const { kind: _kind, block: _block, start: _start, end: _end, negated: _negated, ...data } = fact;
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) if (value !== undefined) entries.set(key, JSON.stringify(value));
  return entries;
}

/** Whether `shown` states everything `hidden` states, and maybe more. */
function statesAll(shown: ReadonlyMap<string, string>, hidden: ReadonlyMap<string, string>): boolean {
  for (const [key, value] of hidden) if (shown.get(key) !== value) return false;
  return true;
}

/**
 * What the reader does see. A shown fact covers a hidden one that states no more than it:
 * "bindingstid 24 måneder" covers "bindingstida"; "39 kr/mnd" covers "39 kr". Sums and element names
 * are keyed for constant-time lookups; other facts are few per product and compared by their data.
 */
class ShownFacts {
  private readonly keys = new Set<string>();
  private readonly byKind = new Map<string, Map<string, string>[]>();

  add(fact: Fact): void {
    if (fact.kind === 'amount') {
      if (fact.per !== undefined && fact.value !== 0) this.keys.add(`variant|per|${fact.per}`);
      return this.addSum(fact);
    }
    if (fact.kind === 'price-element') {
      const name = `element|${fact.element}|${fact.fee ?? ''}`;
      this.keys.add(name);
      if (fact.quantity && fact.quantity.value !== 0) this.keys.add(`variant|${name}`);
      if (fact.waived) this.keys.add(`${name}|waived`);
      if (fact.quantity) this.addSum(fact.quantity);
      return;
    }
    const list = this.byKind.get(fact.kind);
    if (list) list.push(dataEntries(fact));
    else this.byKind.set(fact.kind, [dataEntries(fact)]);
  }

  /**
   * Whether the reader sees what `fact` states. A screen-reader copy (`inWords`) tells in words what the
   * page shows in figures ("Fastpris 89,90 øre per kilowattime" for a big "89,90 øre/kWh"): its sums are enough.
   */
  has(fact: Fact, inWords = false): boolean {
    if (fact.kind === 'amount') return this.hasSum(fact);
    if (fact.kind === 'price-element') {
      if (inWords && fact.quantity) return this.hasSum(fact.quantity);
      const name = `element|${fact.element}|${fact.fee ?? ''}${fact.waived ? '|waived' : ''}`;
      return this.keys.has(name) && (fact.quantity === undefined || this.hasSum(fact.quantity));
    }
    const hidden = dataEntries(fact);
    return this.byKind.get(fact.kind)?.some((shown) => statesAll(shown, hidden)) ?? false;
  }

  /**
   * Whether the reader sees another non-zero size of the same thing: pages keep the price of each
   * price area, or for businesses without VAT, in hidden copies that a selector swaps in.
   */
  hasVariant(fact: Fact): boolean {
    if (fact.kind === 'price-element') return fact.quantity !== undefined && this.keys.has(`variant|element|${fact.element}|${fact.fee ?? ''}`);
    return fact.kind === 'amount' && fact.per !== undefined && this.keys.has(`variant|per|${fact.per}`);
  }

  private addSum(q: Quantity): void {
    this.keys.add(`${sumKey(q)}|${q.per ?? ''}`);
    this.keys.add(`${sumKey(q)}|*`);
  }

  /** The same sum for the same period, or with the period left out on either side. */
  private hasSum(q: Quantity): boolean {
    if (q.per === undefined) return this.keys.has(`${sumKey(q)}|*`);
    return this.keys.has(`${sumKey(q)}|${q.per}`) || this.keys.has(`${sumKey(q)}|`);
  }
}

/** The facts of a concealed block that the reader sees neither as they are nor in another size; an amount inside such a variant is one too. */
function unshownFacts(facts: readonly Fact[], shown: ShownFacts, inWords: boolean): Fact[] {
  let variantEnd = -1;
  return facts.filter((fact) => {
    if (shown.has(fact, inWords)) return false;
    const variant = shown.hasVariant(fact) || (fact.kind === 'amount' && fact.end <= variantEnd);
    if (variant && fact.kind === 'price-element') variantEnd = Math.max(variantEnd, fact.end);
    return !variant;
  });
}

/** Font size of the text [start, end) of a block: the smallest size any of it is set in. */
function fontPx(block: Block, start = 0, end = block.text.length): number {
  const heading = block.kind === 'heading' && block.level !== undefined ? HEADING_FONT_PX[block.level - 1] : undefined;
  const whole = block.fontSizePx ?? heading ?? DEFAULT_FONT_PX;
  if (!block.fontRuns) return whole;
  let smallest = Infinity;
  for (const run of block.fontRuns) if (run.start < end && run.end > start) smallest = Math.min(smallest, run.px);
  return smallest === Infinity ? whole : smallest;
}

/** The smallest size any text of the block is set in. */
function smallestPx(block: Block): number {
  return block.fontRuns ? Math.min(...block.fontRuns.map((run) => run.px)) : fontPx(block);
}

/** Font size of the headline price: the largest size an amount is set in on a visible block. */
function headlinePx(blocks: readonly Block[], content: ReadonlyMap<number, Fact[]>): number | undefined {
  let largest: number | undefined;
  for (const block of blocks) {
    if (block.visibility.state !== 'visible') continue;
    for (const fact of content.get(block.id) ?? []) {
      if (fact.kind !== 'amount') continue;
      const size = block.fontRuns ? Math.max(...block.fontRuns.filter((r) => r.start < fact.end && r.end > fact.start).map((r) => r.px), 0) : fontPx(block);
      largest = Math.max(largest ?? 0, size);
    }
  }
  return largest;
}

/** Whether a block can keep copy from the reader at all: it is not plainly visible, or some of it is set below the size always readable. */
function mayConceal(block: Block, options: Options): boolean {
  return block.visibility.state !== 'visible' || smallestPx(block) < options.minFontPx;
}

/** How the block keeps the fact from the reader, or null when it shows it plainly. */
function concealment(block: Block, fact: Fact, headline: number | undefined, options: Options, locale: Locale): Concealment | null {
  const { state, cause } = block.visibility;
  if (state !== 'visible') return { messageId: MESSAGE_OF[state], reason: describeVisibility(cause, locale) };
  if (headline === undefined || !mayConceal(block, options)) return null;
  const size = fontPx(block, fact.start, fact.end);
  if (size >= options.minFontPx || size >= headline * options.minFontRatio) return null;
  const px = (n: number) => `${Math.round(n * 10) / 10}`.replace('.', locale === 'nb' ? ',' : '.');
  const sizes: Localized = {
    nb: `skriftstørrelse ${px(size)} px mot ${px(headline)} px for hovedprisen`,
    en: `font size ${px(size)}px against ${px(headline)}px for the headline price`,
  };
  return { messageId: 'deemphasized', reason: sizes[locale] };
}

/** Per document, the price content its plainly visible blocks state. */
const pageShownFacts = new WeakMap<Document, ShownFacts>();

function pageShown(document: Document): ShownFacts {
  let shown = pageShownFacts.get(document);
  if (!shown) {
    shown = new ShownFacts();
    const byBlock = priceContentByBlock(document.facts.filter((f) => document.blocks[f.block]?.visibility.state === 'visible'));
    for (const facts of byBlock.values()) for (const fact of facts) shown.add(fact);
    pageShownFacts.set(document, shown);
  }
  return shown;
}

export default defineRule<Options>({
  id: 'hidden-price',
  scope: 'product',
  severity: 'error',
  formats: ['html', 'markdown'],
  // An FAQ's closed answers and an article's asides are how such pages are laid out, not concealment.
  pageKinds: ['offer', 'price-list', 'terms'],
  messageSeverity: { collapsed: 'warn' },
  summary: {
    nb: 'Priselementer, gebyrer og kampanjevilkår må vises på siden, ikke skjules, gjemmes i småskrift, verktøytips eller lukket innhold.',
    en: 'Price elements, fees and campaign conditions must be shown on the page, not hidden, set in fine print, or left in tooltips or collapsed content.',
  },
  rationale: {
    nb: 'Trygg Strømhandel krever åpenhet om alle priselementer, og Forbrukertilsynet krever at de står tydelig i markedsføringen, i nærheten av prisen som fremheves. En opplysning som finnes i koden, men som leseren ikke ser – skjult med CSS eller hidden-attributtet, satt i liten eller blek skrift, lagt i et title- eller alt-attributt eller i et lukket <details>-felt – er ikke gitt. Det kan være en villedende utelatelse etter markedsføringsloven § 8 (vesentlig informasjon gitt på en uklar eller utydelig måte), og prisopplysningsforskriften krever at prisene gis på en klar og lett synlig måte. Kopi som bare gjentar noe som allerede vises (en skjermleserversjon av prisen, en alt-tekst som gjentar den) er i orden.',
    en: 'Trygg Strømhandel requires openness about all price elements, and Forbrukertilsynet requires them to be stated clearly in the marketing, near the price it highlights. Information that is in the code but that the reader does not see – hidden with CSS or the hidden attribute, set in tiny or faint type, put in a title or alt attribute, or in a closed <details> – has not been given. It can be a misleading omission under the Marketing Control Act § 8 (material information given in an unclear or unintelligible manner), and the Price Information Regulations require prices to be given clearly and visibly. Copy that only repeats what is already shown (a screen-reader copy of the price, an alt text that repeats it) is fine.',
  },
  sources: [
    'Trygg Strømhandel (DNV, Fornybar Norge / Distriktsenergi): openness about all price elements and the duration of products',
    'Forbrukertilsynet: «Opplysninger dere må gi i markedsføring av strømavtaler til forbrukere»',
    'Forbrukertilsynet: decisions against 14 electricity suppliers (2023): missing price elements and badly placed information',
    'Markedsføringsloven §§ 6–8',
    'Prisopplysningsforskriften § 3',
  ],
  messages: {
    hidden: {
      nb: '«{product}»: «{text}» er skjult for leseren – {reason}. Vis det som vanlig tekst nær prisen, f.eks. «Fastbeløp 39 kr/mnd. Kampanjen gjelder t.o.m. 31.12.2026.» rett under prisen.',
      en: '"{product}": "{text}" is hidden from the reader – {reason}. Show it as ordinary text near the price, e.g. "Monthly fee NOK 39. Offer valid until 31 December 2026." right under the price.',
    },
    deemphasized: {
      nb: '«{product}»: «{text}» er vanskelig å se – {reason}. Vis det like tydelig som prisen, i vanlig skriftstørrelse og med god kontrast, f.eks. «Papirfaktura 39 kr per faktura» i brødteksten under prisen.',
      en: '"{product}": "{text}" is hard to see – {reason}. Show it as clearly as the price, in normal type size and with good contrast, e.g. "Paper invoice NOK 39 per invoice" in the body text under the price.',
    },
    attributeOnly: {
      nb: '«{product}»: «{text}» står bare i et verktøytips eller en bildetekst – {reason}. Skriv det i teksten på siden, f.eks. «Fastbeløp 39 kr/mnd» under prisen.',
      en: '"{product}": "{text}" is only in a tooltip or image text – {reason}. Write it in the copy on the page, e.g. "Monthly fee NOK 39" under the price.',
    },
    collapsed: {
      nb: '«{product}»: «{text}» ligger i innhold som er lukket når siden åpnes – {reason} – mens prisen vises. Vis det sammen med prisen, f.eks. «Bruddgebyr 990 kr» under den, eller bruk <details open>.',
      en: '"{product}": "{text}" is in content that is closed when the page opens – {reason} – while the price is shown. Show it with the price, e.g. "Break fee NOK 990" under it, or use <details open>.',
    },
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minFontRatio: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Fine print: below this share of the headline price font size (and below minFontPx).' },
      minFontPx: { type: 'number', minimum: 0, description: 'Copy at or above this font size (px) is never fine print.' },
      collapsedOnTermsPages: { type: 'boolean', description: 'Also report collapsed content on terms pages and price lists.' },
    },
  },
  defaultOptions: { minFontRatio: 0.5, minFontPx: 10, collapsedOnTermsPages: false },
  check(view, context) {
    const { document, product } = view;
    // A product whose name is out of sight (an inactive tab, a closed accordion) is not on offer there.
    if (document.blocks[product.anchor.block]?.visibility.state !== 'visible') return;
    // Most products show all their copy plainly: nothing to compare then.
    if (!view.blocks.some((block) => mayConceal(block, context.options))) return;
    const content = priceContentByBlock(view.facts);
    const headline = headlinePx(view.blocks, content);
    const found: Found[] = [];
    const plain: Fact[][] = [];
    for (const block of view.blocks) {
      const facts = content.get(block.id);
      if (!facts) continue;
      // A block set in several sizes can show some facts plainly and keep others in fine print.
      const byHow = new Map<string, Found>();
      for (const fact of facts) {
        const how = concealment(block, fact, headline, context.options, context.locale);
        if (!how) {
          plain.push([fact]);
          continue;
        }
        const key = `${how.messageId}|${how.reason}`;
        const group = byHow.get(key);
        if (group) group.facts.push(fact);
        else byHow.set(key, { block, facts: [fact], how });
      }
      found.push(...byHow.values());
    }
    if (found.length === 0) return;
    const shown = new ShownFacts();
    for (const facts of plain) for (const fact of facts) shown.add(fact);
    const screenReaderCopy = new ShownFacts();
    for (const f of found) if (f.block.visibility.screenReaderOnly) for (const fact of f.facts) screenReaderCopy.add(fact);
    // Pages hide their decorated price from screen readers with aria-hidden (it stays on screen) and
    // add a screen-reader-only copy of it: the pair is one price on screen, not two hidden ones.
    // aria-hidden hides copy from screen readers only: it stays on screen.
    const visualHalf = (f: Found) => f.block.visibility.cause?.code === 'aria-hidden' && f.facts.every((fact) => screenReaderCopy.has(fact));
    for (const f of found) if (visualHalf(f)) for (const fact of f.facts) shown.add(fact);

    const collapsedCounts = headline !== undefined && (document.pageKind === 'offer' || context.options.collapsedOnTermsPages);
    for (const f of found) {
      const { block, how } = f;
      if (visualHalf(f) || (how.messageId === 'collapsed' && !collapsedCounts)) continue;
      // Copy shared by every product (an FAQ, the terms) is measured against what the whole page shows.
      const unshown = unshownFacts(f.facts, product.blocks.includes(block.id) ? shown : pageShown(document), block.visibility.screenReaderOnly === true);
      if (unshown.length === 0 || !reportsBlock(view, block.id)) continue;
      const start = unshown.reduce((min, fact) => Math.min(min, fact.start), Infinity);
      const end = unshown.reduce((max, fact) => Math.max(max, fact.end), 0);
      context.report({ messageId: how.messageId, at: { block: block.id, start, end }, data: { text: quote(block, start, end), reason: how.reason } });
    }
  },
  examples: {
    valid: [
      {
        format: 'html',
        lang: 'nb',
        note: 'A screen-reader copy of a price that is also shown on the page.',
        code: '<h2>Spot Nordvest</h2>\n<p>Påslag 2,9 øre/kWh, fastbeløp 39 kr/mnd.</p>\n<p class="sr-only">Påslag 2,9 øre/kWh</p>\n',
      },
      {
        format: 'html',
        lang: 'nn',
        note: 'An open <details> shows its content; print-only rules hide nothing on screen.',
        code: '<style>@media print { .vilkar { display: none } }</style>\n<h2>Straum Vest</h2>\n<p>Påslag 3,5 øre/kWh og fastbeløp 29 kr/mnd.</p>\n<details open><summary>Gebyr</summary><p class="vilkar">Papirfaktura kostar 39 kr.</p></details>\n',
      },
      {
        format: 'markdown',
        lang: 'en',
        note: 'Alt text that repeats a price the copy shows.',
        code: '## Spot Coastal\n\n![Markup 3.4 øre/kWh](badge.png)\n\nMarkup 3.4 øre/kWh, monthly fee NOK 29.\n',
      },
    ],
    invalid: [
      {
        format: 'html',
        lang: 'nb',
        note: 'The monthly fee is hidden with a utility class.',
        code: '<h2>Spot Nordvest</h2>\n<p>Påslag 2,9 øre/kWh</p>\n<p class="d-none">Fastbeløp 39 kr/mnd</p>\n',
        findings: [{ messageId: 'hidden', line: 3, column: 19, endLine: 3, endColumn: 38 }],
      },
      {
        format: 'html',
        lang: 'en',
        note: 'Fine print far smaller than the headline price, and a fee only in a tooltip.',
        code: '<h2>Spot Start</h2>\n<p style="font-size:40px">Markup 1.9 øre/kWh</p>\n<p style="font-size:8px">New customers only.</p>\n<p>Monthly fee <abbr title="Invoice fee NOK 49">*</abbr> NOK 39</p>\n',
        findings: [
          { messageId: 'deemphasized', line: 3, column: 26, endLine: 3, endColumn: 39 },
          { messageId: 'attributeOnly', line: 4, column: 29, endLine: 4, endColumn: 47 },
        ],
      },
      {
        format: 'markdown',
        lang: 'nn',
        note: 'A break fee only inside a closed <details> while the price is shown (a warning by default).',
        code: '## Fastpris Fjord\n\nFastpris 69,90 øre/kWh, fast månadsbeløp 39 kr/mnd.\n\n<details>\n<summary>Oppseiing</summary>\n\nBrotsgebyr 990 kr.\n\n</details>\n',
        findings: [{ messageId: 'collapsed', line: 8, column: 1, endLine: 8, endColumn: 18 }],
      },
    ],
  },
});
