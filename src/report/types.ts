import type { FileResult } from '../engine/types.js';
import type { Locale } from '../rule-kit/types.js';
import type { Rule } from '../rule-kit/types.js';

/** What every reporter is given besides the results. */
export interface ReportContext {
  locale: Locale;
  /** Colours allowed (TTY, no NO_COLOR, not --no-color). */
  color: boolean;
  /** Paths in output are relative to this folder. */
  cwd: string;
  /** The rules that ran, for formats that describe rules (SARIF). */
  rules: Rule[];
  /** stromlint's version, for tool descriptions. */
  version: string;
  /** A rule's documentation page, where a docs URL is declared; never an invented one. */
  docsUrl?: (ruleId: string) => string | undefined;
  /** Findings hidden by a baseline and other run facts a summary may mention. */
  stats?: { baselineHidden?: number; baselinePrunable?: number; filesLinted?: number };
}

/** Formats results as text. Reporters only format: they never filter, sort or decide. */
export type Reporter = (results: FileResult[], context: ReportContext) => string;
