import { parentPort, workerData } from 'node:worker_threads';
import { readSource, type ReadResult } from '../files/read.js';
import { lintRead, prepareRun, type LintOptions } from './lint-files.js';

/**
 * A lint worker: prepares the run once, then lints the files the pool sends, one at a time and in
 * the order sent. Each file is read as soon as it arrives, so the next one is ready when the
 * current one is done.
 */
const setup = await prepareRun(workerData as LintOptions);
const queue: Array<{ id: number; file: string; read: Promise<ReadResult> }> = [];
let working = false;

parentPort!.on('message', (message: { id: number; file: string }) => {
  queue.push({ ...message, read: readSource(message.file, setup.limits.maxFileBytes) });
  if (!working) void work();
});

async function work(): Promise<void> {
  working = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    const result = await lintRead(job.file, await job.read, setup);
    parentPort!.postMessage({ id: job.id, result });
  }
  working = false;
}

parentPort!.postMessage({ ready: true });
