import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { rulePage, rulesTable, TABLE_END, TABLE_START } from '../../src/docs/rule-docs.js';
import { ROOT } from '../helpers/cli.js';

const DOCS = path.join(ROOT, 'docs/rules');
const DRIFT = 'out of date with the rules: run "npm run docs"';

describe('rule documentation generated from the rules', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('docs/rules/%s.md says what the rule says', (id, rule) => {
    const file = path.join(DOCS, `${id}.md`);
    expect(fs.existsSync(file), `${file} is missing: run "npm run docs"`).toBe(true);
    expect(fs.readFileSync(file, 'utf8'), `docs/rules/${id}.md is ${DRIFT}`).toBe(rulePage(rule));
  });

  it('has no page for a rule that does not exist', () => {
    expect(fs.readdirSync(DOCS).sort()).toEqual(RULES.map((r) => `${r.id}.md`).sort());
  });

  it("the README's rule table lists every rule as its metadata says", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf(TABLE_START), readme.indexOf(TABLE_END) + TABLE_END.length);
    expect(table, `the README's rule table is ${DRIFT}`).toBe(rulesTable(RULES));
  });

  it('ships the pages in the package', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('docs/rules/');
  });
});

describe('rule metadata is complete', () => {
  it('every message of every rule is produced by at least one invalid example', () => {
    const gaps = Object.fromEntries(
      RULES.map((rule) => {
        const produced = new Set(rule.examples.invalid.flatMap((e) => (e.findings ?? []).map((f) => f.messageId)));
        return [rule.id, Object.keys(rule.messages).filter((id) => !produced.has(id))] as const;
      }).filter(([, missing]) => missing.length > 0),
    );
    expect(gaps).toEqual({});
  });

  it('every invalid example names only messages its rule has', () => {
    for (const rule of RULES) {
      for (const example of rule.examples.invalid) for (const f of example.findings ?? []) expect(Object.keys(rule.messages), rule.id).toContain(f.messageId);
    }
  });

  it('every option has a description', () => {
    for (const rule of RULES) {
      for (const [name, schema] of Object.entries((rule.optionsSchema.properties ?? {}) as Record<string, { description?: string }>)) {
        expect(schema.description?.trim(), `${rule.id}: option "${name}"`).toBeTruthy();
      }
    }
  });
});
