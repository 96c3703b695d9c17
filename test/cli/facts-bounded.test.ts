import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

describe('stromlint facts', () => {
  it('keeps to the limits a lint keeps to, and says which one a file breaks', () => {
    const row = `|${Array(10_000).fill(' a ').join('|')}|\n`;
    const dir = tempTree({ 'bred.md': row + row.replace(/ a /g, '---') + row.repeat(20) });
    const run = cli(['facts', 'bred.md'], { cwd: dir, timeoutMs: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('limits.maxTableCells');
  });
});
