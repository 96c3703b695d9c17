import path from 'node:path';
import { ConfigFinder, loadConfigFile } from '../config/load.js';
import { loadPlugins } from '../config/plugins.js';
import { settingsForFile, type FileSettings } from '../config/resolve.js';
import { ConfigError, type ConfigFile, type LoadedConfig, type RuleSetting } from '../config/types.js';
import { CONFIG_MESSAGES } from '../config/messages.js';
import { validateConfig, type KnownIds } from '../config/validate.js';
import type { Format } from '../document/types.js';
import { DEFAULT_EXTENSIONS } from '../files/formats.js';
import { DEFAULT_LIMITS, type Limits } from '../files/limits.js';
import { declaredDocsUrl, docsUrlFrom } from '../package-info.js';
import type { Locale, Rule } from '../rule-kit/types.js';
import { BUILTIN_BY_ID } from './builtin-ids.js';
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
  /** A config file to use for every file instead of searching for one. */
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
  /** A file named explicitly but ignored gets an `ignored-file` warning (default true). */
  warnIgnored?: boolean;
  /** Called after each file is linted, for progress displays. */
  onProgress?: (done: number, total: number) => void;
}

/** One configuration file, checked, with what it sets. */
export interface ConfigSetup {
  loaded: LoadedConfig;
  /** The caller's rules and this config's plugins. */
  rules: readonly Rule[];
  limits: Limits;
  extensions: Record<string, Format>;
}

/** Per-file time budget. */
const DEFAULT_FILE_TIMEOUT_MS = 30_000;

/** Everything a run needs that does not depend on the file. */
export interface RunSetup {
  /** Folder paths are resolved against and shown relative to. */
  cwd: string;
  /** The configuration of the working folder (or the one given): the run's language and docs links. */
  main: ConfigSetup;
  locale: Locale;
  ruleSettings: Record<string, RuleSetting>;
  allowDisableWithoutReason: boolean;
  keepSource: boolean;
  /** Per-file time budget, on worker threads or not. */
  fileTimeoutMs: number;
  warnIgnored: boolean;
  /** A rule's documentation page, when a docs URL is declared. */
  docsUrl: (ruleId: string) => string | undefined;
  /** The configuration of each file of the run, found before it is linted. */
  configs: Map<string, ConfigSetup>;
  /** Settings per file, resolved once: whole-run rules and directives ask again for every product. */
  settings: Map<string, FileSettings>;
  /** Finds the config of a file not seen yet; undefined when one config serves every file. */
  finder?: ConfigFinder;
  /** Checked configs by file, each set up once. */
  prepared: Map<string, Promise<ConfigSetup>>;
  /** The rules the caller handed over (the built-in registry): the ones documented under a docs URL. */
  callerRules: readonly Rule[];
}

/**
 * Loads and checks the configuration of the working folder (or the one given) and the `--rule`
 * settings; a bad config throws ConfigError (exit code 2). Configs of other folders are found as
 * their files come up.
 */
export async function prepareRun(options: LintOptions, preloaded?: LoadedConfig[]): Promise<RunSetup> {
  const cwd = options.cwd ?? process.cwd();
  const callerRules = options.rules ?? [];
  const readingLocale = options.locale ?? localeFromEnv();
  const fixed: LoadedConfig | undefined =
    preloaded?.[0] ?? (options.config ? { config: options.config, baseDir: cwd } : options.configFile ? await loadConfigFile(cwd, options.configFile, readingLocale) : undefined);
  const finder = fixed ? undefined : new ConfigFinder(cwd, readingLocale);
  const mainLoaded = fixed ?? (await finder!.forDir(cwd));
  const rawLocale = (mainLoaded.config as { locale?: unknown }).locale;
  const locale = options.locale ?? (rawLocale === 'nb' || rawLocale === 'en' ? rawLocale : localeFromEnv());
  const partial = { cwd, locale, callerRules, finder, prepared: new Map<string, Promise<ConfigSetup>>() };
  const main = await setUp(partial, mainLoaded, preloaded !== undefined);
  const ruleSettings = await validateConfig({ rules: options.ruleSettings ?? {} }, { where: '--rule' }, knownIds(main.rules), locale);
  const docsBase = (main.loaded.config.rulesDocsUrl as string | undefined) ?? declaredDocsUrl();
  return {
    ...partial,
    main,
    ruleSettings: ruleSettings.rules ?? {},
    allowDisableWithoutReason: options.allowDisableWithoutReason ?? false,
    keepSource: options.keepSource ?? false,
    fileTimeoutMs: options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS,
    warnIgnored: options.warnIgnored ?? true,
    docsUrl: (ruleId) => docsUrlFrom(docsBase, ruleId),
    configs: new Map(),
    settings: new Map(),
  };
}

type PartialSetup = Pick<RunSetup, 'cwd' | 'locale' | 'callerRules' | 'prepared'>;

/** Checks a loaded config and loads its plugins, once per config file. */
function setUp(setup: PartialSetup, loaded: LoadedConfig, checked = false): Promise<ConfigSetup> {
  const key = loaded.filePath ?? '';
  let prepared = setup.prepared.get(key);
  if (!prepared) {
    prepared = (async () => {
      const where = loaded.filePath ? path.relative(setup.cwd, loaded.filePath) || loaded.filePath : 'config';
      const source = { where, filePath: loaded.filePath, keyPrefix: loaded.filePath && path.basename(loaded.filePath) === 'package.json' ? ['stromlint'] : [] };
      // `plugins` is checked before its modules are loaded: the rest of the config may name their rules.
      if (!checked && loaded.config.plugins !== undefined) await validateConfig({ plugins: loaded.config.plugins }, source, knownIds(setup.callerRules), setup.locale);
      const rules = [...setup.callerRules, ...(await loadPlugins(loaded, where, setup.locale))];
      const registry = new Map<string, Rule>();
      for (const rule of rules) {
        if (registry.has(rule.id)) throw new ConfigError(`${where}: ${CONFIG_MESSAGES[setup.locale].twoRules(rule.id)}`);
        registry.set(rule.id, rule);
      }
      const config = checked ? loaded.config : await validateConfig(loaded.config, source, knownIds(registry), setup.locale);
      return {
        loaded: { ...loaded, config },
        rules,
        limits: { ...DEFAULT_LIMITS, ...config.limits },
        extensions: { ...DEFAULT_EXTENSIONS, ...config.extensions },
      };
    })();
    setup.prepared.set(key, prepared);
  }
  return prepared;
}

function knownIds(rules: ReadonlyMap<string, Rule> | readonly Rule[]): KnownIds {
  const map = rules instanceof Map ? rules : new Map((rules as readonly Rule[]).map((r) => [r.id, r]));
  return { rules: map, builtins: new Set(BUILTIN_BY_ID.keys()) };
}

/** Finds, checks and remembers the configuration of a file; call before the file is linted. */
export async function configOf(setup: RunSetup, filePath: string): Promise<ConfigSetup> {
  let config = setup.configs.get(filePath);
  if (!config) {
    config = setup.finder ? await setUp(setup, await setup.finder.forFile(filePath)) : setup.main;
    setup.configs.set(filePath, config);
  }
  return config;
}

/** In a worker: a file's config as the main thread found and checked it (no search, no JavaScript run again). */
export async function adoptConfig(setup: RunSetup, filePath: string, loaded: LoadedConfig): Promise<void> {
  setup.configs.set(filePath, await setUp(setup, loaded, true));
}

/** The configuration of a file found earlier with configOf (the run's own when none was). */
export function configFor(setup: RunSetup, filePath: string): ConfigSetup {
  return setup.configs.get(filePath) ?? setup.main;
}

/** Every rule of the run: the caller's and those of every config's plugins, each once. */
export function runRules(setup: RunSetup): Rule[] {
  const rules = new Map<string, Rule>();
  for (const config of [setup.main, ...setup.configs.values()]) for (const rule of config.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  return [...rules.values()];
}

/** The rules, severities, options and selectors that apply to one file. */
export function fileSettings(setup: RunSetup, filePath: string): FileSettings {
  let settings = setup.settings.get(filePath);
  if (!settings) {
    const config = configFor(setup, filePath);
    settings = settingsForFile(config.loaded, filePath, config.rules, setup.ruleSettings);
    setup.settings.set(filePath, settings);
  }
  return settings;
}

export function sourceOptions(setup: RunSetup, filePath: string): SourceOptions {
  const config = configFor(setup, filePath);
  return {
    locale: setup.locale,
    limits: config.limits,
    settings: fileSettings(setup, filePath),
    feedPriceUnit: config.loaded.config.feed?.priceUnit,
    keepSource: setup.keepSource,
    timeoutMs: setup.fileTimeoutMs,
  };
}
