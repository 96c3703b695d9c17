import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/types.js';
import type { Severity } from '../../src/rule-kit/types.js';
import { github, githubAnnotations } from '../../src/report/github.js';
import { CWD, context, finding, results } from './fixtures.js';

describe('github reporter', () => {
  it('prints one workflow command per finding, escaped per GitHub rules', () => {
    expect(github(results(), context()).split('\n')).toEqual([
      '::error file=vinter/nordlys-spot.md,line=6,col=5,endLine=6,endColumn=19,title=campaign-end (Nordlys Spot)::Kampanjen «0 øre i påslag» for Nordlys Spot sier ikke når den slutter. Legg til f.eks. «t.o.m. 31.12.2026».',
      '::warning file=vinter/nordlys-spot.md,line=7,col=171,endLine=7,endColumn=183,title=campaign-end (Nordlys Spot)::Kampanjeprisen har ingen sluttdato.',
      '::notice file=vinter/nordlys-spot.md,line=4,col=3,endLine=4,endColumn=15,title=duration (Nordlys Spot)::Siden sier ikke noe om bindingstid.',
      '::error file=fastpris 2026/vestavind-fastpris.html,line=12,col=7,endLine=13,endColumn=4,title=after-terms (Vestavind Fastpris 1 år)::Rabatt: 100 %25, 0,0 øre/kWh i 3 mnd – men kva skjer etterpå?%0ASkriv til dømes «deretter 4,9 øre/kWh».',
      '::error file=produkter/ødegård-kraft.json,line=9,col=3,endLine=9,endColumn=4,title=parse-error::Filen kunne ikke leses som json: Unexpected token } in JSON at position 212',
      '',
    ]);
  });

  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    const result: FileResult = {
      filePath: `${CWD}/tilbud/50%, nå: kampanje.md`,
      products: [],
      findings: [finding({ ruleId: 'campaign-end', line: 1, column: 1, message: '50 %\r\nrabatt: nå, i dag', product: 'Spot: 0,0 %' })],
    };
    expect(github([result], context())).toBe(
      '::error file=tilbud/50%25%2C nå%3A kampanje.md,line=1,col=1,endLine=1,endColumn=2,title=campaign-end (Spot%3A 0%2C0 %25)::50 %25%0D%0Arabatt: nå, i dag\n',
    );
  });

  it('prints nothing for a clean run', () => {
    expect(github(results().slice(3), context())).toBe('');
  });
});

describe('githubAnnotations', () => {
  const many = (severity: Severity, count: number) =>
    Array.from({ length: count }, (_, i) => finding({ ruleId: `r-${severity}`, severity, line: i + 1, column: 1, message: `${severity} ${i + 1}` }));
  const run = (): FileResult[] => [
    { filePath: `${CWD}/a.md`, products: [], findings: [...many('info', 11), ...many('warn', 3)] },
    { filePath: `${CWD}/b.md`, products: [], findings: many('error', 12) },
  ];

  it('puts errors first and keeps at most `limit` of each kind, saying how many were left out', () => {
    const out = githubAnnotations(run(), context(), { limit: 10 }).split('\n');
    expect(out.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(out.filter((l) => l.startsWith('::warning ')).length).toBe(3);
    expect(out.filter((l) => l.startsWith('::notice ')).length).toBe(10);
    expect(out[0]).toBe('::error file=b.md,line=1,col=1,endLine=1,endColumn=2,title=r-error::error 1');
    expect(out[9]).toBe('::error file=b.md,line=10,col=1,endLine=10,endColumn=2,title=r-error::error 10');
    expect(out[10]).toBe('::warning file=a.md,line=1,col=1,endLine=1,endColumn=2,title=r-warn::warn 1');
    expect(out[13]).toBe('::notice file=a.md,line=1,col=1,endLine=1,endColumn=2,title=r-info::info 1');
    expect(out.slice(-2)).toEqual([
      'stromlint: 3 more findings are not shown as annotations (GitHub shows 10 errors, 10 warnings and 10 notices per step); see the full report.',
      '',
    ]);
  });

  it('says it in the run locale, and adds nothing when all fit', () => {
    expect(
      githubAnnotations(run(), context({ locale: 'nb' }), { limit: 10 })
        .trimEnd()
        .split('\n')
        .at(-1),
    ).toBe('stromlint: 3 funn til vises ikke som merknader (GitHub viser 10 feil, 10 advarsler og 10 notiser per steg); se hele rapporten.');
    const all = githubAnnotations(run(), context(), { limit: 20 });
    expect(all.trimEnd().split('\n')).toHaveLength(26);
    expect(all).not.toContain('stromlint:');
  });
});
