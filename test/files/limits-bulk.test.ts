import { describe, expect, it } from 'vitest';
import { checkLimits, DEFAULT_LIMITS } from '../../src/files/limits.js';

const brief = (v: ReturnType<typeof checkLimits>) => v && { ruleId: v.ruleId, found: v.found, offset: v.offset, configKey: v.configKey };
const row = (cells: number, text: string) => `|${Array(cells).fill(text).join('|')}|\n`;

describe('limits on the amount of markup', () => {
  it('stop a Markdown table of 10 000 columns (3 MB, a minute and gigabytes in micromark)', () => {
    const wide = row(10_000, ' a ') + row(10_000, '---') + row(10_000, ' 1 ').repeat(100);
    const v = checkLimits(wide, 'markdown', DEFAULT_LIMITS);
    expect(brief(v)).toMatchObject({ ruleId: 'too-many-cells', found: 102 * 10_001, configKey: 'limits.maxTableCells' });
    // At the cell that passes the limit.
    expect(wide.slice(0, v!.offset + 1).split('|').length - 1).toBe(50_001);
  });

  it('stop 6 MB of blank lines at the line limit', () => {
    const blank = `# Tittel\n${'\n'.repeat(6_000_000)}Slutt\n`;
    expect(brief(checkLimits(blank, 'markdown', DEFAULT_LIMITS))).toEqual({ ruleId: 'too-many-lines', found: 6_000_003, offset: 9 + 100_000 - 1, configKey: 'limits.maxLines' });
  });

  it('stop a paragraph of 40 000 lines that each end in an emphasis closer with nothing to close, but count each paragraph on its own', () => {
    const closers = Array.from({ length: 40_000 }, (_, i) => `linje ${i}*`).join('\n');
    const v = checkLimits(closers, 'markdown', DEFAULT_LIMITS);
    expect(brief(v)).toMatchObject({ ruleId: 'too-many-emphasis-markers', found: 40_000, configKey: 'limits.maxEmphasisMarkers' });
    expect(closers.slice(v!.offset - 10, v!.offset + 1)).toBe('linje 2000*');
    const paragraphs = Array.from({ length: 40_000 }, (_, i) => `linje ${i}*`).join('\n\n');
    expect(checkLimits(paragraphs, 'markdown', DEFAULT_LIMITS)).toBeNull();
    // Paired emphasis, and underscores inside words, cost nothing of the kind.
    const paired = Array.from({ length: 20_000 }, (_, i) => `linje ${i}: **${i % 9}** og _kursiv_ i pris_${i}_kode`).join('\n');
    expect(checkLimits(paired, 'markdown', DEFAULT_LIMITS)).toBeNull();
  });

  it('stop a JSON sheet with 900 000 members, one a line', () => {
    const members = Array.from({ length: 900_000 }, (_, i) => `"${i.toString(36)}":0`).join(',\n');
    const sheet = `{"products":[{"id":"p","name":"Spotpris","type":"spot",\n${members}}]}`;
    const v = checkLimits(sheet, 'json', DEFAULT_LIMITS);
    expect(brief(v)).toMatchObject({ ruleId: 'too-many-values', found: 900_005, configKey: 'limits.maxJsonValues' });
    expect(sheet[v!.offset]).toBe(',');
  });

  it('stop front matter whose keys nest 400 levels, written as flow maps or as explicit keys', () => {
    const flow = `---\nd: ${'{'.repeat(400)}${'}'.repeat(400)}\n---\n# Hei\n`;
    expect(brief(checkLimits(flow, 'markdown', DEFAULT_LIMITS))).toEqual({ ruleId: 'too-deep', found: 400, offset: 4 + 3 + 64, configKey: 'limits.maxYamlNesting' });
    const explicit = `---\n${'? '.repeat(400)}a\n---\n# Hei\n`;
    expect(brief(checkLimits(explicit, 'markdown', DEFAULT_LIMITS))).toMatchObject({ ruleId: 'too-deep', found: 400, offset: 4 + 2 * 64 });
    // Unclosed front matter ends at the first blank line; braces after it are Markdown.
    expect(checkLimits(`---\nd: x\n\n${'{'.repeat(400)}\n`, 'markdown', DEFAULT_LIMITS)).toBeNull();
  });

  it('leave campaign material of a normal size alone', () => {
    const table = row(5, ' Påslag ') + row(5, '---') + row(5, ' 4,9 øre/kWh ').repeat(40);
    const page =
      `---\ntittel: Spotpris\nsporsmal: Hva koster det? Lite. Hvorfor? ${'Fordi. '.repeat(70)}\ntags: [strøm, {type: spot}]\n---\n\n# Spotpris *Fjellvind*\n\n${table}\n**Kampanje:** 0 kr i påslag i _3 mnd_.\n`.repeat(
        50,
      );
    expect(checkLimits(page, 'markdown', DEFAULT_LIMITS)).toBeNull();
    const sheet = JSON.stringify(
      { products: Array.from({ length: 500 }, (_, i) => ({ id: `p${i}`, name: `Spot ${i}`, type: 'spot', prices: { markup: { value: 4.9, unit: 'ore/kWh' } } })) },
      null,
      1,
    );
    expect(checkLimits(sheet, 'json', DEFAULT_LIMITS)).toBeNull();
  });
});
