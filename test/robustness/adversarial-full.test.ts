import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/**
 * The full-size adversarial generator (about 140 MB, not --small), every input linted on its own by
 * the built command line with default settings: each must end within 10 s with exit code 0 or 1.
 * Slow (about a minute), so opt-in:
 *
 *   npm run build && ADVERSARIAL_FULL=1 npx vitest run test/robustness/adversarial-full.test.ts
 *
 * or without vitest, with the per-input table: node scripts/adversarial.mjs [--special]
 */
const GENERATOR = path.resolve(ROOT, '../shared/corpora/make-adversarial.mjs');

describe.skipIf(!process.env.ADVERSARIAL_FULL || !fs.existsSync(GENERATOR))('the full adversarial generator, file by file', () => {
  it('lints every input within 10 s with exit code 0 or 1, the special files too', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/adversarial.mjs'), '--special', '--budget', '10'], { encoding: 'utf8', timeout: 1_800_000 });
    expect(run.stdout).toMatch(/^\d+ inputs, 0 over 10 s or not exit 0\/1$/m);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('✗'))).toEqual([]);
    expect(run.status).toBe(0);
  }, 1_800_000);
});
