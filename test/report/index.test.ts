import { describe, expect, it } from 'vitest';
import { FORMATS, loadReporter, parseFormatSpec } from '../../src/report/index.js';
import { context, results } from './fixtures.js';

describe('FORMATS and loadReporter', () => {
  it('lists every format', () => {
    expect(FORMATS).toEqual(['stylish', 'compact', 'json', 'sarif', 'github', 'junit', 'gitlab']);
  });

  it('loads each reporter as a function that formats results', async () => {
    for (const name of FORMATS) {
      const reporter = await loadReporter(name);
      expect(typeof reporter(results(), context())).toBe('string');
    }
    expect((await loadReporter('compact'))(results().slice(0, 1), context()).split('\n')[0]).toBe(
      'vinter/nordlys-spot.md:6:5: error Kampanjen «0 øre i påslag» for Nordlys Spot sier ikke når den slutter. Legg til f.eks. «t.o.m. 31.12.2026». [campaign-end]',
    );
  });

  it('rejects an unknown name with the list of formats, including names inherited from Object', async () => {
    const message = 'unknown output format "checkstyle"; choose one of: stylish, compact, json, sarif, github, junit, gitlab';
    await expect(loadReporter('checkstyle')).rejects.toThrow(message);
    await expect(loadReporter('toString')).rejects.toThrow('unknown output format "toString"');
    await expect(loadReporter('__proto__')).rejects.toThrow('unknown output format "__proto__"');
  });
});

describe('parseFormatSpec', () => {
  it('reads a bare name', () => {
    expect(parseFormatSpec('sarif')).toEqual({ format: 'sarif' });
  });

  it('splits name:path at the first colon only', () => {
    expect(parseFormatSpec('junit:rapporter/stromlint.xml')).toEqual({ format: 'junit', outputFile: 'rapporter/stromlint.xml' });
    expect(parseFormatSpec('sarif:C:\\rapporter\\stromlint.sarif')).toEqual({ format: 'sarif', outputFile: 'C:\\rapporter\\stromlint.sarif' });
    expect(parseFormatSpec('json:kl. 12:00.json')).toEqual({ format: 'json', outputFile: 'kl. 12:00.json' });
  });

  it('rejects an unknown format and a missing path', () => {
    expect(() => parseFormatSpec('html:rapport.html')).toThrow('unknown output format "html"; choose one of: stylish, compact, json, sarif, github, junit, gitlab');
    expect(() => parseFormatSpec('C:\\rapport.sarif')).toThrow('unknown output format "C"');
    expect(() => parseFormatSpec('gitlab:')).toThrow('-f gitlab: no output file after ":"');
  });
});
