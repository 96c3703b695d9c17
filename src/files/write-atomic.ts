import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

export interface WriteOptions {
  /** Permissions of the written file (default: the replaced file's, else 0o666 less the umask). */
  mode?: number;
}

/** Temporary files being written: removed if a signal stops the process before they are renamed. */
const pending = new Set<string>();
/** Writes under way; signals are watched while there is one. */
let writing = 0;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function removePendingAndDie(signal: NodeJS.Signals): void {
  for (const temp of pending) fs.rmSync(temp, { force: true });
  pending.clear();
  for (const s of SIGNALS) process.off(s, removePendingAndDie);
  // With our listener gone, the signal's default action ends the process as it would have.
  process.kill(process.pid, signal);
}

function startWriting(): void {
  if (writing++ === 0) for (const signal of SIGNALS) process.on(signal, removePendingAndDie);
}

function stopWriting(): void {
  if (--writing === 0) for (const signal of SIGNALS) process.off(signal, removePendingAndDie);
}

/**
 * Writes a file so that readers never see half of it: into a temporary file beside it, then a rename.
 * The temporary file has an unpredictable name and is created exclusively, so nothing planted in a
 * shared folder can redirect the write; it keeps the replaced file's permissions. A path that is not a
 * regular file (a device such as /dev/null, a named pipe, or a link to one) is written to directly:
 * replacing it would put a regular file where the device was. A link to a regular file is replaced,
 * not followed. The folder must exist; an unwritable path rejects with the system's error.
 */
export async function writeFileAtomic(filePath: string, content: string, options: WriteOptions = {}): Promise<void> {
  const existing = await fsp.stat(filePath).catch(() => undefined);
  if (existing && !existing.isFile()) {
    await fsp.writeFile(filePath, content);
    return;
  }
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(9).toString('hex')}.tmp`);
  startWriting();
  let created = false;
  try {
    const handle = await fsp.open(temp, 'wx', 0o600);
    created = true;
    pending.add(temp);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.chmod(options.mode ?? (existing ? existing.mode & 0o7777 : 0o666 & ~currentUmask()));
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, filePath);
  } catch (error) {
    // Only our own file: a name that existed already was someone else's.
    if (created) await fsp.rm(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
    stopWriting();
  }
}

/** The process's umask, read without changing it for longer than this call. */
function currentUmask(): number {
  const mask = process.umask(0o022);
  process.umask(mask);
  return mask;
}
