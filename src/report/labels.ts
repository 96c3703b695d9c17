import type { Locale, Severity } from '../rule-kit/types.js';
import type { Tally } from './tally.js';

/** Reporter chrome in each output locale. Finding messages arrive localised already. */
export interface Labels {
  severity: Record<Severity, string>;
  fatal: string;
  product: string;
  line: string;
  column: string;
  noProblems: string;
  docs: string;
  problems(n: number): string;
  errors(n: number): string;
  warnings(n: number): string;
  infos(n: number): string;
  baselineHidden(n: number): string;
  /** " in 12 files", after the problem count. */
  inFiles(n: number): string;
  /** A run without findings, in one line. */
  clean(files: number): string;
  notAnnotated(n: number, limit: number): string;
}

const plural = (one: string, many: string) => (n: number) => `${n} ${n === 1 ? one : many}`;

export const LABELS: Record<Locale, Labels> = {
  en: {
    severity: { error: 'error', warn: 'warning', info: 'info' },
    fatal: 'fatal',
    product: 'product',
    line: 'line',
    column: 'column',
    noProblems: 'no problems',
    docs: 'docs',
    problems: plural('problem', 'problems'),
    errors: plural('error', 'errors'),
    warnings: plural('warning', 'warnings'),
    infos: plural('info', 'info'),
    baselineHidden: (n) => `${plural('more finding is', 'more findings are')(n)} hidden by the baseline`,
    inFiles: (n) => ` in ${plural('file', 'files')(n)}`,
    clean: (n) => `✔ ${plural('file', 'files')(n)} linted, no problems`,
    notAnnotated: (n, limit) =>
      `stromlint: ${plural('more finding is', 'more findings are')(n)} not shown as annotations (GitHub shows ${limit} errors, ${limit} warnings and ${limit} notices per step); see the full report.`,
  },
  nb: {
    severity: { error: 'feil', warn: 'advarsel', info: 'info' },
    fatal: 'kritisk',
    product: 'produkt',
    line: 'linje',
    column: 'kolonne',
    noProblems: 'ingen problemer',
    docs: 'dokumentasjon',
    problems: plural('problem', 'problemer'),
    errors: plural('feil', 'feil'),
    warnings: plural('advarsel', 'advarsler'),
    infos: plural('info', 'info'),
    baselineHidden: (n) => `${n} funn til er skjult av baseline-filen`,
    inFiles: (n) => ` i ${plural('fil', 'filer')(n)}`,
    clean: (n) => `✔ ${plural('fil', 'filer')(n)} sjekket, ingen problemer`,
    notAnnotated: (n, limit) =>
      `stromlint: ${n} funn til vises ikke som merknader (GitHub viser ${limit} feil, ${limit} advarsler og ${limit} notiser per steg); se hele rapporten.`,
  },
};

/**
 * "✖ 5 problems (3 errors, 2 warnings)", with the info count when there is one, and " in 12 files"
 * when the number of files linted is known.
 */
export function summaryLine(counts: Tally, locale: Locale, files?: number): string {
  const labels = LABELS[locale];
  const parts = [labels.errors(counts.errors), labels.warnings(counts.warnings)];
  if (counts.infos > 0) parts.push(labels.infos(counts.infos));
  return `✖ ${labels.problems(counts.errors + counts.warnings + counts.infos)} (${parts.join(', ')})${files === undefined ? '' : labels.inFiles(files)}`;
}
