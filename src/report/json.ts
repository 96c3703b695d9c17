import type { FileResult, Finding } from '../engine/types.js';
import { tally } from './tally.js';
import type { Reporter } from './types.js';

/** ESLint's LintMessage, plus the product, the docs link and the exact severity. */
interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  messageId: string;
  endLine: number;
  endColumn: number;
  fatal?: true;
  /** ESLint has no info severity: info findings are severity 1 and say so here. */
  stromlintSeverity?: 'info';
  product?: string;
  docsUrl?: string;
}

/** ESLint's LintResult, field for field. */
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: never[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  usedDeprecatedRules: never[];
  source?: string;
}

function toMessage(f: Finding): JsonMessage {
  return {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    line: f.line,
    column: f.column,
    messageId: f.messageId,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.fatal ? { fatal: true as const } : {}),
    ...(f.severity === 'info' ? { stromlintSeverity: 'info' as const } : {}),
    ...(f.product !== undefined ? { product: f.product } : {}),
    ...(f.docsUrl !== undefined ? { docsUrl: f.docsUrl } : {}),
  };
}

function toResult(result: FileResult): JsonResult {
  const counts = tally(result.findings);
  return {
    filePath: result.filePath,
    messages: result.findings.map(toMessage),
    suppressedMessages: [],
    errorCount: counts.errors,
    fatalErrorCount: counts.fatal,
    // Counts every severity-1 message, as ESLint does, so the count matches the messages.
    warningCount: counts.warnings + counts.infos,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
    // Like ESLint: the source only for files with messages.
    ...(result.source !== undefined && result.findings.length > 0 ? { source: result.source } : {}),
  };
}

/** ESLint-compatible JSON: an array of results, so tools that read ESLint's output read this. */
export const json: Reporter = (results) => JSON.stringify(results.map(toResult));
