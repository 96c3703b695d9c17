import type { Locale, Localized } from '../rule-kit/types.js';

/** Line breaks, which data from the linted material (a product's name, a parser's complaint) must not bring into a message. */
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;

/**
 * Fills `{name}` placeholders from data; unknown placeholders stay as written. Line breaks in the data
 * become spaces: only the message's own text may start a new line, so no name can start one that a
 * CI runner would read as a command.
 */
export function formatMessage(template: Localized, locale: Locale, data: Record<string, string | number> = {}): string {
  return template[locale].replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]).replace(LINE_BREAKS, ' ') : whole));
}

/** Detects the message locale from the environment: Norwegian (nb, nn, no) → nb, else en. */
export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^(nb|nn|no)([_.@-]|$)/i.test(value) ? 'nb' : 'en';
}
