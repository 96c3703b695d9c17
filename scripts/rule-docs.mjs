// Writes docs/rules/<id>.md and the README's rule table from the rules' metadata (the built
// rules in dist/: run after `tsc`). test/docs/rule-docs.test.ts fails when they drift apart.
import fs from 'node:fs';
import path from 'node:path';
import { RULES } from '../dist/rules/index.js';
import { rulePage, withRulesTable } from '../dist/src/docs/rule-docs.js';

const dir = 'docs/rules';
fs.mkdirSync(dir, { recursive: true });
const pages = new Set(RULES.map((rule) => `${rule.id}.md`));
for (const stale of fs.readdirSync(dir).filter((f) => f.endsWith('.md') && !pages.has(f))) fs.rmSync(path.join(dir, stale));
for (const rule of RULES) fs.writeFileSync(path.join(dir, `${rule.id}.md`), rulePage(rule));
fs.writeFileSync('README.md', withRulesTable(fs.readFileSync('README.md', 'utf8'), RULES));
console.log(`wrote ${RULES.length} rule pages to ${dir}/ and the README's rule table`);
