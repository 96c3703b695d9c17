import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/engine/lint-files.js';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const PAGE = '# Spotpris Fjellvind\n\nPåslag 3,9 øre/kWh og fastbeløp 29 kr/mnd. Ingen bindingstid.\n';
const PRODUCT_PAGE = '<div class="kort"><h3>Spot</h3><p>Påslag 3,9 øre/kWh og fastbeløp 29 kr/mnd. Ingen bindingstid.</p></div>';

describe('option checks', () => {
  it('refuses a file timeout of 0 or one longer than a timer can hold', () => {
    const dir = tempTree({ 'side.md': PAGE });
    for (const seconds of ['0', '2147484', '1.5']) {
      const run = cli(['side.md', '--file-timeout', seconds], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('--file-timeout takes whole seconds from 1 to 2147483');
    }
    expect(cli(['side.md', '--file-timeout', '2147483', '--concurrency', '1'], { cwd: dir }).status).toBe(0);
  });

  it('refuses "rules" that is not a mapping', () => {
    const dir = tempTree({ 'side.md': PAGE, '.stromlintrc.json': '{"rules": 5}' });
    const run = cli(['side.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^stromlint: \.stromlintrc\.json:1:11: "rules" must be a mapping/);
  });

  it('reports an html selector it cannot use once, as a configuration error', () => {
    const dir = tempTree({ 'a.html': PRODUCT_PAGE, 'b.html': PRODUCT_PAGE, '.stromlintrc.json': JSON.stringify({ html: { product: '.kort[' } }) });
    const run = cli(['.', '-f', 'compact'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.match(/Invalid CSS selector in html\.product/g)).toHaveLength(1);
    const override = tempTree({ 'a.html': PRODUCT_PAGE, '.stromlintrc.json': JSON.stringify({ overrides: [{ files: ['*.html'], html: { name: 'h3:hover' } }] }) });
    expect(cli(['.'], { cwd: override }).stderr).toMatch(/html\.name: "h3:hover"/);
  });

  it('refuses a glob with more wildcards than can be matched in time, in the config and on the command line', () => {
    const name = `${'a'.repeat(77)}.md`;
    const dir = tempTree({ [name]: PAGE, '.stromlintrc.json': JSON.stringify({ overrides: [{ files: ['*a*a*a*a*a*a*a*b.md'], rules: { duration: 'off' } }] }) });
    const run = cli(['.'], { cwd: dir, timeoutMs: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"*a*a*a*a*a*a*a*b.md" has 8 wildcards; a glob may have at most 3');
    const plain = tempTree({ [name]: PAGE });
    const arg = cli(['**/*a*a*a*b.md'], { cwd: plain, timeoutMs: 20_000 });
    expect(arg.status).toBe(2);
    expect(arg.stderr).toMatch(/^stromlint: "\*\*\/\*a\*a\*a\*b\.md" has 5 wildcards/);
    expect(cli(['**/*a*.md'], { cwd: plain }).status).toBe(0);
  });

  it('refuses --rule with keys nested too deep for the YAML reader, before it reads them', () => {
    const dir = tempTree({ 'side.md': PAGE });
    const run = cli(['side.md', '--rule', `${'{'.repeat(500)}${'}'.repeat(500)}: error`], { cwd: dir, timeoutMs: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--rule nests more than 64 levels of keys');
  });

  it('refuses --rule for "__proto__" as an unknown rule', () => {
    const dir = tempTree({ 'side.md': PAGE });
    const run = cli(['side.md', '--rule', '__proto__: error'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown rule "__proto__"');
  });
});

describe('worker threads', () => {
  it('are never more than the files or the cores', () => {
    expect(workerCount(64, 200)).toBe(Math.min(64, availableParallelism()));
    expect(workerCount(64, 1)).toBe(1);
    expect(workerCount('off', 200)).toBe(0);
  });
});
