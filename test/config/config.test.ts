import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { BUILTIN_BY_ID } from '../../src/engine/builtin-ids.js';
import { ConfigFinder, loadConfigFile } from '../../src/config/load.js';
import { settingsForFile } from '../../src/config/resolve.js';
import { ConfigError } from '../../src/config/types.js';
import { validateConfig } from '../../src/config/validate.js';
import { tempTree } from '../helpers/tmp.js';

const known = { rules: new Map(RULES.map((r) => [r.id, r] as const)), builtins: new Set(BUILTIN_BY_ID.keys()) };
const check = (config: unknown, locale: 'nb' | 'en' = 'en', filePath?: string) =>
  validateConfig(config as never, { where: filePath ? path.basename(filePath) : 'cfg', filePath }, known, locale);

describe('ConfigFinder', () => {
  it("finds the nearest config from a file's folder upwards, up to the top of the project", async () => {
    const root = tempTree({
      '.git/HEAD': '',
      '.stromlintrc.yaml': 'locale: nb\nrules:\n  campaign-end: warn\n',
      'a/b/side.md': '',
      'demo/.stromlintrc.json': '{"locale": "en"}',
      'demo/kampanjer/side.md': '',
    });
    const finder = new ConfigFinder(root, 'en');
    expect((await finder.forFile(path.join(root, 'a/b/side.md'))).filePath).toBe(path.join(root, '.stromlintrc.yaml'));
    expect((await finder.forFile(path.join(root, 'a/b/side.md'))).config).toEqual({ locale: 'nb', rules: { 'campaign-end': 'warn' } });
    expect((await finder.forFile(path.join(root, 'demo/kampanjer/side.md'))).filePath).toBe(path.join(root, 'demo/.stromlintrc.json'));
  });

  it('never looks past the repository root or the first package.json, nor above the working folder outside a project', async () => {
    const root = tempTree({
      '.stromlintrc.json': '{"locale": "nb"}',
      'repo/.git/HEAD': '',
      'repo/side.md': '',
      'pakke/package.json': '{"name": "kampanjer"}',
      'pakke/side.md': '',
      'løs/mappe/side.md': '',
    });
    expect((await new ConfigFinder(root, 'en').forFile(path.join(root, 'repo/side.md'))).filePath).toBeUndefined();
    expect((await new ConfigFinder(root, 'en').forFile(path.join(root, 'pakke/side.md'))).filePath).toBeUndefined();
    expect((await new ConfigFinder(path.join(root, 'løs'), 'en').forFile(path.join(root, 'løs/mappe/side.md'))).filePath).toBeUndefined();
    expect((await new ConfigFinder(root, 'en').forFile(path.join(root, 'løs/mappe/side.md'))).filePath).toBe(path.join(root, '.stromlintrc.json'));
  });

  it('reads "stromlint" in package.json, JSON and module configs', async () => {
    const root = tempTree({
      'pkg/package.json': JSON.stringify({ name: 'x', stromlint: { locale: 'en' } }),
      'json/stromlint.config.json': '{"rules":{"campaign-end":"off"}}',
      'mjs/stromlint.config.mjs': 'export default { locale: "nb" };',
    });
    const finder = new ConfigFinder(root, 'en');
    expect((await finder.forDir(path.join(root, 'pkg'))).config).toEqual({ locale: 'en' });
    expect((await finder.forDir(path.join(root, 'json'))).config).toEqual({ rules: { 'campaign-end': 'off' } });
    expect((await finder.forDir(path.join(root, 'mjs'))).config).toEqual({ locale: 'nb' });
  });

  it('uses no config when none is found, and fails clearly on a missing or broken one', async () => {
    const root = tempTree({ 'tom/.keep': '', 'brutt/.stromlintrc.json': '{"rules": ' });
    expect((await new ConfigFinder(path.join(root, 'tom'), 'en').forDir(path.join(root, 'tom'))).config).toEqual({});
    await expect(loadConfigFile(root, 'finnes-ikke.json', 'en')).rejects.toThrow(/Config file not found/);
    await expect(new ConfigFinder(root, 'en').forDir(path.join(root, 'brutt'))).rejects.toBeInstanceOf(ConfigError);
    await expect(new ConfigFinder(root, 'en').forDir(path.join(root, 'brutt'))).rejects.toThrow(/brutt\/\.stromlintrc\.json:1:\d+: the file is not valid JSON: /);
    await expect(new ConfigFinder(root, 'nb').forDir(path.join(root, 'brutt'))).rejects.toThrow(/brutt\/\.stromlintrc\.json:1:\d+: filen er ikke gyldig JSON: /);
  });

  it('runs a JavaScript config once however many folders ask for it', async () => {
    const root = tempTree({
      '.git/HEAD': '',
      'stromlint.config.mjs': 'import fs from "node:fs"; fs.appendFileSync(new URL("./runs.txt", import.meta.url), "x"); export default {};',
      'a/b/.keep': '',
      'c/.keep': '',
    });
    const finder = new ConfigFinder(root, 'en');
    await finder.forDir(path.join(root, 'a/b'));
    await finder.forDir(path.join(root, 'c'));
    await finder.forDir(root);
    expect(fs.readFileSync(path.join(root, 'runs.txt'), 'utf8')).toBe('x');
  });
});

describe('validateConfig', () => {
  it('accepts a valid config, and the severity words the output prints', async () => {
    await expect(check({ extends: 'strict', rules: { 'campaign-end': ['warn', { checkTermsPages: true }] } })).resolves.toBeTruthy();
    const words = await check({ rules: { duration: 'warning', 'after-terms': 'advarsel', 'campaign-end': ['feil'], 'hidden-price': 'av', 'parse-error': 'warn' } });
    expect(words.rules).toEqual({ duration: 'warn', 'after-terms': 'warn', 'campaign-end': ['error'], 'hidden-price': 'off', 'parse-error': 'warn' });
  });

  it('rejects an unknown rule, naming it and the known ones, with "did you mean"', async () => {
    await expect(check({ rules: { 'kampanje-slutt': 'error' } })).rejects.toThrow(/unknown rule "kampanje-slutt". Known rules: .*campaign-end/);
    await expect(check({ rules: { 'campain-end': 'error' } })).rejects.toThrow(/Did you mean "campaign-end"\?/);
  });

  it('says what is wrong in plain words, with "did you mean", in English or Norwegian', async () => {
    await expect(check({ rules: { 'campaign-end': ['error', { checkTermPages: true }] } })).rejects.toThrow(
      'rule "campaign-end" has no option "checkTermPages". Its options: checkTermsPages. Did you mean "checkTermsPages"?',
    );
    await expect(check({ rules: { 'campaign-end': ['error', { checkTermsPages: 'ja' }] } })).rejects.toThrow(
      'option "checkTermsPages" of rule "campaign-end" must be true or false.',
    );
    await expect(check({ rules: { duration: 'warnig' } })).rejects.toThrow(/"duration" takes off, info, warn or error .* got "warnig". Did you mean "warning"\?/);
    await expect(check({ extend: 'strict' })).rejects.toThrow('cfg: unknown key "extend" in the top level. Did you mean "extends"?');
    await expect(check({ extends: 'strikt' })).rejects.toThrow('"extends" takes recommended or strict, got "strikt". Did you mean "strict"?');
    await expect(check({ limits: { maxDepth: 0 } })).rejects.toThrow('"limits.maxDepth" must be at least 1.');
    await expect(check({ extends: ['recommended', 'strikt'] })).rejects.toThrow('"extends[1]" takes recommended or strict, got "strikt". Did you mean "strict"?');
    await expect(check({ overrides: [{ files: [] }] })).rejects.toThrow('"overrides[0].files" must list at least 1.');
    await expect(check({ overrides: [{ file: 'x/**' }] })).rejects.toThrow(
      /"files" is missing in overrides\[0\]\.\ncfg: unknown key "file" in overrides\[0\]\. Did you mean "files"\?/,
    );
    await expect(check({ html: { produkt: '.kort' } })).rejects.toThrow('unknown key "produkt" in html. Did you mean "product"?');
    await expect(check({ extensions: { mdx: 'markdown' } })).rejects.toThrow('"mdx" is not a file extension: write it with its dot, e.g. ".mdx".');
    await expect(check({ feed: { priceUnit: 'øre' } })).rejects.toThrow('"feed.priceUnit" takes ore or kr, got "øre". Did you mean "ore"?');
    await expect(check({ plugins: 'x' })).rejects.toThrow('"plugins" must be a list.');
    await expect(check({ extends: 'strikt' }, 'nb')).rejects.toThrow('«extends» tar recommended eller strict, men fikk «strikt». Mente du «strict»?');
    await expect(check({ rules: { 'campain-end': 'feil' } }, 'nb')).rejects.toThrow(/ukjent regel «campain-end».*Mente du «campaign-end»\?/);
    for (const bad of [{ rules: { 'campaign-end': 'loud' } }, { lokale: 'nb' }, { overrides: [{ rules: {} }] }, { ignores: 'arkiv' }]) {
      await expect(check(bad)).rejects.toBeInstanceOf(ConfigError);
    }
  });

  it('names the file, line and column of the key', async () => {
    const root = tempTree({
      '.stromlintrc.yaml': 'extends: recommended\nrules:\n  duration: warnig\n',
      'package.json': '{\n  "name": "x",\n  "stromlint": {\n    "lokale": "nb"\n  }\n}\n',
    });
    await expect(check({ rules: { duration: 'warnig' } }, 'en', path.join(root, '.stromlintrc.yaml'))).rejects.toThrow(/^\.stromlintrc\.yaml:3:13: "duration" takes/);
    await expect(
      validateConfig({ lokale: 'nb' } as never, { where: 'package.json', filePath: path.join(root, 'package.json'), keyPrefix: ['stromlint'] }, known, 'en'),
    ).rejects.toThrow(/^package\.json:4:5: unknown key "lokale" in the top level\. Did you mean "locale"\?/);
  });
});

describe('settingsForFile', () => {
  it('applies presets, rules, then matching overrides and command-line rules; keeps stromlint ids apart', () => {
    const loaded = {
      baseDir: '/repo',
      config: {
        rules: { 'campaign-end': 'warn' as const, 'parse-error': 'off' as const },
        overrides: [{ files: 'vilkar/**', rules: { 'campaign-end': 'off' as const } }],
      },
    };
    const severity = (file: string, cli = {}) => settingsForFile(loaded, file, RULES, cli).rules.find((r) => r.rule.id === 'campaign-end')?.severity;
    expect(severity('/repo/kampanjer/a.md')).toBe('warn');
    expect(severity('/repo/vilkar/b.md')).toBeUndefined();
    expect(severity('/repo/kampanjer/a.md', { 'campaign-end': 'error' })).toBe('error');
    expect(settingsForFile({ baseDir: '/', config: {} }, '/a.md', RULES).rules[0]).toMatchObject({ severity: 'error', options: { checkTermsPages: false } });
    expect(settingsForFile(loaded, '/repo/a.md', RULES).builtins).toEqual(new Map([['parse-error', 'off']]));
  });
});
