import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/types.js';
import { gitlab } from '../../src/report/gitlab.js';
import { context, results } from './fixtures.js';

const issues = (run: FileResult[]) => JSON.parse(gitlab(run, context()));

describe('gitlab reporter (Code Quality)', () => {
  const report = issues(results());

  it('lists one issue per finding with GitLab fields, paths relative to the working folder', () => {
    expect(report.map(({ fingerprint, ...rest }: { fingerprint: string }) => rest)).toEqual([
      {
        description: 'Kampanjen «0 øre i påslag» for Nordlys Spot sier ikke når den slutter. Legg til f.eks. «t.o.m. 31.12.2026».',
        check_name: 'campaign-end',
        severity: 'major',
        location: { path: 'vinter/nordlys-spot.md', lines: { begin: 6, end: 6 } },
      },
      {
        description: 'Kampanjeprisen har ingen sluttdato.',
        check_name: 'campaign-end',
        severity: 'minor',
        location: { path: 'vinter/nordlys-spot.md', lines: { begin: 7, end: 7 } },
      },
      { description: 'Siden sier ikke noe om bindingstid.', check_name: 'duration', severity: 'info', location: { path: 'vinter/nordlys-spot.md', lines: { begin: 4, end: 4 } } },
      {
        description: 'Rabatt: 100 %, 0,0 øre/kWh i 3 mnd – men kva skjer etterpå?\nSkriv til dømes «deretter 4,9 øre/kWh».',
        check_name: 'after-terms',
        severity: 'major',
        location: { path: 'fastpris 2026/vestavind-fastpris.html', lines: { begin: 12, end: 13 } },
      },
      {
        description: 'Filen kunne ikke leses som json: Unexpected token } in JSON at position 212',
        check_name: 'parse-error',
        severity: 'critical',
        location: { path: 'produkter/ødegård-kraft.json', lines: { begin: 9, end: 9 } },
      },
    ]);
  });

  it('fingerprints are stable sha1 hashes of file, rule, product and message', () => {
    const prints = (run: FileResult[]) => issues(run).map((i: { fingerprint: string }) => i.fingerprint);
    expect(prints(results())).toEqual(report.map((i: { fingerprint: string }) => i.fingerprint));
    for (const p of prints(results())) expect(p).toMatch(/^[0-9a-f]{40}$/);
    expect(new Set(prints(results())).size).toBe(5);

    // Moving the copy keeps the identity; changing the product or the message does not.
    const changed = results();
    const first = changed[0]!.findings[0]!;
    changed[0]!.findings = [
      { ...first, line: 60, endLine: 60, column: 1 },
      { ...first, product: 'Nordlys Spot Pluss' },
      { ...first, message: `${first.message}!` },
    ];
    const [moved, otherProduct, otherMessage] = prints(changed);
    expect(moved).toBe(report[0].fingerprint);
    expect(otherProduct).not.toBe(report[0].fingerprint);
    expect(otherMessage).not.toBe(report[0].fingerprint);
  });

  it('tells identical findings in one file apart by their order', () => {
    const run = results().slice(0, 1);
    run[0]!.findings = [run[0]!.findings[0]!, { ...run[0]!.findings[0]!, line: 20, endLine: 20 }];
    const [a, b] = issues(run).map((i: { fingerprint: string }) => i.fingerprint);
    expect(a).toBe(report[0].fingerprint);
    expect(b).not.toBe(a);
  });

  it('prints an empty array for a clean run', () => {
    expect(gitlab(results().slice(3), context())).toBe('[]\n');
  });
});
