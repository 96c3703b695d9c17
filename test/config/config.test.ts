import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { loadConfig } from '../../src/config/load.js';
import { settingsForFile } from '../../src/config/resolve.js';
import { ConfigError } from '../../src/config/types.js';
import { validateConfig } from '../../src/config/validate.js';
import { tempTree } from '../helpers/tmp.js';

const registry = new Map(RULES.map((r) => [r.id, r] as const));

describe('loadConfig', () => {
  it('finds the nearest config from the working folder upwards', async () => {
    const root = tempTree({ '.stromlintrc.yaml': 'locale: nb\nrules:\n  campaign-end: warn\n', 'a/b/.keep': '' });
    const loaded = await loadConfig(path.join(root, 'a/b'));
    expect(loaded.filePath).toBe(path.join(root, '.stromlintrc.yaml'));
    expect(loaded.config).toEqual({ locale: 'nb', rules: { 'campaign-end': 'warn' } });
  });

  it('reads "stromlint" in package.json, JSON and module configs', async () => {
    const root = tempTree({
      'pkg/package.json': JSON.stringify({ name: 'x', stromlint: { locale: 'en' } }),
      'json/stromlint.config.json': '{"rules":{"campaign-end":"off"}}',
      'mjs/stromlint.config.mjs': 'export default { locale: "nb" };',
    });
    expect((await loadConfig(path.join(root, 'pkg'))).config).toEqual({ locale: 'en' });
    expect((await loadConfig(path.join(root, 'json'))).config).toEqual({ rules: { 'campaign-end': 'off' } });
    expect((await loadConfig(path.join(root, 'mjs'))).config).toEqual({ locale: 'nb' });
  });

  it('uses no config when none is found, and fails clearly on a missing or broken one', async () => {
    const root = tempTree({ 'tom/.keep': '', 'brutt/.stromlintrc.json': '{"rules": ' });
    expect((await loadConfig(path.join(root, 'tom'))).config).toEqual({});
    await expect(loadConfig(root, 'finnes-ikke.json')).rejects.toThrow(/Config file not found/);
    await expect(loadConfig(path.join(root, 'brutt'))).rejects.toBeInstanceOf(ConfigError);
  });
});

describe('validateConfig', () => {
  it('accepts a valid config', async () => {
    await expect(validateConfig({ extends: 'strict', rules: { 'campaign-end': ['warn', { checkTermsPages: true }] } }, 'cfg', registry)).resolves.toBeUndefined();
  });

  it('rejects an unknown rule, naming it and the known ones', async () => {
    await expect(validateConfig({ rules: { 'kampanje-slutt': 'error' } }, 'cfg', registry)).rejects.toThrow(/unknown rule "kampanje-slutt". Known rules: .*campaign-end/);
  });

  it('rejects bad options, bad severities and unknown keys', async () => {
    await expect(validateConfig({ rules: { 'campaign-end': ['error', { nope: 1 }] } }, 'cfg', registry)).rejects.toThrow(/invalid options for rule "campaign-end"/);
    await expect(validateConfig({ rules: { 'campaign-end': 'loud' as never } }, 'cfg', registry)).rejects.toThrow(ConfigError);
    await expect(validateConfig({ lokale: 'nb' } as never, 'cfg', registry)).rejects.toThrow(/must NOT have additional properties "lokale"/);
  });
});

describe('settingsForFile', () => {
  it('applies presets, rules, then matching overrides and command-line rules', () => {
    const loaded = {
      baseDir: '/repo',
      config: {
        rules: { 'campaign-end': 'warn' as const },
        overrides: [{ files: 'vilkar/**', rules: { 'campaign-end': 'off' as const } }],
      },
    };
    const severity = (file: string, cli = {}) => settingsForFile(loaded, file, RULES, cli).rules.find((r) => r.rule.id === 'campaign-end')?.severity;
    expect(severity('/repo/kampanjer/a.md')).toBe('warn');
    expect(severity('/repo/vilkar/b.md')).toBeUndefined();
    expect(severity('/repo/kampanjer/a.md', { 'campaign-end': 'error' })).toBe('error');
    expect(settingsForFile({ baseDir: '/', config: {} }, '/a.md', RULES).rules[0]).toMatchObject({ severity: 'error', options: { checkTermsPages: false } });
  });
});
