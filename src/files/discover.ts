import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Format } from '../document/types.js';
import { formatOf } from './formats.js';
import { globProblem } from './glob-limits.js';
import { configIgnores, gitRoot, IgnoreFiles, isNeverLinted, isNeverWalked } from './ignore-files.js';
import { walkFolder, type WalkEntry } from './walk.js';

/** A glob argument that cannot be matched in reasonable time. */
export class GlobError extends Error {
  override name = 'GlobError';
}

/** What decides, for one file, whether it is linted: its config's extensions and `ignores`. */
export interface FileRules {
  extensions: Readonly<Record<string, Format>>;
  /** The config's `ignores`, and the folder they are relative to. */
  ignores: readonly string[];
  baseDir: string;
}

export interface DiscoverOptions {
  cwd: string;
  /** The rules of a file's own config (found from its folder upwards). */
  rulesFor: (filePath: string) => Promise<FileRules>;
}

/** An entry of a walk that is not linted, and why. */
export type Skipped = Exclude<WalkEntry, { kind: 'file' }>;

export interface Discovered {
  /** Absolute paths to lint, sorted, without duplicates. */
  files: string[];
  /** Arguments that matched no file at all. */
  unmatched: string[];
  /** Arguments whose every matching file is ignored. */
  allIgnored: string[];
  /** Files named explicitly but ignored by an ignore file or config. */
  ignored: string[];
  /** What the walks met and could not lint (links, pipes, unreadable folders, names that are not UTF-8), sorted by path. */
  skipped: Skipped[];
}

type Verdict = 'lint' | 'ignored' | 'other';

/**
 * Expands paths, folders and globs into the files to lint. `.gitignore` and `.stromlintignore` files
 * of every folder from the top of the repository down, and the `ignores` of each file's config,
 * apply; the skip list (dependencies, git internals, tool configs) applies to files named
 * explicitly too; names starting with a dot are not walked into, as globs do not match them.
 * Symbolic links inside a walk are not followed (a link loop cannot make it endless) but reported,
 * like anything else a walk cannot lint.
 */
export async function discoverFiles(args: string[], options: DiscoverOptions): Promise<Discovered> {
  const ignoreFiles = new IgnoreFiles(gitRoot(options.cwd) ?? options.cwd);
  const ignoredByConfig = new Map<string, (file: string, folder?: boolean) => boolean>();
  /**
   * 'lint', 'ignored' (by an ignore file or config) or 'other' (not a format the file's config
   * reads). A folder is only ever 'lint' or 'ignored'.
   */
  const verdict = async (file: string, folder = false): Promise<Verdict> => {
    const rules = await options.rulesFor(file);
    if (!folder && !formatOf(file, rules.extensions)) return 'other';
    const key = `${rules.baseDir}\0${rules.ignores.join('\0')}`;
    let byConfig = ignoredByConfig.get(key);
    if (!byConfig) {
      byConfig = configIgnores(rules.baseDir, rules.ignores);
      ignoredByConfig.set(key, byConfig);
    }
    return ignoreFiles.ignores(file, folder) || byConfig(file, folder) ? 'ignored' : 'lint';
  };

  const files = new Set<string>();
  const skipped = new Map<string, Skipped>();
  const unmatched: string[] = [];
  const allIgnored: string[] = [];
  const ignored: string[] = [];
  for (const arg of args.length > 0 ? args : ['.']) {
    const absolute = path.normalize(path.resolve(options.cwd, arg));
    // A path that exists is taken as written, even with glob characters in its name.
    const stat = statOrNull(absolute);
    if (stat && !stat.isDirectory()) {
      // A file named explicitly (by a person, pre-commit or lint-staged): the skip list and the
      // formats apply silently; an ignore pattern is said, so that a mistyped path does not pass.
      if (isNeverLinted(absolute)) continue;
      const v = await verdict(absolute);
      if (v === 'lint') files.add(absolute);
      else if (v === 'ignored') ignored.push(absolute);
      continue;
    }
    if (!stat && !picomatch.scan(arg).isGlob) {
      unmatched.push(arg);
      continue;
    }
    const walk: GlobWalk = stat ? { root: absolute, depth: Infinity, matches: () => true } : globWalk(arg, options.cwd);
    // Folders the ignore files exclude are not walked into, as git does not; config ignores are
    // asked of each entry, under the config that applies to it.
    const enter = (folder: string) => depthBelow(walk.root, folder) <= walk.depth && !isHidden(folder) && !isNeverWalked(folder) && !ignoreFiles.ignores(folder, true);
    /** Whether a file found by the walk is one the argument asks for, before its config is asked. */
    const candidate = (file: string) => !isHidden(file) && walk.matches(file) && !isNeverLinted(path.relative(walk.root, file));
    let found = 0;
    let ignoredHere = 0;
    for (const entry of await walkFolder(walk.root, enter)) {
      // A glob whose fixed part does not exist matches nothing; it is not an unreadable folder.
      if (entry.kind === 'unreadable' && entry.path === walk.root && !stat) continue;
      const folder = entry.kind === 'unreadable' || (entry.kind === 'bad-name' && entry.folder);
      if (folder ? entry.kind === 'bad-name' && !enter(entry.path) : !candidate(entry.path)) continue;
      const v = await verdict(entry.path, folder);
      if (v === 'other') continue;
      if (v === 'ignored') {
        ignoredHere++;
        continue;
      }
      if (entry.kind === 'file') files.add(entry.path);
      else skipped.set(entry.path, entry);
      found++;
    }
    if (found === 0) (ignoredHere > 0 ? allIgnored : unmatched).push(arg);
  }
  return { files: [...files].sort(), unmatched, allIgnored, ignored, skipped: [...skipped.values()].sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

interface GlobWalk {
  /** Where the walk starts: the part of the glob before its first wildcard. */
  root: string;
  /** How many folders deep below the root a match can be. */
  depth: number;
  matches: (file: string) => boolean;
}

function globWalk(arg: string, cwd: string): GlobWalk {
  const problem = globProblem(arg);
  if (problem) throw new GlobError(problem);
  const { base, glob } = picomatch.scan(arg.split(path.sep).join('/'));
  const root = path.resolve(cwd, base);
  const isMatch = picomatch(glob, { dot: false });
  return { root, depth: glob.includes('**') ? Infinity : glob.split('/').length - 1, matches: (file) => isMatch(path.relative(root, file).split(path.sep).join('/')) };
}

/** How many folders `folder` is below `root` (1 for a folder directly in it). */
function depthBelow(root: string, folder: string): number {
  return path.relative(root, folder).split(path.sep).length;
}

function isHidden(file: string): boolean {
  return path.basename(file).startsWith('.');
}

/**
 * What a named path is: a link is followed (a link to a folder named explicitly is walked, a link to
 * a file is linted as a file), but a link that leads nowhere or into a loop is still a file named
 * explicitly, whose read error says what is wrong.
 */
function statOrNull(p: string): fs.Stats | null {
  try {
    const stat = fs.lstatSync(p);
    if (!stat.isSymbolicLink()) return stat;
    try {
      return fs.statSync(p);
    } catch {
      return stat;
    }
  } catch {
    return null;
  }
}
