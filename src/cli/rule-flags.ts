import type { RuleSetting } from '../config/types.js';
import { DEFAULT_LIMITS } from '../files/limits.js';
import { yamlNesting } from '../files/limits/yaml-nesting.js';
import type { Locale } from '../rule-kit/types.js';
import { UsageError } from './exit-codes.js';

const SHAPE = {
  en: (flag: string) => `--rule takes "rule-id: severity" or "rule-id: [severity, {options}]", e.g. --rule "duration: warn"; got "${flag}".`,
  nb: (flag: string) => `--rule tar «regel-id: alvorlighet» eller «regel-id: [alvorlighet, {valg}]», f.eks. --rule "duration: advarsel"; fikk «${flag}».`,
};

const TOO_DEEP = {
  en: (flag: string, limit: number) => `--rule nests more than ${limit} levels of keys: "${flag.slice(0, 40)}…"`,
  nb: (flag: string, limit: number) => `--rule har nøkler nøstet i mer enn ${limit} nivåer: «${flag.slice(0, 40)}…»`,
};

/**
 * `--rule "campaign-end: warn"`, `--rule duration:warn` or `--rule 'price-elements: [error, {…}]'`:
 * the id is what comes before the first colon, the setting after it is read as YAML. Whether the id
 * and the setting are valid is checked with the config, in the same words.
 */
export async function parseRuleFlags(flags: string[], locale: Locale): Promise<Record<string, RuleSetting>> {
  const rules: Record<string, RuleSetting> = Object.create(null);
  if (flags.length === 0) return rules;
  const { default: YAML } = await import('yaml');
  for (const flag of flags) {
    // The yaml package prints nested collection keys again at every level: refuse them before it does.
    if (yamlNesting(flag, DEFAULT_LIMITS.maxYamlNesting).offset >= 0) throw new UsageError(TOO_DEEP[locale](flag, DEFAULT_LIMITS.maxYamlNesting));
    const colon = flag.indexOf(':');
    const id = flag.slice(0, colon).trim();
    const value = flag.slice(colon + 1).trim();
    if (colon === -1 || id === '' || value === '') throw new UsageError(SHAPE[locale](flag));
    let setting: unknown;
    try {
      setting = YAML.parse(value);
    } catch {
      throw new UsageError(SHAPE[locale](flag));
    }
    rules[id] = setting as RuleSetting;
  }
  return rules;
}
