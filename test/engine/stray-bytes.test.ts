import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/index.js';
import { tempTree } from '../helpers/tmp.js';

describe('a UTF-8 file with a stray byte', () => {
  it('is linted as UTF-8, with a warning where the byte was', async () => {
    const dir = tempTree({});
    const page = Buffer.concat([
      Buffer.from('# Spotpris Fjellvind\n\nPåslag 3,9 øre/kWh og fastbeløp 29 kr/mnd ', 'utf8'),
      Buffer.from([0x96]),
      Buffer.from(' ingen bindingstid.\n', 'utf8'),
    ]);
    fs.writeFileSync(path.join(dir, 'side.md'), page);
    const run = await lintFiles(['side.md'], { cwd: dir, locale: 'en' });
    const [result] = run.results;
    expect(result!.findings).toEqual([
      expect.objectContaining({ ruleId: 'encoding', severity: 'warn', line: 3, column: 43, endLine: 3, endColumn: 44, message: expect.stringContaining('1 of its characters') }),
    ]);
    // The copy reads as written: "øre/kWh" and "fastbeløp" were recognised, so no price element is missing.
    expect(result!.products[0]!.terms).toMatchObject({ markup: [{ value: 3.9, unit: 'ore/kWh' }] });
  });
});
