import type { Directive } from '../../document/types.js';

const DIRECTIVE = /^stromlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;

/**
 * Reads a disable comment's body (`stromlint-disable rule-a, rule-b -- reason`): rules are separated by
 * commas or spaces, everything after ` -- ` is the reason. Null when the comment is no directive.
 * Shared by the HTML and Markdown adapters.
 */
export function parseDirectiveComment(body: string): Omit<Directive, 'start' | 'end'> | null {
  const trimmed = body.trim();
  const match = DIRECTIVE.exec(trimmed);
  if (!match) return null;
  const rest = trimmed.slice(match[0].length);
  const separator = /(?:^|\s)--(?:\s|$)/.exec(rest);
  const ruleText = separator ? rest.slice(0, separator.index) : rest;
  const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
  const rules = ruleText.split(/[\s,]+/).filter((rule) => rule.length > 0);
  const directive: Omit<Directive, 'start' | 'end'> = { kind: match[1] as Directive['kind'], rules };
  if (reason.length > 0) directive.reason = reason;
  return directive;
}
