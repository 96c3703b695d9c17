import type { AdapterNotice, Document } from '../document/types.js';
import { locateRange, type Located } from '../document/positions.js';
import type { ActiveRule } from '../config/resolve.js';
import type { Locale, Localized, Severity } from '../rule-kit/types.js';
import { formatMessage } from './messages.js';
import { milder } from './severity.js';
import type { Finding } from './types.js';

/** A rule reported a message id it does not declare: a bug in the rule, reported as one. */
export class RuleError extends Error {
  override name = 'RuleError';
}

/** What a rule said, from a per-product rule or a whole-run rule alike. */
export interface RuleReport {
  messageId: string;
  product: string;
  place: Located | Pick<Located, 'line' | 'column' | 'endLine' | 'endColumn'>;
  data?: Record<string, string | number>;
  severity?: Severity;
}

/**
 * The finding of a rule's report: its message in the run's language, its severity (a message's own
 * default or the report's never raises what the user configured), the product and the place.
 */
export function ruleFinding(active: ActiveRule, report: RuleReport, locale: Locale): Finding {
  const { rule } = active;
  const template = rule.messages[report.messageId];
  if (!template) throw new RuleError(`rule "${rule.id}" reported the unknown message "${report.messageId}"`);
  const own = report.severity ?? rule.messageSeverity?.[report.messageId] ?? active.severity;
  return {
    ruleId: rule.id,
    messageId: report.messageId,
    severity: milder(own, active.severity),
    message: formatMessage(template, locale, { product: report.product, ...report.data }),
    product: report.product,
    ...report.place,
  };
}

/** A problem a format adapter met (a schema violation, unclosed front matter …). */
export function noticeFinding(document: Document, notice: AdapterNotice, locale: Locale): Finding {
  return {
    ruleId: notice.ruleId,
    messageId: notice.messageId,
    severity: notice.severity,
    message: notice.message[locale],
    ...locateRange(document, notice.start, notice.end),
  };
}

/** A finding of the engine's own: a file that could not be linted, a problem with a disable comment. */
export interface EngineReport {
  ruleId: string;
  messageId: string;
  /** The message: one of the engine's built-in messages, or a limit's own. */
  template: Localized;
  data?: Record<string, string | number>;
  severity?: Severity;
  /** The file could not be linted at all. */
  fatal?: boolean;
}

const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function engineFinding(report: EngineReport, locale: Locale, place: Pick<Located, 'line' | 'column' | 'endLine' | 'endColumn'> & Partial<Located> = FILE_START): Finding {
  return {
    ruleId: report.ruleId,
    messageId: report.messageId,
    severity: report.severity ?? 'error',
    message: formatMessage(report.template, locale, report.data),
    ...(report.fatal ? { fatal: true } : {}),
    ...place,
  };
}
