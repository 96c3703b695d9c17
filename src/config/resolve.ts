import path from 'node:path';
import picomatch from 'picomatch';
import type { Rule, Severity, SeveritySetting } from '../rule-kit/types.js';
import { presetsFor } from './presets.js';
import type { PageKind } from '../document/types.js';
import type { ConfigFile, LoadedConfig, RuleSetting } from './types.js';

/** A rule as it runs on one file: its severity and options after presets, config and overrides. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

/** The settings that apply to one file. */
export interface FileSettings {
  rules: ActiveRule[];
  html: ConfigFile['html'];
  /** The kind of page the configuration says the file is, overriding what its content suggests. */
  pageKind?: PageKind;
  /** Severities set for stromlint's own finding ids (`parse-error`, `directive` …), by id. */
  builtins: Map<string, SeveritySetting>;
}

/**
 * Resolves which rules run on `filePath` and how: the presets named in `extends` (recommended when
 * none), then `rules`, then every override whose `files` globs match the file, in order.
 */
export function settingsForFile(loaded: LoadedConfig, filePath: string, rules: readonly Rule[], cliRules: Record<string, RuleSetting> = {}): FileSettings {
  const { config } = loaded;
  const presets = presetsFor(rules);
  const settings = new Map<string, { severity: SeveritySetting; options?: Record<string, unknown> }>();
  const apply = (ruleSet: Record<string, RuleSetting> | undefined) => {
    for (const [id, setting] of Object.entries(ruleSet ?? {})) {
      const [severity, options] = Array.isArray(setting) ? setting : [setting];
      const previous = settings.get(id);
      settings.set(id, { severity, options: options ?? previous?.options });
    }
  };
  const extendsList = config.extends === undefined ? ['recommended' as const] : [config.extends].flat();
  for (const preset of extendsList) apply(presets[preset]);
  apply(config.rules);
  let html = config.html;
  let pageKind = config.pageKind;
  const relative = path.relative(loaded.baseDir, filePath).split(path.sep).join('/');
  for (const override of config.overrides ?? []) {
    if (!picomatch([override.files].flat(), { dot: true })(relative)) continue;
    apply(override.rules);
    if (override.html) html = { ...html, ...override.html };
    if (override.pageKind) pageKind = override.pageKind;
  }
  apply(cliRules);

  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = settings.get(rule.id);
    settings.delete(rule.id);
    if (!setting || setting.severity === 'off') continue;
    active.push({
      rule,
      severity: setting.severity,
      options: { ...(rule.defaultOptions as Record<string, unknown>), ...setting.options },
    });
  }
  // What is left names no rule of the run: stromlint's own ids (config validation allows no other).
  const builtins = new Map([...settings].map(([id, { severity }]) => [id, severity] as const));
  return pageKind ? { rules: active, html, builtins, pageKind } : { rules: active, html, builtins };
}
