import type { Directive, Document } from '../document/types.js';
import { BUILTIN_MESSAGES } from './builtin-messages.js';
import { engineFinding } from './findings.js';
import { locateRange, type Located } from '../document/positions.js';
import type { Finding } from './types.js';
import type { Locale } from '../rule-kit/types.js';

/**
 * A disable directive with its place in the file: plain data, so it travels with a file's result
 * (through a cache or a worker) and applies to whole-run findings too.
 */
export interface PlacedDirective extends Omit<Directive, 'start' | 'end'>, Located {
  /** In JSON a directive is a member of the object it covers: its span is the region. */
  region: boolean;
}

export interface DirectiveOptions {
  locale: Locale;
  /** A disable without " -- reason" is accepted silently. */
  allowWithoutReason: boolean;
  /** Every rule id stromlint knows, to catch typos in directives. */
  knownRules: ReadonlySet<string>;
  /** Rules that ran on this file: only their disables can be judged unused. */
  activeRules: ReadonlySet<string>;
}

/** A position as one comparable number: line-major, column-minor. */
const at = (line: number, column: number) => line * 1e7 + column;

interface Suppression {
  directive: PlacedDirective;
  from: number;
  to: number;
  used: boolean;
}

export function placeDirectives(document: Document): PlacedDirective[] {
  return document.directives.map(({ start, end, ...rest }) => ({ ...rest, region: document.format === 'json', ...locateRange(document, start, end) }));
}

/**
 * Drops findings silenced by disable directives and reports problems with the directives themselves:
 * a disable without a reason, an unknown rule, a disable that silenced nothing.
 */
export function applyDirectives(directives: readonly PlacedDirective[], findings: Finding[], options: DirectiveOptions): Finding[] {
  if (directives.length === 0) return findings;
  const suppressions = buildSuppressions(directives);
  const kept = findings.filter((finding) => {
    const hit = suppressions.find((s) => covers(s, finding));
    if (hit) hit.used = true;
    return !hit;
  });
  return [...kept, ...directiveFindings(suppressions, options)];
}

function buildSuppressions(directives: readonly PlacedDirective[]): Suppression[] {
  const out: Suppression[] = [];
  const open: Suppression[] = [];
  const ordered = [...directives].sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
  for (const directive of ordered) {
    const start = at(directive.line, directive.column);
    const end = at(directive.endLine, directive.endColumn);
    switch (directive.kind) {
      case 'disable': {
        const s: Suppression = { directive, from: directive.region ? start : end, to: directive.region ? end : Infinity, used: false };
        out.push(s);
        if (!directive.region) open.push(s);
        break;
      }
      case 'enable':
        for (const s of open) {
          if (s.to !== Infinity) continue;
          const names = s.directive.rules;
          if (directive.rules.length === 0 || names.length === 0 || names.some((r) => directive.rules.includes(r))) s.to = start;
        }
        break;
      case 'disable-line':
        out.push({ directive, from: at(directive.line, 0), to: at(directive.endLine + 1, 0), used: false });
        break;
      case 'disable-next-line':
        out.push({ directive, from: at(directive.endLine + 1, 0), to: at(directive.endLine + 2, 0), used: false });
        break;
    }
  }
  return out;
}

function covers(s: Suppression, finding: Finding): boolean {
  if (finding.fatal || finding.ruleId === 'directive') return false;
  if (s.directive.rules.length > 0 && !s.directive.rules.includes(finding.ruleId)) return false;
  const place = at(finding.line, finding.column);
  return place >= s.from && place < s.to;
}

function directiveFindings(suppressions: Suppression[], options: DirectiveOptions): Finding[] {
  const out: Finding[] = [];
  const report = (d: PlacedDirective, messageId: keyof typeof BUILTIN_MESSAGES, severity: Finding['severity'], data: Record<string, string> = {}) => {
    const { line, column, endLine, endColumn, offset, endOffset } = d;
    out.push(
      engineFinding({ ruleId: 'directive', messageId, template: BUILTIN_MESSAGES[messageId], severity, data }, options.locale, {
        line,
        column,
        endLine,
        endColumn,
        offset,
        endOffset,
      }),
    );
  };
  for (const { directive, used } of suppressions) {
    const unknown = directive.rules.find((r) => !options.knownRules.has(r));
    if (unknown) report(directive, 'unknownDirectiveRule', 'error', { rule: unknown });
    if (!directive.reason && !options.allowWithoutReason) report(directive, 'missingReason', 'error');
    const judged = directive.rules.length > 0 && directive.rules.every((r) => options.activeRules.has(r));
    if (!used && judged && !unknown) report(directive, 'unusedDirective', 'warn', { rules: directive.rules.join(', ') });
  }
  return out;
}
