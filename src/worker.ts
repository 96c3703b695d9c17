/**
 * The entry module of a lint worker thread: the engine's worker loop with the built-in rules (the
 * config's plugins are loaded by the worker itself).
 */
import { RULES } from '../rules/index.js';
import { serveWorker } from './engine/worker.js';

await serveWorker(RULES);
