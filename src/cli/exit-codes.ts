/** Exit codes, as DESIGN.md defines them. */
export const EXIT = {
  /** No errors, and warnings within --max-warnings. */
  ok: 0,
  /** Errors found, or too many warnings. */
  findings: 1,
  /** The tool could not do its job: bad usage, bad config, an unwritable output, an internal failure. */
  failure: 2,
} as const;

/** A failure that ends the run with exit code 2 and a one-line message, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
