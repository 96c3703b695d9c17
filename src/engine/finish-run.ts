import type { ActiveRule } from '../config/resolve.js';
import type { LoadedConfig } from '../config/types.js';
import type { Locale, Rule, RunRule, SeveritySetting } from '../rule-kit/types.js';
import { readsPage } from '../rule-kit/page-kind.js';
import { BUILTIN_MESSAGES } from './builtin-messages.js';
import { applyDirectives } from './directives.js';
import { engineFinding, ruleFinding } from './findings.js';
import { fileSettings, runRules, type RunSetup } from './setup.js';
import { milder } from './severity.js';
import type { FileResult, Finding } from './types.js';

export interface LintRun {
  results: FileResult[];
  locale: Locale;
  rules: readonly Rule[];
  /** The configuration of the working folder (or the one given). */
  config: LoadedConfig;
  /** Arguments that matched no file. */
  unmatched: string[];
  /** Arguments whose every file is ignored. */
  allIgnored: string[];
  /** How many files were linted (files named but ignored not counted). */
  filesLinted: number;
  /** A rule's documentation page, when a docs URL is declared (package.json or config). */
  docsUrl: (ruleId: string) => string | undefined;
}

export interface RunOutcome {
  unmatched?: string[];
  allIgnored?: string[];
  /** The files that were linted, when results hold others too. */
  files?: readonly string[];
}

/**
 * What a run does once every file is linted: the whole-run rules over every product of the run,
 * then disable directives (which silence whole-run findings too), the severities configured for
 * stromlint's own ids, docs links, then findings and files in order.
 */
export function finishRun(results: FileResult[], setup: RunSetup, outcome: RunOutcome = {}): LintRun {
  const rules = runRules(setup);
  const byFile = new Map(results.map((r) => [r.filePath, r] as const));
  for (const rule of rules) if (rule.scope === 'run') runWholeRunRule(rule, results, byFile, setup);
  const knownRules = new Set(rules.map((r) => r.id));
  const documented = new Set(setup.callerRules.map((r) => r.id));
  for (const result of results) {
    const settings = fileSettings(setup, result.filePath);
    if (result.directives) {
      const activeRules = new Set(settings.rules.map((r) => r.rule.id));
      result.findings = applyDirectives(result.directives, result.findings, { locale: setup.locale, allowWithoutReason: setup.allowDisableWithoutReason, knownRules, activeRules });
      delete result.directives;
    }
    result.findings = withBuiltinSeverities(result.findings, settings.builtins);
    for (const finding of result.findings) {
      const docsUrl = documented.has(finding.ruleId) ? setup.docsUrl(finding.ruleId) : undefined;
      if (docsUrl) finding.docsUrl = docsUrl;
    }
    result.findings.sort(compareFindings);
  }
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return {
    results,
    locale: setup.locale,
    rules,
    config: setup.main.loaded,
    unmatched: outcome.unmatched ?? [],
    allIgnored: outcome.allIgnored ?? [],
    filesLinted: (outcome.files ?? results).length,
    docsUrl: setup.docsUrl,
  };
}

/**
 * Stromlint's own ids set in `rules` like rules: `off` drops their findings; a severity caps theirs
 * (a finding's own milder severity, such as an info notice, stays).
 */
function withBuiltinSeverities(findings: Finding[], builtins: ReadonlyMap<string, SeveritySetting>): Finding[] {
  if (builtins.size === 0) return findings;
  return findings.flatMap((finding) => {
    const setting = builtins.get(finding.ruleId);
    if (setting === undefined) return [finding];
    return setting === 'off' ? [] : [{ ...finding, severity: milder(finding.severity, setting) }];
  });
}

/** One whole-run rule over the products of every file it is on for; a rule that fails is reported on those files. */
function runWholeRunRule(rule: RunRule, results: readonly FileResult[], byFile: Map<string, FileResult>, setup: RunSetup): void {
  const activeFor = (filePath: string): ActiveRule | undefined => fileSettings(setup, filePath).rules.find((a) => a.rule === rule);
  const eligible = results.flatMap((r) => r.products).filter((p) => {
    const active = activeFor(p.filePath);
    return active !== undefined && readsPage(rule, p.pageKind, active.options);
  });
  if (eligible.length === 0) return;
  const found: Array<[string, Finding]> = [];
  try {
    rule.checkRun(eligible, {
      options: activeFor(eligible[0]!.filePath)!.options,
      locale: setup.locale,
      report: ({ messageId, product, data, severity }) => {
        const active = activeFor(product.filePath);
        if (active) found.push([product.filePath, ruleFinding(active, { messageId, product: product.name, place: product, data, severity }, setup.locale)]);
      },
    });
  } catch (error) {
    const detail = `${rule.id}: ${error instanceof Error ? error.message : String(error)}`;
    for (const filePath of new Set(eligible.map((p) => p.filePath))) {
      byFile.get(filePath)?.findings.push(engineFinding({ ruleId: 'internal-error', messageId: 'internalError', template: BUILTIN_MESSAGES.internalError, data: { detail } }, setup.locale));
    }
    return;
  }
  for (const [filePath, finding] of found) byFile.get(filePath)?.findings.push(finding);
}

function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : 1);
}
