import path from 'node:path';

/**
 * `text` with each of the absolute `paths` in it made relative to `cwd`, as reports show paths:
 * "ENOENT: no such file or directory, open 'docs/side.md'", never the user's home folder.
 */
export function relativePaths(text: string, paths: ReadonlyArray<string | undefined>, cwd: string): string {
  let out = text;
  for (const p of paths) if (p !== undefined && path.isAbsolute(p)) out = out.split(p).join(path.relative(cwd, p) || '.');
  return out;
}

/** A file system error's message with the paths it names made relative to `cwd`. */
export function fsErrorText(error: unknown, cwd: string): string {
  if (!(error instanceof Error)) return String(error);
  const { path: from, dest } = error as NodeJS.ErrnoException & { dest?: string };
  return relativePaths(error.message, [from, dest], cwd);
}
