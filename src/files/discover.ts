import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Format } from '../document/types.js';
import { formatOf } from './formats.js';

/**
 * Never linted when a folder or glob is walked: dependencies, git internals, and tool configuration
 * and lock files, which are not product sheets (and may be JSON with comments).
 */
const ALWAYS_IGNORED = [
  '**/node_modules/**',
  '**/.git/**',
  '**/.vscode/**',
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/tsconfig*.json',
  '**/jsconfig*.json',
  '**/.eslintrc.json',
  '**/composer.lock',
];

export interface DiscoverOptions {
  cwd: string;
  /** Extra ignore patterns (gitignore syntax) from config. */
  ignores: string[];
  extensions: Readonly<Record<string, Format>>;
}

export interface Discovered {
  /** Absolute paths to lint, sorted, without duplicates. */
  files: string[];
  /** Arguments that matched nothing, for a clear error. */
  unmatched: string[];
  /** Files named explicitly but ignored by an ignore file or config. */
  ignored: string[];
}

/**
 * Expands paths, folders and globs into the files to lint. `.gitignore` and `.stromlintignore` in
 * the working folder and the config's `ignores` apply; node_modules and .git never do. Symbolic
 * links to folders are not followed, so a link loop cannot make the walk endless.
 */
export async function discoverFiles(args: string[], options: DiscoverOptions): Promise<Discovered> {
  const filter = loadIgnores(options.cwd, options.ignores);
  const exts = Object.keys(options.extensions).map((e) => e.slice(1));
  const files = new Set<string>();
  const unmatched: string[] = [];
  const ignored: string[] = [];

  for (const arg of args.length > 0 ? args : ['.']) {
    const absolute = path.resolve(options.cwd, arg);
    const stat = isDynamicPattern(arg) ? null : lstatOrNull(absolute);
    let found: string[];
    if (stat && !stat.isDirectory()) {
      // A file named explicitly is linted when its format is known, unless an ignore file says no.
      if (isIgnored(filter, options.cwd, absolute)) {
        ignored.push(absolute);
        continue;
      }
      found = formatOf(absolute, options.extensions) ? [absolute] : [];
    } else {
      // Glob from the real folder and join the results to the path as given: the crawler finds
      // nothing through a symbolic link in the path (a linked home or /tmp folder) when it does not
      // follow links, and it must not, or a link loop inside would make the walk endless.
      const base = stat ? absolute : options.cwd;
      const pattern = stat ? `**/*.{${exts.join(',')}}` : toPattern(arg);
      found = (await glob(pattern, {
        cwd: realpathOrSelf(base),
        absolute: false,
        dot: false,
        onlyFiles: true,
        followSymbolicLinks: false,
        ignore: ALWAYS_IGNORED,
        expandDirectories: false,
      }))
        .map((f) => path.resolve(base, f))
        .filter((f) => formatOf(f, options.extensions) && !isIgnored(filter, options.cwd, f));
    }
    if (found.length === 0 && !stat) unmatched.push(arg);
    for (const f of found) files.add(path.normalize(f));
  }
  return { files: [...files].sort(), unmatched, ignored };
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

function isIgnored(filter: Ignore, cwd: string, file: string): boolean {
  const relative = path.relative(cwd, file);
  // Files outside the working folder are not subject to its ignore files.
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  return filter.ignores(relative.split(path.sep).join('/'));
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
