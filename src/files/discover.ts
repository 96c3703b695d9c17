import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { Format } from '../document/types.js';
import { formatOf } from './formats.js';
import { globProblem } from './glob-limits.js';
import { walkFolder, type WalkEntry } from './walk.js';

/** Folders never walked: dependencies, git internals, editor settings. */
const ALWAYS_IGNORED_FOLDERS = new Set(['node_modules', '.git', '.vscode']);

/** Tool configuration and lock files, which are not product sheets (and may be JSON with comments). */
const isToolFile = picomatch(['package-lock.json', 'npm-shrinkwrap.json', 'tsconfig*.json', 'jsconfig*.json', '.eslintrc.json', 'composer.lock'], { dot: true });

/** A glob argument that cannot be matched in reasonable time. */
export class GlobError extends Error {
  override name = 'GlobError';
}

export interface DiscoverOptions {
  cwd: string;
  /** Extra ignore patterns (gitignore syntax) from config. */
  ignores: string[];
  extensions: Readonly<Record<string, Format>>;
}

/** An entry of a walk that is not linted, and why. */
export type Skipped = Exclude<WalkEntry, { kind: 'file' }>;

export interface Discovered {
  /** Absolute paths to lint, sorted, without duplicates. */
  files: string[];
  /** Arguments that matched nothing, for a clear error. */
  unmatched: string[];
  /** Files named explicitly but ignored by an ignore file or config. */
  ignored: string[];
  /** What the walks met and could not lint (links, pipes, unreadable folders, names that are not UTF-8), sorted by path. */
  skipped: Skipped[];
}

/**
 * Expands paths, folders and globs into the files to lint. `.gitignore` and `.stromlintignore` in
 * the working folder and the config's `ignores` apply; node_modules and .git never do; names starting
 * with a dot are not walked into, as globs do not match them. Symbolic links inside a walk are not
 * followed (a link loop cannot make it endless) but reported, like anything else a walk cannot lint.
 */
export async function discoverFiles(args: string[], options: DiscoverOptions): Promise<Discovered> {
  const filter = loadIgnores(options.cwd, options.ignores);
  const ignored = (file: string, folder = false) => isIgnored(filter, options.cwd, file, folder);
  const files = new Set<string>();
  const skipped = new Map<string, Skipped>();
  const unmatched: string[] = [];
  const explicitlyIgnored: string[] = [];

  for (const arg of args.length > 0 ? args : ['.']) {
    const absolute = path.normalize(path.resolve(options.cwd, arg));
    // A path that exists is taken as written, even with glob characters in its name.
    const stat = statOrNull(absolute);
    if (stat && !stat.isDirectory()) {
      // A file named explicitly is linted when its format is known, unless an ignore file says no.
      if (ignored(absolute)) explicitlyIgnored.push(absolute);
      else if (formatOf(absolute, options.extensions)) files.add(absolute);
      continue;
    }
    if (!stat && !picomatch.scan(arg).isGlob) {
      unmatched.push(arg);
      continue;
    }
    const walk: GlobWalk = stat ? { root: absolute, depth: Infinity, matches: () => true } : globWalk(arg, options.cwd);
    const enter = (folder: string) =>
      depthBelow(walk.root, folder) <= walk.depth && !isHidden(folder) && !ALWAYS_IGNORED_FOLDERS.has(path.basename(folder)) && !ignored(folder, true);
    let found = 0;
    for (const entry of await walkFolder(walk.root, enter)) {
      // A glob whose fixed part does not exist matches nothing; it is not an unreadable folder.
      if (entry.kind === 'unreadable' && entry.path === walk.root && !stat) continue;
      const wanted = entry.kind === 'unreadable' || (entry.kind === 'bad-name' && entry.folder ? enter(entry.path) : lintable(entry.path) && walk.matches(entry.path));
      if (!wanted || (entry.kind !== 'unreadable' && ignored(entry.path))) continue;
      if (entry.kind === 'file') files.add(entry.path);
      else skipped.set(entry.path, entry);
      found++;
    }
    if (found === 0 && !stat) unmatched.push(arg);
  }
  return { files: [...files].sort(), unmatched, ignored: explicitlyIgnored, skipped: [...skipped.values()].sort((a, b) => (a.path < b.path ? -1 : 1)) };

  function lintable(file: string): boolean {
    const name = path.basename(file);
    return !isHidden(file) && !isToolFile(name) && formatOf(file, options.extensions) !== null;
  }
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

/** Whether a file is excluded by the working folder's ignore files or the config's `ignores`. */
export function ignoreFilter(cwd: string, extra: string[]): (file: string) => boolean {
  const filter = loadIgnores(cwd, extra);
  return (file) => isIgnored(filter, cwd, file) || /[\\/](node_modules|\.git)[\\/]/.test(file);
}

function loadIgnores(cwd: string, extra: string[]): Ignore {
  const filter = ignore();
  for (const name of ['.gitignore', '.stromlintignore']) {
    try {
      filter.add(fs.readFileSync(path.join(cwd, name), 'utf8'));
    } catch {
      // No such ignore file: nothing to add.
    }
  }
  return filter.add(extra);
}

function isIgnored(filter: Ignore, cwd: string, file: string, folder = false): boolean {
  const relative = path.relative(cwd, file);
  // Files outside the working folder are not subject to its ignore files.
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  return filter.ignores(relative.split(path.sep).join('/') + (folder ? '/' : ''));
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
