import { parentPort, workerData } from 'node:worker_threads';
import { readSource, type ReadResult } from '../files/read.js';
import type { Rule } from '../rule-kit/types.js';
import { lintRead } from './lint-read.js';
import { prepareRun, type LintOptions } from './setup.js';

/**
 * Serves a lint worker thread with the registry its entry module hands over: prepares the run once,
 * then lints the files the pool sends, one at a time and in the order sent. Each file is read as
 * soon as it arrives, so the next one is ready when the current one is done.
 */
export async function serveWorker(rules: readonly Rule[]): Promise<void> {
  const setup = await prepareRun({ ...(workerData as LintOptions), rules });
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

  parentPort!.on('message', (message: { id: number; file: string }) => {
    queue.push({ ...message, read: readSource(message.file, setup.limits.maxFileBytes) });
    if (!working) void work();
  });
  parentPort!.postMessage({ ready: true });
}
