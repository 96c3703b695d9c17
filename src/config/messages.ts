import type { Locale } from '../rule-kit/types.js';

/** A config problem in plain words: what is wrong with which key, and what would be right. */
export interface ConfigMessages {
  didYouMean(word: string): string;
  unknownKey(key: string, at: string): string;
  unknownRule(id: string, known: string[]): string;
  badSeverity(id: string, value: string): string;
  badRuleShape(id: string): string;
  noOptions(id: string): string;
  unknownOption(id: string, option: string, known: string[]): string;
  optionType(id: string, option: string, type: string): string;
  oneOf(key: string, values: readonly unknown[], got: unknown): string;
  type(key: string, type: string): string;
  minimum(key: string, limit: number): string;
  minItems(key: string, limit: number): string;
  missing(key: string, at: string): string;
  extensionName(name: string): string;
  notUnderstood(key: string, description: string): string;
  twoRules(id: string): string;
  pluginNotLoaded(specifier: string, detail: string): string;
  pluginNotRule(specifier: string, detail: string): string;
}

const TYPE_WORDS: Record<Locale, Record<string, string>> = {
  en: { boolean: 'true or false', string: 'a text', number: 'a number', integer: 'a whole number', object: 'a mapping of keys to values', array: 'a list' },
  nb: { boolean: 'true eller false', string: 'en tekst', number: 'et tall', integer: 'et heltall', object: 'en samling nøkler og verdier', array: 'en liste' },
};

export const typeWord = (type: string, locale: Locale) => TYPE_WORDS[locale][type] ?? type;
const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const top = (at: string, en: boolean) => at || (en ? 'the top level' : 'øverste nivå');

export const CONFIG_MESSAGES: Record<Locale, ConfigMessages> = {
  en: {
    didYouMean: (word) => ` Did you mean "${word}"?`,
    unknownKey: (key, at) => `unknown key "${key}" in ${top(at, true)}.`,
    unknownRule: (id, known) => `unknown rule "${id}". Known rules: ${known.join(', ')}.`,
    badSeverity: (id, value) => `"${id}" takes off, info, warn or error (also warning; in Norwegian av, advarsel, feil), got "${value}".`,
    badRuleShape: (id) => `"${id}" takes a severity (e.g. warn) or a list [severity, {options}].`,
    noOptions: (id) => `"${id}" takes a severity only, no options.`,
    unknownOption: (id, option, known) => `rule "${id}" has no option "${option}". Its options: ${known.join(', ') || 'none'}.`,
    optionType: (id, option, type) => `option "${option}" of rule "${id}" must be ${type}.`,
    oneOf: (key, values, got) => `"${key}" takes ${values.map(show).join(' or ')}, got "${show(got)}".`,
    type: (key, type) => `"${key}" must be ${type}.`,
    minimum: (key, limit) => `"${key}" must be at least ${limit}.`,
    minItems: (key, limit) => `"${key}" must list at least ${limit}.`,
    missing: (key, at) => `"${key}" is missing in ${at}.`,
    extensionName: (name) => `"${name}" is not a file extension: write it with its dot, e.g. ".mdx".`,
    notUnderstood: (key, description) => `"${key}" has a value stromlint does not understand${description ? `: ${description}` : ''}.`,
    twoRules: (id) => `two rules have the id "${id}".`,
    pluginNotLoaded: (specifier, detail) => `plugin "${specifier}" could not be loaded (the path is relative to the config file): ${detail}`,
    pluginNotRule: (specifier, detail) => `plugin "${specifier}" exports something that is not a rule: ${detail}`,
  },
  nb: {
    didYouMean: (word) => ` Mente du «${word}»?`,
    unknownKey: (key, at) => `ukjent nøkkel «${key}» i ${top(at, false)}.`,
    unknownRule: (id, known) => `ukjent regel «${id}». Kjente regler: ${known.join(', ')}.`,
    badSeverity: (id, value) => `«${id}» tar av, info, advarsel eller feil (også off, warn, warning, error), men fikk «${value}».`,
    badRuleShape: (id) => `«${id}» tar en alvorlighet (f.eks. advarsel) eller en liste [alvorlighet, {valg}].`,
    noOptions: (id) => `«${id}» tar bare en alvorlighet, ingen valg.`,
    unknownOption: (id, option, known) => `regelen «${id}» har ikke valget «${option}». Valgene den har: ${known.join(', ') || 'ingen'}.`,
    optionType: (id, option, type) => `valget «${option}» for regelen «${id}» må være ${type}.`,
    oneOf: (key, values, got) => `«${key}» tar ${values.map(show).join(' eller ')}, men fikk «${show(got)}».`,
    type: (key, type) => `«${key}» må være ${type}.`,
    minimum: (key, limit) => `«${key}» må være minst ${limit}.`,
    minItems: (key, limit) => `«${key}» må ha minst ${limit} i lista.`,
    missing: (key, at) => `«${key}» mangler i ${at}.`,
    extensionName: (name) => `«${name}» er ikke en filendelse: skriv den med punktum, f.eks. «.mdx».`,
    notUnderstood: (key, description) => `«${key}» har en verdi stromlint ikke forstår${description ? `: ${description}` : ''}.`,
    twoRules: (id) => `to regler har id-en «${id}».`,
    pluginNotLoaded: (specifier, detail) => `tillegget «${specifier}» kunne ikke lastes (stien er relativ til konfigurasjonsfilen): ${detail}`,
    pluginNotRule: (specifier, detail) => `tillegget «${specifier}» eksporterer noe som ikke er en regel: ${detail}`,
  },
};
