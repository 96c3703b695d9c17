import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const CAMPAIGN_PAGE = '# Spotpris Høst\n\nKampanjepris: 0 øre i påslag! Bestill nå.\n';
const CONFIG = JSON.stringify({ extends: [], rules: { 'campaign-end': 'error' } });

/** A folder where `blokkert` is a regular file, so nothing can be written below it, not even by root. */
function project() {
  return tempTree({ 'hoest.md': CAMPAIGN_PAGE, '.stromlintrc.json': CONFIG, blokkert: 'en fil, ikke en mappe' });
}

describe('files stromlint writes', () => {
  it('prints every format it can when one output file cannot be written, then reports the failure with exit code 2', () => {
    const dir = project();
    const run = cli(['hoest.md', '-f', 'json:blokkert/ut.json', '-f', 'compact', '-f', 'sarif:ut.sarif'], { cwd: dir });
    expect(run.stdout).toContain('hoest.md:3:1: error');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'ut.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    expect(run.stderr).toMatch(/^stromlint: cannot write blokkert\/ut\.json: ENOTDIR/m);
    expect(run.stderr).not.toContain(dir);
    expect(run.status).toBe(2);
  });

  it('prints the findings when the cache cannot be written, then reports the failure with exit code 2', () => {
    const dir = project();
    const run = cli(['hoest.md', '-f', 'compact', '--cache', '--cache-location', 'blokkert/cache'], { cwd: dir });
    expect(run.stdout).toContain('hoest.md:3:1: error');
    expect(run.stderr).toMatch(/^stromlint: cannot write the cache blokkert\/cache: ENOTDIR/m);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(2);
  });

  it('prints the findings when the baseline cannot be written, then reports the failure with exit code 2', () => {
    const dir = project();
    const run = cli(['hoest.md', '-f', 'compact', '--baseline', 'blokkert/baseline.json', '--baseline-write'], { cwd: dir });
    expect(run.stdout).toContain('hoest.md:3:1: error');
    expect(run.stderr).toMatch(/^stromlint: cannot write blokkert\/baseline\.json: ENOTDIR/m);
    expect(run.status).toBe(2);
  });
});
