import type { Anchor, Block, Document, Format, PageKind, Product, ProductType } from '../document/types.js';
import type { Fact, FactKind, FactOf } from '../language/facts.js';

export type Severity = 'error' | 'warn' | 'info';
export type SeveritySetting = Severity | 'off';
export type Locale = 'nb' | 'en';

/** Text in each output locale. `{name}` placeholders are filled from a finding's data. */
export interface Localized {
  nb: string;
  en: string;
}

/**
 * A product summary that whole-run rules read: plain data, so it can come from a cache or a worker.
 */
/**
 * One stated value of a term: an amount in its unit ("ore/kWh", "kr/month", "kr/day", "kr" once,
 * "kr/invoice", "months", "days", "kWh"), or a word (an ISO date, a price area, "yes").
 */
export type TermValue = { value: number; unit: string } | { text: string };

export interface ProductSummary {
  filePath: string;
  name: string;
  type: ProductType;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Container group on the page (cards of one grid share a group), or -1. */
  group: number;
  /**
   * Stated terms, normalised: term → its values, sorted ("markup" → 4.9 ore/kWh, "binding" → 12
   * months, "areas" → NO1 and NO2; see `summariseProduct`). A campaign price and the price after it
   * are two values of one term.
   */
  terms: Record<string, TermValue[]>;
  /** Which kinds of facts the product shows (type, price elements, binding, campaign). */
  shows: string[];
  /** What kind of page the product is on; absent means marketing. */
  pageKind?: PageKind;
}

/** One example of a rule, run as a test and printed by `stromlint explain`. */
export interface RuleExample {
  format: Format;
  /** Language of the copy. */
  lang: 'nb' | 'nn' | 'en';
  code: string;
  /** Rule options for this example. */
  options?: Record<string, unknown>;
  /** Expected findings (invalid examples); valid examples have none. */
  findings?: ExpectedFinding[];
  /** One line saying what the example shows. */
  note?: string;
}

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What a rule reports: a message id, where, and data for the message placeholders. */
export interface Report {
  messageId: string;
  /** Where: words in a block. Omit to point at the product's name. */
  at?: Anchor;
  data?: Record<string, string | number>;
  /** Override the configured severity (e.g. an unsure case reported as info). */
  severity?: Severity;
}

/** A product as a per-product rule sees it: its blocks and facts, its own and shared ones. */
export interface ProductView {
  product: Product;
  document: Document;
  /** Blocks of the product, then the shared footnotes and terms. */
  blocks: Block[];
  /** Facts in those blocks. */
  facts: Fact[];
  /** Facts of one kind. */
  factsOf<K extends FactKind>(kind: K): FactOf<K>[];
}

export interface RuleContext<O> {
  options: O;
  locale: Locale;
  report(report: Report): void;
}

interface RuleMetaBase<O> {
  id: string;
  severity: Severity;
  formats: Format[];
  summary: Localized;
  /** One paragraph: why this matters. */
  rationale: Localized;
  /** Where the requirement comes from: Trygg Strømhandel, Forbrukertilsynet, a law. */
  sources: string[];
  messages: Record<string, Localized>;
  /** JSON Schema of the options object. */
  optionsSchema: Record<string, unknown>;
  defaultOptions: O;
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
  /** The kinds of page the rule reads (default: offer pages and price lists); terms pages also with `checkTermsPages`. */
  pageKinds?: PageKind[];
  /** Message ids whose findings default to another severity (e.g. `collapsed` → warn). */
  messageSeverity?: Record<string, Severity>;
}

/** A rule that looks at one product at a time. */
export interface ProductRule<O = Record<string, unknown>> extends RuleMetaBase<O> {
  scope: 'product';
  check(view: ProductView, context: RuleContext<O>): void;
}

/** A rule that looks at every product of the run at once (e.g. products hard to tell apart). */
export interface RunRule<O = Record<string, unknown>> extends RuleMetaBase<O> {
  scope: 'run';
  checkRun(products: ProductSummary[], context: RunRuleContext<O>): void;
}

export interface RunRuleContext<O> {
  options: O;
  locale: Locale;
  report(report: { messageId: string; product: ProductSummary; data?: Record<string, string | number>; severity?: Severity }): void;
}

export type Rule<O = any> = ProductRule<O> | RunRule<O>;

/** Declares a rule; typed identity so rule files read as data. */
export function defineRule<O>(rule: ProductRule<O>): ProductRule<O>;
export function defineRule<O>(rule: RunRule<O>): RunRule<O>;
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}
