import type { Locale, ProductSummary } from '../../src/rule-kit/index.js';
import { contained, MAX_FUZZY_NAMES, MAX_OCCURRENCES, nameOf, similarNames, type Name } from './names.js';
import { agree, comparableTerms, CONFLICT_TERMS, conflictTerm, contradictions } from './terms.js';
import { list, termText, valueText, word } from './wording.js';

export type MessageId = 'similarNames' | 'identicalTerms' | 'sameNameDifferentTerms' | 'unevenFacts';

/** A finding to be: on the later product of a pair (`target`), naming the other. */
export interface Candidate {
  messageId: MessageId;
  target: number;
  other: number;
  detail: (locale: Locale) => string;
}

/** Keeps a candidate pair ordered so that the finding goes on the later of the two. */
function pair(messageId: MessageId, i: number, j: number, detail: Candidate['detail']): Candidate {
  return { messageId, target: Math.max(i, j), other: Math.min(i, j), detail };
}

/** Products in reading order: by file, then line and column. */
export function byPlace(a: ProductSummary, b: ProductSummary): number {
  return a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : a.line - b.line || a.column - b.column;
}

/**
 * Every product of the run compared by name and by terms: each name read once, the occurrences of
 * one name (however written) grouped, and the terms each is compared on computed once, since pairs
 * of occurrences compare them many times.
 */
export class Comparison {
  readonly candidates: Candidate[] = [];
  private readonly names: Name[];
  private readonly signatures: Array<string | undefined>;
  /** The occurrences of each name, in order. */
  private readonly groups: number[][];

  /** `products` in reading order (see `byPlace`). */
  constructor(
    private readonly products: readonly ProductSummary[],
    generic: ReadonlySet<string>,
    private readonly similarity: number,
  ) {
    this.names = products.map((p) => nameOf(p.name, generic));
    this.signatures = products.map(comparableTerms);
    const groups = new Map<string, number[]>();
    this.names.forEach((n, i) => (groups.get(n.identity) ?? groups.set(n.identity, []).get(n.identity)!).push(i));
    this.groups = [...groups.values()];
  }

  /**
   * Each occurrence of one name against the earlier ones: reported against the first it contradicts,
   * unless it agrees with an earlier one that was not reported (the sheet and a correct page agree;
   * only the page that differs is reported).
   */
  sameNames(): void {
    const { products } = this;
    for (const occurrences of this.groups) {
      const reported = new Set<number>();
      for (const [k, i] of occurrences.entries()) {
        const earlier = occurrences.slice(0, Math.min(k, MAX_OCCURRENCES));
        if (earlier.some((j) => !reported.has(j) && agree(products[i]!, products[j]!))) continue;
        for (const j of earlier) {
          const keys = contradictions(products[i]!, products[j]!) ?? [];
          if (keys.length === 0) continue;
          const [a, b] = [products[i]!, products[j]!];
          this.candidates.push(pair('sameNameDifferentTerms', i, j, (l) => keys.map((key) => `${termText(key, a.terms[key]!, l)} ${word('here', l)}, ${valueText(b.terms[key]!, l)} ${word('there', l)}`).join('; ')));
          reported.add(i);
          break;
        }
      }
    }
  }

  /**
   * Two names alike: two products the reader can confuse when they stand in one file or their terms
   * contradict; in different files with terms that agree, one product written two ways: quiet.
   */
  alikeNames(): void {
    const { products } = this;
    for (const [g, h] of this.similarGroups()) {
      const found = this.firstPair(g, h, (i, j) => products[i]!.filePath === products[j]!.filePath) ?? this.firstPair(g, h, (i, j) => (contradictions(products[i]!, products[j]!)?.length ?? 0) > 0);
      if (found) this.candidates.push(pair('similarNames', found[0], found[1], () => ''));
    }
  }

  /** Different names whose occurrences state the same comparable terms: each name against earlier ones until one matches. */
  identicalTerms(): void {
    const bySignature = new Map<string, Set<number[]>>();
    const groupOf = new Map<number, number[]>();
    for (const g of this.groups) for (const i of g) groupOf.set(i, g);
    this.signatures.forEach((signature, i) => {
      if (signature !== undefined) (bySignature.get(signature) ?? bySignature.set(signature, new Set()).get(signature)!).add(groupOf.get(i)!);
    });
    for (const set of bySignature.values()) {
      const list = [...set].sort((x, y) => x[0]! - y[0]!);
      for (const [b, h] of list.entries()) list.slice(0, b).some((g) => this.termsAlike(g, h));
    }
  }

  /** Pairs of names (first occurrences in order) that normalise alike or nearly so. */
  private similarGroups(): Array<[number[], number[]]> {
    const { names, groups, similarity } = this;
    const pairs: Array<[number[], number[]]> = [];
    const byKey = new Map<string, number[][]>();
    for (const g of groups) if (names[g[0]!]!.key !== '') (byKey.get(names[g[0]!]!.key) ?? byKey.set(names[g[0]!]!.key, []).get(names[g[0]!]!.key)!).push(g);
    const fuzzy = groups.length <= MAX_FUZZY_NAMES && similarity < 1;
    for (const [a, g] of groups.entries()) {
      for (const h of fuzzy ? groups.slice(a + 1) : (byKey.get(names[g[0]!]!.key) ?? []).filter((x) => x[0]! > g[0]!)) {
        if (similarNames(names[g[0]!]!, names[h[0]!]!, similarity)) pairs.push([g, h]);
      }
    }
    return pairs;
  }

  /** Different names, same terms: unless the names are alike (reported as such) or one is the other dressed up in another file. */
  private termsAlike(g: number[], h: number[]): boolean {
    const { products, signatures } = this;
    const [a, b] = [this.names[g[0]!]!, this.names[h[0]!]!];
    if (similarNames(a, b, this.similarity) || a.numbers !== b.numbers) return false;
    const sameTerms = (i: number, j: number) => signatures[i] !== undefined && signatures[i] === signatures[j];
    const found = this.firstPair(g, h, (i, j) => sameTerms(i, j) && (products[i]!.filePath === products[j]!.filePath || !contained(a, b)));
    if (!found) return false;
    const p = products[found[0]]!;
    const shown = Object.keys(p.terms).filter(conflictTerm).sort((x, y) => CONFLICT_TERMS.indexOf(x) - CONFLICT_TERMS.indexOf(y));
    const terms = (l: Locale) => list(shown.map((k) => termText(k, p.terms[k]!, l)), l, 'and');
    this.candidates.push(
      pair('identicalTerms', found[0], found[1], (l) =>
        l === 'nb'
          ? `begge oppgir ${terms(l)}. Vis hva som skiller dem, f.eks. «Spotpris Hytte: påslag 5,9 øre/kWh», eller bruk ett navn hvis det er ett produkt`
          : `both state ${terms(l)}. Show what sets them apart, e.g. "Spot Cabin: markup 5.9 øre/kWh", or use one name if it is one product`,
      ),
    );
    return true;
  }

  /** The pair (one from each list) whose later member comes first, among pairs that pass the test. */
  private firstPair(g: number[], h: number[], test: (i: number, j: number) => boolean): [number, number] | undefined {
    let found: [number, number] | undefined;
    for (const i of g.slice(0, MAX_OCCURRENCES)) for (const j of h.slice(0, MAX_OCCURRENCES)) if (test(i, j) && (!found || Math.max(i, j) < Math.max(...found))) found = [i, j];
    return found;
  }
}

/** One finding per product and message id, naming the earliest other product; none twice for one pair. */
export function reportable(candidates: readonly Candidate[]): Candidate[] {
  const done = new Set<string>();
  const pairs = new Set<string>();
  const kept: Candidate[] = [];
  for (const c of [...candidates].sort((x, y) => x.target - y.target || x.other - y.other)) {
    const key = `${c.target}:${c.messageId}`;
    const pairKey = `${c.target}:${c.other}`;
    if (done.has(key) || pairs.has(pairKey)) continue;
    done.add(key);
    pairs.add(pairKey);
    kept.push(c);
  }
  return kept;
}
