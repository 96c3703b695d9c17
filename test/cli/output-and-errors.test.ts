import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const CAMPAIGN = '# Spotpris Høst\n\nKampanjepris: 0 øre i påslag! Bestill nå.\n';
const ONLY_CAMPAIGN_END = JSON.stringify({ extends: [], rules: { 'campaign-end': 'error' } });

describe('output streams', () => {
  it('lets at most one format write to standard output (exit 2), and keeps machine formats free of annotations in GitHub Actions', () => {
    const dir = tempTree({ 'a.md': CAMPAIGN });
    const two = cli(['a.md', '-f', 'json', '-f', 'sarif'], { cwd: dir });
    expect(two.status).toBe(2);
    expect(two.stdout).toBe('');
    expect(two.stderr).toContain('only one format can write to standard output, got "json", "sarif"');
    const actions = { GITHUB_ACTIONS: 'true' };
    const jsonRun = cli(['a.md', '-f', 'json'], { cwd: dir, env: actions });
    expect(() => JSON.parse(jsonRun.stdout)).not.toThrow();
    expect(jsonRun.stdout).not.toContain('::error');
    expect(cli(['a.md', '-f', 'json', '-f', 'sarif:a.sarif'], { cwd: dir, env: actions }).stdout).not.toContain('::error');
    // Beside a human format, annotations are added.
    expect(cli(['a.md', '-f', 'stylish', '-f', 'sarif:a.sarif'], { cwd: dir, env: actions }).stdout).toContain('::error file=a.md');
    expect(cli(['a.md', '-f', 'compact'], { cwd: dir, env: actions }).stdout).toContain('::error file=a.md');
  });

  it('ends quietly when the reader closes the pipe early (stromlint . | head -1)', () => {
    // Far more output than a pipe holds, read by a reader that starts late and stops after a few bytes.
    const pages = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`side-${i}.md`, Array.from({ length: 20 }, (_, j) => CAMPAIGN.replace('Høst', `Høst ${i}-${j}`)).join('\n')]),
    );
    const dir = tempTree(pages);
    const script = `"${process.execPath}" "${BIN}" . --no-baseline -f json | (sleep 1; head -c 10 >/dev/null); echo "exit \${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['--noprofile', '--norc', '-c', script], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' } });
    expect(run.stderr).toBe('exit 1\n');
    // Whether a real pipe closes while a write is under way depends on timing; the closed pipe
    // itself is certain when the built command line's stdout reports it.
    const bundle = path.join(path.dirname(BIN), '../dist/bundle/cli.js');
    const closed = `import { main } from ${JSON.stringify(bundle)}; const run = main(['node', 'stromlint', '.', '--no-baseline']); process.stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })); process.exitCode = await run;`;
    const direct = spawnSync(process.execPath, ['--input-type=module', '-e', closed], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' },
    });
    expect(direct.stderr).toBe('');
    expect(direct.status).toBe(1);
  });
});

describe('usage errors a person can act on', () => {
  it('answers an unknown format with a usage error (exit 2) and "did you mean", never "internal error"', () => {
    const dir = tempTree({ 'a.md': CAMPAIGN });
    const xml = cli(['a.md', '-f', 'xml'], { cwd: dir });
    expect(xml.status).toBe(2);
    expect(xml.stderr).toBe('stromlint: unknown output format "xml". Choose one of: stylish, compact, json, sarif, github, junit, gitlab.\n');
    expect(cli(['a.md', '-f', 'jsno'], { cwd: dir }).stderr).toContain('Did you mean "json"?');
    expect(cli(['a.md', '-f', 'xml'], { cwd: dir, env: { LANG: 'nb_NO.UTF-8' } }).stderr).toContain('ukjent utdataformat «xml»');
    expect(cli(['a.md', '--locale', 'se'], { cwd: dir }).stderr).toBe('stromlint: --locale takes nb or en, got "se".\n');
    expect(cli(['a.md', '--quite'], { cwd: dir }).stderr).toContain('(Did you mean --quiet?)');
    expect(cli(['a.md', '--quite'], { cwd: dir, env: { LANG: 'nb_NO.UTF-8' } }).stderr).toContain('feil: ukjent valg «--quite». Mente du --quiet?');
  });

  it('says why --max-warnings failed the run', () => {
    const dir = tempTree({ 'a.md': CAMPAIGN, '.stromlintrc.json': ONLY_CAMPAIGN_END });
    const run = cli(['a.md', '--rule', 'campaign-end: warn', '--max-warnings', '0', '-f', 'compact'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('stromlint found too many warnings: 1, where --max-warnings allows 0.\n');
    expect(cli(['a.md', '--rule', 'campaign-end: warn', '--max-warnings', '1'], { cwd: dir }).stderr).toBe('');
  });

  it('answers help, a mistyped command and explain of a typo with "did you mean"', () => {
    const help = cli(['help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--max-warnings');
    expect(cli(['help', 'explain']).stdout).toContain('explain [options] <id>');
    const dir = tempTree({});
    const rule = cli(['rule'], { cwd: dir });
    expect(rule.status).toBe(2);
    expect(rule.stderr).toContain('Did you mean the command "stromlint rules"?');
    const typo = cli(['explain', 'campain-end']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe('stromlint: "campain-end" is neither a rule nor a finding id stromlint knows. Run "stromlint rules" for the list. Did you mean "campaign-end"?\n');
  });

  it('accepts the severity words the output prints in --rule, and explains a bad one in plain words', () => {
    const dir = tempTree({ 'a.md': CAMPAIGN, '.stromlintrc.json': ONLY_CAMPAIGN_END });
    for (const rule of ['campaign-end: warning', 'campaign-end:warn', 'campaign-end: advarsel', 'campaign-end:  [advarsel]']) {
      const run = cli(['a.md', '--rule', rule, '-f', 'json'], { cwd: dir });
      expect(run.status, rule).toBe(0);
      expect(JSON.parse(run.stdout)[0].warningCount, rule).toBe(1);
    }
    expect(cli(['a.md', '--rule', 'campaign-end: av', '-f', 'json'], { cwd: dir }).status).toBe(0);
    const bad = cli(['a.md', '--rule', 'campaign-end: warnig'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^stromlint: --rule: "campaign-end" takes off, info, warn or error .*got "warnig"\. Did you mean "warning"\?\n$/);
    expect(cli(['a.md', '--rule', 'campaign-end'], { cwd: dir }).stderr).toContain('--rule takes "rule-id: severity"');
    expect(cli(['a.md', '--rule', 'campain-end: warn'], { cwd: dir }).stderr).toContain('Did you mean "campaign-end"?');
  });

  it('names the config file, line and key of a config error, in the chosen language', () => {
    const dir = tempTree({ 'a.md': CAMPAIGN, '.stromlintrc.yaml': 'locale: nb\nextend: strict\n' });
    const run = cli(['a.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('stromlint: .stromlintrc.yaml:2:1: ukjent nøkkel «extend» i øverste nivå. Mente du «extends»?\n');
    expect(cli(['a.md', '--locale', 'en'], { cwd: dir }).stderr).toBe('stromlint: .stromlintrc.yaml:2:1: unknown key "extend" in the top level. Did you mean "extends"?\n');
    const plugins = tempTree({ 'a.md': CAMPAIGN, '.stromlintrc.yaml': 'plugins: ./regler.mjs\n' });
    expect(cli(['a.md'], { cwd: plugins }).stderr).toBe('stromlint: .stromlintrc.yaml:1:10: "plugins" must be a list.\n');
    const broken = tempTree({ 'a.md': CAMPAIGN, '.stromlintrc.json': '{\n  "rules": {\n    "duration": "warn",\n  }\n}\n' });
    expect(cli(['a.md', '--locale', 'nb'], { cwd: broken }).stderr).toBe('stromlint: .stromlintrc.json:4:3: filen er ikke gyldig JSON: Expected double-quoted property name\n');
  });
});

describe('finding ids of stromlint itself', () => {
  const BUILTIN = [
    'parse-error',
    'product-sheet-schema',
    'directive',
    'too-large',
    'too-deep',
    'too-many-attributes',
    'line-too-long',
    'too-many-links',
    'too-many-lines',
    'too-many-cells',
    'too-many-emphasis-markers',
    'too-many-values',
    'too-many-facts',
    'timeout',
    'read-error',
    'skipped',
    'encoding',
    'internal-error',
    'ignored-file',
  ];

  it('explains every one of them, in English and Norwegian', () => {
    for (const id of BUILTIN) {
      const run = cli(['explain', id]);
      expect(run.status, id).toBe(0);
      expect(run.stdout, id).toMatch(new RegExp(`^${id} — `));
      expect(cli(['explain', id, '--locale', 'nb']).stdout, id).toContain('Standard alvorlighet');
    }
  });

  it('sets them in "rules" like rules: off drops them, a severity caps them', () => {
    const feed = JSON.stringify([{ productType: 'spot', name: 'Spot Fjord', addonPrice: 4.9, monthlyFee: 39 }]);
    const dir = tempTree({ 'feed.json': feed, 'brutt.json': '{"products": [', '.stromlintrc.json': JSON.stringify({ extends: [], rules: { 'campaign-end': 'error' } }) });
    const ids = (args: string[]) =>
      (JSON.parse(cli(['.', '-f', 'json', ...args], { cwd: dir }).stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>).flatMap((r) =>
        r.messages.map((m) => `${m.ruleId}:${m.severity}`),
      );
    expect(ids([])).toEqual(['parse-error:2', 'product-sheet-schema:1']);
    expect(ids(['--rule', 'product-sheet-schema: off'])).toEqual(['parse-error:2']);
    expect(ids(['--rule', 'parse-error: warn'])).toEqual(['parse-error:1', 'product-sheet-schema:1']);
    expect(cli(['.', '--rule', 'parse-error: warn'], { cwd: dir }).status).toBe(0);
  });
});

describe('Norwegian throughout', () => {
  it('prints --help and option descriptions in Norwegian under a Norwegian locale', () => {
    const help = cli(['--help'], { env: { LANG: 'nb_NO.UTF-8' } });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Bruk: stromlint/);
    expect(help.stdout).toContain('Valg:');
    expect(help.stdout).toContain('Kommandoer:');
    expect(help.stdout).toContain('vis bare feil');
    expect(help.stdout).toContain('(standard: "off")');
    expect(cli(['--help']).stdout).toContain('report errors only');
  });
});

describe('baseline and init', () => {
  it('init --github pushes to the default branch of the repository', () => {
    const dir = tempTree({});
    execFileSync('git', ['init', '-q', '-b', 'trunk'], { cwd: dir });
    expect(cli(['init', '--github'], { cwd: dir }).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.github/workflows/stromlint.yml'), 'utf8')).toContain('branches: ["trunk"]');
  });

  it('init writes the detected language and the default branch', () => {
    const dir = tempTree({});
    cli(['init'], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } });
    expect(fs.readFileSync(path.join(dir, '.stromlintrc.yaml'), 'utf8')).toMatch(/^locale: en$/m);
    const nb = tempTree({});
    expect(cli(['init'], { cwd: nb, env: { LANG: 'nb_NO.UTF-8' } }).stdout).toBe('skrev .stromlintrc.yaml\n');
    const config = fs.readFileSync(path.join(nb, '.stromlintrc.yaml'), 'utf8');
    expect(config).toMatch(/^locale: nb$/m);
    expect(config).toContain('# Start med de anbefalte reglene');
  });
});

describe('links', () => {
  it('prints no documentation URL unless one is declared, and then the declared one everywhere', () => {
    const dir = tempTree({ 'a.md': CAMPAIGN, '.stromlintrc.json': ONLY_CAMPAIGN_END });
    const plain = cli(['a.md', '-f', 'json', '-f', 'junit:r.xml', '-f', 'sarif:r.sarif'], { cwd: dir });
    const reports = () => [plain.stdout, fs.readFileSync(path.join(dir, 'r.xml'), 'utf8'), fs.readFileSync(path.join(dir, 'r.sarif'), 'utf8')];
    for (const text of reports()) expect(text).not.toMatch(/https?:\/\/(?!docs\.oasis-open\.org)/);
    expect(cli(['explain', 'campaign-end'], { cwd: dir }).stdout).not.toMatch(/https?:/);

    fs.writeFileSync(
      path.join(dir, '.stromlintrc.json'),
      JSON.stringify({ extends: [], rules: { 'campaign-end': 'error' }, rulesDocsUrl: 'https://intranett.example/stromlint/{rule}.html' }),
    );
    const page = 'https://intranett.example/stromlint/campaign-end.html';
    const linked = cli(['a.md', '-f', 'json', '-f', 'junit:r.xml', '-f', 'sarif:r.sarif'], { cwd: dir });
    expect(JSON.parse(linked.stdout)[0].messages[0].docsUrl).toBe(page);
    expect(fs.readFileSync(path.join(dir, 'r.xml'), 'utf8')).toContain(`docs: ${page}`);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'r.sarif'), 'utf8')).runs[0].tool.driver.rules[0].helpUri).toBe(page);
    expect(cli(['explain', 'campaign-end'], { cwd: dir }).stdout).toContain(`Documentation: ${page}`);
  });

  it('lists the rules and the finding ids of stromlint itself', () => {
    const list = cli(['rules']).stdout;
    expect(list).toMatch(/^campaign-end +error/m);
    expect(list).toMatch(/^parse-error +error/m);
    expect(list).toMatch(/^ignored-file +warning/m);
    expect(cli(['rules', '--locale', 'nb']).stdout).toMatch(/^ignored-file +advarsel/m);
    expect(cli(['explain', 'campaign-end', '--locale', 'nb']).stdout).toContain('Standard alvorlighet: feil');
  });
});
