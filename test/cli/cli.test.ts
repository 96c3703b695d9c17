import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const DEMO = path.join(ROOT, 'fixtures/demo');

interface EslintResult {
  filePath: string;
  messages: Array<{ ruleId: string; messageId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; fatal?: boolean }>;
  errorCount: number;
  warningCount: number;
}

const json = (stdout: string) => JSON.parse(stdout) as EslintResult[];

const GOOD_PAGE = '# Spotpris Fjellvind\n\nPåslag 3,9 øre/kWh og fastbeløp 29 kr/mnd. Ingen bindingstid.\n';
/** A config with every rule off but campaign-end, so a test sees one rule's behaviour. */
const ONLY_CAMPAIGN_END = JSON.stringify({ extends: [], rules: { 'campaign-end': 'error' } });
const CAMPAIGN_PAGE = '# Spotpris Høst\n\nKampanjepris: 0 øre i påslag! Bestill nå.\n';

describe('stromlint command line', () => {
  it('lints the demo campaign: findings printed, exit code 1', () => {
    const run = cli([DEMO]);
    expect(run.status).toBe(1);
    // The Black Week page: "Kampanjepris" with no end (a 12-month fixed price is the price's period,
    // not the campaign's end), and a fixed price that does not say what follows it.
    const lines = run.stdout.split('\n');
    const section = lines.slice(lines.indexOf('fixtures/demo/kampanjer/black-week.md'));
    expect(section.slice(0, 9)).toEqual([
      'fixtures/demo/kampanjer/black-week.md',
      '   8:1  error  "BLACK WEEK ⚡ Fastpris Trygg" is a campaign offer that does not say when it ends. State the end, e.g. "campaign price until 31 December 2026" or "for the first 3 months".  campaign-end',
      '               product: BLACK WEEK ⚡ Fastpris Trygg',
      '               8 | Kampanjepris: Fastpris Trygg til 89,90 øre/kWh – *bestill i dag!*',
      '                 | ^^^^^^^^^^^^',
      '  10:3  error  "BLACK WEEK ⚡ Fastpris Trygg" does not say what happens when the fixed-price or binding period ends. State the agreement the customer is moved to or the price afterwards, e.g. "when the term ends, the agreement rolls over to Spot Nordlys".  after-terms',
      '               product: BLACK WEEK ⚡ Fastpris Trygg',
      '               10 | * Fastpris i 12 måneder',
      '                  |   ^^^^^^^^^^^^^^^^^^^^^',
    ]);
    expect(section[9]).toBe('');
    expect(run.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?(, \d+ info)?\)/);
  });

  it("reports the demo campaign's findings with their exact place in JSON", () => {
    const run = cli([DEMO, '-f', 'json']);
    expect(run.status).toBe(1);
    const page = json(run.stdout).find((r) => r.filePath === path.join(DEMO, 'kampanjer/black-week.md'));
    expect(page?.messages.map(({ ruleId, messageId, severity, line, column, endLine, endColumn }) => ({ ruleId, messageId, severity, line, column, endLine, endColumn }))).toEqual([
      { ruleId: 'campaign-end', messageId: 'missingEnd', severity: 2, line: 8, column: 1, endLine: 8, endColumn: 13 },
      { ruleId: 'after-terms', messageId: 'afterFixedTerm', severity: 2, line: 10, column: 3, endLine: 10, endColumn: 24 },
    ]);
  });

  it('exits 0 on material without errors', () => {
    const dir = tempTree({ 'spot.md': GOOD_PAGE });
    const run = cli(['spot.md', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(json(run.stdout)[0]!.errorCount).toBe(0);
    expect(run.status).toBe(0);
  });

  it('prints ESLint-compatible JSON with exact positions', () => {
    const dir = tempTree({ 'hoest.md': CAMPAIGN_PAGE });
    const run = cli(['hoest.md', '--format', 'json', '--rule', 'campaign-end: error'], { cwd: dir });
    expect(run.status).toBe(1);
    const [result] = json(run.stdout);
    expect(result!.filePath).toBe(path.join(dir, 'hoest.md'));
    expect(result!.messages.find((m) => m.ruleId === 'campaign-end')).toMatchObject({ messageId: 'missingEnd', severity: 2, line: 3, column: 1, endLine: 3, endColumn: 13 });
  });

  it('speaks bokmål or English as asked, and picks bokmål from a Norwegian LANG', () => {
    const dir = tempTree({ 'hoest.md': CAMPAIGN_PAGE });
    const message = (args: string[], env?: Record<string, string>) =>
      json(cli(['hoest.md', '-f', 'json', ...args], { cwd: dir, env }).stdout)[0]!.messages.find((m) => m.ruleId === 'campaign-end')!.message;
    expect(message(['--locale', 'nb'])).toContain('kampanjetilbud');
    expect(message(['--locale', 'en'])).toContain('campaign offer');
    expect(message([], { LANG: 'nb_NO.UTF-8' })).toContain('kampanjetilbud');
    expect(message([], { LANG: 'en_GB.UTF-8' })).toContain('campaign offer');
  });

  it('reports an unparseable file as a finding and still lints the others', () => {
    const dir = tempTree({ 'a-ark.json': '{"products": [ {"name": "Spot", ', 'b.md': CAMPAIGN_PAGE });
    const run = cli(['.', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    const results = json(run.stdout);
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['a-ark.json', 'b.md']);
    expect(results[0]!.messages[0]).toMatchObject({ ruleId: 'parse-error', fatal: true, severity: 2 });
    expect(results[1]!.messages.find((m) => m.ruleId === 'campaign-end')).toMatchObject({ messageId: 'missingEnd', severity: 2, line: 3, column: 1, endLine: 3, endColumn: 13 });
  });

  it('stops with exit code 2 on an unknown rule in the config, naming it', () => {
    const dir = tempTree({ '.stromlintrc.json': '{"rules": {"kampanje-slutt": "error"}}', 'a.md': GOOD_PAGE });
    const run = cli(['a.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown rule "kampanje-slutt"');
    expect(run.stdout).toBe('');
  });

  it('stops with exit code 2 on bad usage and on a pattern that matches nothing', () => {
    expect(cli(['--format', 'nope', DEMO]).status).toBe(2);
    expect(cli(['--max-warnings', 'mange', DEMO]).status).toBe(2);
    const none = cli(['finnes-ikke/**/*.md']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no files matching "finnes-ikke/**/*.md"');
  });

  it('turns warnings into exit code 1 above --max-warnings, and --quiet hides them', () => {
    const dir = tempTree({ 'hoest.md': CAMPAIGN_PAGE, '.stromlintrc.json': ONLY_CAMPAIGN_END });
    expect(cli(['hoest.md', '--rule', 'campaign-end: warn', '-f', 'json'], { cwd: dir }).status).toBe(0);
    expect(cli(['hoest.md', '--rule', 'campaign-end: warn', '--max-warnings', '0'], { cwd: dir }).status).toBe(1);
    const quiet = cli(['hoest.md', '--rule', 'campaign-end: warn', '--quiet', '-f', 'json'], { cwd: dir });
    expect(json(quiet.stdout)[0]!.messages).toEqual([]);
  });

  it('prints its version and help with exit code 0', () => {
    const version = cli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--max-warnings');
  });

  it('colours stylish output only when asked or on a terminal', () => {
    const dir = tempTree({ 'hoest.md': CAMPAIGN_PAGE });
    expect(cli(['hoest.md'], { cwd: dir }).stdout).not.toContain('\u001b[');
    expect(cli(['hoest.md', '--color'], { cwd: dir }).stdout).toContain('\u001b[');
  });

  it('lints standard input with the format from --stdin-filename', () => {
    const run = cli(['--stdin', '--stdin-filename', 'side.html', '-f', 'json'], { input: '<h2>Spot Start</h2>\n<p>Introductory offer: no markup.</p>\n' });
    expect(run.status).toBe(1);
    expect(json(run.stdout)[0]!.messages.find((m) => m.ruleId === 'campaign-end')).toMatchObject({
      messageId: 'missingEnd',
      severity: 2,
      line: 2,
      column: 4,
      endLine: 2,
      endColumn: 22,
    });
  });

  it('writes several formats in one run, each to its own file, and fails with 2 on an unwritable path', () => {
    const dir = tempTree({ 'hoest.md': CAMPAIGN_PAGE });
    const run = cli(['hoest.md', '-f', 'sarif:ut/resultat.sarif', '-f', 'compact'], { cwd: dir });
    expect(run.status).toBe(2);
    fs.mkdirSync(path.join(dir, 'ut'));
    const ok = cli(['hoest.md', '-f', 'sarif:ut/resultat.sarif', '-f', 'compact'], { cwd: dir });
    expect(ok.status).toBe(1);
    expect(ok.stdout).toContain('hoest.md:3:1: error');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'ut/resultat.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(fs.readdirSync(path.join(dir, 'ut'))).toEqual(['resultat.sarif']);
  });
});

describe('disable comments', () => {
  const page = (name: string, markup: string) => `## ${name}\n\nPåslag ${markup} øre/kWh, fastbeløp 39 kr/mnd. Ingen bindingstid.\n`;
  const config = JSON.stringify({ extends: [], rules: { 'distinct-products': 'warn' } });

  it('silence whole-run findings too, and a used directive is not reported', () => {
    const loud = tempTree({ '.stromlintrc.json': config, 'a.md': page('Spot Fjord', '2,9'), 'b.md': page('Spot Fjord+', '4,9') });
    const before = json(cli(['.', '-f', 'json'], { cwd: loud }).stdout);
    expect(before[1]!.messages.map((m) => [m.ruleId, m.line])).toEqual([['distinct-products', 1]]);

    const quiet = tempTree({
      '.stromlintrc.json': config,
      'a.md': page('Spot Fjord', '2,9'),
      'b.md': `<!-- stromlint-disable-next-line distinct-products -- Fjord+ er et annet produkt enn Fjord -->\n${page('Spot Fjord+', '4,9')}`,
    });
    const after = json(cli(['.', '-f', 'json'], { cwd: quiet }).stdout);
    expect(after.flatMap((r) => r.messages)).toEqual([]);
  });
});
