import { loadConfig } from '../config/load.js';
import { loadPlugins } from '../config/plugins.js';
import { settingsForFile, type FileSettings } from '../config/resolve.js';
import { ConfigError, type ConfigFile, type LoadedConfig, type RuleSetting } from '../config/types.js';
import { validateConfig } from '../config/validate.js';
import type { Format } from '../document/types.js';
import { DEFAULT_EXTENSIONS } from '../files/formats.js';
import { DEFAULT_LIMITS, type Limits } from '../files/limits.js';
import type { Locale, Rule } from '../rule-kit/types.js';
import { localeFromEnv } from './messages.js';
import type { SourceOptions } from './lint-source.js';

export interface LintOptions {
  /** The rules the run knows (the caller's registry); the config's plugins are added to them. */
  rules?: readonly Rule[];
  /**
   * The module worker threads run (it serves the same registry): without it, every file is linted
   * on this thread.
   */
  workerUrl?: URL;
  /** Folder paths and globs are resolved against (default: process.cwd()). */
  cwd?: string;
  /** A config file to use instead of searching for one. */
  configFile?: string;
  /** A configuration object to use instead of any file (library use). */
  config?: ConfigFile;
  /** Message language; default: config, then the environment. */
  locale?: Locale;
  /** Rule settings that win over the config (`--rule`). */
  ruleSettings?: Record<string, RuleSetting>;
  /** Keep each file's source in its result (for code frames). */
  keepSource?: boolean;
  allowDisableWithoutReason?: boolean;
  /** Reuse results of unchanged files from the cache file. */
  cache?: boolean;
  /** Where the cache is kept (default `.stromlintcache` in `cwd`). */
  cacheLocation?: string;
  /** `off`: lint on this thread; a number: that many worker threads; `auto`: workers when it pays. */
  concurrency?: 'off' | 'auto' | number;
  /** A file that takes longer than this is stopped and reported, on worker threads or not (default 30 s). */
  fileTimeoutMs?: number;
}

/** Per-file time budget. */
const DEFAULT_FILE_TIMEOUT_MS = 30_000;

/** Everything a run needs that does not depend on the file. */
export interface RunSetup {
  /** Folder paths are resolved against and shown relative to. */
  cwd: string;
  loaded: LoadedConfig;
  /** Every rule of the run: the caller's and the plugins'. */
  rules: readonly Rule[];
  locale: Locale;
  limits: Limits;
  extensions: Record<string, Format>;
  ruleSettings: Record<string, RuleSetting>;
  allowDisableWithoutReason: boolean;
  keepSource: boolean;
  fileTimeoutMs: number;
  /** Settings per file, resolved once: whole-run rules and directives ask again for every product. */
  settings: Map<string, FileSettings>;
}

/** Loads and validates the configuration and its plugins; a bad config throws ConfigError (exit code 2). */
export async function prepareRun(options: LintOptions): Promise<RunSetup> {
  const cwd = options.cwd ?? process.cwd();
  const loaded: LoadedConfig = options.config ? { config: options.config, baseDir: cwd } : await loadConfig(cwd, options.configFile);
  const rules = [...(options.rules ?? []), ...(await loadPlugins(loaded))];
  const registry = new Map<string, Rule>();
  for (const rule of rules) {
    if (registry.has(rule.id)) throw new ConfigError(`${loaded.filePath ?? 'config'}: two rules have the id "${rule.id}"`);
    registry.set(rule.id, rule);
  }
  await validateConfig(loaded.config, loaded.filePath ?? 'config', registry);
  await validateConfig({ rules: options.ruleSettings ?? {} }, '--rule', registry);
  return {
    cwd,
    loaded,
    rules,
    locale: options.locale ?? loaded.config.locale ?? localeFromEnv(),
    limits: { ...DEFAULT_LIMITS, ...loaded.config.limits },
    extensions: { ...DEFAULT_EXTENSIONS, ...loaded.config.extensions },
    ruleSettings: options.ruleSettings ?? {},
    allowDisableWithoutReason: options.allowDisableWithoutReason ?? false,
    keepSource: options.keepSource ?? false,
    fileTimeoutMs: options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS,
    settings: new Map(),
  };
}

/** The rules, severities, options and selectors that apply to one file. */
export function fileSettings(setup: RunSetup, filePath: string): FileSettings {
  let settings = setup.settings.get(filePath);
  if (!settings) setup.settings.set(filePath, (settings = settingsForFile(setup.loaded, filePath, setup.rules, setup.ruleSettings)));
  return settings;
}

export function sourceOptions(setup: RunSetup, filePath: string): SourceOptions {
  return {
    locale: setup.locale,
    limits: setup.limits,
    settings: fileSettings(setup, filePath),
    feedPriceUnit: setup.loaded.config.feed?.priceUnit,
    keepSource: setup.keepSource,
    timeoutMs: setup.fileTimeoutMs,
  };
}
