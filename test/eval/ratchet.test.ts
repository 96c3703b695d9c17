import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without type declarations
import { evalSets, scoreNamedSet } from '../../scripts/eval.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEV = path.resolve(ROOT, '../shared/eval/dev');

interface Figures {
  recall: number;
  precision: number;
  traps: number;
}

/** The floors recorded in docs/accuracy.md (its `json ratchet` block), per set and rule; `traps`: those still flagged, if any. */
function recorded(): Record<string, Record<string, { recall: number; precision: number; traps?: number }>> {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/accuracy.md'), 'utf8');
  const block = /```json ratchet\n([\s\S]*?)```/.exec(doc);
  if (!block) throw new Error('docs/accuracy.md has no ```json ratchet block');
  return JSON.parse(block[1]!);
}

const floors = recorded();
const sets = (evalSets() as Array<{ name: string; dir: string }>).filter((s) => floors[s.name]);

describe('accuracy ratchet (docs/accuracy.md)', () => {
  it.skipIf(!fs.existsSync(DEV))('scores the development set (skipped: ../shared/eval/dev is absent)', () => {
    expect(sets.map((s) => s.name)).toContain('dev');
  });

  it.each(sets.map((s) => [s.name, s] as const))('%s: no rule below its recorded recall or precision, no more traps flagged than recorded', (_name, set) => {
    const { figures } = scoreNamedSet(set) as { figures: Record<string, Figures> };
    for (const [rule, floor] of Object.entries(floors[set.name]!)) {
      const got = figures[rule]!;
      expect({ rule, recall: got.recall >= floor.recall, precision: got.precision >= floor.precision, traps: got.traps <= (floor.traps ?? 0) }).toEqual({
        rule,
        recall: true,
        precision: true,
        traps: true,
      });
    }
  });
});
