import type { Ajv, ErrorObject } from 'ajv';
import { globProblem } from '../files/glob-limits.js';
import { readPackageJson } from '../package-info.js';
import type { Rule } from '../rule-kit/types.js';
import { ConfigError, type ConfigFile, type RuleSetting } from './types.js';

let ajv: Ajv | undefined;
function getAjv(): Ajv {
  return ajv!;
}

/** Loads the JSON Schema validator, only when there is a configuration to check (it costs start-up time). */
async function loadAjv(): Promise<void> {
  if (ajv) return;
  const mod = await import('ajv');
  // A CommonJS package: bundled, its exports object arrives as the default export.
  const AjvClass = (mod as unknown as { default?: typeof mod }).default?.Ajv ?? mod.Ajv;
  ajv = new AjvClass({ allErrors: true, strict: false, useDefaults: false });
}

/**
 * Checks a configuration against the config schema and the rules it names: an unknown rule id or
 * options a rule does not accept is a ConfigError (exit code 2), never silently ignored.
 */
export async function validateConfig(config: ConfigFile, where: string, rules: ReadonlyMap<string, Rule>): Promise<void> {
  if (isEmpty(config)) return;
  await loadAjv();
  const validate = getAjv().getSchema('config') ?? compileConfigSchema();
  if (!validate(config)) throw new ConfigError(`${where}: ${formatErrors(validate.errors ?? [])}`);
  const ruleSets = [config.rules ?? {}, ...(config.overrides ?? []).map((o) => o.rules ?? {})];
  for (const ruleSet of ruleSets) {
    for (const [id, setting] of Object.entries(ruleSet)) validateRuleSetting(id, setting, where, rules);
  }
  for (const html of [config.html, ...(config.overrides ?? []).map((o) => o.html)]) await validateSelectors(html, where);
  validateGlobs(config, where);
}

/** Globs matched by picomatch (override files, the staged context) within the wildcards that keep matching fast. */
function validateGlobs(config: ConfigFile, where: string): void {
  const context = config.staged?.context;
  const globs = [...(config.overrides ?? []).flatMap((o) => [o.files].flat()), ...(Array.isArray(context) ? context : [])];
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem) throw new ConfigError(`${where}: ${problem}`);
  }
}

/** Nothing configured (no keys, or only an empty `rules` object) is valid: no validator needed. */
function isEmpty(config: ConfigFile): boolean {
  const keys = Object.keys(config);
  const rules = config.rules as unknown;
  return keys.length === 0 || (keys.length === 1 && typeof rules === 'object' && rules !== null && !Array.isArray(rules) && Object.keys(rules).length === 0);
}

/** A selector the HTML adapter cannot use is one configuration error, not a parse error on every page. */
async function validateSelectors(html: ConfigFile['html'], where: string): Promise<void> {
  if (!html) return;
  const { compileRoleSelectors } = await import('../formats/html/roles.js');
  try {
    compileRoleSelectors(html);
  } catch (error) {
    throw new ConfigError(`${where}: ${(error as Error).message}`);
  }
}

function compileConfigSchema() {
  getAjv().addSchema(readPackageJson('schemas/config.schema.json') as object, 'config');
  return getAjv().getSchema('config')!;
}

function validateRuleSetting(id: string, setting: RuleSetting, where: string, rules: ReadonlyMap<string, Rule>): void {
  const rule = rules.get(id);
  if (!rule) {
    const known = [...rules.keys()].sort().join(', ');
    throw new ConfigError(`${where}: unknown rule "${id}". Known rules: ${known}`);
  }
  if (!Array.isArray(setting) || setting.length < 2) return;
  const check = getAjv().compile(rule.optionsSchema);
  if (!check(setting[1])) throw new ConfigError(`${where}: invalid options for rule "${id}": ${formatErrors(check.errors ?? [])}`);
}

function formatErrors(errors: ErrorObject[]): string {
  return errors
    .slice(0, 5)
    .map((e) => {
      const at = e.instancePath || '(top level)';
      const extra = e.keyword === 'additionalProperties' ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"` : '';
      const allowed = e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
      return `${at} ${e.message}${extra}${allowed}`;
    })
    .join('; ');
}
