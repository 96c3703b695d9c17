import type { Locale } from '../rule-kit/types.js';

/** Progress shows only for runs longer than this: a quick run should not flicker. */
const AFTER_MS = 1000;
/** Redraws at most this often. */
const EVERY_MS = 100;

const TEXT: Record<Locale, (done: number, total: number) => string> = {
  en: (done, total) => `stromlint: ${done} of ${total} files`,
  nb: (done, total) => `stromlint: ${done} av ${total} filer`,
};

export interface Progress {
  /** For LintOptions.onProgress; undefined when no progress is shown. */
  onProgress?: (done: number, total: number) => void;
  /** Clears the line before the report is printed. */
  stop(): void;
}

/**
 * Files done of total on one line of stderr, redrawn in place — only on a terminal, never in CI,
 * not when --no-progress is given, and only once a run has taken longer than a second.
 */
export function progressLine(stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'>, env: NodeJS.ProcessEnv, wanted: boolean, locale: Locale, now: () => number = Date.now): Progress {
  if (!wanted || !stream.isTTY || env.CI || env.GITHUB_ACTIONS) return { stop() {} };
  const start = now();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    onProgress(done, total) {
      const at = now();
      if (at - start < AFTER_MS || (at - drawnAt < EVERY_MS && done < total)) return;
      stream.write(`\r\u001b[2K${TEXT[locale](done, total)}`);
      drawnAt = at;
      drawn = true;
    },
    stop() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
