import type { Dirent } from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

/**
 * What a folder walk meets: files it can read, and what it cannot lint, each with a word for the
 * report — a symbolic link (never followed, so no loop can make a walk endless), a named pipe, socket
 * or device, a folder it could not list (no permission, a path too long), a name that is not UTF-8.
 */
export type WalkEntry =
  | { kind: 'file'; path: string }
  | { kind: 'link' | 'special'; path: string }
  | { kind: 'unreadable'; path: string; code: string; message: string }
  | { kind: 'bad-name'; path: string; folder: boolean };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/**
 * Every entry below `root`, depth first with an explicit stack (any depth), entering a sub-folder
 * only when `enter` says so. Names are read as bytes, so a name that is not UTF-8 is reported
 * instead of becoming a path that does not exist.
 */
export async function walkFolder(root: string, enter: (folder: string) => boolean): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const folder = stack.pop()!;
    let entries: Dirent<Buffer>[];
    try {
      entries = await fsp.readdir(folder, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      const err = error as NodeJS.ErrnoException;
      out.push({ kind: 'unreadable', path: folder, code: err.code ?? 'EIO', message: err.message });
      continue;
    }
    for (const entry of entries) {
      let name: string;
      try {
        name = utf8.decode(entry.name);
      } catch {
        out.push({ kind: 'bad-name', path: path.join(folder, lossy.decode(entry.name)), folder: entry.isDirectory() });
        continue;
      }
      const full = path.join(folder, name);
      if (entry.isDirectory()) {
        if (enter(full)) stack.push(full);
      } else out.push({ kind: entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'link' : 'special', path: full });
    }
  }
  return out;
}
