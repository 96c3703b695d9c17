import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAhead } from '../../src/files/read-ahead.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stromlint-read-ahead-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readAhead', () => {
  it('yields every file in the order given, failures as results, and nothing for no files', async () => {
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const files = [write('a.md', '# Spot Nord\n'), path.join(dir, 'missing.md'), write('b.html', '<p>Påslag 4,9 øre/kWh</p>'), write('c.md', 'x'.repeat(50))];
    const reads = [];
    for await (const read of readAhead(files, () => 40)) reads.push(read);
    expect(reads.map((r) => r.kind)).toEqual(['text', 'error', 'text', 'too-large']);
    expect(reads[0]).toMatchObject({ text: '# Spot Nord\n' });
    expect(reads[2]).toMatchObject({ text: '<p>Påslag 4,9 øre/kWh</p>' });
    const none = [];
    for await (const read of readAhead([], () => 40)) none.push(read);
    expect(none).toEqual([]);
  });
});
