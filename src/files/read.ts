import fs from 'node:fs/promises';
import { decode, type Decoded } from './decode.js';

export type ReadResult =
  | Decoded
  | { kind: 'too-large'; size: number }
  | { kind: 'not-regular'; reason: string }
  /** `path`: the file the message names, to be shown relative to the working folder. */
  | { kind: 'error'; code: string; message: string; path?: string };

/**
 * Reads and decodes one file. Only regular files are read, and only up to `maxBytes`: a named pipe,
 * a device behind a link or a huge file is reported, never read forever.
 */
export async function readSource(filePath: string, maxBytes: number): Promise<ReadResult> {
  let handle: fs.FileHandle | undefined;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return { kind: 'not-regular', reason: stat.isDirectory() ? 'a folder' : 'not a regular file' };
    if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size };
    handle = await fs.open(filePath, 'r');
    // Read at most one byte past the limit, in case the file grew after stat.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return { kind: 'too-large', size: length };
      if (length === buffer.length) break;
    }
    return decode(buffer.subarray(0, length));
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    return { kind: 'error', code: err.code ?? 'EIO', message: err.message, path: err.path };
  } finally {
    await handle?.close();
  }
}

/**
 * Reads and decodes what a stream delivers (standard input), up to `maxBytes`: an endless or huge
 * input (`< /dev/zero`) is reported as too large once it passes the limit, and the stream is let go.
 */
export async function readStream(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += chunk.byteLength;
    if (length > maxBytes) return { kind: 'too-large', size: length };
    chunks.push(chunk);
  }
  return decode(Buffer.concat(chunks));
}
