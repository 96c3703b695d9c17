import { localeFromEnv } from '../engine/messages.js';
import type { Locale } from '../rule-kit/types.js';

/**
 * The language of the command line's own words (help, usage errors) before the options are parsed:
 * `--locale` when given and valid, else the environment.
 */
export function cliLocale(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (value === 'nb' || value === 'en') return value;
  }
  return localeFromEnv(env);
}
