import path from 'node:path';

/** A file path relative to `cwd`, with forward slashes, as reports show it on every platform. */
export function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  return (relative === '' ? path.basename(filePath) : relative).split(path.sep).join('/');
}

/** Whether a display path is absolute: no relative path from `cwd` reaches it (another drive on Windows). */
export function isOtherRoot(displayed: string): boolean {
  return path.isAbsolute(displayed) || /^[a-zA-Z]:/.test(displayed);
}
