import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale, Rule } from '../rule-kit/types.js';
import { CONFIG_MESSAGES } from './messages.js';
import { ConfigError, type LoadedConfig } from './types.js';

/**
 * Loads the rules of the config's `plugins`: modules, resolved from the config file's folder, whose
 * default export is a rule written with `defineRule`, a list of them, or `{ rules: [...] }`. A plugin
 * is code that runs with the linter's rights, like a JavaScript config. `where` names the config in
 * messages, which are in `locale` (the plugin author's details stay as the code says them).
 */
export async function loadPlugins(loaded: LoadedConfig, where: string, locale: Locale): Promise<Rule[]> {
  const say = CONFIG_MESSAGES[locale];
  const rules: Rule[] = [];
  for (const specifier of loaded.config.plugins ?? []) {
    const file = path.resolve(loaded.baseDir, specifier);
    let exported: unknown;
    try {
      const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
      exported = mod.default ?? mod;
    } catch (error) {
      throw new ConfigError(`${where}: ${say.pluginNotLoaded(specifier, (error as Error).message)}`);
    }
    const list = Array.isArray(exported) ? exported : isObject(exported) && Array.isArray(exported.rules) ? exported.rules : [exported];
    for (const rule of list) rules.push(checkedRule(rule, (what) => new ConfigError(`${where}: ${say.pluginNotRule(specifier, what)}`)));
  }
  return rules;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** What the engine relies on in a rule; anything less is the plugin author's mistake, said plainly. */
function checkedRule(value: unknown, fail: (what: string) => ConfigError): Rule {
  if (!isObject(value)) throw fail('not an object');
  if (typeof value.id !== 'string' || !/^[a-z0-9][a-z0-9/-]*$/.test(value.id)) throw fail('"id" must be a lower-case rule id');
  if (value.scope === 'product' ? typeof value.check !== 'function' : value.scope === 'run' ? typeof value.checkRun !== 'function' : true) {
    throw fail(`rule "${String(value.id)}" needs scope "product" with check(), or scope "run" with checkRun()`);
  }
  if (!['error', 'warn', 'info'].includes(value.severity as string)) throw fail(`rule "${value.id}" needs a severity (error, warn or info)`);
  if (!Array.isArray(value.formats) || !isObject(value.messages)) throw fail(`rule "${value.id}" needs "formats" and "messages"`);
  return { optionsSchema: { type: 'object' }, defaultOptions: {}, ...value } as unknown as Rule;
}
