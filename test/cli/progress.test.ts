import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

function terminal(isTTY = true) {
  const written: string[] = [];
  return { isTTY, write: (s: string) => written.push(s) > 0, written };
}

describe('progress', () => {
  it('shows files done of total on a terminal once a run takes longer than a second, and clears the line at the end', () => {
    let clock = 0;
    const stream = terminal();
    const progress = progressLine(stream, {}, true, 'nb', () => clock);
    progress.onProgress!(1, 3);
    expect(stream.written).toEqual([]);
    clock = 1500;
    progress.onProgress!(2, 3);
    clock = 1550;
    progress.onProgress!(3, 3);
    progress.stop();
    expect(stream.written).toEqual(['\r\u001b[2Kstromlint: 2 av 3 filer', '\r\u001b[2Kstromlint: 3 av 3 filer', '\r\u001b[2K']);
  });

  it('never shows in CI, off a terminal or with --no-progress', () => {
    for (const [stream, env, wanted] of [
      [terminal(), { CI: 'true' }, true],
      [terminal(), { GITHUB_ACTIONS: 'true' }, true],
      [terminal(false), {}, true],
      [terminal(), {}, false],
    ] as const) {
      const progress = progressLine(stream, env, wanted, 'en', () => 5000);
      expect(progress.onProgress).toBeUndefined();
      progress.stop();
      expect(stream.written).toEqual([]);
    }
  });
});

describe('stylish summary', () => {
  it('says how many files were linted, and a clean run says so in one line', () => {
    const dir = tempTree({ 'a.md': '# Om oss\n\nVi er et lite kraftselskap.\n', 'b.md': '# Spotpris Høst\n\nKampanjepris: 0 øre i påslag! Bestill nå.\n' });
    const clean = cli(['a.md'], { cwd: dir });
    expect(clean.stdout).toBe('✔ 1 file linted, no problems\n');
    // Standard error is a pipe here, not a terminal: no progress line.
    expect(clean.stderr).toBe('');
    expect(cli(['a.md', '--locale', 'nb'], { cwd: dir }).stdout).toBe('✔ 1 fil sjekket, ingen problemer\n');
    expect(cli(['.'], { cwd: dir }).stdout).toMatch(/✖ \d+ problems \(\d+ errors, 0 warnings\) in 2 files\n$/);
    const nb = cli(['.', '--locale', 'nb', '-f', 'compact'], { cwd: dir }).stdout;
    expect(nb).toMatch(/^b\.md:\d+:\d+: feil /m);
  });
});
