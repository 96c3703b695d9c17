import type { Directive, Document } from '../document/types.js';
import { BUILTIN_MESSAGES } from './builtin-messages.js';
import { formatMessage } from './messages.js';
import { locateRange } from './positions.js';
import type { Finding, Locale } from './types.js';

export interface DirectiveOptions {
  locale: Locale;
  /** A disable without " -- reason" is accepted silently. */
  allowWithoutReason: boolean;
  /** Every rule id stromlint knows, to catch typos in directives. */
  knownRules: ReadonlySet<string>;
  /** Rules that ran on this file: only their disables can be judged unused. */
  activeRules: ReadonlySet<string>;
}

interface Suppression {
  directive: Directive;
  rules: string[];
  /** Source offsets [from, to) or, for line directives, lines [fromLine, toLine]. */
  from: number;
  to: number;
  byLine: boolean;
  used: boolean;
}

/**
 * Drops findings silenced by disable directives and reports problems with the directives themselves:
 * a disable without a reason, an unknown rule, a disable that silenced nothing.
 */
export function applyDirectives(document: Document, findings: Finding[], options: DirectiveOptions): Finding[] {
  if (document.directives.length === 0) return findings;
  const suppressions = buildSuppressions(document);
  const kept = findings.filter((finding) => {
    const hit = suppressions.find((s) => covers(s, finding));
    if (hit) hit.used = true;
    return !hit;
  });
  return [...kept, ...directiveFindings(document, suppressions, options)];
}

function buildSuppressions(document: Document): Suppression[] {
  const out: Suppression[] = [];
  const open: Suppression[] = [];
  const ordered = [...document.directives].sort((a, b) => a.start - b.start);
  for (const directive of ordered) {
    const startLine = document.lines.position(directive.start).line;
    const endLine = document.lines.position(directive.end).line;
    const base = { directive, rules: directive.rules, used: false };
    switch (directive.kind) {
      case 'disable': {
        // In JSON a directive is a member of the object it applies to: its span is the region.
        const region = document.format === 'json';
        const s: Suppression = { ...base, from: region ? directive.start : directive.end, to: region ? directive.end : Infinity, byLine: false };
        out.push(s);
        if (!region) open.push(s);
        break;
      }
      case 'enable':
        for (const s of open) {
          if (s.to !== Infinity) continue;
          if (directive.rules.length === 0 || s.rules.length === 0 || s.rules.some((r) => directive.rules.includes(r))) s.to = directive.start;
        }
        break;
      case 'disable-line':
        out.push({ ...base, from: startLine, to: endLine, byLine: true });
        break;
      case 'disable-next-line':
        out.push({ ...base, from: endLine + 1, to: endLine + 1, byLine: true });
        break;
    }
  }
  return out;
}

function covers(s: Suppression, finding: Finding): boolean {
  if (finding.fatal || finding.ruleId === 'directive') return false;
  if (s.rules.length > 0 && !s.rules.includes(finding.ruleId)) return false;
  if (s.byLine) return finding.line >= s.from && finding.line <= s.to;
  const at = finding.offset ?? 0;
  return at >= s.from && at < s.to;
}

function directiveFindings(document: Document, suppressions: Suppression[], options: DirectiveOptions): Finding[] {
  const out: Finding[] = [];
  const report = (s: Suppression, messageId: keyof typeof BUILTIN_MESSAGES, severity: Finding['severity'], data: Record<string, string> = {}) => {
    const place = locateRange(document, s.directive.start, s.directive.end);
    out.push({ ruleId: 'directive', messageId, severity, message: formatMessage(BUILTIN_MESSAGES[messageId], options.locale, data), ...place });
  };
  for (const s of suppressions) {
    const unknown = s.rules.find((r) => !options.knownRules.has(r));
    if (unknown) report(s, 'unknownDirectiveRule', 'error', { rule: unknown });
    if (!s.directive.reason && !options.allowWithoutReason) report(s, 'missingReason', 'error');
    const judged = s.rules.length > 0 && s.rules.every((r) => options.activeRules.has(r));
    if (!s.used && judged && !unknown) report(s, 'unusedDirective', 'warn', { rules: s.rules.join(', ') });
  }
  return out;
}
