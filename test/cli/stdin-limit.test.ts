import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const LIMIT = 1024 * 1024;
/** What the test is willing to send: far more than the limit, far less than would hurt the machine. */
const OFFERED = 64 * 1024 * 1024;

/** Runs `stromlint --stdin` and keeps writing text to it until it exits or OFFERED bytes are sent. */
function lintEndlessInput(dir: string): Promise<{ status: number | null; stdout: string; sent: number }> {
  const child = spawn(process.execPath, [BIN, '--stdin', '-f', 'json', '-c', path.join(dir, 'config.json')], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const chunk = Buffer.alloc(64 * 1024, 'kampanje 0 kr ');
  let sent = 0;
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stdin.on('error', () => {}); // EPIPE once the linter has stopped reading
  const pump = () => {
    while (sent < OFFERED && !child.stdin.destroyed) {
      sent += chunk.length;
      if (!child.stdin.write(chunk)) return void child.stdin.once('drain', pump);
    }
    child.stdin.end();
  };
  pump();
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, sent })));
}

describe('--stdin', () => {
  it('stops reading at the size limit and reports the input as too large', async () => {
    const dir = tempTree({ 'config.json': JSON.stringify({ limits: { maxFileBytes: LIMIT } }) });
    const run = await lintEndlessInput(dir);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages).toMatchObject([{ ruleId: 'too-large', fatal: true }]);
    // The limit, plus what pipes and stream buffers hold: never the whole input.
    expect(run.sent).toBeLessThan(8 * LIMIT);
  });
});
