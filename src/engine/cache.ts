import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileSettings } from '../config/resolve.js';
import type { ReadResult } from '../files/read.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { VERSION } from '../package-info.js';
import { configFor, fileSettings, type ConfigSetup, type LintOptions, type RunSetup } from './setup.js';
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

  constructor(
    private readonly file: string,
    runKey: string,
  ) {
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

/** The run's cache when `--cache` asks for one, emptied when anything every result depends on changed. */
export function openCache(setup: RunSetup, options: Pick<LintOptions, 'cache' | 'cacheLocation'>): LintCache | undefined {
  return options.cache ? new LintCache(path.resolve(setup.cwd, options.cacheLocation ?? CACHE_FILE), runKey(setup)) : undefined;
}

/**
 * A file's result from the cache when its text and settings are unchanged (with its source when the
 * run keeps sources), and the key a new result is to be kept under.
 */
export function lookUp(cache: LintCache | undefined, setup: RunSetup, filePath: string, read: ReadResult): { hit?: FileResult; key?: string } {
  if (!cache || read.kind !== 'text') return {};
  const key = hashOf(read.text, settingsKey(fileSettings(setup, filePath), configFor(setup, filePath)));
  const hit = cache.get(filePath, key);
  return { key, hit: hit && setup.keepSource ? { ...hit, source: read.text } : hit };
}

/** What every cached result depends on besides its file and that file's settings. */
function runKey(setup: RunSetup): string {
  return hashOf(VERSION, setup.callerRules.map((r) => r.id).join(','), setup.locale, String(setup.allowDisableWithoutReason));
}

/** What a file's result depends on in its own config: its rules, selectors, page kind, limits, formats and feed settings. */
function settingsKey(settings: FileSettings, config: ConfigSetup): string {
  return JSON.stringify([
    settings.rules.map((r) => [r.rule.id, r.severity, r.options]),
    settings.html ?? {},
    settings.pageKind ?? null,
    config.limits,
    config.extensions,
    config.loaded.config.feed ?? {},
  ]);
}
