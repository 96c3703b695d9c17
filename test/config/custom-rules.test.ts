import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule, lintFiles, lintText } from '../../src/index.js';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

/**
 * A house rule as a supplier would write one: "billigst"/"cheapest" claims need a source. The same
 * source is the plugin module the config loads and the rule handed to the library.
 */
const HOUSE_RULE_SOURCE = `
export default {
  id: 'house/cheapest-claim',
  scope: 'product',
  severity: 'warn',
  formats: ['markdown', 'html'],
  summary: { nb: 'Påstand om lavest pris.', en: 'A claim of the lowest price.' },
  rationale: { nb: 'Må kunne dokumenteres.', en: 'Must be documented.' },
  sources: ['Markedsføringsloven § 6'],
  messages: { claim: { nb: '«{word}» må ha en kilde.', en: '"{word}" needs a source.' } },
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  examples: { valid: [], invalid: [] },
  check(view, context) {
    for (const block of view.blocks) {
      for (const m of block.text.matchAll(/billigst|cheapest/giu)) {
        context.report({ messageId: 'claim', at: { block: block.id, start: m.index, end: m.index + m[0].length }, data: { word: m[0] } });
      }
    }
  },
};
`;

const PAGE = '# Lysvik Spot\n\nPåslag 2,9 øre/kWh, fastbeløp 39 kr/mnd. Ingen bindingstid.\n\nVi er billigst i Trøndelag.\n';

describe('custom rules', () => {
  it("runs a rule from a plugin module the config names, resolved from the config's folder", () => {
    const dir = tempTree({ 'regler/house.mjs': HOUSE_RULE_SOURCE, '.stromlintrc.yaml': 'plugins: [./regler/house.mjs]\nlocale: nb\n', 'side.md': PAGE });
    const run = cli(['side.md', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toBe('side.md:5:7: advarsel «billigst» må ha en kilde. [house/cheapest-claim]\n');
    expect(run.status).toBe(0);
  });

  it("lets the config set a plugin rule's severity like a built-in one", () => {
    const dir = tempTree({ 'house.mjs': HOUSE_RULE_SOURCE, '.stromlintrc.yaml': 'plugins: [./house.mjs]\nrules:\n  house/cheapest-claim: error\n', 'side.md': PAGE });
    const run = cli(['side.md', '-f', 'compact', '--locale', 'en'], { cwd: dir });
    expect(run.stdout).toBe('side.md:5:7: error "billigst" needs a source. [house/cheapest-claim]\n');
    expect(run.status).toBe(1);
    fs.writeFileSync(path.join(dir, '.stromlintrc.yaml'), 'plugins: [./house.mjs]\nrules:\n  house/cheapest-claim: off\n');
    expect(cli(['side.md', '-f', 'compact'], { cwd: dir }).stdout).toBe('');
  });

  it('refuses a plugin that is not a rule, naming the module', () => {
    const dir = tempTree({ 'house.mjs': 'export default { id: "Bad Id" };\n', '.stromlintrc.yaml': 'plugins: [./house.mjs]\n', 'side.md': PAGE });
    const run = cli(['side.md', '--locale', 'en'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('./house.mjs');
    expect(run.stderr).toContain('"id" must be a lower-case rule id');
  });

  it('runs rules written with defineRule that the library caller hands over, beside the built-in ones', async () => {
    const rule = defineRule({
      id: 'house/cheapest-claim',
      scope: 'product',
      severity: 'warn',
      formats: ['markdown'],
      summary: { nb: 'Påstand om lavest pris.', en: 'A claim of the lowest price.' },
      rationale: { nb: 'Må kunne dokumenteres.', en: 'Must be documented.' },
      sources: [],
      messages: { claim: { nb: '«{word}» må ha en kilde.', en: '"{word}" needs a source.' } },
      optionsSchema: { type: 'object' },
      defaultOptions: {},
      examples: { valid: [], invalid: [] },
      check(view, context) {
        const claim = view.blocks.find((b) => b.text.includes('billigst'));
        if (claim)
          context.report({
            messageId: 'claim',
            at: { block: claim.id, start: claim.text.indexOf('billigst'), end: claim.text.indexOf('billigst') + 8 },
            data: { word: 'billigst' },
          });
      },
    });
    const run = await lintText(PAGE, 'side.md', { rules: [rule], locale: 'en' });
    const findings = run.results[0]!.findings.map((f) => [f.ruleId, f.line, f.column, f.endColumn, f.message]);
    expect(findings).toEqual([['house/cheapest-claim', 5, 7, 15, '"billigst" needs a source.']]);
    const dir = tempTree({ 'side.md': PAGE });
    const files = await lintFiles([dir], { rules: [rule], cwd: dir, locale: 'en' });
    expect(files.results.flatMap((r) => r.findings.map((f) => f.ruleId))).toEqual(['house/cheapest-claim']);
  });
});
