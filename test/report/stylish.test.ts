import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/types.js';
import { stylish } from '../../src/report/stylish.js';
import { CWD, context, finding, results } from './fixtures.js';

describe('stylish reporter', () => {
  it('groups by file, aligns columns, and underlines the words on a tab-indented and a long line', () => {
    expect(stylish(results(), context())).toBe(
      [
        '',
        'vinter/nordlys-spot.md',
        '  6:5    error    Kampanjen «0 øre i påslag» for Nordlys Spot sier ikke når den slutter. Legg til f.eks. «t.o.m. 31.12.2026».  campaign-end',
        '                  product: Nordlys Spot',
        '                  6 |     Få 0 øre i påslag   de første 3 månedene!',
        '                    |        ^^^^^^^^^^^^^^',
        '  7:171  warning  Kampanjeprisen har ingen sluttdato.                                               campaign-end',
        '                  product: Nordlys Spot',
        '                  7 | … time for time. Kampanjepris gjelder nye kunder. Påslag 4,9 øre/kWh deretter. Påslag 4,9 øre/kWh…',
        '                    |                  ^^^^^^^^^^^^',
        '  4:3    info     Siden sier ikke noe om bindingstid.                                               duration',
        '                  product: Nordlys Spot',
        '                  4 | # Nordlys Spot',
        '                    |   ^^^^^^^^^^^^',
        '',
        'fastpris 2026/vestavind-fastpris.html',
        '  12:7  error  Rabatt: 100 %, 0,0 øre/kWh i 3 mnd – men kva skjer etterpå?  after-terms',
        '               Skriv til dømes «deretter 4,9 øre/kWh».',
        '               product: Vestavind Fastpris 1 år',
        '',
        'produkter/ødegård-kraft.json',
        '  9:3  fatal  Filen kunne ikke leses som json: Unexpected token } in JSON at position 212  parse-error',
        '',
        '✖ 5 problems (3 errors, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('keeps every code frame line within 120 columns', () => {
    for (const line of stylish(results(), context()).split('\n')) {
      if (line.includes(' | ')) expect(line.length).toBeLessThanOrEqual(120);
    }
  });

  it('writes the chrome in Norwegian for locale nb', () => {
    const out = stylish(results(), context({ locale: 'nb' })).split('\n');
    expect(out[2]).toBe('  6:5    feil      Kampanjen «0 øre i påslag» for Nordlys Spot sier ikke når den slutter. Legg til f.eks. «t.o.m. 31.12.2026».  campaign-end');
    expect(out[3]).toBe('                   produkt: Nordlys Spot');
    expect(out[6]).toBe('  7:171  advarsel  Kampanjeprisen har ingen sluttdato.                                               campaign-end');
    expect(out).toContain('  9:3  kritisk  Filen kunne ikke leses som json: Unexpected token } in JSON at position 212  parse-error');
    expect(out.at(-2)).toBe('✖ 5 problemer (3 feil, 1 advarsel, 1 info)');
  });

  it('leaves the info count out of the summary when there is none', () => {
    const run = results().slice(1, 2);
    run.push({
      filePath: `${CWD}/b.md`,
      products: [],
      findings: [finding({ ruleId: 'duration', severity: 'warn', line: 1, column: 1 }), finding({ ruleId: 'duration', severity: 'warn', line: 2, column: 1 })],
    });
    expect(stylish(run, context()).split('\n').at(-2)).toBe('✖ 3 problems (1 error, 2 warnings)');
    expect(
      stylish(run, context({ locale: 'nb' }))
        .split('\n')
        .at(-2),
    ).toBe('✖ 3 problemer (1 feil, 2 advarsler)');
  });

  it('mentions findings hidden by the baseline', () => {
    expect(
      stylish(results().slice(1, 2), context({ stats: { baselineHidden: 4 } }))
        .split('\n')
        .slice(-3),
    ).toEqual(['✖ 1 problem (1 error, 0 warnings)', '4 more findings are hidden by the baseline', '']);
  });

  it('prints nothing when there are no findings at all', () => {
    expect(stylish(results().slice(3), context())).toBe('');
    expect(stylish([], context({ color: true }))).toBe('');
  });

  it('colours when asked, and only then', () => {
    const coloured = stylish(results(), context({ color: true }));
    expect(stripVTControlCharacters(coloured)).not.toBe(coloured);
    expect(coloured).toContain('\u001b[4mvinter/nordlys-spot.md\u001b[24m');
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[41m\u001b[37m\u001b[1mfatal\u001b[22m\u001b[39m\u001b[49m');
    expect(stripVTControlCharacters(coloured)).toBe(stylish(results(), context()));
    const plain = stylish(results(), context());
    expect(stripVTControlCharacters(plain)).toBe(plain);
  });

  it('underlines a span over several lines, showing the first and last of a long one', () => {
    const source = 'Linje én\r\nlinje to\r\nlinje tre\r\nlinje fire\r\nslutt';
    const result: FileResult = {
      filePath: `${CWD}/crlf.md`,
      source,
      products: [],
      findings: [
        finding({ ruleId: 'after-terms', line: 1, column: 7, endLine: 5, endColumn: 3 }),
        finding({ ruleId: 'after-terms', line: 2, column: 7, endLine: 3, endColumn: 6 }),
      ],
    };
    expect(stylish([result], context()).split('\n').slice(2, -3)).toEqual([
      '  1:7  error  Finding  after-terms',
      '              1 | Linje én',
      '                |       ^^',
      '              ⋮ |',
      '              5 | slutt',
      '                | ^^',
      '  2:7  error  Finding  after-terms',
      '              2 | linje to',
      '                |       ^^',
      '              3 | linje tre',
      '                | ^^^^^',
    ]);
  });

  it('measures wide characters and shows control characters harmlessly', () => {
    const source = '⚡ 强 Strøm \u001b[31m 0 kr\u0007';
    const result: FileResult = {
      filePath: `${CWD}/bred.md`,
      source,
      products: [],
      findings: [finding({ ruleId: 'campaign-end', line: 1, column: 17, endLine: 1, endColumn: 21, message: 'Rød\u001b[2J tekst', product: 'Spot\u202e' })],
    };
    expect(stylish([result], context()).split('\n').slice(2, 6)).toEqual([
      '  1:17  error  Rød␛[2J tekst  campaign-end',
      '               product: Spot\uFFFD',
      '               1 | ⚡ 强 Strøm ␛[31m 0 kr␇',
      // ⚡ and 强 take two columns each; the escape shows as one.
      `                 | ${' '.repeat(18)}^^^^`,
    ]);
  });

  it('frames a finding on a 1 MB line within 120 columns', () => {
    const source = `${'kampanje 0 kr '.repeat(75_000)}slutt`;
    const column = 14 * 50_000 + 1;
    const result: FileResult = {
      filePath: `${CWD}/lang.md`,
      source,
      products: [],
      findings: Array.from({ length: 200 }, () => finding({ ruleId: 'campaign-end', line: 1, column, endLine: 1, endColumn: column + 8 })),
    };
    const out = stylish([result], context()).split('\n');
    // 16 columns of lead-in before the underline, 95 columns of text between the ellipses.
    expect(out[3]).toBe(`${' '.repeat(19)}1 | …${'kampanje 0 kr '.repeat(8).slice(12, 12 + 95)}…`);
    expect(out[4]).toBe(`${' '.repeat(19)}  | ${' '.repeat(17)}^^^^^^^^`);
    expect(out[3]!.length).toBeLessThanOrEqual(120);
  });

  it('copes with a file holding very many findings', () => {
    const findings = Array.from({ length: 150_000 }, (_, i) => finding({ ruleId: 'campaign-end', severity: i % 2 ? 'warn' : 'error', line: i + 1, column: 1 }));
    const out = stylish([{ filePath: `${CWD}/mange.md`, products: [], findings }], context());
    expect(out.split('\n').at(-2)).toBe('✖ 150000 problems (75000 errors, 75000 warnings)');
    expect(out.split('\n')[2]).toBe('       1:1  error    Finding  campaign-end');
  });
});
