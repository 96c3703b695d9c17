import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

/** Folders never walked into: dependencies, git internals, editor settings. */
const NEVER_WALKED = new Set(['node_modules', '.git', '.vscode', '.idea']);

/**
 * Never linted, whether walked or named: what is in the folders above, and tool configuration and
 * lock files, which are not marketing material (and may be JSON with comments).
 */
const ALWAYS_IGNORED = [
  ...[...NEVER_WALKED].map((folder) => `**/${folder}/**`),
  '**/package.json',
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/tsconfig*.json',
  '**/jsconfig*.json',
  '**/.eslintrc.json',
  '**/composer.json',
  '**/composer.lock',
];

const alwaysIgnored = picomatch(ALWAYS_IGNORED, { dot: true });

/** Whether a file is on the skip list above (its path relative to any folder). */
export function isNeverLinted(filePath: string): boolean {
  return alwaysIgnored(filePath.split(path.sep).join('/'));
}

/** Whether a folder is one of those on the skip list, never walked into. */
export function isNeverWalked(folder: string): boolean {
  return NEVER_WALKED.has(path.basename(folder));
}

const IGNORE_FILES = ['.gitignore', '.stromlintignore'];

/**
 * The `.gitignore` and `.stromlintignore` files of a tree, each applying to its own folder and
 * below, as git reads them: the deepest file that says anything about a path decides (a nested
 * `!keep.md` re-includes what a parent excluded).
 */
export class IgnoreFiles {
  private readonly perDir = new Map<string, Ignore | null>();

  /** `root`: the top of the repository (or the working folder outside one); nothing above it is read. */
  constructor(private readonly root: string) {}

  /** `folder`: the path is a folder, which patterns such as `build/` match. */
  ignores(filePath: string, folder = false): boolean {
    const relative = path.relative(this.root, filePath);
    // Files outside the tree are not subject to its ignore files.
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    const parts = relative.split(path.sep);
    for (let depth = parts.length - 1; depth >= 0; depth--) {
      const dir = path.join(this.root, ...parts.slice(0, depth));
      const rules = this.rulesOf(dir);
      if (!rules) continue;
      const verdict = rules.test(parts.slice(depth).join('/') + (folder ? '/' : ''));
      if (verdict.ignored) return true;
      if (verdict.unignored) return false;
    }
    return false;
  }

  private rulesOf(dir: string): Ignore | null {
    let rules = this.perDir.get(dir);
    if (rules === undefined) {
      const texts = IGNORE_FILES.map((name) => readOrEmpty(path.join(dir, name))).filter((t) => t !== '');
      rules = texts.length > 0 ? texts.reduce((all, text) => all.add(text), ignore()) : null;
      this.perDir.set(dir, rules);
    }
    return rules;
  }
}

/** The config's `ignores` (gitignore syntax), relative to the config file's folder. */
export function configIgnores(baseDir: string, patterns: readonly string[]): (filePath: string, folder?: boolean) => boolean {
  if (patterns.length === 0) return () => false;
  const rules = ignore().add(patterns as string[]);
  return (filePath, folder = false) => {
    const relative = path.relative(baseDir, filePath);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return rules.ignores(relative.split(path.sep).join('/') + (folder ? '/' : ''));
  };
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The top of the git work tree `dir` is in (the folder holding `.git`), or undefined outside one. */
export function gitRoot(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}
