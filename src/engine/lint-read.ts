import { LineIndex } from '../document/line-index.js';
import { locateRange } from '../document/positions.js';
import { formatOf } from '../files/formats.js';
import { relativePaths } from '../files/fs-error.js';
import type { Skipped } from '../files/discover.js';
import type { ReadResult } from '../files/read.js';
import type { Locale } from '../rule-kit/types.js';
import { BUILTIN_MESSAGES } from './builtin-messages.js';
import { lookUp, type LintCache } from './cache.js';
import { fatalResult } from './fatal-result.js';
import { engineFinding } from './findings.js';
import { lintSource } from './lint-source.js';
import { configFor, sourceOptions, type RunSetup } from './setup.js';
import type { FileResult, Finding } from './types.js';

/** Says where bytes that were not UTF-8 were replaced, so no one takes the file's "\uFFFD" for its copy. */
function replacedFinding(text: string, replaced: { count: number; offset: number }, locale: Locale): Finding {
  const place = locateRange({ lines: new LineIndex(text) }, replaced.offset, replaced.offset + 1);
  return engineFinding({ ruleId: 'encoding', messageId: 'invalidUtf8', template: BUILTIN_MESSAGES.invalidUtf8, severity: 'warn', data: { count: replaced.count } }, locale, place);
}

const BINARY = 'binary file';

/** Why a result was skipped as bytes that are not text, or undefined when it was not. */
export function binaryReason(result: FileResult | undefined): string | undefined {
  const skipped = result?.skipped;
  return skipped?.startsWith(`${BINARY} (`) ? skipped.slice(BINARY.length + 2, -1) : undefined;
}

/** The result of what a folder walk met and could not lint. */
export function skippedResult(entry: Skipped, setup: RunSetup): FileResult {
  switch (entry.kind) {
    case 'link':
      return notLinted(entry.path, 'symlink', setup.locale);
    case 'special':
      return notLinted(entry.path, 'notRegular', setup.locale);
    case 'bad-name':
      return fatalResult(entry.path, 'read-error', 'badName', setup.locale);
    case 'unreadable':
      return fatalResult(entry.path, 'read-error', 'folderUnreadable', setup.locale, { code: entry.code, detail: relativePaths(entry.message, [entry.path], setup.cwd) });
  }
}

/** A file left out on purpose: a warning, so a run never passes over it without a word. */
function notLinted(filePath: string, messageId: 'symlink' | 'notRegular', locale: Locale): FileResult {
  return {
    filePath,
    products: [],
    findings: [engineFinding({ ruleId: 'skipped', messageId, template: BUILTIN_MESSAGES[messageId], severity: 'warn' }, locale)],
    skipped: BUILTIN_MESSAGES[messageId].en,
  };
}

/** Lints a file read through the cache: a result kept for the same text and settings is reused, a new one kept. */
export async function lintReadCached(filePath: string, read: ReadResult, setup: RunSetup, cache: LintCache | undefined): Promise<FileResult> {
  const { hit, key } = lookUp(cache, setup, filePath, read);
  if (hit) return hit;
  const result = await lintRead(filePath, read, setup);
  if (key) cache!.set(filePath, key, result);
  return result;
}

/** Lints one file already read (or reports why it could not be). */
export async function lintRead(filePath: string, read: ReadResult, setup: RunSetup): Promise<FileResult> {
  const config = configFor(setup, filePath);
  switch (read.kind) {
    case 'too-large':
      return fatalResult(filePath, 'too-large', 'tooLarge', setup.locale, { size: read.size, limit: config.limits.maxFileBytes });
    case 'error':
      return fatalResult(filePath, 'read-error', 'readError', setup.locale, { code: read.code, detail: relativePaths(read.message, [read.path], setup.cwd) });
    case 'binary':
      return { filePath, findings: [], products: [], skipped: `${BINARY} (${read.reason})` };
    case 'not-regular':
      return notLinted(filePath, 'notRegular', setup.locale);
    case 'text': {
      const format = formatOf(filePath, config.extensions) ?? 'markdown';
      const result = await lintSource(filePath, read.text, format, sourceOptions(setup, filePath));
      if (read.replaced) result.findings.push(replacedFinding(read.text, read.replaced, setup.locale));
      return result;
    }
  }
}
