import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { lintFilesWithRule, place } from '../helpers/lint-one-rule.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

interface Expected {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * `fixtures/<rule>/` holds realistic pages and sheets; `expected.json` beside them lists, for every
 * file, the exact findings of that rule alone (an empty list for a valid file). Every file must be
 * listed, so no fixture goes untested.
 */
const folders = RULES;

it('every rule has a fixture folder', () => {
  expect(RULES.filter((rule) => !fs.existsSync(path.join(FIXTURES, rule.id, 'expected.json'))).map((r) => r.id)).toEqual([]);
});

describe.each(folders.map((rule) => [rule.id, rule] as const))('%s fixtures', (id, rule) => {
  const dir = path.join(FIXTURES, id);
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected[]>;
  // `runs/` holds multi-file cases of whole-run rules, which the rule's own test lints as one run each.
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|html|json)$/.test(f) && f !== 'expected.json' && !f.startsWith(`runs${path.sep}`))
    .sort();

  it('lists every fixture file in expected.json', () => {
    expect(Object.keys(expected).sort()).toEqual(files.map((f) => f.split(path.sep).join('/')));
  });

  it('has at least 6 valid and 6 invalid cases (fixtures and examples together)', () => {
    const valid = Object.values(expected).filter((e) => e.length === 0).length + rule.examples.valid.length;
    const invalid = Object.values(expected).filter((e) => e.length > 0).length + rule.examples.invalid.length;
    expect(valid).toBeGreaterThanOrEqual(6);
    expect(invalid).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s', async (file) => {
    const results = await lintFilesWithRule(rule, [path.join(dir, file)], dir);
    const findings = results.get(path.join(dir, file)) ?? [];
    expect(findings.map(place)).toEqual(expected[file.split(path.sep).join('/')]);
  });
});
