import type { Locale, Localized } from '../rule-kit/types.js';

/** Fills `{name}` placeholders from data; unknown placeholders stay as written. */
export function formatMessage(template: Localized, locale: Locale, data: Record<string, string | number> = {}): string {
  return template[locale].replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** Detects the message locale from the environment: Norwegian (nb, nn, no) → nb, else en. */
export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^(nb|nn|no)([_.@-]|$)/i.test(value) ? 'nb' : 'en';
}
