import type { Ajv, ErrorObject } from 'ajv';
import { globProblem } from '../files/glob-limits.js';
import { readPackageJson } from '../package-info.js';
import type { Locale, Rule } from '../rule-kit/types.js';
import { CONFIG_MESSAGES, typeWord, type ConfigMessages } from './messages.js';
import { locateKey, type KeyPath } from './positions.js';
import { SEVERITY_WORDS, severityOf } from './severity-words.js';
import { closestWord } from './suggest.js';
import { ConfigError, type ConfigFile, type RuleSetting } from './types.js';

let ajv: Ajv | undefined;

/** Loads the JSON Schema validator, only when there is a configuration to check (it costs start-up time). */
async function getAjv(): Promise<Ajv> {
  if (ajv) return ajv;
  const mod = await import('ajv');
  // A CommonJS package: bundled, its exports object arrives as the default export.
  const AjvClass = (mod as unknown as { default?: typeof mod }).default?.Ajv ?? mod.Ajv;
  ajv = new AjvClass({ allErrors: true, strict: false, useDefaults: false, verbose: true });
  ajv.addSchema(readPackageJson('schemas/config.schema.json') as object, 'config');
  return ajv;
}

/** The ids a `rules` mapping may name: the run's rules, and the finding ids of stromlint itself. */
export interface KnownIds {
  rules: ReadonlyMap<string, Rule>;
  builtins: ReadonlySet<string>;
}

/** Where a configuration came from, for messages that name the file and line. */
export interface ConfigSource {
  /** The file name or the flag (`--rule`) shown in messages. */
  where: string;
  /** The file, when there is one whose text can show the line. */
  filePath?: string;
  /** Path of the configuration inside the file: `stromlint` in a package.json. */
  keyPrefix?: KeyPath;
}

interface Problem {
  path: KeyPath;
  at: 'key' | 'value';
  message: string;
}

/** Problems shown at once; more usually repeat the first ones. */
const MAX_PROBLEMS = 5;

/**
 * Checks a configuration: its keys and values against the config schema, rule ids against the
 * known ones, and each rule's options against the rule's schema. Every problem is a ConfigError
 * (exit code 2) in plain words that name the key and the file and line, with "did you mean" where a
 * known word is close. Returns the configuration with severity words made canonical.
 */
export async function validateConfig(config: ConfigFile, source: ConfigSource, known: KnownIds, locale: Locale): Promise<ConfigFile> {
  const say = CONFIG_MESSAGES[locale];
  const ruleSets: Array<[KeyPath, unknown]> = [[['rules'], config.rules]];
  if (Array.isArray(config.overrides)) {
    config.overrides.forEach((o, i) => {
      ruleSets.push([['overrides', i, 'rules'], (o as { rules?: unknown } | null)?.rules]);
    });
  }
  const problems: Problem[] = [];
  for (const [at, ruleSet] of ruleSets) {
    if (ruleSet !== null && typeof ruleSet === 'object' && !Array.isArray(ruleSet))
      problems.push(...(await ruleSetProblems(ruleSet as Record<string, unknown>, at, known, say, locale)));
  }
  if (!isEmpty(config)) {
    const validate = (await getAjv()).getSchema('config')!;
    // Rule sets are checked above, in words about rules; the schema checks everything else.
    const rest = structuredClone(config) as ConfigFile & Record<string, unknown>;
    if (isObject(rest.rules)) rest.rules = {};
    for (const o of Array.isArray(rest.overrides) ? rest.overrides : []) if (isObject(o) && isObject(o.rules)) o.rules = {};
    if (!validate(rest)) problems.push(...schemaProblems(validate.errors ?? [], say, locale));
  }
  // Selectors and globs are tried once the shapes around them are right.
  if (problems.length === 0) problems.push(...(await selectorProblems(config)), ...globProblems(config));
  if (problems.length > 0) throw new ConfigError(await describeProblems(problems, source));
  return normalised(config);
}

/** A selector the HTML adapter cannot use is one configuration error, not a parse error on every page. */
async function selectorProblems(config: ConfigFile): Promise<Problem[]> {
  const places: Array<[KeyPath, ConfigFile['html']]> = [[['html'], config.html]];
  for (const [i, o] of (config.overrides ?? []).entries()) places.push([['overrides', i, 'html'], o.html]);
  if (places.every(([, html]) => !html)) return [];
  // Loaded only when a config sets selectors: the HTML adapter costs start-up time.
  const { compileRoleSelectors } = await import('../formats/html/roles.js');
  const problems: Problem[] = [];
  for (const [at, html] of places) {
    if (!html) continue;
    try {
      compileRoleSelectors(html);
    } catch (error) {
      problems.push({ path: at, at: 'value', message: (error as Error).message });
    }
  }
  return problems;
}

/** Globs matched by picomatch (override files, the staged context) within the wildcards that keep matching fast. */
function globProblems(config: ConfigFile): Problem[] {
  const places: Array<[KeyPath, string]> = [];
  for (const [i, o] of (config.overrides ?? []).entries()) {
    for (const [j, glob] of [o.files].flat().entries()) places.push([Array.isArray(o.files) ? ['overrides', i, 'files', j] : ['overrides', i, 'files'], glob]);
  }
  const context = config.staged?.context;
  if (Array.isArray(context)) for (const [j, glob] of context.entries()) places.push([['staged', 'context', j], glob]);
  const problems: Problem[] = [];
  for (const [at, glob] of places) {
    const problem = globProblem(glob);
    if (problem) problems.push({ path: at, at: 'value', message: problem });
  }
  return problems;
}

function isEmpty(config: ConfigFile): boolean {
  return Object.keys(config).length === 0 || (Object.keys(config).length === 1 && isObject(config.rules));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

async function ruleSetProblems(ruleSet: Record<string, unknown>, at: KeyPath, known: KnownIds, say: ConfigMessages, locale: Locale): Promise<Problem[]> {
  const problems: Problem[] = [];
  const allIds = [...known.rules.keys(), ...known.builtins];
  for (const [id, setting] of Object.entries(ruleSet)) {
    const path = [...at, id];
    if (!known.rules.has(id) && !known.builtins.has(id)) {
      const near = closestWord(id, allIds);
      problems.push({ path, at: 'key', message: say.unknownRule(id, [...known.rules.keys()].sort()) + (near ? say.didYouMean(near) : '') });
      continue;
    }
    const [severity, options, ...extra] = Array.isArray(setting) ? setting : [setting];
    if (typeof severity !== 'string' || extra.length > 0 || (Array.isArray(setting) && setting.length === 0)) {
      problems.push({ path, at: 'value', message: say.badRuleShape(id) });
      continue;
    }
    if (!severityOf(severity)) {
      const near = closestWord(severity, Object.keys(SEVERITY_WORDS));
      problems.push({ path: Array.isArray(setting) ? [...path, 0] : path, at: 'value', message: say.badSeverity(id, severity) + (near ? say.didYouMean(near) : '') });
      continue;
    }
    if (options === undefined) continue;
    const rule = known.rules.get(id);
    if (!rule) {
      if (!isObject(options) || Object.keys(options).length > 0) problems.push({ path: [...path, 1], at: 'value', message: say.noOptions(id) });
      continue;
    }
    const check = (await getAjv()).compile(rule.optionsSchema);
    if (!check(options)) problems.push(...(check.errors ?? []).map((e) => optionProblem(e, rule, [...path, 1], say, locale)));
  }
  return problems;
}

function optionProblem(error: ErrorObject, rule: Rule, at: KeyPath, say: ConfigMessages, locale: Locale): Problem {
  const optionNames = Object.keys((rule.optionsSchema.properties ?? {}) as object);
  const inside = pointerPath(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    const option = String((error.params as { additionalProperty: string }).additionalProperty);
    const near = closestWord(option, optionNames);
    return { path: [...at, option], at: 'key', message: say.unknownOption(rule.id, option, optionNames) + (near ? say.didYouMean(near) : '') };
  }
  const option = inside.join('.') || '(options)';
  if (error.keyword === 'type')
    return { path: [...at, ...inside], at: 'value', message: say.optionType(rule.id, option, typeWord(String((error.params as { type: string }).type), locale)) };
  if (error.keyword === 'enum')
    return { path: [...at, ...inside], at: 'value', message: say.oneOf(`${rule.id}.${option}`, (error.params as { allowedValues: unknown[] }).allowedValues, error.data) };
  return { path: [...at, ...inside], at: 'value', message: say.notUnderstood(`${rule.id}.${option}`, error.message ?? '') };
}

/** Ajv's errors as sentences: one per place, a `oneOf` said through the alternative the value was meant for. */
function schemaProblems(errors: ErrorObject[], say: ConfigMessages, locale: Locale): Problem[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const inOneOf = (e: ErrorObject) => oneOfs.some((o) => o !== e && e.schemaPath.startsWith(`${o.schemaPath}/`));
  const problems: Problem[] = [];
  for (const error of errors) {
    if (inOneOf(error)) continue;
    const path = pointerPath(error.instancePath);
    const key = display(path);
    const params = error.params as Record<string, unknown>;
    const schema = error.parentSchema as { properties?: Record<string, unknown>; description?: string } | undefined;
    const description = (schema?.description ?? '').replace(/\.$/, '');
    switch (error.keyword) {
      case 'additionalProperties': {
        const name = String(params.additionalProperty);
        const near = closestWord(name, Object.keys(schema?.properties ?? {}));
        problems.push({ path: [...path, name], at: 'key', message: say.unknownKey(name, key) + (near ? say.didYouMean(near) : '') });
        break;
      }
      case 'enum':
        problems.push({
          path,
          at: 'value',
          message: withSuggestion(say.oneOf(key, params.allowedValues as unknown[], error.data), error.data, params.allowedValues as unknown[], say),
        });
        break;
      case 'oneOf':
      case 'anyOf': {
        const meant = intendedAlternative(error, errors);
        problems.push(...(meant ? schemaProblems(meant, say, locale) : [{ path, at: 'value' as const, message: say.notUnderstood(key, description) }]));
        break;
      }
      case 'type':
        problems.push({ path, at: 'value', message: say.type(key, typeWord(String(params.type), locale)) });
        break;
      case 'minimum':
        problems.push({ path, at: 'value', message: say.minimum(key, Number(params.limit)) });
        break;
      case 'minItems':
        problems.push({ path, at: 'value', message: say.minItems(key, Number(params.limit)) });
        break;
      case 'required':
        problems.push({ path, at: 'value', message: say.missing(String(params.missingProperty), key) });
        break;
      case 'propertyNames':
        problems.push({ path: [...path, String(params.propertyName)], at: 'key', message: say.extensionName(String(params.propertyName)) });
        break;
      case 'pattern':
        // Reported with the propertyNames error it belongs to.
        if (!errors.some((e) => e.keyword === 'propertyNames')) problems.push({ path, at: 'value', message: say.notUnderstood(key, description) });
        break;
      default:
        problems.push({ path, at: 'value', message: say.notUnderstood(key, error.message ?? '') });
    }
  }
  return problems;
}

/**
 * The errors of the alternative of a `oneOf` the value was meant for: the one only its contents fail
 * (a list with one bad item, where a list is one choice), else the one whose type the value has;
 * undefined when that is not one alone.
 */
function intendedAlternative(oneOf: ErrorObject, errors: ErrorObject[]): ErrorObject[] | undefined {
  const branches = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const branch = e.schemaPath.startsWith(`${oneOf.schemaPath}/`) ? e.schemaPath.slice(oneOf.schemaPath.length + 1).split('/')[0]! : undefined;
    if (branch !== undefined) branches.set(branch, [...(branches.get(branch) ?? []), e]);
  }
  const atTop = (e: ErrorObject) => e.instancePath === oneOf.instancePath;
  for (const fits of [(list: ErrorObject[]) => !list.some(atTop), (list: ErrorObject[]) => !list.some((e) => atTop(e) && e.keyword === 'type')]) {
    const fitting = [...branches.values()].filter(fits);
    if (fitting.length === 1) return fitting[0];
  }
  return undefined;
}

function withSuggestion(message: string, got: unknown, allowed: unknown[], say: ConfigMessages): string {
  const near =
    typeof got === 'string'
      ? closestWord(
          got,
          allowed.filter((a): a is string => typeof a === 'string'),
        )
      : undefined;
  return message + (near ? say.didYouMean(near) : '');
}

/** `/overrides/0/files` → ['overrides', 0, 'files']. */
function pointerPath(pointer: string): KeyPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** ['overrides', 0, 'files'] → `overrides[0].files`. */
function display(path: KeyPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

async function describeProblems(problems: Problem[], source: ConfigSource): Promise<string> {
  const lines: string[] = [];
  for (const problem of problems.slice(0, MAX_PROBLEMS)) {
    const place = source.filePath ? await locateKey(source.filePath, [...(source.keyPrefix ?? []), ...problem.path], problem.at) : undefined;
    lines.push(`${source.where}${place ? `:${place.line}:${place.column}` : ''}: ${problem.message}`);
  }
  return lines.join('\n');
}

/** The configuration with each severity word made canonical (`advarsel` → `warn`). */
function normalised(config: ConfigFile): ConfigFile {
  const ruleSet = (rules: Record<string, RuleSetting> | undefined) =>
    rules &&
    Object.fromEntries(
      Object.entries(rules).map(([id, setting]) => [id, Array.isArray(setting) ? ([severityOf(setting[0]), ...setting.slice(1)] as RuleSetting) : severityOf(setting)!]),
    );
  return {
    ...config,
    ...(config.rules ? { rules: ruleSet(config.rules) } : {}),
    ...(config.overrides ? { overrides: config.overrides.map((o) => ({ ...o, ...(o.rules ? { rules: ruleSet(o.rules) } : {}) })) } : {}),
  };
}
