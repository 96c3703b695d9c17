import type { Reporter } from './types.js';

export type { Reporter, ReportContext } from './types.js';

/** Each reporter is imported only when asked for: a run never loads a format it does not print. */
const LOADERS: Record<string, () => Promise<Reporter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  compact: async () => (await import('./compact.js')).compact,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
};

export const FORMATS: readonly string[] = Object.freeze(Object.keys(LOADERS));

/** A `-f` value that names no format, or no file after "name:". */
export class FormatSpecError extends Error {
  override name = 'FormatSpecError';
  constructor(
    message: string,
    readonly format: string,
    readonly kind: 'unknown' | 'no-file',
  ) {
    super(message);
  }
}

function unknownFormat(name: string): FormatSpecError {
  return new FormatSpecError(`unknown output format "${name}"; choose one of: ${FORMATS.join(', ')}`, name, 'unknown');
}

/** Loads one reporter on demand. An unknown name throws an Error that lists the formats. */
export async function loadReporter(name: string): Promise<Reporter> {
  const load = Object.hasOwn(LOADERS, name) ? LOADERS[name] : undefined;
  if (!load) throw unknownFormat(name);
  return load();
}

/**
 * Parses `-f name` or `-f name:path`. Only the first ':' splits, so the path may hold more
 * (`sarif:C:\reports\stromlint.sarif`). Unknown formats and an empty path throw a FormatSpecError.
 */
export function parseFormatSpec(spec: string): { format: string; outputFile?: string } {
  const colon = spec.indexOf(':');
  const format = (colon === -1 ? spec : spec.slice(0, colon)).trim();
  if (!Object.hasOwn(LOADERS, format)) throw unknownFormat(format);
  if (colon === -1) return { format };
  const outputFile = spec.slice(colon + 1);
  if (outputFile.trim() === '') throw new FormatSpecError(`-f ${format}: no output file after ":"`, format, 'no-file');
  return { format, outputFile };
}
