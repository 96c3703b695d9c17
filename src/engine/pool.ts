import { Worker } from 'node:worker_threads';
import { fatalResult } from './fatal-result.js';
import type { LintOptions } from './setup.js';
import type { WorkerData, WorkerJob as Job } from './worker.js';
import type { LoadedConfig } from '../config/types.js';
import type { FileResult } from './types.js';
import type { Locale } from '../rule-kit/types.js';

/** Files a worker holds at once: the one it lints and the next, which it reads meanwhile. */
const IN_FLIGHT = 2;
/**
 * A worker stops a file at its budget itself and says so; past the budget and this much more, the
 * worker is taken to be stuck where it cannot stop (reading, native code) and is replaced.
 */
const GRACE_MS = 1000;
/** The longest delay a timer holds (2³¹ − 1 ms); a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Slot {
  worker: Worker;
  /** Files sent to the worker, in order; the first is the one it is linting. */
  queue: Job[];
  /** The time budget of the first file in the queue. */
  timer?: NodeJS.Timeout;
}

/**
 * Lints files on worker threads. Results come back in the order of `files`, whatever order the
 * workers finish in. A file that takes longer than `timeoutMs` is stopped by its worker; a worker
 * that cannot stop it in time is stopped and replaced: the file gets a `timeout` finding, the file
 * queued behind it goes to the new worker, and the run goes on.
 */
export async function lintInWorkers(
  files: string[],
  options: LintOptions,
  configs: { configs: LoadedConfig[]; index: number[] },
  workerUrl: URL,
  threads: number,
  timeoutMs: number,
  locale: Locale,
  progress: () => void,
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  /** Files to hand out: first those taken back from a stopped worker, then the rest in order. */
  const returned: Job[] = [];
  let next = 0;
  let done = 0;
  // The worker module brings its own registry: rule objects hold functions, which cannot be sent.
  // Configs go as loaded here, so that no worker searches for them or runs a JavaScript config.
  const { config: _config, configFile: _configFile, rules: _rules, workerUrl: _workerUrl, onProgress: _onProgress, ...options_ } = options;
  const workerData: WorkerData = { options: options_, configs: structuredClone(configs.configs) };

  return new Promise((resolve, reject) => {
    const slots: Slot[] = [];
    const finish = () => {
      for (const slot of slots) void slot.worker.terminate();
      resolve(results);
    };
    const takeJob = (): Job | undefined => returned.shift() ?? (next < files.length ? { id: next, file: files[next]!, config: configs.index[next++]! } : undefined);
    const startTimer = (slot: Slot) => {
      const head = slot.queue[0];
      if (!head) return;
      const timedOut = () => settleHead(slot, fatalResult(head.file, 'timeout', 'timeout', locale, { seconds: (timeoutMs / 1000).toFixed(0) }));
      slot.timer = setTimeout(timedOut, Math.min(timeoutMs + GRACE_MS, MAX_TIMER_MS));
    };
    const fill = (slot: Slot) => {
      while (slot.queue.length < IN_FLIGHT) {
        const job = takeJob();
        if (!job) break;
        slot.queue.push(job);
        slot.worker.postMessage(job);
        if (slot.queue.length === 1) startTimer(slot);
      }
    };
    /** The worker could not finish its first file: record why, give its other files back, replace it. */
    const settleHead = (slot: Slot, result: FileResult) => {
      clearTimeout(slot.timer);
      const [head, ...rest] = slot.queue;
      results[head!.id] = result;
      returned.unshift(...rest);
      slot.queue = [];
      void slot.worker.terminate();
      progress();
      if (++done === files.length) return finish();
      start(slot);
    };
    const start = (slot: Slot) => {
      const worker = new Worker(workerUrl, { workerData });
      slot.worker = worker;
      slot.queue = [];
      worker.on('message', (message: { ready?: boolean; id?: number; result?: FileResult }) => {
        // A stopped worker's last messages may still arrive: only the slot's current worker counts.
        if (slot.worker !== worker) return;
        if (message.ready) return fill(slot);
        if (slot.queue[0]?.id !== message.id) return;
        clearTimeout(slot.timer);
        results[message.id!] = message.result!;
        slot.queue.shift();
        progress();
        if (++done === files.length) return finish();
        startTimer(slot);
        fill(slot);
      });
      worker.on('exit', (code) => {
        // A worker that ends by itself mid-file (process.exit, a fatal error) must not hang the run.
        if (slot.worker !== worker || slot.queue.length === 0 || code === 0) return;
        worker.emit('error', new Error(`worker stopped with exit code ${code}`));
      });
      worker.on('error', (error) => {
        if (slot.worker !== worker) return;
        const head = slot.queue[0];
        if (!head) return reject(error);
        // The file broke the worker (out of memory, a native failure): report it and go on.
        settleHead(slot, fatalResult(head.file, 'internal-error', 'internalError', locale, { detail: error.message }));
      });
    };
    if (files.length === 0) return resolve(results);
    for (let i = 0; i < Math.min(threads, files.length); i++) {
      const slot = { queue: [] } as unknown as Slot;
      slots.push(slot);
      start(slot);
    }
  });
}
