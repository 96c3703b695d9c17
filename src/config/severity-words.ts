import type { SeveritySetting } from '../rule-kit/types.js';

/**
 * Severity words a config or `--rule` may use: the canonical ones, and the words stromlint's own
 * output prints (`warning`; in Norwegian `feil`, `advarsel`, `av`), so what a report says can be
 * written back as a setting.
 */
export const SEVERITY_WORDS: Readonly<Record<string, SeveritySetting>> = Object.freeze({
  off: 'off',
  av: 'off',
  info: 'info',
  warn: 'warn',
  warning: 'warn',
  advarsel: 'warn',
  error: 'error',
  feil: 'error',
});

/** The canonical severity of a word, or undefined when it is none. */
export function severityOf(word: unknown): SeveritySetting | undefined {
  return typeof word === 'string' && Object.hasOwn(SEVERITY_WORDS, word.toLowerCase()) ? SEVERITY_WORDS[word.toLowerCase()] : undefined;
}
