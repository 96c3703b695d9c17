import fs from 'node:fs';
import path from 'node:path';
import type { FileResult, Finding } from './types.js';

export const BASELINE_FILE = 'stromlint-baseline.json';

/** Counts of known findings: file → rule → product → count. */
type Counts = Map<string, Map<string, Map<string, number>>>;

/**
 * Known findings, counted by file, rule and product. Counting (not lines) means an edit that moves
 * text up or down keeps the baseline valid, while a new finding of the same kind still shows. The
 * file holds plain JSON objects; in memory the counts are Maps, so that no name (a product called
 * "constructor" or "__proto__") can meet a property every object has.
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

function child<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Counts the current findings (fatal ones excluded: a parse error is never a known state). */
export function buildBaseline(results: FileResult[], cwd: string): Baseline {
  const counts: Counts = new Map();
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.fatal) continue;
      const products = child(
        child(counts, keyOf(cwd, result.filePath), () => new Map()),
        finding.ruleId,
        () => new Map<string, number>(),
      );
      const product = finding.product ?? NO_PRODUCT;
      products.set(product, (products.get(product) ?? 0) + 1);
    }
  }
  return { version: 1, files: toObjects(counts) };
}

/** How many findings a baseline records. */
export function baselineSize(baseline: Baseline): number {
  let total = 0;
  for (const rules of toCounts(baseline).values()) for (const products of rules.values()) for (const n of products.values()) total += n;
  return total;
}

export function readBaseline(file: string): Baseline | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const data = JSON.parse(text) as Baseline;
  if (data?.version !== 1 || typeof data.files !== 'object' || data.files === null) throw new Error(`${file} is not a stromlint baseline (version 1)`);
  return data;
}

/**
 * Hides findings the baseline knows; counts what it knows that is no longer there. A finding whose
 * product is not in the baseline takes a count left over by a product of the same file and rule
 * that has no findings any more: a renamed product keeps its known findings hidden, and they are
 * not reported as fixed.
 */
export function applyBaseline(results: FileResult[], baseline: Baseline, cwd: string): BaselineOutcome {
  const remaining = toCounts(baseline);
  let hidden = 0;
  const filtered = results.map((result) => {
    const known = remaining.get(keyOf(cwd, result.filePath));
    if (!known) return result;
    const take = (products: Map<string, number> | undefined, product: string) => {
      const n = products?.get(product) ?? 0;
      if (n === 0) return false;
      products!.set(product, n - 1);
      hidden++;
      return true;
    };
    const unknown: Finding[] = [];
    const exact = result.findings.filter((f) => f.fatal || take(known.get(f.ruleId), f.product ?? NO_PRODUCT) === false);
    // Products that still have findings of a rule are not renamed: their leftover counts are fixes.
    const present = new Set(result.findings.map((f) => `${f.ruleId}\0${f.product ?? NO_PRODUCT}`));
    for (const finding of exact) {
      const products = known.get(finding.ruleId);
      const renamed = finding.fatal ? undefined : [...(products?.keys() ?? [])].find((p) => !present.has(`${finding.ruleId}\0${p}`) && products!.get(p)! > 0);
      if (renamed === undefined || !take(products, renamed)) unknown.push(finding);
    }
    return { ...result, findings: unknown };
  });
  // Only files linted in this run can show that an entry is fixed: a partial run prunes nothing else.
  let prunable = 0;
  for (const result of results) {
    for (const products of remaining.get(keyOf(cwd, result.filePath))?.values() ?? []) for (const n of products.values()) prunable += n;
  }
  return { results: filtered, hidden, prunable };
}

/** The file's plain objects as Maps (own keys only). */
function toCounts(baseline: Baseline): Counts {
  const entries = <T>(value: unknown): Array<[string, T]> => (value !== null && typeof value === 'object' ? (Object.entries(value) as Array<[string, T]>) : []);
  return new Map(
    entries<unknown>(baseline.files).map(([file, rules]) => [
      file,
      new Map(
        entries<unknown>(rules).map(([rule, products]) => [rule, new Map(entries<unknown>(products).filter(([, n]) => typeof n === 'number' && n > 0) as Array<[string, number]>)]),
      ),
    ]),
  );
}

/** Maps as plain objects for the file (Object.fromEntries makes "__proto__" an ordinary key). */
function toObjects(counts: Counts): Baseline['files'] {
  return Object.fromEntries([...counts].map(([file, rules]) => [file, Object.fromEntries([...rules].map(([rule, products]) => [rule, Object.fromEntries(products)]))]));
}
