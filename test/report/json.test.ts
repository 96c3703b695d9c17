import { describe, expect, it } from 'vitest';
import { json } from '../../src/report/json.js';
import { CWD, NORDLYS_SOURCE, context, results } from './fixtures.js';

describe('json reporter (ESLint-compatible)', () => {
  const parsed = JSON.parse(json(results(), context()));

  it('is an array with one ESLint LintResult per file, absolute paths and ESLint field types', () => {
    expect(parsed).toHaveLength(4);
    for (const result of parsed) {
      expect(Object.keys(result).sort()).toEqual(
        expect.arrayContaining([
          'errorCount',
          'fatalErrorCount',
          'filePath',
          'fixableErrorCount',
          'fixableWarningCount',
          'messages',
          'suppressedMessages',
          'usedDeprecatedRules',
          'warningCount',
        ]),
      );
      expect(result.filePath.startsWith(`${CWD}/`)).toBe(true);
      expect(result.suppressedMessages).toEqual([]);
      expect(result.usedDeprecatedRules).toEqual([]);
      expect(result.fixableErrorCount).toBe(0);
      expect(result.fixableWarningCount).toBe(0);
    }
    expect(parsed.map((r: { filePath: string }) => r.filePath)).toEqual([
      `${CWD}/vinter/nordlys-spot.md`,
      `${CWD}/fastpris 2026/vestavind-fastpris.html`,
      `${CWD}/produkter/ødegård-kraft.json`,
      `${CWD}/english/welcome-offer.md`,
    ]);
  });

  it('maps error to 2 and warn to 1; info is 1 with stromlintSeverity "info"', () => {
    const [nordlys] = parsed;
    expect(nordlys.messages).toEqual([
      {
        ruleId: 'campaign-end',
        severity: 2,
        message: 'Kampanjen «0 øre i påslag» for Nordlys Spot sier ikke når den slutter. Legg til f.eks. «t.o.m. 31.12.2026».',
        line: 6,
        column: 5,
        messageId: 'missingEnd',
        endLine: 6,
        endColumn: 19,
        product: 'Nordlys Spot',
        docsUrl: 'https://stromlint.dev/rules/campaign-end',
      },
      {
        ruleId: 'campaign-end',
        severity: 1,
        message: 'Kampanjeprisen har ingen sluttdato.',
        line: 7,
        column: 171,
        messageId: 'missingEnd',
        endLine: 7,
        endColumn: 183,
        product: 'Nordlys Spot',
      },
      {
        ruleId: 'duration',
        severity: 1,
        message: 'Siden sier ikke noe om bindingstid.',
        line: 4,
        column: 3,
        messageId: 'missingBinding',
        endLine: 4,
        endColumn: 15,
        stromlintSeverity: 'info',
        product: 'Nordlys Spot',
      },
    ]);
    expect(nordlys.errorCount).toBe(1);
    expect(nordlys.warningCount).toBe(2);
    expect(nordlys.fatalErrorCount).toBe(0);
  });

  it('keeps the source of files with messages, as ESLint does', () => {
    expect(parsed[0].source).toBe(NORDLYS_SOURCE);
    const clean = results()[3]!;
    const [onlyClean] = JSON.parse(json([{ ...clean, source: 'Ingen funn her.' }], context()));
    expect(onlyClean).not.toHaveProperty('source');
  });

  it('marks a file that could not be linted as fatal', () => {
    const fatal = parsed[2];
    expect(fatal.messages[0]).toMatchObject({ ruleId: 'parse-error', severity: 2, fatal: true, line: 9, column: 3 });
    expect(fatal.errorCount).toBe(1);
    expect(fatal.fatalErrorCount).toBe(1);
    expect(parsed[0].messages[0]).not.toHaveProperty('fatal');
  });

  it('keeps messages with line breaks and special characters intact', () => {
    expect(parsed[1].messages[0].message).toBe('Rabatt: 100 %, 0,0 øre/kWh i 3 mnd – men kva skjer etterpå?\nSkriv til dømes «deretter 4,9 øre/kWh».');
  });

  it('gives a clean file empty messages and zero counts', () => {
    expect(parsed[3]).toEqual({
      filePath: `${CWD}/english/welcome-offer.md`,
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
  });

  it('prints an empty array for an empty run', () => {
    expect(json([], context())).toBe('[]');
  });
});
