import { parentPort, workerData } from 'node:worker_threads';
import type { LoadedConfig } from '../config/types.js';
import { readSource, type ReadResult } from '../files/read.js';
import type { Rule } from '../rule-kit/types.js';
import { lintRead } from './lint-read.js';
import { adoptConfig, configFor, prepareRun, type LintOptions } from './setup.js';

/** What a worker is started with: the run's options and the configs the main thread found and checked. */
export interface WorkerData {
  options: LintOptions;
  configs: LoadedConfig[];
}

/** A file to lint and the index of its config in `WorkerData.configs`. */
export interface WorkerJob {
  id: number;
  file: string;
  config: number;
}

/**
 * Serves a lint worker thread with the registry its entry module hands over: prepares the run once,
 * then lints the files the pool sends, one at a time and in the order sent. Each file is read as
 * soon as it arrives, so the next one is ready when the current one is done. Configs come from the
 * main thread, already loaded: a JavaScript config is not run again here.
 */
export async function serveWorker(rules: readonly Rule[]): Promise<void> {
  const { options, configs } = workerData as WorkerData;
  const setup = await prepareRun({ ...options, rules }, configs);
  const queue: Array<{ id: number; file: string; read: Promise<ReadResult> }> = [];
  let working = false;

  const work = async (): Promise<void> => {
    working = true;
    for (let job = queue.shift(); job; job = queue.shift()) {
      const result = await lintRead(job.file, await job.read, setup);
      parentPort!.postMessage({ id: job.id, result });
    }
    working = false;
  };

  parentPort!.on('message', (message: WorkerJob) => {
    // The config is set up before the file is queued, so that jobs stay in the order sent.
    const ready = adoptConfig(setup, message.file, configs[message.config]!);
    queue.push({ id: message.id, file: message.file, read: ready.then(() => readSource(message.file, configFor(setup, message.file).limits.maxFileBytes)) });
    if (!working) void work();
  });
  parentPort!.postMessage({ ready: true });
}
