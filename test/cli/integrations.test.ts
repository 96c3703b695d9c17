import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, cli, ROOT } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const CAMPAIGN = '# Spotpris Høst\n\nKampanjepris: 0 øre i påslag! Bestill nå.\n';
const DEMO = path.join(ROOT, 'fixtures/demo');

describe('GitHub Actions', () => {
  it('adds annotations by itself when GITHUB_ACTIONS=true, errors first, unless --no-annotations', () => {
    const run = cli([DEMO, '-f', 'compact'], { env: { GITHUB_ACTIONS: 'true' } });
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations.length).toBeGreaterThan(3);
    expect(annotations[0]).toMatch(/^::error file=.*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=/);
    const firstWarning = annotations.findIndex((l) => l.startsWith('::warning'));
    expect(annotations.slice(0, firstWarning).every((l) => l.startsWith('::error'))).toBe(true);
    expect(cli([DEMO, '-f', 'compact', '--no-annotations'], { env: { GITHUB_ACTIONS: 'true' } }).stdout).not.toContain('::error');
    expect(cli([DEMO, '-f', 'compact']).stdout).not.toContain('::error');
  });

  it("runs the composite action's lint step as the runner would: inputs as environment variables, quoted", () => {
    type Step = { name?: string; uses?: string; run?: string; env?: Record<string, string>; if?: string };
    const action = YAML.parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { steps: Step[] } };
    const steps = action.runs.steps;
    expect(steps[0]!.uses).toMatch(/^actions\/setup-node@/);
    // No full development install, no TypeScript build.
    const build = steps.find((s) => s.name === 'Build stromlint')!.run!;
    expect(build).toContain('npm ci --omit=dev');
    expect(build).not.toMatch(/\btsc\b|npm run build|npm ci --no-audit/);
    expect(action.inputs['upload-sarif']!.default).toBe('false');
    expect(steps.find((s) => s.name === 'Upload SARIF')!.if).toContain("inputs.upload-sarif == 'true'");

    const lint = steps.find((s) => s.name === 'Lint')!;
    expect(lint.run).not.toContain('${{');
    const dir = tempTree({ 'mine sider/side.md': CAMPAIGN, 'annen.md': CAMPAIGN });
    const inputs: Record<string, string> = {
      ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])),
      paths: 'mine sider\n$(touch injected)\n',
      args: '--no-baseline --max-warnings 5',
    };
    const env = Object.fromEntries(
      Object.entries(lint.env!).map(([k, v]) => [
        k,
        v.replace(/\$\{\{ github\.action_path \}\}/g, ROOT).replace(/\$\{\{ inputs\.([\w-]+) \}\}/g, (_, name: string) => inputs[name] ?? ''),
      ]),
    );
    const run = spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', lint.run!], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C.UTF-8', ...env },
    });
    expect(fs.existsSync(path.join(dir, 'injected'))).toBe(false);
    expect(run.stderr).toContain('no files matching "$(touch injected)"');
    expect(run.status).toBe(2);
    inputs.paths = 'mine sider';
    const env2 = { ...env, STROMLINT_PATHS: inputs.paths };
    const ok = spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', lint.run!], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C.UTF-8', ...env2 },
    });
    expect(ok.status).toBe(1);
    expect(ok.stdout).toContain('mine sider/side.md');
    expect(ok.stdout).not.toContain('annen.md');
    expect(JSON.parse(fs.readFileSync(path.join(dir, inputs['sarif-file']!), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
  });
});

describe('pre-commit framework hook definition', () => {
  it('names an entry that lints the files it is given', () => {
    const [hook] = YAML.parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; args: string[]; types_or: string[] }>;
    expect(hook).toMatchObject({ id: 'stromlint', entry: 'stromlint', args: ['--no-warn-ignored'] });
    expect(hook!.types_or).toEqual(['markdown', 'html', 'json']);
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin[hook!.entry]).toBe('bin/stromlint.js');
    const dir = tempTree({ 'a.md': CAMPAIGN, 'b.md': '# Om oss\n\nVi er et lite kraftselskap på Vestlandet.\n' });
    expect(cli(['a.md', 'b.md', ...hook!.args], { cwd: dir }).status).toBe(1);
    expect(cli(['b.md', ...hook!.args], { cwd: dir }).status).toBe(0);
    // A staged file the repository ignores is passed too, and skipped without a word.
    fs.writeFileSync(path.join(dir, '.stromlintignore'), 'a.md\n');
    const ignored = cli(['a.md', 'b.md', ...hook!.args], { cwd: dir });
    expect([ignored.status, ignored.stdout]).toEqual([0, '✔ 1 file linted, no problems\n']);
  });
});

describe('stromlint init and --print-config', () => {
  it('writes a commented config that validates, refuses to overwrite, and writes a SARIF workflow', () => {
    const dir = tempTree({ 'vilkar/a.md': CAMPAIGN });
    expect(cli(['init'], { cwd: dir }).stdout).toBe('wrote .stromlintrc.yaml\n');
    expect(fs.readFileSync(path.join(dir, '.stromlintrc.yaml'), 'utf8')).toContain('# Start from the recommended rules');
    expect(cli(['init'], { cwd: dir }).status).toBe(2);
    expect(cli(['init', '--github'], { cwd: dir }).stdout).toBe('wrote .github/workflows/stromlint.yml\n');
    const workflow = YAML.parse(fs.readFileSync(path.join(dir, '.github/workflows/stromlint.yml'), 'utf8'));
    expect(JSON.stringify(workflow)).toContain('upload-sarif');
    // The written config is valid: linting works with it.
    expect(cli(['vilkar/a.md', '-f', 'json'], { cwd: dir }).status).toBe(1);
  });

  it('prints the settings that apply to one file after overrides', () => {
    const dir = tempTree({
      '.stromlintrc.json': JSON.stringify({ rules: { 'distinct-products': 'error' }, overrides: [{ files: ['vilkar/**'], rules: { 'campaign-end': 'off' } }] }),
    });
    const forTerms = JSON.parse(cli(['--print-config', 'vilkar/a.md'], { cwd: dir }).stdout);
    const forCampaign = JSON.parse(cli(['--print-config', 'kampanjer/a.md'], { cwd: dir }).stdout);
    expect(forTerms.rules['campaign-end']).toBeUndefined();
    expect(forCampaign.rules['campaign-end']).toEqual(['error', { checkTermsPages: false }]);
    expect(forCampaign.rules['distinct-products'][0]).toBe('error');
    expect(forCampaign.configFile).toBe(path.join(dir, '.stromlintrc.json'));
  });
});

it('the bin is executable', () => {
  expect(fs.statSync(BIN).mode & 0o111).not.toBe(0);
});
