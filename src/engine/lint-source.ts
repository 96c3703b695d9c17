import type { Document, Format } from '../document/types.js';
import type { Fact } from '../language/facts.js';
import { offersDeal } from '../language/offer.js';
import { DEAL_PAGES, readsPage } from '../rule-kit/page-kind.js';
import { LineIndex } from '../document/line-index.js';
import { checkLimits, type Limits } from '../files/limits.js';
import { limitMessage } from '../files/limits/messages.js';
import { loadAdapter } from '../formats/load.js';
import type { Adapter, AdapterResult } from '../formats/types.js';
import { completeDocument } from '../document/complete-document.js';
import type { FileSettings } from '../config/resolve.js';
import { BUILTIN_MESSAGES } from './builtin-messages.js';
import { fatalResult } from './fatal-result.js';
import { BudgetExceeded, withinBudget } from './time-budget.js';
import { placeDirectives } from './directives.js';
import { engineFinding, noticeFinding, ruleFinding, type EngineReport } from './findings.js';
import { locateAnchor, locateRange } from '../document/positions.js';
import { factsByBlock, productView } from '../rule-kit/product-view.js';
import { summariseProduct } from '../rule-kit/product-summary.js';
import type { FileResult, Finding } from './types.js';
import type { Locale, ProductSummary, Report } from '../rule-kit/types.js';

export interface SourceOptions {
  locale: Locale;
  limits: Limits;
  settings: FileSettings;
  feedPriceUnit?: 'ore' | 'kr';
  /** Keep the source in the result (for code frames). */
  keepSource: boolean;
  /** The file's time budget: a file still being linted after it gets a `timeout` finding. */
  timeoutMs: number;
}

/**
 * Lints one decoded file: limits, parse, recognise, segment, run the per-product rules, and place its
 * directives for the run to apply once whole-run findings are in, all within the file's time budget.
 * Never throws for bad input: a file that cannot be handled, or that takes longer than its budget,
 * gets a fatal finding.
 */
export async function lintSource(filePath: string, source: string, format: Format, options: SourceOptions): Promise<FileResult> {
  let adapter: Adapter;
  try {
    adapter = await loadAdapter(format);
  } catch (error) {
    return fatalResult(filePath, 'parse-error', 'parseError', options.locale, { format, detail: errorText(error) });
  }
  try {
    return withinBudget(() => lintWith(adapter, filePath, source, format, options), options.timeoutMs);
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error;
    return fatalResult(filePath, 'timeout', 'timeout', options.locale, { seconds: (options.timeoutMs / 1000).toFixed(0) });
  }
}

function lintWith(adapter: Adapter, filePath: string, source: string, format: Format, options: SourceOptions): FileResult {
  const lines = new LineIndex(source);
  const fatal = (report: Omit<EngineReport, 'fatal'>, start = 0, end = 0): FileResult => ({
    filePath,
    findings: [engineFinding({ ...report, fatal: true }, options.locale, locateRange({ lines }, start, end))],
    products: [],
    ...(options.keepSource ? { source } : {}),
  });
  const parseError = (detail: string) => ({ ruleId: 'parse-error', messageId: 'parseError', template: BUILTIN_MESSAGES.parseError, data: { format, detail } });

  // An empty file (0 bytes, or a byte-order mark alone) holds nothing to check: in no format is it a syntax error.
  if (source === '') return { filePath, findings: [], products: [], skipped: 'empty file', ...(options.keepSource ? { source } : {}) };

  const violation = checkLimits(source, format, options.limits);
  if (violation) return fatal({ ruleId: violation.ruleId, messageId: violation.ruleId, template: violation.message }, violation.offset, violation.offset);

  let parsed: AdapterResult;
  try {
    parsed = adapter.parse(filePath, source, { html: options.settings.html, feedPriceUnit: options.feedPriceUnit });
  } catch (error) {
    return fatal(parseError(errorText(error)));
  }
  if (parsed.kind === 'skip') return { filePath, findings: [], products: [], skipped: parsed.reason };
  if (parsed.kind === 'parse-error') return fatal(parseError(parsed.message), parsed.start, parsed.end);

  try {
    const document = completeDocument(parsed.document, options.settings.pageKind);
    const crowded = mostFactsInOneBlock(document);
    if (crowded.count > options.limits.maxFactsPerBlock) {
      const at = locateAnchor(document, { block: crowded.block, start: 0, end: 0 }).offset;
      return fatal(
        {
          ruleId: 'too-many-facts',
          messageId: 'too-many-facts',
          template: limitMessage('too-many-facts', crowded.count, options.limits.maxFactsPerBlock, 'limits.maxFactsPerBlock'),
        },
        at,
        at,
      );
    }
    // Directives are applied once the whole-run rules have reported too (see finishRun). The result
    // outlives the file: copied, so that names and quotes sliced from the source do not keep it alive.
    const kept = structuredClone({ ...runProductRules(document, options), directives: placeDirectives(document) });
    return { filePath, ...kept, ...(options.keepSource ? { source } : {}) };
  } catch (error) {
    return fatal({ ruleId: 'internal-error', messageId: 'internalError', template: BUILTIN_MESSAGES.internalError, data: { detail: errorText(error) } });
  }
}

/** The block with the most facts (facts are sorted by block), and how many it has. */
function mostFactsInOneBlock(document: Document): { block: number; count: number } {
  const most = { block: 0, count: 0 };
  for (let i = 0, run = 0; i < document.facts.length; i++) {
    run = i > 0 && document.facts[i - 1]!.block === document.facts[i]!.block ? run + 1 : 1;
    if (run > most.count) Object.assign(most, { block: document.facts[i]!.block, count: run });
  }
  return most;
}

function runProductRules(document: Document, options: SourceOptions): { findings: Finding[]; products: ProductSummary[] } {
  const findings: Finding[] = document.notices.map((notice) => noticeFinding(document, notice, options.locale));
  const unplaced = unplacedOffer(document);
  if (unplaced) {
    const place = locateAnchor(document, unplaced);
    findings.push(engineFinding({ ruleId: 'no-product', messageId: 'noProduct', template: BUILTIN_MESSAGES.noProduct, severity: 'info' }, options.locale, place));
  }
  const byBlock = factsByBlock(document.facts);
  const products: ProductSummary[] = [];
  for (const product of document.products) {
    const view = productView(document, product, byBlock);
    products.push(summariseProduct(view, locateAnchor(document, product.anchor)));
    for (const active of options.settings.rules) {
      const { rule } = active;
      if (rule.scope !== 'product' || !rule.formats.includes(document.format) || !readsPage(rule, document.pageKind, active.options)) continue;
      const report = (r: Report) => {
        const place = locateAnchor(document, r.at ?? product.anchor);
        findings.push(ruleFinding(active, { messageId: r.messageId, product: product.name, place, data: r.data, severity: r.severity }, options.locale));
      };
      rule.check(view, { options: active.options, locale: options.locale, report });
    }
  }
  return { findings, products };
}

/** On a page that markets deals but where no product was found, the first fact that offers one. */
function unplacedOffer(document: Document): Fact | undefined {
  if (document.format === 'json' || document.products.length > 0 || !DEAL_PAGES.includes(document.pageKind)) return undefined;
  return document.facts.find((f) => offersDeal(f) && document.blocks[f.block]?.visibility.state === 'visible');
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
