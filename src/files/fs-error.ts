import path from 'node:path';

/**
 * A file system error's message with the paths it names made relative to `cwd`, as reports show
 * paths: "ENOENT: no such file or directory, open 'docs/side.md'", never the user's home folder.
 */
export function fsErrorText(error: unknown, cwd: string): string {
  if (!(error instanceof Error)) return String(error);
  const { path: from, dest } = error as NodeJS.ErrnoException & { dest?: string };
  let text = error.message;
  for (const p of [from, dest]) {
    if (typeof p === 'string' && path.isAbsolute(p)) text = text.split(p).join(path.relative(cwd, p) || '.');
  }
  return text;
}
