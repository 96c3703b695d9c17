import type { ValueNode } from '@humanwhocodes/momoa';
import type { AdapterNotice } from '../../document/types.js';
import { memberName, repeatedMembers } from './ast.js';

/** More notices of one kind than this from one file help nobody: the first ones show what is wrong. */
export const MAX_NOTICES = 100;

/** A key given twice in one object: JSON readers keep the last value, which is rarely what was meant. */
export function duplicateKeyNotices(root: ValueNode): AdapterNotice[] {
  return repeatedMembers(root)
    .slice(0, MAX_NOTICES)
    .map((member) => {
      const key = memberName(member);
      const [start, end] = member.name.range!;
      return {
        ruleId: 'product-sheet-schema',
        messageId: 'duplicateKey',
        severity: 'warn',
        message: {
          nb: `«${key}» er oppgitt mer enn én gang i samme objekt. Bare den siste verdien gjelder; fjern de andre.`,
          en: `"${key}" is given more than once in the same object. Only the last value counts; remove the others.`,
        },
        start,
        end,
      };
    });
}
