import fs from 'node:fs';
import path from 'node:path';
import type { FileResult } from './types.js';

export const BASELINE_FILE = 'stromlint-baseline.json';

/**
 * Known findings, counted by file, rule and product. Counting (not lines) means an edit that moves
 * text up or down keeps the baseline valid, while a new finding of the same kind still shows.
 */
export interface Baseline {
  version: 1;
  files: Record<string, Record<string, Record<string, number>>>;
}

export interface BaselineOutcome {
  results: FileResult[];
  /** Findings hidden because the baseline knows them. */
  hidden: number;
  /** Baseline entries no longer found: fixed, and can be pruned by writing the baseline again. */
  prunable: number;
}

const NO_PRODUCT = '';

function keyOf(cwd: string, filePath: string): string {
  return path.relative(cwd, filePath).split(path.sep).join('/');
}

/** Counts the current findings (fatal ones excluded: a parse error is never a known state). */
export function buildBaseline(results: FileResult[], cwd: string): Baseline {
  const files: Baseline['files'] = {};
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.fatal) continue;
      const rules = (files[keyOf(cwd, result.filePath)] ??= {});
      const products = (rules[finding.ruleId] ??= {});
      const product = finding.product ?? NO_PRODUCT;
      products[product] = (products[product] ?? 0) + 1;
    }
  }
  return { version: 1, files };
}

export function readBaseline(file: string): Baseline | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const data = JSON.parse(text) as Baseline;
  if (data?.version !== 1 || typeof data.files !== 'object') throw new Error(`${file} is not a stromlint baseline (version 1)`);
  return data;
}

/** Hides findings the baseline knows; counts what it knows that is no longer there. */
export function applyBaseline(results: FileResult[], baseline: Baseline, cwd: string): BaselineOutcome {
  const remaining = structuredClone(baseline.files);
  let hidden = 0;
  const filtered = results.map((result) => {
    const known = remaining[keyOf(cwd, result.filePath)];
    if (!known) return result;
    const findings = result.findings.filter((finding) => {
      const products = known[finding.ruleId];
      const product = finding.product ?? NO_PRODUCT;
      if (finding.fatal || !products || !products[product]) return true;
      products[product]--;
      hidden++;
      return false;
    });
    return { ...result, findings };
  });
  // Only files linted in this run can show that an entry is fixed: a partial run prunes nothing else.
  let prunable = 0;
  for (const result of results) {
    for (const products of Object.values(remaining[keyOf(cwd, result.filePath)] ?? {})) {
      for (const n of Object.values(products)) prunable += n;
    }
  }
  return { results: filtered, hidden, prunable };
}
