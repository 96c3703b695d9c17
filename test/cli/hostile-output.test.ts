import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

/** A product sheet whose product name starts a GitHub workflow command on a line of its own. */
const SHEET = JSON.stringify({ products: [{ id: 'p1', name: 'Spotpris\n::stop-commands::x', type: 'spot', campaign: { label: 'Velkomsttilbud' } }] });
/** A page whose product name sets the terminal title, clears the screen and rings the bell. */
const PAGE = '## Spotpris \u001b]0;eid\u0007\u001b[2JVinter\n\nKampanjepris: 0 øre i påslag! Bestill i dag.\n';
/** A sheet whose product name returns the carriage, to print over what came before it. */
const CR_SHEET = JSON.stringify({ products: [{ id: 'p1', name: 'Spotpris\rVinter', type: 'spot', campaign: { label: 'Velkomsttilbud' } }] });
/** Characters that steer a terminal or a log reader instead of showing. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose.
const STEERING = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

const lines = (text: string) => text.split('\n');

describe('output of hostile names and copy', () => {
  it('never puts a line of a product name at the start of a line, where a CI runner reads commands', () => {
    const dir = tempTree({ 'ark.json': SHEET });
    for (const format of ['stylish', 'compact', 'github']) {
      const run = cli(['ark.json', '-f', format], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('stop-commands');
      expect(lines(run.stdout).filter((line) => line.trimStart().startsWith('::stop-commands'))).toEqual([]);
    }
  });

  it('shows escape sequences, bells and carriage returns from the copy instead of sending them to the terminal', () => {
    const dir = tempTree({ 'side.md': PAGE, 'ark.json': CR_SHEET });
    for (const file of ['side.md', 'ark.json']) {
      for (const args of [['-f', 'stylish'], ['-f', 'compact'], ['-f', 'github'], ['facts']]) {
        const run = cli(args[0] === 'facts' ? ['facts', file] : [file, ...args], { cwd: dir });
        expect(run.stdout).toContain('Vinter');
        expect(lines(run.stdout).filter((line) => STEERING.test(line))).toEqual([]);
      }
    }
  });

  it('keeps a file name with line breaks on its own line, so it cannot forge findings', () => {
    const forged = 'falsk.md:9:9: error forfalsket [campaign-end]';
    const dir = tempTree({});
    fs.writeFileSync(path.join(dir, `side.md\n${forged}\nx.md`), PAGE);
    for (const format of ['compact', 'stylish']) {
      const run = cli(['.', '-f', format], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('forfalsket');
      expect(lines(run.stdout).filter((line) => line.trimStart().startsWith('falsk.md'))).toEqual([]);
    }
  });
});
