import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

describe('paths of the machine in output', () => {
  it('are relative to the working folder in read errors', () => {
    const dir = tempTree({});
    fs.symlinkSync('finnes-ikke.md', path.join(dir, 'borte.md'));
    const run = cli(['borte.md', '-f', 'json'], { cwd: dir });
    const [message] = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>)[0]!.messages;
    expect(message).toMatchObject({ ruleId: 'read-error' });
    expect(message!.message).toContain("'borte.md'");
    // (filePath stays absolute, as in ESLint's format.)
    expect(message!.message).not.toContain(dir);
  });

  it('appear nowhere in a SARIF log', () => {
    const dir = tempTree({ 'side.md': '# Spotpris Høst\n\nKampanjepris: 0 øre i påslag! Bestill nå.\n' });
    const run = cli(['side.md', '-f', 'sarif'], { cwd: dir });
    expect(JSON.parse(run.stdout).runs[0].results.length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain(dir);
  });
});
