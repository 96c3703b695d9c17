import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lilconfig, type Loader } from 'lilconfig';
import { ConfigError, type ConfigFile, type LoadedConfig } from './types.js';

/** Where a configuration is looked for, in order, from the working folder upwards. */
export const CONFIG_FILES = [
  'package.json',
  '.stromlintrc',
  '.stromlintrc.json',
  '.stromlintrc.yaml',
  '.stromlintrc.yml',
  'stromlint.config.json',
  'stromlint.config.js',
  'stromlint.config.mjs',
];

const loadYaml: Loader = async (filePath, content) => {
  const { default: YAML } = await import('yaml');
  const doc = YAML.parseDocument(content, { prettyErrors: true });
  if (doc.errors.length > 0) throw new ConfigError(`${filePath}: ${doc.errors[0]!.message}`);
  return doc.toJS();
};

const loadJson: Loader = (filePath, content) => {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${filePath}: invalid JSON: ${(error as Error).message}`);
  }
};

const loadModule: Loader = async (filePath) => {
  const mod = (await import(pathToFileURL(filePath).href)) as { default?: unknown };
  return mod.default ?? mod;
};

const loaders = {
  '.json': loadJson,
  '.yaml': loadYaml,
  '.yml': loadYaml,
  '.js': loadModule,
  '.mjs': loadModule,
  // `.stromlintrc` without extension: YAML, which also reads JSON.
  noExt: loadYaml,
};

/**
 * Finds and loads the configuration: `explicitPath` when given, else the nearest config file from
 * `cwd` upwards. No config is fine: defaults apply. A config that cannot be read is a ConfigError.
 */
export async function loadConfig(cwd: string, explicitPath?: string): Promise<LoadedConfig> {
  const explorer = lilconfig('stromlint', { searchPlaces: CONFIG_FILES, loaders, stopDir: path.parse(cwd).root });
  try {
    if (explicitPath) {
      const resolved = path.resolve(cwd, explicitPath);
      if (!fs.existsSync(resolved)) throw new ConfigError(`Config file not found: ${explicitPath}`);
      const found = await explorer.load(resolved);
      return describe(found?.config, resolved);
    }
    const found = await explorer.search(cwd);
    if (!found) return { config: {}, baseDir: cwd };
    return describe(found.config, found.filepath);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`Could not load config: ${(error as Error).message}`);
  }
}

function describe(config: unknown, filePath: string): LoadedConfig {
  if (config === null || config === undefined) return { config: {}, filePath, baseDir: path.dirname(filePath) };
  if (typeof config !== 'object' || Array.isArray(config)) {
    throw new ConfigError(`${filePath}: the configuration must be an object`);
  }
  return { config: config as ConfigFile, filePath, baseDir: path.dirname(filePath) };
}
