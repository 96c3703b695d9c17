import type { Document, Format } from '../document/types.js';
import { LineIndex } from '../document/line-index.js';
import { segmentProducts } from '../document/segment.js';
import { checkLimits, type Limits } from '../files/limits.js';
import { loadAdapter } from '../formats/load.js';
import type { AdapterResult, ParsedDocument } from '../formats/types.js';
import { recognise } from '../language/index.js';
import { sheetFacts } from '../language/sheet-facts.js';
import type { FileSettings } from '../config/resolve.js';
import { ruleDocsUrl } from '../package-info.js';
import { BUILTIN_MESSAGES } from './builtin-messages.js';
import { placeDirectives } from './directives.js';
import { formatMessage } from './messages.js';
import { locateAnchor, locateRange } from './positions.js';
import { factsByBlock, productView } from './product-view.js';
import { summariseProduct } from './product-summary.js';
import { milder } from './severity.js';
import type { FileResult, Finding, Locale, ProductSummary, Report } from './types.js';

export interface SourceOptions {
  locale: Locale;
  limits: Limits;
  settings: FileSettings;
  feedPriceUnit?: 'ore' | 'kr';
  /** Keep the source in the result (for code frames). */
  keepSource: boolean;
}

/**
 * Lints one decoded file: limits, parse, recognise, segment, run the per-product rules, apply
 * directives. Never throws for bad input: a file that cannot be handled gets a fatal finding.
 */
export async function lintSource(filePath: string, source: string, format: Format, options: SourceOptions): Promise<FileResult> {
  const lines = new LineIndex(source);
  const fatal = (ruleId: string, messageId: string, message: string, start = 0, end = 0): FileResult => ({
    filePath,
    findings: [{ ruleId, messageId, severity: 'error', message, fatal: true, ...locateRange({ lines }, start, end) }],
    products: [],
    ...(options.keepSource ? { source } : {}),
  });

  const violation = checkLimits(source, format, options.limits);
  if (violation) return fatal(violation.ruleId, violation.ruleId, violation.message[options.locale], violation.offset, violation.offset);

  let parsed: AdapterResult;
  try {
    const adapter = await loadAdapter(format);
    parsed = adapter.parse(filePath, source, { html: options.settings.html, feedPriceUnit: options.feedPriceUnit });
  } catch (error) {
    return fatal('parse-error', 'parseError', formatMessage(BUILTIN_MESSAGES.parseError, options.locale, { format, detail: errorText(error) }));
  }
  if (parsed.kind === 'skip') return { filePath, findings: [], products: [], skipped: parsed.reason };
  if (parsed.kind === 'parse-error') {
    return fatal('parse-error', 'parseError', formatMessage(BUILTIN_MESSAGES.parseError, options.locale, { format, detail: parsed.message }), parsed.start, parsed.end);
  }

  try {
    const document = completeDocument(parsed.document);
    // Directives are applied once the whole-run rules have reported too (see finishRun). The result
    // outlives the file: copied, so that names and quotes sliced from the source do not keep it alive.
    const kept = structuredClone({ ...runProductRules(document, options), directives: placeDirectives(document) });
    return { filePath, ...kept, ...(options.keepSource ? { source } : {}) };
  } catch (error) {
    return fatal('internal-error', 'internalError', formatMessage(BUILTIN_MESSAGES.internalError, options.locale, { detail: errorText(error) }));
  }
}

/** Adds facts and, for Markdown and HTML, the segmented products. */
export function completeDocument(parsed: ParsedDocument): Document {
  const facts = recognise(parsed.blocks);
  if (parsed.format === 'json') facts.push(...sheetFacts(parsed));
  facts.sort((a, b) => a.block - b.block || a.start - b.start);
  const products = parsed.format === 'json' ? parsed.products : segmentProducts(parsed, facts);
  return { ...parsed, facts, products };
}

function runProductRules(document: Document, options: SourceOptions): { findings: Finding[]; products: ProductSummary[] } {
  const findings: Finding[] = [];
  for (const notice of document.notices) {
    findings.push({
      ruleId: notice.ruleId,
      messageId: notice.messageId,
      severity: notice.severity,
      message: notice.message[options.locale],
      ...locateRange(document, notice.start, notice.end),
    });
  }
  const byBlock = factsByBlock(document.facts);
  const products: ProductSummary[] = [];
  for (const product of document.products) {
    const view = productView(document, product, byBlock);
    products.push(summariseProduct(view, locateAnchor(document, product.anchor)));
    for (const active of options.settings.rules) {
      const { rule } = active;
      if (rule.scope !== 'product' || !rule.formats.includes(document.format)) continue;
      const report = (r: Report) => {
        const template = rule.messages[r.messageId];
        if (!template) throw new Error(`rule ${rule.id} reported unknown message "${r.messageId}"`);
        const own = r.severity ?? rule.messageSeverity?.[r.messageId] ?? active.severity;
        findings.push({
          ruleId: rule.id,
          messageId: r.messageId,
          severity: milder(own, active.severity),
          message: formatMessage(template, options.locale, { product: product.name, ...r.data }),
          product: product.name,
          docsUrl: ruleDocsUrl(rule.id),
          ...locateAnchor(document, r.at ?? product.anchor),
        });
      };
      rule.check(view, { options: active.options, locale: options.locale, report });
    }
  }
  return { findings, products };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
