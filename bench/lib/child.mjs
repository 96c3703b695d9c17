import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TIME = '/usr/bin/time';
const TIMEOUT = '/usr/bin/timeout';
const REPORT_RSS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'report-rss.mjs');
const RSS_LINE = /Maximum resident set size \(kbytes\): (\d+)|stromlint-bench-maxrss-kb (\d+)/;

/**
 * Runs `node <args>` once and measures wall time and peak memory: with GNU `/usr/bin/time -v` when
 * present, otherwise through a preloaded module that reports `process.resourceUsage().maxRSS` at exit.
 * Output goes to /dev/null; stderr is kept for the memory figure and for errors. Under `time` the
 * budget is enforced by coreutils `timeout` (in the foreground, so that interrupting the benchmark
 * stops the child too), since killing `time` would leave node running.
 */
export function runNode(args, { cwd, timeoutMs = 600_000 } = {}) {
  const withTime = fs.existsSync(TIME) && fs.existsSync(TIMEOUT);
  const command = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-v', TIMEOUT, '--foreground', '-s', 'KILL', `${timeoutMs / 1000}s`, process.execPath, ...args] : ['--import', REPORT_RSS, ...args];
  const start = performance.now();
  const run = spawnSync(command, argv, { cwd, timeout: withTime ? 0 : timeoutMs, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  const ms = performance.now() - start;
  const match = RSS_LINE.exec(run.stderr ?? '');
  const kb = match ? Number(match[1] ?? match[2]) : NaN;
  // A run that failed after the whole budget was stopped by it (`time` does not always pass on the
  // status of the `timeout` that killed its child).
  const timedOut = run.error?.code === 'ETIMEDOUT' || (run.status !== 0 && ms >= timeoutMs);
  return { ms, maxRssMB: kb / 1024, status: run.status, timedOut, stderr: run.stderr ?? '' };
}

export function memory(mb) {
  return Number.isFinite(mb) ? `${mb.toFixed(0)} MB` : 'n/a';
}
