import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { lintTextWithRule, place } from '../helpers/lint-one-rule.js';

const EXTENSION = { markdown: 'md', html: 'html', json: 'json' } as const;

// Each rule's own examples are its documentation (`stromlint explain`) and run here as tests, so
// the two cannot drift apart.
describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s examples', (_id, rule) => {
  it.each(rule.examples.valid.map((e, i) => [`${e.format} ${e.lang} #${i + 1}`, e] as const))('valid: %s', async (_name, example) => {
    const findings = await lintTextWithRule(rule, example.code, `example.${EXTENSION[example.format]}`, example.options);
    expect(findings.map(place)).toEqual([]);
  });
  it.each(rule.examples.invalid.map((e, i) => [`${e.format} ${e.lang} #${i + 1}`, e] as const))('invalid: %s', async (_name, example) => {
    const findings = await lintTextWithRule(rule, example.code, `example.${EXTENSION[example.format]}`, example.options);
    expect(findings.map(place)).toEqual(example.findings);
  });
  it('has examples in every format it reads', () => {
    for (const format of rule.formats) {
      expect(
        rule.examples.valid.some((e) => e.format === format),
        `valid ${format}`,
      ).toBe(true);
      expect(
        rule.examples.invalid.some((e) => e.format === format),
        `invalid ${format}`,
      ).toBe(true);
    }
  });
});
