import type { FileResult, Finding } from '../engine/types.js';

export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be linted at all; also counted in `errors`. */
  fatal: number;
}

/** Counts findings by severity. */
export function tally(findings: readonly Finding[]): Tally {
  const counts: Tally = { errors: 0, warnings: 0, infos: 0, fatal: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warn') counts.warnings++;
    else counts.infos++;
    if (finding.fatal) counts.fatal++;
  }
  return counts;
}

/** Counts the findings of a whole run. */
export function tallyRun(results: readonly FileResult[]): Tally {
  return tally(results.flatMap((r) => r.findings));
}
