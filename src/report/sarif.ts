import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { FileResult, Finding } from '../engine/types.js';
import type { Rule, Severity } from '../rule-kit/types.js';
import { declaredHomepage } from '../package-info.js';
import { fingerprinter } from './fingerprint.js';
import { displayPath, isOtherRoot } from './paths.js';
import type { ReportContext, Reporter } from './types.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note' };

/** "campaign-end" → "CampaignEnd": SARIF wants a rule name readable apart from its id. */
function ruleName(id: string): string {
  return id.replace(/(?:^|[-_])([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function describeRule(rule: Rule, context: ReportContext): ReportingDescriptor {
  const { locale } = context;
  const helpUri = context.docsUrl?.(rule.id);
  const [summary, rationale] = [rule.summary[locale], rule.rationale[locale]];
  const paragraphs = (parts: string[]) => parts.filter((p) => p !== '').join('\n\n');
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: summary },
    fullDescription: { text: rationale },
    help: {
      text: paragraphs([rationale, rule.sources.join('\n'), helpUri ?? '']),
      markdown: paragraphs([`**${summary}**`, rationale, rule.sources.map((s) => `- ${s}`).join('\n'), helpUri ? `[${helpUri}](${helpUri})` : '']),
    },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVELS[rule.severity] },
  };
}

/** Findings from the engine itself (parse errors, directives) have no rule object: describe them from the finding. */
function describeFinding(f: Finding): ReportingDescriptor {
  return {
    id: f.ruleId,
    name: ruleName(f.ruleId),
    ...(f.docsUrl !== undefined ? { helpUri: f.docsUrl } : {}),
    defaultConfiguration: { level: LEVELS[f.severity] },
  };
}

/**
 * A URI reference relative to %SRCROOT%, each segment percent-encoded, so the log names no folder of
 * the machine it was made on. Only a file on another drive, which no relative path reaches, gets a
 * file: URI.
 */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const shown = displayPath(filePath, cwd);
  if (isOtherRoot(shown)) return { uri: pathToFileURL(filePath).href };
  return {
    uri: shown
      .split('/')
      .map((segment) => (segment === '..' ? segment : encodeURIComponent(segment)))
      .join('/'),
    uriBaseId: SRCROOT,
  };
}

function toResult(result: FileResult, f: Finding, ruleIndex: number, fingerprint: string, cwd: string): Result {
  const endLine = Math.max(f.line, f.endLine);
  const endColumn = endLine === f.line ? Math.max(f.column, f.endColumn) : Math.max(1, f.endColumn);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVELS[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(result.filePath, cwd),
          region: { startLine: f.line, startColumn: f.column, endLine, endColumn },
        },
      },
    ],
    partialFingerprints: { 'stromlint/v1': fingerprint },
    ...(f.product !== undefined ? { properties: { product: f.product } } : {}),
  };
}

/** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
export const sarif: Reporter = (results, context) => {
  const descriptors: ReportingDescriptor[] = context.rules.map((rule) => describeRule(rule, context));
  const index = new Map(descriptors.map((d, i) => [d.id, i] as const));
  const fingerprint = fingerprinter(context.cwd);
  const sarifResults: Result[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      let ruleIndex = index.get(f.ruleId);
      if (ruleIndex === undefined) {
        ruleIndex = descriptors.push(describeFinding(f)) - 1;
        index.set(f.ruleId, ruleIndex);
      }
      sarifResults.push(toResult(result, f, ruleIndex, fingerprint(result.filePath, f), context.cwd));
    }
  }
  const homepage = declaredHomepage();
  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'stromlint',
            version: context.version,
            semanticVersion: context.version,
            ...(homepage ? { informationUri: homepage } : {}),
            rules: descriptors,
          },
        },
        language: context.locale === 'nb' ? 'nb-NO' : 'en-US',
        // No uri: the base is wherever the log is read (a checkout), never this machine's folder.
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The folder stromlint was run in.' } } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
