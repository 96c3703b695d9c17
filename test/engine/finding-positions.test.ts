import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/index.js';
import { tempTree } from '../helpers/tmp.js';

/**
 * Findings carry the exact source position of the words that triggered them, whatever stands
 * between the text a rule sees and the bytes of the file: entities, escapes, emphasis, CRLF, a BOM.
 */
async function findingsOf(files: Record<string, string | Buffer>, rule: string) {
  const dir = tempTree(files);
  const run = await lintFiles(['.'], { cwd: dir, locale: 'en', config: { extends: [], rules: { [rule]: 'error' } } });
  return Object.fromEntries(run.results.map((r) => [path.basename(r.filePath), r.findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])]));
}

describe('finding positions through the offset maps', () => {
  it('spans HTML entities (&oslash;, &nbsp;, &#248;) as whole source characters', async () => {
    const html =
      '<h2>Spot Fj&oslash;rd</h2>\n<p>Påslag 2,9 øre/kWh. Fastbeløp 39 kr/mnd. Ingen bindingstid.</p>\n<p style="display:none">Papirfaktura:&nbsp;59&#160;kr per faktura, gebyr for &#248;vrige tjenester.</p>\n';
    const found = await findingsOf({ 'side.html': html }, 'hidden-price');
    // "Papirfaktura: 59 kr per faktura" starts after <p style="display:none"> (column 25) and ends after "faktura".
    expect(found['side.html']).toEqual([['hidden-price', 3, 25, 3, 66]]);
  });

  it('points at words after Markdown emphasis and escapes', async () => {
    const md = '## Spot Høst\n\n**Nytt!** \\*Kampanjepris\\*: 0 øre i påslag for _nye_ kunder.\n';
    expect((await findingsOf({ 'side.md': md }, 'campaign-end'))['side.md']).toEqual([['campaign-end', 3, 13, 3, 25]]);
  });

  it('points inside a JSON string through a \\u00f8 escape', async () => {
    const sheet = '{"products": [{"id": "a", "name": "Spot Fj\\u00f8rd", "type": "spot", "campaign": {"label": "Kampanje for nye kunder"}}]}\n';
    // The finding points at the word «Kampanje» inside the label.
    expect((await findingsOf({ 'ark.json': sheet }, 'campaign-end'))['ark.json']).toEqual([['campaign-end', 1, 93, 1, 101]]);
    const noBinding = await findingsOf(
      {
        'ark.json': sheet.replace(
          ', "campaign": {"label": "Kampanje for nye kunder"}',
          ', "prices": {"markup": {"value": 2, "unit": "ore/kWh"}, "monthlyFee": {"value": 39, "unit": "kr/mnd"}}',
        ),
      },
      'duration',
    );
    // Anchored at the name: "Spot Fj\u00f8rd" is 15 source characters for 12 of text.
    expect(noBinding['ark.json']).toEqual([['duration', 1, 36, 1, 51]]);
  });

  it('counts lines right in a CRLF file with a BOM, and columns without the BOM', async () => {
    const md = '\uFEFF## Spot Vinter\r\n\r\nKampanjepris: 0 øre i påslag!\r\n';
    expect((await findingsOf({ 'side.md': Buffer.from(md, 'utf8') }, 'campaign-end'))['side.md']).toEqual([['campaign-end', 3, 1, 3, 13]]);
    const html = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<h2>Spot Start</h2>\r\n<p>Introtilbud: uten påslag.</p>\r\n', 'utf16le')]);
    expect((await findingsOf({ 'side.html': html }, 'campaign-end'))['side.html']).toEqual([['campaign-end', 2, 4, 2, 15]]);
  });
});
