import type { ProductSummary, Severity } from '../rule-kit/types.js';
import type { PlacedDirective } from './directives.js';

/** A finding, as every reporter receives it. Lines and columns are 1-based, columns in UTF-16 units. */
export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The product the finding is about, when there is one. */
  product?: string;
  docsUrl?: string;
  /** The file could not be linted at all (parse error, too large, unreadable). */
  fatal?: boolean;
  /** Source offsets, for code frames and directives. */
  offset?: number;
  endOffset?: number;
}

/** All that was found in one file. */
export interface FileResult {
  filePath: string;
  findings: Finding[];
  /** Source text, kept only when a reporter needs code frames. */
  source?: string;
  /** Products of this file, summarised for whole-run rules. */
  products: ProductSummary[];
  /** The file was not linted (binary, not a product sheet …): why, for verbose output. */
  skipped?: string;
  /** Disable directives of the file, applied when the run is finished (whole-run findings included). */
  directives?: PlacedDirective[];
}
