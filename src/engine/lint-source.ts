import type { Document, Format } from '../document/types.js';
import type { Fact } from '../language/facts.js';
import { offersDeal } from '../language/offer.js';
import { DEAL_PAGES, readsPage } from '../rule-kit/page-kind.js';
import { LineIndex } from '../document/line-index.js';
import { checkLimits, type Limits } from '../files/limits.js';
import { loadAdapter } from '../formats/load.js';
import type { AdapterResult } from '../formats/types.js';
import { completeDocument } from '../document/complete-document.js';
import type { FileSettings } from '../config/resolve.js';
import { BUILTIN_MESSAGES } from './builtin-messages.js';
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
}

/**
 * Lints one decoded file: limits, parse, recognise, segment, run the per-product rules, and place its
 * directives for the run to apply once whole-run findings are in. Never throws for bad input: a file
 * that cannot be handled gets a fatal finding.
 */
export async function lintSource(filePath: string, source: string, format: Format, options: SourceOptions): Promise<FileResult> {
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
    const adapter = await loadAdapter(format);
    parsed = adapter.parse(filePath, source, { html: options.settings.html, feedPriceUnit: options.feedPriceUnit });
  } catch (error) {
    return fatal(parseError(errorText(error)));
  }
  if (parsed.kind === 'skip') return { filePath, findings: [], products: [], skipped: parsed.reason };
  if (parsed.kind === 'parse-error') return fatal(parseError(parsed.message), parsed.start, parsed.end);

  try {
    const document = completeDocument(parsed.document, options.settings.pageKind);
    // Directives are applied once the whole-run rules have reported too (see finishRun). The result
    // outlives the file: copied, so that names and quotes sliced from the source do not keep it alive.
    const kept = structuredClone({ ...runProductRules(document, options), directives: placeDirectives(document) });
    return { filePath, ...kept, ...(options.keepSource ? { source } : {}) };
  } catch (error) {
    return fatal({ ruleId: 'internal-error', messageId: 'internalError', template: BUILTIN_MESSAGES.internalError, data: { detail: errorText(error) } });
  }
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
