import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

const PAGE = '# Spotpris Fjellvind\n\nPåslag 3,9 øre/kWh og fastbeløp 29 kr/mnd. Ingen bindingstid.\n';

describe('files a run cannot lint', () => {
  it('each get a finding instead of being passed over: links and pipes a warning, a name that is not UTF-8 an error', () => {
    const dir = tempTree({ 'sider/ok.md': PAGE });
    fs.symlinkSync('ok.md', path.join(dir, 'sider/lenke.md'));
    execFileSync('mkfifo', [path.join(dir, 'sider/pipe.md')]);
    fs.writeFileSync(Buffer.from(`${dir}/sider/pris-\xf8re.md`, 'latin1'), PAGE);
    const run = cli(['sider', '-f', 'compact'], { cwd: dir });
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.replace(/ Not linted:.*\[/, ' … [')),
    ).toEqual(['sider/lenke.md:1:1: warning … [skipped]', 'sider/pipe.md:1:1: warning … [skipped]', 'sider/pris-\uFFFDre.md:1:1: error … [read-error]']);
    expect(run.status).toBe(1);
  });

  it('says what is wrong with a named link that leads into a loop, instead of finding no such file', () => {
    const dir = tempTree({});
    fs.symlinkSync('b.md', path.join(dir, 'a.md'));
    fs.symlinkSync('a.md', path.join(dir, 'b.md'));
    const run = cli(['a.md', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toMatch(/^a\.md:1:1: error The file could not be read \(ELOOP\)/);
    expect(run.status).toBe(1);
  });
});
