import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const FIXTURES = path.join(ROOT, 'fixtures');

/** Findings without the file paths' folder, so runs from different places compare. */
function findings(stdout: string) {
  return (JSON.parse(stdout) as Array<{ filePath: string; messages: unknown[] }>).map((r) => [path.basename(r.filePath), r.messages]);
}

function copyTree(from: string, to: string) {
  fs.cpSync(from, to, { recursive: true });
}

describe('concurrency', () => {
  it('gives the same results in the same order on worker threads as on one thread', () => {
    const off = cli([FIXTURES, '-f', 'json', '--no-baseline', '--concurrency', 'off']);
    const two = cli([FIXTURES, '-f', 'json', '--no-baseline', '--concurrency', '2']);
    expect(two.status).toBe(off.status);
    expect(findings(two.stdout)).toEqual(findings(off.stdout));
    expect(findings(off.stdout).length).toBeGreaterThan(50);
  });
});

/** A plugin rule that spins for `ms` on products named "Treg" (a file no limit catches but that takes long). */
function slowPlugin(ms: number): string {
  return [
    'const wait = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };',
    "export default { id: 'treg', scope: 'product', severity: 'error', formats: ['markdown'], messages: { slow: { nb: 'treg', en: 'slow' } },",
    `  check(view, { report }) { if (view.product.name.includes('Treg')) { wait(${ms}); report({ messageId: 'slow' }); } } };`,
  ].join('\n');
}
const SLOW_PAGE = '# Spot Treg\n\nPåslag 2 øre/kWh, fastbeløp 30 kr/mnd, ingen bindingstid.\n';
const SLOW_CONFIG = JSON.stringify({ extends: [], plugins: ['./slow.mjs'], rules: { treg: 'error' } });

describe('--file-timeout', () => {
  it('holds on one thread too: a file over its budget is stopped, with the next file and standard input linted', () => {
    const dir = tempTree({ 'a-treg.md': SLOW_PAGE, 'b.md': '# Spot Rask\n\nPåslag 2 øre/kWh.\n', 'slow.mjs': slowPlugin(60_000), '.stromlintrc.json': SLOW_CONFIG });
    const run = cli(['.', '-f', 'json', '--concurrency', 'off', '--file-timeout', '1'], { cwd: dir, timeoutMs: 30_000 });
    expect(findings(run.stdout)).toEqual([
      ['a-treg.md', [expect.objectContaining({ ruleId: 'timeout', fatal: true })]],
      ['b.md', []],
    ]);
    expect(run.status).toBe(1);
    const stdin = cli(['--stdin', '-f', 'json', '--file-timeout', '1'], { cwd: dir, input: SLOW_PAGE, timeoutMs: 30_000 });
    expect(findings(stdin.stdout)[0]![1]).toEqual([expect.objectContaining({ ruleId: 'timeout' })]);
  });

  it('stops a file over its time budget with a timeout finding and lints every other file, also those queued behind it', () => {
    const small = (name: string, markup: string) => `# ${name}\n\nPåslag ${markup} øre/kWh og fastbeløp 39 kr/mnd. Ingen bindingstid.\n`;
    const dir = tempTree({
      '0-tung.md': SLOW_PAGE,
      'a.md': small('Spot Aust', '2,9'),
      'b.md': small('Spot Vest', '3,9'),
      'c.md': '# Fastpris Fjord\n\nFastpris 79,90 øre/kWh i 12 månader.\n',
      'd.md': small('Spot Nord', '4,9'),
      'slow.mjs': slowPlugin(60_000),
      '.stromlintrc.json': SLOW_CONFIG,
    });
    const run = cli(['.', '-f', 'json', '--no-baseline', '--concurrency', '2', '--file-timeout', '1'], { cwd: dir });
    const alone = cli(['a.md', 'b.md', 'c.md', 'd.md', '-f', 'json', '--no-baseline'], { cwd: dir });
    const results = findings(run.stdout);
    expect(results.map(([file]) => file)).toEqual(['0-tung.md', 'a.md', 'b.md', 'c.md', 'd.md']);
    expect(results[0]![1]).toMatchObject([{ ruleId: 'timeout', fatal: true, line: 1, column: 1 }]);
    expect(results.slice(1)).toEqual(findings(alone.stdout));
    expect(run.status).toBe(1);
  });
});

describe('--cache', () => {
  it('writes nothing unless asked, then reuses results of unchanged files and re-lints changed ones', () => {
    const dir = tempTree({});
    copyTree(path.join(FIXTURES, 'demo'), path.join(dir, 'demo'));
    const cold = cli(['demo', '-f', 'json', '--no-baseline'], { cwd: dir });
    expect(fs.existsSync(path.join(dir, '.stromlintcache'))).toBe(false);

    const first = cli(['demo', '-f', 'json', '--no-baseline', '--cache'], { cwd: dir });
    expect(fs.existsSync(path.join(dir, '.stromlintcache'))).toBe(true);
    const warm = cli(['demo', '-f', 'json', '--no-baseline', '--cache'], { cwd: dir });
    expect(findings(first.stdout)).toEqual(findings(cold.stdout));
    // Whole-run rules see every product from the cache too.
    expect(findings(warm.stdout)).toEqual(findings(cold.stdout));
    expect(warm.status).toBe(cold.status);

    const page = path.join(dir, 'demo/kampanjer/black-week.md');
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('bestill i dag!', 'gjelder t.o.m. 31.12.2026!'));
    const changed = cli(['demo', '-f', 'json', '--no-baseline', '--cache'], { cwd: dir });
    const uncached = cli(['demo', '-f', 'json', '--no-baseline'], { cwd: dir });
    expect(findings(changed.stdout)).toEqual(findings(uncached.stdout));
    expect(findings(changed.stdout)).not.toEqual(findings(cold.stdout));
  });

  it('does not keep a timeout: the next run with a longer budget or without workers lints the file', () => {
    // Two seconds on products named "Treg": over a one-second budget.
    const dir = tempTree({ 'treg.md': SLOW_PAGE, 'slow.mjs': slowPlugin(2000), '.stromlintrc.json': SLOW_CONFIG });
    const ruleIds = (stdout: string) => (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId);
    const lint = (...args: string[]) => ruleIds(cli(['treg.md', '-f', 'json', '--cache', ...args], { cwd: dir }).stdout);
    expect(lint('--concurrency', '1', '--file-timeout', '1')).toEqual(['timeout']);
    expect(lint('--concurrency', '1', '--file-timeout', '30')).toEqual(['treg']);
    fs.rmSync(path.join(dir, '.stromlintcache'));
    expect(lint('--concurrency', '1', '--file-timeout', '1')).toEqual(['timeout']);
    expect(lint('--concurrency', 'off', '--file-timeout', '30')).toEqual(['treg']);
  });

  it('keeps the cache where --cache-location says', () => {
    const dir = tempTree({ 'side.md': '# Spot\n\nPåslag 2 øre/kWh, fastbeløp 30 kr/mnd, ingen bindingstid.\n', 'cache/.keep': '' });
    cli(['side.md', '--cache', '--cache-location', 'cache/stromlint.json'], { cwd: dir });
    expect(fs.existsSync(path.join(dir, 'cache/stromlint.json'))).toBe(true);
    expect(fs.existsSync(path.join(dir, '.stromlintcache'))).toBe(false);
  });
});
