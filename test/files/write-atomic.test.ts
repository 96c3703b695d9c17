import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/files/write-atomic.js';
import { ROOT } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

/** A reader of the named pipe in another process: what it receives, and a way to stop it if no writer comes. */
function readPipe(fifo: string): { received: Promise<string>; stop: () => void } {
  const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  reader.stdout.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  return { received: new Promise((resolve) => reader.on('close', () => resolve(text))), stop: () => reader.kill() };
}

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** A character device like the machine's /dev/null, made in a temporary folder (needs the right to make devices). */
function makeNullDevice(file: string): boolean {
  try {
    execFileSync('mknod', [file, 'c', '1', '3'], { stdio: 'ignore' });
    return fs.statSync(file).isCharacterDevice();
  } catch {
    return false;
  }
}

describe('writeFileAtomic', () => {
  it('writes into a named pipe and leaves the pipe in place', async () => {
    const dir = tempTree({});
    const fifo = path.join(dir, 'rapport.json');
    mkfifo(fifo);
    const reader = readPipe(fifo);
    try {
      await writeFileAtomic(fifo, '{"ok":true}\n');
      expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
      expect(await reader.received).toBe('{"ok":true}\n');
      expect(fs.readdirSync(dir)).toEqual(['rapport.json']);
    } finally {
      reader.stop();
    }
  });

  it('writes through a link to a named pipe and keeps both the link and the pipe', async () => {
    const dir = tempTree({});
    mkfifo(path.join(dir, 'pipe'));
    fs.symlinkSync('pipe', path.join(dir, 'ut.sarif'));
    const reader = readPipe(path.join(dir, 'pipe'));
    try {
      await writeFileAtomic(path.join(dir, 'ut.sarif'), 'sarif');
      expect(fs.lstatSync(path.join(dir, 'ut.sarif')).isSymbolicLink()).toBe(true);
      expect(fs.lstatSync(path.join(dir, 'pipe')).isFIFO()).toBe(true);
      expect(await reader.received).toBe('sarif');
    } finally {
      reader.stop();
    }
  });

  it('writes into a device and leaves the device in place', async () => {
    const dir = tempTree({});
    const device = path.join(dir, 'null');
    if (!makeNullDevice(device)) return console.warn('no device test: this user cannot make device nodes');
    await writeFileAtomic(device, 'bort');
    expect(fs.lstatSync(device).isCharacterDevice()).toBe(true);
    expect(fs.readFileSync(device, 'utf8')).toBe('');
  });

  it('replaces a link to a regular file instead of writing through it', async () => {
    const dir = tempTree({ 'annen.txt': 'urørt' });
    fs.symlinkSync('annen.txt', path.join(dir, 'ut.json'));
    await writeFileAtomic(path.join(dir, 'ut.json'), 'ny');
    expect(fs.lstatSync(path.join(dir, 'ut.json')).isFile()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'ut.json'), 'utf8')).toBe('ny');
    expect(fs.readFileSync(path.join(dir, 'annen.txt'), 'utf8')).toBe('urørt');
  });

  it('cannot be redirected by links planted where a temporary file might go', async () => {
    const dir = tempTree({ 'offer.txt': 'urørt' });
    const target = path.join(dir, 'ut.json');
    // Links under every name a process-id-and-clock scheme could choose in the next seconds.
    const now = Date.now();
    for (let ms = now - 50; ms < now + 3000; ms++) fs.symlinkSync(path.join(dir, 'offer.txt'), path.join(dir, `.ut.json.${process.pid}.${ms}.tmp`));
    await writeFileAtomic(target, 'rapport');
    expect(fs.readFileSync(path.join(dir, 'offer.txt'), 'utf8')).toBe('urørt');
    expect(fs.lstatSync(target).isFile()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('rapport');
  });

  it('keeps the permissions of the file it replaces, and gives a new file the ones asked for', async () => {
    const dir = tempTree({ 'ut.json': 'gammel' });
    fs.chmodSync(path.join(dir, 'ut.json'), 0o640);
    await writeFileAtomic(path.join(dir, 'ut.json'), 'ny');
    expect(fs.statSync(path.join(dir, 'ut.json')).mode & 0o777).toBe(0o640);
    await writeFileAtomic(path.join(dir, 'hook'), '#!/bin/sh\n', { mode: 0o755 });
    expect(fs.statSync(path.join(dir, 'hook')).mode & 0o777).toBe(0o755);
  });

  it('removes its temporary file when SIGTERM stops the process mid-write, and still dies of the signal', async () => {
    const dir = tempTree({});
    // A child whose rename never finishes: the temporary file is written and waits for the rename.
    const script = [
      "import fsp from 'node:fs/promises';",
      `const { writeFileAtomic } = await import(${JSON.stringify(path.join(ROOT, 'dist/src/files/write-atomic.js'))});`,
      "fsp.rename = () => { process.stdout.write('ready\\n'); return new Promise(() => {}); };",
      'setInterval(() => {}, 1000);',
      `await writeFileAtomic(${JSON.stringify(path.join(dir, 'ut.json'))}, 'x'.repeat(1000));`,
    ].join('\n');
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
