import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Format } from '../document/types.js';
import { formatOf } from './formats.js';
import { ALWAYS_IGNORED, configIgnores, gitRoot, IgnoreFiles, isNeverLinted } from './ignore-files.js';

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

export interface Discovered {
  /** Absolute paths to lint, sorted, without duplicates. */
  files: string[];
  /** Arguments that matched no file at all. */
  unmatched: string[];
  /** Arguments whose every matching file is ignored. */
  allIgnored: string[];
  /** Files named explicitly but ignored by an ignore file or config. */
  ignored: string[];
}

/**
 * Expands paths, folders and globs into the files to lint. `.gitignore` and `.stromlintignore` files
 * of every folder from the top of the repository down, and the `ignores` of each file's config,
 * apply; the skip list (dependencies, git internals, tool configs) applies to files named
 * explicitly too. Symbolic links to folders are not followed, so a link loop cannot make the walk
 * endless.
 */
export async function discoverFiles(args: string[], options: DiscoverOptions): Promise<Discovered> {
  const ignoreFiles = new IgnoreFiles(gitRoot(options.cwd) ?? options.cwd);
  const ignoredByConfig = new Map<string, (file: string) => boolean>();
  /** 'lint', 'ignored' (by an ignore file or config) or 'other' (not a format the file's config reads). */
  const verdict = async (file: string): Promise<'lint' | 'ignored' | 'other'> => {
    const rules = await options.rulesFor(file);
    if (!formatOf(file, rules.extensions)) return 'other';
    const key = `${rules.baseDir}\0${rules.ignores.join('\0')}`;
    let byConfig = ignoredByConfig.get(key);
    if (!byConfig) ignoredByConfig.set(key, (byConfig = configIgnores(rules.baseDir, rules.ignores)));
    return ignoreFiles.ignores(file) || byConfig(file) ? 'ignored' : 'lint';
  };

  const files = new Set<string>();
  const unmatched: string[] = [];
  const allIgnored: string[] = [];
  const ignored: string[] = [];
  for (const arg of args.length > 0 ? args : ['.']) {
    const absolute = path.resolve(options.cwd, arg);
    const stat = isDynamicPattern(arg) ? null : lstatOrNull(absolute);
    if (stat && !stat.isDirectory()) {
      // A file named explicitly (by a person, pre-commit or lint-staged): the skip list and the
      // formats apply silently; an ignore pattern is said, so that a mistyped path does not pass.
      if (isNeverLinted(absolute)) continue;
      const v = await verdict(absolute);
      if (v === 'lint') files.add(path.normalize(absolute));
      else if (v === 'ignored') ignored.push(absolute);
      continue;
    }
    let found = 0;
    let skipped = 0;
    for (const file of await walk(arg, absolute, stat !== null, options.cwd)) {
      const v = await verdict(file);
      if (v === 'lint') {
        files.add(path.normalize(file));
        found++;
      } else if (v === 'ignored') skipped++;
    }
    if (found === 0) (skipped > 0 ? allIgnored : unmatched).push(arg);
  }
  return { files: [...files].sort(), unmatched, allIgnored, ignored };
}

/** Every file under a folder, or matching a glob, less the skip list. */
async function walk(arg: string, absolute: string, isFolder: boolean, cwd: string): Promise<string[]> {
  // Glob from the real folder and join the results to the path as given: the crawler finds nothing
  // through a symbolic link in the path (a linked home or /tmp folder) when it does not follow
  // links, and it must not, or a link loop inside would make the walk endless.
  const base = isFolder ? absolute : cwd;
  const found = await glob(isFolder ? '**/*' : toPattern(arg), {
    cwd: realpathOrSelf(base),
    absolute: false,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ALWAYS_IGNORED,
    expandDirectories: false,
  });
  return found.map((f) => path.resolve(base, f));
}

function realpathOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

function lstatOrNull(p: string): fs.Stats | null {
  try {
    const stat = fs.lstatSync(p);
    // A link to a folder named explicitly is walked; a link to a file is linted as a file.
    return stat.isSymbolicLink() ? (fs.statSync(p, { throwIfNoEntry: false }) ?? stat) : stat;
  } catch {
    return null;
  }
}

/** Glob patterns use forward slashes; a literal folder name may contain glob characters. */
function toPattern(arg: string): string {
  const slashed = arg.split(path.sep).join('/').replace(/\/+$/, '');
  return isDynamicPattern(slashed) ? slashed : slashed.replace(/[()[\]{}*?!+@]/g, '\\$&') || '.';
}
