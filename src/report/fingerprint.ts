import { createHash } from 'node:crypto';
import type { Finding } from '../engine/types.js';
import { displayPath } from './paths.js';

/**
 * Stable identities for findings, for tools that track issues across runs (GitLab Code Quality,
 * SARIF partial fingerprints). Built from file, rule, product and message, not from line and
 * column, so a finding keeps its identity when copy above it moves. Identical findings in one file
 * are told apart by their order of occurrence.
 *
 * Returns a function to call once per finding, in report order.
 */
export function fingerprinter(cwd: string): (filePath: string, finding: Finding) => string {
  const seen = new Map<string, number>();
  return (filePath, finding) => {
    const key = [displayPath(filePath, cwd), finding.ruleId, finding.product ?? '', finding.message].join('\0');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha1').update(`${key}\0${occurrence}`).digest('hex');
  };
}
