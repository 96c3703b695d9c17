import { parentPort, workerData } from 'node:worker_threads';
import { lintPath, prepareRun, type LintOptions } from './lint-files.js';

/** A lint worker: prepares the run once, then lints the files the pool sends, one at a time. */
const setup = await prepareRun(workerData as LintOptions);
parentPort!.on('message', async (message: { id: number; file: string }) => {
  const result = await lintPath(message.file, setup);
  parentPort!.postMessage({ id: message.id, result });
});
parentPort!.postMessage({ ready: true });
