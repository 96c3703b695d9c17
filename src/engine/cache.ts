import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { writeFileAtomic } from '../files/write-atomic.js';
import type { FileResult } from './types.js';

export const CACHE_FILE = '.stromlintcache';

interface Entry {
  /** Hash of the decoded content and of the settings that applied to the file. */
  key: string;
  result: FileResult;
}

interface CacheData {
  /** stromlint version, rule set and run-wide settings: a change empties the cache. */
  key: string;
  entries: Record<string, Entry>;
}

/**
 * Fatal findings that a longer time budget, more memory or a run without workers may not give again.
 * An internal error on this thread would come again, but is not worth keeping either.
 */
const TRANSIENT = new Set(['timeout', 'internal-error']);

export function hashOf(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * Results of earlier runs, keyed on file content, the file's settings, the rule set and the
 * stromlint version. Per-file product summaries are kept too, so whole-run rules stay correct
 * when every file comes from the cache.
 */
export class LintCache {
  private data: CacheData;
  private readonly seen = new Set<string>();
  private changed = false;

  constructor(private readonly file: string, runKey: string) {
    this.data = { key: runKey, entries: {} };
    try {
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheData;
      if (stored?.key === runKey && stored.entries && typeof stored.entries === 'object') this.data = stored;
      else this.changed = true;
    } catch {
      // No cache yet, or an unreadable one: start empty.
      this.changed = true;
    }
  }

  get(filePath: string, key: string): FileResult | undefined {
    this.seen.add(filePath);
    const entry = this.data.entries[filePath];
    return entry?.key === key ? structuredClone(entry.result) : undefined;
  }

  /** Keeps a result, unless it says more about the run than the file: a timeout, a worker that died. */
  set(filePath: string, key: string, result: FileResult): void {
    if (result.findings.some((f) => f.fatal && TRANSIENT.has(f.ruleId))) return;
    const { source: _source, ...stored } = result;
    this.data.entries[filePath] = { key, result: stored };
    this.changed = true;
  }

  /** Writes the cache atomically; entries of files that no longer exist are dropped. */
  async save(): Promise<void> {
    for (const filePath of Object.keys(this.data.entries)) {
      if (!this.seen.has(filePath) && !fs.existsSync(filePath)) {
        delete this.data.entries[filePath];
        this.changed = true;
      }
    }
    if (this.changed) await writeFileAtomic(this.file, JSON.stringify(this.data));
  }
}
