import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });

const CLEAN = '# Spotpris Fjellvind\n\nPåslag 3,9 øre/kWh og fastbeløp 29 kr/mnd. Ingen bindingstid.\n';
const CAMPAIGN = '# Spotpris Høst\n\nKampanjepris: 0 øre i påslag! Bestill nå.\n';
const compact = (cwd: string, args: string[]) => cli([...args, '-f', 'compact', '--rule', 'campaign-end: error'], { cwd });

describe('--staged', () => {
  it('lints the staged content, not the work tree, with positions in the staged version', () => {
    const dir = tempTree({ 'side.md': CLEAN, 'annen.md': CLEAN });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'start');
    // Staged: a campaign without end, two lines further down. Work tree: fixed again.
    fs.writeFileSync(path.join(dir, 'side.md'), `\n\n${CAMPAIGN}`);
    git(dir, 'add', 'side.md');
    fs.writeFileSync(path.join(dir, 'side.md'), CLEAN);
    // Unstaged only: never linted by --staged.
    fs.writeFileSync(path.join(dir, 'annen.md'), CAMPAIGN);

    const run = compact(dir, ['--staged']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('side.md:5:1: error');
    expect(run.stdout).not.toContain('annen.md');
    expect(compact(dir, ['side.md']).status).toBe(0);
  });

  it('lints a file whose type changed from a link to a file', () => {
    const dir = tempTree({ 'ekte.md': CLEAN });
    git(dir, 'init', '-q');
    fs.symlinkSync('ekte.md', path.join(dir, 'side.md'));
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'start');
    fs.rmSync(path.join(dir, 'side.md'));
    fs.writeFileSync(path.join(dir, 'side.md'), CAMPAIGN);
    git(dir, 'add', 'side.md');
    const run = compact(dir, ['--staged']);
    expect(run.stdout).toContain('side.md:3:1: error');
    expect(run.status).toBe(1);
  });

  it('reads each file by its own content, whatever its name says to git ("0:evil.md", "2:x.md")', () => {
    const dir = tempTree({ 'evil.md': CLEAN, 'x.md': CLEAN });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'start');
    fs.writeFileSync(path.join(dir, '0:evil.md'), CAMPAIGN);
    fs.writeFileSync(path.join(dir, '2:x.md'), `\n${CAMPAIGN}`);
    git(dir, 'add', '.');
    const run = compact(dir, ['--staged']);
    expect(run.stderr).toBe('');
    const campaignEnd = run.stdout.split('\n').filter((line) => line.endsWith('[campaign-end]'));
    expect(campaignEnd).toEqual([expect.stringMatching(/^0:evil\.md:3:1: error/), expect.stringMatching(/^2:x\.md:4:1: error/)]);
  });

  it('passes over a staged submodule, and reads paths from the top of the work tree whatever diff.relative says', () => {
    const dir = tempTree({ 'sider/side.md': CLEAN });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'start');
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'update-index', '--add', '--cacheinfo', `160000,${head},docs.md`);
    git(dir, 'config', 'diff.relative', 'true');
    fs.writeFileSync(path.join(dir, 'sider/side.md'), CAMPAIGN);
    git(dir, 'add', 'sider/side.md');
    const run = compact(path.join(dir, 'sider'), ['--staged']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('side.md:3:1: error');
    expect(run.status).toBe(1);
  });

  it('compares staged products with the committed ones for whole-run rules, and reports on staged files only', () => {
    const sheet = (markup: number) =>
      JSON.stringify({
        products: [
          {
            id: 'p',
            name: 'Spotpris Bølge',
            type: 'spot',
            prices: { markup: { value: markup, unit: 'ore/kWh' }, monthlyFee: { value: 39, unit: 'kr/mnd' } },
            binding: { months: 0 },
          },
        ],
      });
    const config = (extra: object) => JSON.stringify({ extends: [], rules: { 'distinct-products': 'error' }, ...extra });
    const dir = tempTree({ 'a-ark.json': sheet(4.9), '.stromlintrc.json': config({}) });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'start');
    fs.writeFileSync(path.join(dir, 'b-ny.json'), sheet(3.9));
    git(dir, 'add', 'b-ny.json');
    const run = cli(['--staged', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toMatch(/^b-ny\.json:\d+:\d+: error .*Spotpris Bølge.*\[distinct-products\]$/m);
    expect(run.stdout).not.toMatch(/^a-ark\.json:/m);
    expect(run.status).toBe(1);
    // The configuration can narrow the context, or turn it off.
    fs.writeFileSync(path.join(dir, '.stromlintrc.json'), config({ staged: { context: ['andre/**'] } }));
    expect(cli(['--staged', '-f', 'compact'], { cwd: dir }).stdout).toBe('');
    fs.writeFileSync(path.join(dir, '.stromlintrc.json'), config({ staged: { context: false } }));
    expect(cli(['--staged', '-f', 'compact'], { cwd: dir }).status).toBe(0);
  });

  it('says outside a repository that it needs git, as a usage error', () => {
    const run = cli(['--staged'], { cwd: tempTree({ 'side.md': CLEAN }), env: { GIT_CEILING_DIRECTORIES: '/' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^stromlint: --staged needs git: git rev-parse failed: fatal: not a git repository/);
  });

  it('installs a plain pre-commit hook that blocks a commit with errors', () => {
    const dir = tempTree({ 'side.md': CLEAN });
    git(dir, 'init', '-q');
    const init = cli(['init', '--hook'], { cwd: dir });
    expect(init.status).toBe(0);
    const hook = path.join(dir, '.git/hooks/pre-commit');
    expect(fs.statSync(hook).mode & 0o111).not.toBe(0);
    // The hook calls `npx stromlint`; point it at this build for the test.
    fs.writeFileSync(hook, fs.readFileSync(hook, 'utf8').replace('npx --no-install stromlint', `"${process.execPath}" "${BIN}"`));
    fs.writeFileSync(path.join(dir, 'side.md'), CAMPAIGN);
    git(dir, 'add', 'side.md');
    expect(() => git(dir, 'commit', '-qm', 'kampanje')).toThrow();
    fs.writeFileSync(path.join(dir, 'side.md'), CLEAN);
    git(dir, 'add', 'side.md');
    expect(git(dir, 'commit', '-qm', 'fikset')).toBe('');
    // Its cache lives inside .git: nothing new shows in the work tree.
    expect(fs.existsSync(path.join(dir, '.git/stromlint-cache'))).toBe(true);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(cli(['init', '--hook'], { cwd: dir }).status).toBe(0);
  });
});

describe('baselines', () => {
  it('records findings, hides them after a line shift, shows new ones and counts fixed ones as prunable', () => {
    const dir = tempTree({ 'a.md': CAMPAIGN, 'b.md': CAMPAIGN, '.stromlintrc.json': JSON.stringify({ extends: [], rules: { 'campaign-end': 'error' } }) });
    const written = compact(dir, ['.', '--baseline-write']);
    expect(written.stderr).toBe('stromlint: wrote 2 findings to stromlint-baseline.json; they are hidden from now on.\n');
    expect(written.stdout).toBe('');
    expect(written.status).toBe(0);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, 'stromlint-baseline.json'), 'utf8'));
    expect(baseline.files['a.md']['campaign-end']).toEqual({ 'Spotpris Høst': 1 });

    // Known findings are hidden, even after the text moves down.
    fs.writeFileSync(path.join(dir, 'a.md'), `Innledning.\n\n${CAMPAIGN}`);
    expect(compact(dir, ['.']).status).toBe(0);

    // A new product with the same problem shows.
    fs.writeFileSync(path.join(dir, 'b.md'), `${CAMPAIGN}\n## Spotpris Vinter\n\nVinterkampanje: uten påslag!\n`);
    const fresh = compact(dir, ['.']);
    expect(fresh.status).toBe(1);
    expect(fresh.stdout).toContain('b.md:7:1');
    expect(fresh.stdout).not.toContain('a.md');

    // A fixed finding is prunable; stylish says so.
    fs.writeFileSync(path.join(dir, 'a.md'), CLEAN);
    const stylish = cli(['a.md'], { cwd: dir });
    expect(stylish.stdout + stylish.stderr).toMatch(/prun/i);
    expect(compact(dir, ['.', '--no-baseline']).stdout).toContain('b.md:3:1');
  });

  it("keeps a renamed product's known findings hidden instead of reporting them as fixed", () => {
    const dir = tempTree({ 'a.md': CAMPAIGN, '.stromlintrc.json': JSON.stringify({ extends: [], rules: { 'campaign-end': 'error' } }) });
    compact(dir, ['.', '--baseline-write']);
    fs.writeFileSync(path.join(dir, 'a.md'), CAMPAIGN.replace('Spotpris Høst', 'Spotpris Haust'));
    const renamed = cli(['.', '--rule', 'campaign-end: error'], { cwd: dir });
    expect(renamed.status).toBe(0);
    expect(renamed.stdout + renamed.stderr).not.toMatch(/prun|fixed/i);
  });

  it('knows products whose names are also names of object properties', () => {
    const names = ['__proto__', 'constructor', 'toString', 'valueOf'];
    // A product sheet keeps names exactly as written.
    const sheet = (list: string[]) => JSON.stringify({ products: list.map((name, i) => ({ id: `p${i}`, name, type: 'spot', campaign: { label: 'Høstkampanje' } })) }, null, 1);
    const dir = tempTree({ 'a.json': sheet(names), '.stromlintrc.json': JSON.stringify({ extends: [], rules: { 'campaign-end': 'error' } }) });
    const before = compact(dir, ['.', '--no-baseline']);
    expect(before.stdout.trim().split('\n')).toHaveLength(4);
    compact(dir, ['.', '--baseline-write']);
    const text = fs.readFileSync(path.join(dir, 'stromlint-baseline.json'), 'utf8');
    expect(text).not.toContain('function');
    expect(JSON.parse(text).files['a.json']['campaign-end']).toEqual(JSON.parse('{"__proto__": 1, "constructor": 1, "toString": 1, "valueOf": 1}'));
    expect(compact(dir, ['.']).stdout).toBe('');
    // A new finding of one of them still shows.
    fs.writeFileSync(path.join(dir, 'a.json'), sheet([...names, '__proto__']));
    expect(compact(dir, ['.']).stdout.trim().split('\n')).toHaveLength(1);
  });
});
