import type { ObjectNode, ValueNode } from '@humanwhocodes/momoa';
import type { Directive } from '../../document/types.js';
import { memberValue } from './ast.js';

/** The member that carries stromlint directives in a JSON object; it is neither a field nor copy. */
export const DIRECTIVES_KEY = '$stromlint';

/**
 * `"$stromlint": { "disable": [ { "rule": "campaign-end", "reason": "…" } ] }` in an object →
 * disable directives covering [start, end): the object (or, at the top level, the whole file).
 * An entry without a rule disables every rule; one without a reason is left to the engine to flag.
 */
export function objectDirectives(object: ObjectNode, start: number, end: number): Directive[] {
  const disable = memberValue(memberValue(object, DIRECTIVES_KEY), 'disable');
  if (disable?.type !== 'Array') return [];
  const out: Directive[] = [];
  for (const { value: entry } of disable.elements) {
    if (entry.type !== 'Object') continue;
    const reason = stringOf(memberValue(entry, 'reason'));
    const rule = stringOf(memberValue(entry, 'rule'));
    out.push({ kind: 'disable', rules: rule ? [rule] : [], ...(reason !== undefined ? { reason } : {}), start, end });
  }
  return out;
}

function stringOf(node: ValueNode | undefined): string | undefined {
  return node?.type === 'String' ? node.value : undefined;
}
