import { Worker } from 'node:worker_threads';
import { fatalResult } from './fatal-result.js';
import type { LintOptions } from './lint-files.js';
import type { FileResult, Locale } from './types.js';

interface Slot {
  worker: Worker;
  busy?: { id: number; file: string; timer: NodeJS.Timeout };
}

/**
 * Lints files on worker threads. Results come back in the order of `files`, whatever order the
 * workers finish in. A file that takes longer than `timeoutMs` has its worker stopped and replaced:
 * the file gets a `timeout` finding and the run goes on.
 */
export async function lintInWorkers(files: string[], options: LintOptions, threads: number, timeoutMs: number, locale: Locale): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const workerUrl = new URL('./worker.js', import.meta.url);
  const { config: _config, ...serialisable } = options;
  const workerOptions = { ...serialisable, ...(options.config ? { config: structuredClone(options.config) } : {}) };

  return new Promise((resolve, reject) => {
    const slots: Slot[] = [];
    const finish = () => {
      for (const slot of slots) void slot.worker.terminate();
      resolve(results);
    };
    const dispatch = (slot: Slot) => {
      if (next >= files.length) return;
      const id = next++;
      const file = files[id]!;
      const timer = setTimeout(() => {
        results[id] = fatalResult(file, 'timeout', 'timeout', locale, { seconds: (timeoutMs / 1000).toFixed(0) });
        slot.busy = undefined;
        void slot.worker.terminate();
        start(slot);
        if (++done === files.length) finish();
      }, timeoutMs);
      slot.busy = { id, file, timer };
      slot.worker.postMessage({ id, file });
    };
    const start = (slot: Slot) => {
      slot.worker = new Worker(workerUrl, { workerData: workerOptions });
      slot.worker.on('message', (message: { ready?: boolean; id?: number; result?: FileResult }) => {
        if (message.ready) return dispatch(slot);
        if (!slot.busy || message.id !== slot.busy.id) return;
        clearTimeout(slot.busy.timer);
        results[message.id] = message.result!;
        slot.busy = undefined;
        if (++done === files.length) return finish();
        dispatch(slot);
      });
      const worker = slot.worker;
      worker.on('exit', (code) => {
        // A worker that ends by itself mid-file (process.exit, a fatal error) must not hang the run.
        if (slot.worker !== worker || !slot.busy || code === 0) return;
        worker.emit('error', new Error(`worker stopped with exit code ${code}`));
      });
      slot.worker.on('error', (error) => {
        if (slot.worker !== worker) return;
        if (!slot.busy) return reject(error);
        // The file broke the worker (out of memory, a native failure): report it and go on.
        clearTimeout(slot.busy.timer);
        results[slot.busy.id] = fatalResult(slot.busy.file, 'internal-error', 'internalError', locale, { detail: error.message });
        slot.busy = undefined;
        start(slot);
        if (++done === files.length) finish();
      });
    };
    if (files.length === 0) return resolve(results);
    for (let i = 0; i < Math.min(threads, files.length); i++) {
      const slot = {} as Slot;
      slots.push(slot);
      start(slot);
    }
  });
}

