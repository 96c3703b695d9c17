import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lilconfig, type Loader } from 'lilconfig';
import type { Locale } from '../rule-kit/types.js';
import { ConfigError, type ConfigFile, type LoadedConfig } from './types.js';

/** Where a configuration is looked for in each folder, in order. */
const CONFIG_FILES = [
  'package.json',
  '.stromlintrc',
  '.stromlintrc.json',
  '.stromlintrc.yaml',
  '.stromlintrc.yml',
  'stromlint.config.json',
  'stromlint.config.js',
  'stromlint.config.mjs',
];

/** A folder holding one of these is the top of a project: no config is looked for above it. */
const PROJECT_ROOT_MARKERS = ['.git', 'package.json'];

const SYNTAX = {
  en: (format: string, detail: string) => `the file is not valid ${format}: ${detail}`,
  nb: (format: string, detail: string) => `filen er ikke gyldig ${format}: ${detail}`,
};

/**
 * `file:line:column: the file is not valid YAML: …`, at the place the YAML parser (which reads JSON
 * too) or JSON.parse ("… at position 41") found; the file relative to the working folder.
 */
async function syntaxError(filePath: string, content: string, format: 'YAML' | 'JSON', fallback: string, where: Where): Promise<ConfigError> {
  const { default: YAML } = await import('yaml');
  const [first] = YAML.parseDocument(content).errors;
  const offset = Number(/at position (\d+)/.exec(fallback)?.[1] ?? NaN);
  const at = first?.linePos?.[0] ?? (Number.isNaN(offset) ? undefined : lineCounterOf(YAML, content).linePos(offset));
  const detail = first ? first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') : fallback.replace(/ in JSON at position \d+.*$/, '');
  const shown = path.relative(where.cwd, filePath) || filePath;
  return new ConfigError(`${shown}${at ? `:${at.line}:${at.col}` : ''}: ${SYNTAX[where.locale](format, detail)}`);
}

function lineCounterOf(YAML: typeof import('yaml'), content: string) {
  const counter = new YAML.LineCounter();
  counter.addNewLine(0);
  for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

interface Where {
  cwd: string;
  locale: Locale;
}

/** The loaders, with syntax errors said in `locale`. */
function loadersFor(where: Where) {
  const loadYaml: Loader = async (filePath, content) => {
    const { default: YAML } = await import('yaml');
    const doc = YAML.parseDocument(content);
    if (doc.errors.length > 0) throw await syntaxError(filePath, content, 'YAML', '', where);
    return doc.toJS();
  };
  const loadJson: Loader = async (filePath, content) => {
    try {
      return JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw await syntaxError(filePath, content.replace(/^\uFEFF/, ''), 'JSON', (error as Error).message, where);
    }
  };
  return {
    '.json': loadJson,
    '.yaml': loadYaml,
    '.yml': loadYaml,
    '.js': loadModule,
    '.mjs': loadModule,
    // `.stromlintrc` without extension: YAML, which also reads JSON.
    noExt: loadYaml,
  };
}

/** A JavaScript config is code: it runs once per run, when its folder is first searched. */
const loadModule: Loader = async (filePath) => {
  const mod = (await import(pathToFileURL(filePath).href)) as { default?: unknown };
  return mod.default ?? mod;
};

/**
 * The top of the project `dir` belongs to: the nearest folder (itself included) that holds `.git`
 * or a package.json. Outside any project, the search goes no higher than the working folder (or the
 * file's own folder, for a file outside it), so no config in a parent folder runs by surprise.
 */
function projectRoot(dir: string, cwd: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    if (PROJECT_ROOT_MARKERS.some((marker) => fs.existsSync(path.join(at, marker)))) return at;
    if (path.dirname(at) === at) break;
  }
  const inside = path.relative(cwd, dir);
  return inside.startsWith('..') || path.isAbsolute(inside) ? dir : cwd;
}

/**
 * Finds the configuration of each linted file: the nearest config file from the file's folder
 * upwards, never past the project root. Each config file is read (and a JavaScript one run) once.
 */
export class ConfigFinder {
  private readonly explorers = new Map<string, ReturnType<typeof lilconfig>>();
  private readonly byDir = new Map<string, Promise<LoadedConfig>>();
  private readonly loaded = new Map<string, LoadedConfig>();

  private readonly loaders;

  /** `locale`: the language of syntax errors (the config's own `locale` is not known before it is read). */
  constructor(
    private readonly cwd: string,
    locale: Locale,
  ) {
    this.loaders = loadersFor({ cwd, locale });
  }

  /** The config that applies to files in `dir`; without one, defaults relative to the working folder. */
  forDir(dir: string): Promise<LoadedConfig> {
    let found = this.byDir.get(dir);
    if (!found) this.byDir.set(dir, (found = this.search(dir)));
    return found;
  }

  forFile(filePath: string): Promise<LoadedConfig> {
    return this.forDir(path.dirname(filePath));
  }

  /** Every config file found so far, each once. */
  all(): LoadedConfig[] {
    return [...this.loaded.values()];
  }

  private async search(dir: string): Promise<LoadedConfig> {
    const stopDir = projectRoot(dir, this.cwd);
    let explorer = this.explorers.get(stopDir);
    if (!explorer) this.explorers.set(stopDir, (explorer = lilconfig('stromlint', { searchPlaces: CONFIG_FILES, loaders: this.loaders, stopDir })));
    try {
      const found = await explorer.search(dir);
      if (!found) return { config: {}, baseDir: this.cwd };
      return this.remember(found.filepath, found.config);
    } catch (error) {
      throw asConfigError(error);
    }
  }

  private remember(filePath: string, config: unknown): LoadedConfig {
    let loaded = this.loaded.get(filePath);
    if (!loaded) this.loaded.set(filePath, (loaded = describe(config, filePath)));
    return loaded;
  }
}

/** Loads the config file named with `--config` (or in the library's options). */
export async function loadConfigFile(cwd: string, explicitPath: string, locale: Locale): Promise<LoadedConfig> {
  const resolved = path.resolve(cwd, explicitPath);
  if (!fs.existsSync(resolved)) throw new ConfigError(`Config file not found: ${explicitPath}`);
  try {
    const found = await lilconfig('stromlint', { searchPlaces: CONFIG_FILES, loaders: loadersFor({ cwd, locale }) }).load(resolved);
    return describe(found?.config, resolved);
  } catch (error) {
    throw asConfigError(error);
  }
}

function asConfigError(error: unknown): ConfigError {
  return error instanceof ConfigError ? error : new ConfigError(`Could not load config: ${(error as Error).message}`);
}

function describe(config: unknown, filePath: string): LoadedConfig {
  const base = { filePath, baseDir: path.dirname(filePath) };
  if (config === null || config === undefined) return { config: {}, ...base };
  if (typeof config !== 'object' || Array.isArray(config)) {
    throw new ConfigError(`${filePath}: the configuration must be an object`);
  }
  return { config: config as ConfigFile, ...base };
}
