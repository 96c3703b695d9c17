import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const CAMPAIGN = '# Spotpris Høst\n\nKampanjepris: 0 øre i påslag! Bestill nå.\n';
const ONLY_CAMPAIGN_END = JSON.stringify({ extends: [], rules: { 'campaign-end': 'error' } });
const files = (stdout: string) =>
  (JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>).map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId)]);

describe('files the user did not mean', () => {
  it('skips tool configuration named explicitly (as pre-commit and lint-staged do), like the folder walk', () => {
    const dir = tempTree({
      'tsconfig.json': '{\n  // comments are allowed here\n  "compilerOptions": {},\n}\n',
      '.vscode/settings.json': '{ /* editor */ "a": 1, }',
      'side.md': CAMPAIGN,
    });
    const run = cli(['tsconfig.json', '.vscode/settings.json', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('says when a folder or glob holds no files, or only ignored ones (exit 2), and when a named file is ignored (a warning)', () => {
    const dir = tempTree({
      'tom/.keep': '',
      'arkiv/gammel.md': CAMPAIGN,
      'side.md': CAMPAIGN,
      '.stromlintrc.json': JSON.stringify({ extends: [], rules: { 'campaign-end': 'error' }, ignores: ['arkiv/**'] }),
    });
    const empty = cli(['tom'], { cwd: dir });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('no files matching "tom" were found');
    expect(cli(['kampanjer/**/*.md'], { cwd: dir }).stderr).toContain('no files matching "kampanjer/**/*.md" were found');
    expect(cli(['tom', '--no-error-on-unmatched-pattern'], { cwd: dir }).status).toBe(0);
    const allIgnored = cli(['arkiv'], { cwd: dir });
    expect(allIgnored.status).toBe(2);
    expect(allIgnored.stderr).toContain('all files matched by "arkiv" are ignored');
    const named = cli(['arkiv/gammel.md', '-f', 'compact'], { cwd: dir });
    expect(named.status).toBe(0);
    expect(named.stdout).toBe(
      'arkiv/gammel.md:1:1: warning File ignored because of a matching ignore pattern (.gitignore, .stromlintignore or "ignores" in the config). Remove the pattern to lint it, or pass --no-warn-ignored to suppress this warning. [ignored-file]\n',
    );
    expect(cli(['arkiv/gammel.md', '--no-warn-ignored', '-f', 'compact'], { cwd: dir }).stdout).toBe('');
    expect(cli(['arkiv/gammel.md', '--max-warnings', '0'], { cwd: dir }).status).toBe(1);
  });

  it('lints a 0-byte file without a parse error', () => {
    const dir = tempTree({ 'tom.json': '', 'tom.md': '', 'tom.html': '' });
    const run = cli(['.', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(files(run.stdout)).toEqual([
      ['tom.html', []],
      ['tom.json', []],
      ['tom.md', []],
    ]);
    expect(cli(['facts', 'tom.json'], { cwd: dir }).stdout).toBe('tom.json: skipped (empty file)\n');
  });

  it('honours nested .gitignore files, each for its own folder', () => {
    const dir = tempTree({
      '.gitignore': 'utkast-*.md\n',
      'a.md': CAMPAIGN,
      'utkast-a.md': CAMPAIGN,
      'kampanjer/.gitignore': 'kladd/\n!utkast-b.md\n',
      'kampanjer/utkast-b.md': CAMPAIGN,
      'kampanjer/kladd/c.md': CAMPAIGN,
      'kampanjer/d.md': CAMPAIGN,
      'andre/kladd/e.md': CAMPAIGN,
      '.stromlintrc.json': ONLY_CAMPAIGN_END,
    });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const linted = files(cli(['.', '-f', 'json'], { cwd: dir }).stdout).map(([file]) => file);
    expect(linted).toEqual(['a.md', 'e.md', 'd.md', 'utkast-b.md']);
    // From a subfolder, the repository root's .gitignore still applies.
    expect(files(cli(['.', '-f', 'json'], { cwd: path.join(dir, 'kampanjer') }).stdout).map(([file]) => file)).toEqual(['d.md', 'utkast-b.md']);
  });
});

describe('configuration of each file', () => {
  it("uses the config nearest to each linted file, also a sub-project's own (the demo's, from the repository root)", () => {
    const dir = tempTree({
      '.git/HEAD': '',
      '.stromlintrc.json': ONLY_CAMPAIGN_END,
      'a.md': CAMPAIGN,
      'vilkar/.stromlintrc.yaml': 'extends: []\nrules:\n  campaign-end: av\n',
      'vilkar/b.md': CAMPAIGN,
    });
    expect(files(cli(['.', '-f', 'json'], { cwd: dir }).stdout)).toEqual([
      ['a.md', ['campaign-end']],
      ['b.md', []],
    ]);
    const demo = JSON.parse(cli(['--print-config', 'fixtures/demo/kampanjer/black-week.md']).stdout);
    expect(demo.configFile).toBe(path.join(ROOT, 'fixtures/demo/.stromlintrc.yaml'));
    expect(demo.html).toEqual({ ignore: '.kundeservice-widget' });
  });

  it('never runs a JavaScript config above the repository root, and runs the one inside once, also with workers', () => {
    const marker = (name: string) =>
      `import fs from "node:fs"; fs.appendFileSync(${JSON.stringify(name)}, "x"); export default { extends: [], rules: { "campaign-end": "error" } };`;
    const dir = tempTree({ 'repo/.git/HEAD': '', 'repo/a/side.md': CAMPAIGN, 'repo/b/side.md': CAMPAIGN });
    const outside = path.join(dir, 'outside-runs.txt');
    const inside = path.join(dir, 'inside-runs.txt');
    fs.writeFileSync(path.join(dir, 'stromlint.config.mjs'), marker(outside));
    const repo = path.join(dir, 'repo');
    // The default rules run instead: they find more than campaign-end.
    expect(files(cli(['.', '-f', 'json'], { cwd: repo }).stdout)[0]![1]).toContain('duration');
    expect(cli(['--stdin', '--stdin-filename', 'x.md'], { cwd: repo, input: CAMPAIGN }).status).toBe(1);
    expect(cli(['facts', 'a/side.md'], { cwd: repo }).status).toBe(0);
    expect(fs.existsSync(outside)).toBe(false);

    fs.writeFileSync(path.join(repo, 'stromlint.config.mjs'), marker(inside));
    const run = cli(['.', '--concurrency', '2', '-f', 'json'], { cwd: repo });
    expect(files(run.stdout)).toEqual([
      ['side.md', ['campaign-end']],
      ['side.md', ['campaign-end']],
    ]);
    expect(fs.readFileSync(inside, 'utf8')).toBe('x');
  });
});
