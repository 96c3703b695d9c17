import { describe, expect, it } from 'vitest';
import { pairLabels, tableCellLabels } from '../../src/document/label-pairs.js';
import { htmlAdapter } from '../../src/formats/html.js';
import { markdownAdapter } from '../../src/formats/markdown.js';
import type { ParsedDocument } from '../../src/document/types.js';
import { readFacts } from '../../src/document/read-facts.js';

function parse(source: string, file = 'side.html'): ParsedDocument {
  const adapter = file.endsWith('.md') ? markdownAdapter : htmlAdapter;
  const result = adapter.parse(file, source, {});
  if (result.kind !== 'document') throw new Error(`expected a document, got ${result.kind}`);
  return result.document;
}

/** The pairs of a page as [label text, value text]. */
function pairsOf(source: string, file?: string): Array<[string, string]> {
  const doc = parse(source, file);
  return [...pairLabels(doc.blocks, doc.containers).labelOf].map(([value, label]) => [doc.blocks[label]!.text, doc.blocks[value]!.text]);
}

/** Facts of the paired page as [block text, fact text, kind, data]. */
function factsOf(source: string, kind: string) {
  const doc = parse(source);
  return readFacts(doc.blocks, pairLabels(doc.blocks, doc.containers))
    .filter((f) => f.kind === kind)
    .map(({ kind: _k, block, start, end, ...data }) => [doc.blocks[block]!.text, doc.blocks[block]!.text.slice(start, end), data]);
}

describe('label and value pairs', () => {
  it('pairs dt with dd, a box holding just the two, and a label over a line that starts with its figure', () => {
    expect(pairsOf('<dl><dt>Påslag</dt><dd>3,10 øre/kWh</dd><dt>Bindingstid</dt><dd>Ingen</dd></dl>')).toEqual([
      ['Påslag', '3,10 øre/kWh'],
      ['Bindingstid', 'Ingen'],
    ]);
    expect(pairsOf('<div class="rad"><div class="label">Fast månadsbeløp</div><div class="value">42 kr/mnd</div></div>')).toEqual([['Fast månadsbeløp', '42 kr/mnd']]);
    expect(pairsOf('<div class="kort"><h3>Straum Vest</h3><p>Markup</p><p>2.65 øre/kWh</p><p>Order today</p></div>')).toEqual([['Markup', '2.65 øre/kWh']]);
  });

  it('pairs a big figure with the lower-case caption under it, and reads them on as one text', () => {
    expect(pairsOf('<div class="kort"><h2>Vindel Spot</h2><p><strong>3,90</strong> øre/kWh</p><p>påslag på månedens spotpris</p></div>')).toEqual([['3,90 øre/kWh', 'påslag på månedens spotpris']]);
    expect(factsOf('<div><p>3,90 øre/kWh</p><p>påslag på månedens spotpris</p></div>', 'price-element')[0]).toEqual([
      'påslag på månedens spotpris',
      'påslag',
      { element: 'markup', quantity: { value: 3.9, unit: 'ore', per: 'kWh' } },
    ]);
    // A caption is lower case: a new line that starts a sentence is not one.
    expect(pairsOf('<div><p>39 kr/mnd</p><p>Bestill i dag</p></div>')).toEqual([]);
  });

  it('reads a one-word figure over its caption as one phrase, "Ingen" over "bindingstid" (nb, nn, en)', () => {
    expect(factsOf('<div class="boks"><p class="stor">Ingen</p><p>bindingstid</p></div>', 'binding')).toEqual([['bindingstid', 'bindingstid', { none: true }]]);
    expect(factsOf('<div class="boks"><p class="stor">Inga</p><p>bindingstid</p></div>', 'binding')).toEqual([['bindingstid', 'bindingstid', { none: true }]]);
    expect(factsOf('<div class="box"><p class="big">No</p><p>binding period</p></div>', 'binding')).toEqual([['binding period', 'binding period', { none: true }]]);
  });

  it('pairs a figure with its caption when each sits in a box of its own inside one box', () => {
    const tiles = '<div class="priser"><div><div class="pris">4,90 <small>øre/kWh</small><sup>*</sup></div><div class="label">påslag på spotprisen</div></div><div><div class="pris">0 <small>mnd</small></div><div class="label">bindingstid</div></div></div>';
    expect(pairsOf(tiles)).toEqual([
      ['4,90 øre/kWh*', 'påslag på spotprisen'],
      ['0 mnd', 'bindingstid'],
    ]);
    // Boxes that hold more than the two are not one figure and its caption.
    expect(pairsOf('<div><div class="pris">4,90 øre/kWh</div><div><p>påslag på spotprisen</p><p>Les mer</p></div></div>').map(([label]) => label)).not.toContain('4,90 øre/kWh');
  });

  it('pairs a bare number with the unit under it rather than with the line above it', () => {
    const card = '<div class="kort"><h2>Elvdal Spot</h2><p class="type">Spotpris, månedssnitt</p><p class="stor">4,19</p><p>øre/kWh i påslag</p></div>';
    expect(pairsOf(card)).toEqual([['4,19', 'øre/kWh i påslag']]);
    expect(factsOf(card, 'price-element').find(([, text]) => String(text).includes('påslag'))?.[2]).toEqual({ element: 'markup', quantity: { value: 4.19, unit: 'ore', per: 'kWh' } });
    // A figure with its unit still answers the label above it.
    expect(pairsOf('<div class="kort"><p>Påslag</p><p>4,19 øre/kWh</p><p>Bestill i dag</p></div>')).toEqual([['Påslag', '4,19 øre/kWh']]);
  });

  it('reads a tile of three, a label over a figure over its caption, as one text (nb, en)', () => {
    const tile = '<div class="tile"><div class="label">Påslag</div><div class="big">2,79 øre</div><div>per kWh</div></div>';
    expect(pairsOf(tile)).toEqual([
      ['Påslag', '2,79 øre'],
      ['2,79 øre', 'per kWh'],
    ]);
    expect(factsOf(tile, 'price-element')).toEqual([['per kWh', 'per kWh', { element: 'markup', quantity: { value: 2.79, unit: 'ore', per: 'kWh' } }]]);
    const en = '<div class="tile"><div class="label">Monthly fee</div><div class="big">NOK 52</div><div>per month</div></div>';
    expect(factsOf(en, 'price-element')).toEqual([['per month', 'per month', { element: 'monthly-fee', quantity: { value: 52, unit: 'kr', per: 'month' } }]]);
    // A box that holds more than the three is no tile.
    expect(pairsOf('<div><div>Påslag</div><div>2,79 øre</div><div>per kWh</div><div>Les mer</div></div>')).toEqual([]);
  });

  it('pairs a two-cell table row, but not a row of a comparison table', () => {
    expect(pairsOf('<table><tr><th>Binding period</th><td>None</td></tr></table>')).toEqual([['Binding period', 'None']]);
    expect(pairsOf('<table><tr><td>Påslag</td><td>1,9 øre/kWh</td><td>0,9 øre/kWh</td></tr></table>')).toEqual([]);
  });

  it('does not pair sentences, headings or a label with a value that starts with words', () => {
    expect(pairsOf('<div><p>Spotpris</p><h2>Vindsval Spot</h2></div>')).toEqual([]);
    expect(pairsOf('<div><p>Ring oss i dag.</p><p>22 33 44 55</p><p>Fastpris</p><p>Les mer om avtalen</p></div>')).toEqual([]);
  });

  it('reads a pair as one text: the value sizes the element its label names (nb, nn, en)', () => {
    expect(factsOf('<dl><dt>Påslag</dt><dd>3,10 øre/kWh</dd></dl>', 'price-element')).toEqual([
      ['3,10 øre/kWh', '3,10 øre/kWh', { element: 'markup', quantity: { value: 3.1, unit: 'ore', per: 'kWh' } }],
    ]);
    expect(factsOf('<div><div>Fast månadsbeløp</div><div>42 kr/mnd</div></div>', 'price-element')).toEqual([
      ['42 kr/mnd', '42 kr/mnd', { element: 'monthly-fee', quantity: { value: 42, unit: 'kr', per: 'month' } }],
    ]);
    expect(factsOf('<table><tr><th>Monthly fee</th><td>NOK 39</td></tr></table>', 'price-element')).toEqual([
      ['NOK 39', 'NOK 39', { element: 'monthly-fee', quantity: { value: 39, unit: 'kr', per: 'month' } }],
    ]);
  });

  it('reads a one-word answer as the answer to its label', () => {
    expect(factsOf('<dl><dt>Bindingstid</dt><dd>Ingen</dd></dl>', 'binding')).toEqual([['Ingen', 'Ingen', { none: true }]]);
    expect(factsOf('<dl><dt>Kampanje</dt><dd>Nei</dd></dl>', 'campaign')).toEqual([['Kampanje', 'Kampanje', { marker: 'campaign', negated: true }]]);
    expect(factsOf('<dl><dt>Offer</dt><dd>None</dd></dl>', 'campaign')).toEqual([['Offer', 'Offer', { marker: 'campaign', negated: true }]]);
  });

  it('pairs Markdown lines and two-column Markdown table rows under the same rules', () => {
    expect(pairsOf('## Straum Nord\n\nPåslag:\n\n2,9 øre/kWh\n', 'side.md')).toEqual([['Påslag:', '2,9 øre/kWh']]);
    expect(pairsOf('| What you pay | Price |\n|---|---|\n| Markup | 2.85 øre/kWh |\n| Binding period | None |\n', 'side.md')).toEqual([
      ['Markup', '2.85 øre/kWh'],
      ['Binding period', 'None'],
    ]);
    expect(pairsOf('| | Spot | Fast |\n|---|---|---|\n| Påslag | 1,9 øre/kWh | – |\n', 'side.md')).toEqual([]);
  });

  it('labels each cell of a wider table by its row header where rows are terms, by its column header where rows are products', () => {
    const labelsOf = (source: string) => {
      const doc = parse(source, 'side.md');
      return [...tableCellLabels(doc.blocks)].map(([value, label]) => [doc.blocks[label]!.text, doc.blocks[value]!.text]);
    };
    const termRows = '| | Brekke Spot | Brekke Fast |\n|---|---|---|\n| Påslag | 2,9 øre/kWh | – |\n| Bindingstid | | 12 mnd |\n';
    expect(labelsOf(termRows)).toEqual([
      ['Påslag', '2,9 øre/kWh'],
      ['Påslag', '–'],
      ['Bindingstid', '12 mnd'],
    ]);
    const productRows = '| Avtale | Påslag | Binding |\n|---|---|---|\n| Brekke Spot | 2,9 øre/kWh | Ingen |\n| Brekke Fast | – | 12 mnd |\n';
    expect(labelsOf(productRows)).toEqual([
      ['Påslag', '2,9 øre/kWh'],
      ['Binding', 'Ingen'],
      ['Påslag', '–'],
      ['Binding', '12 mnd'],
    ]);
    // A two-column table is label | value, read by pairLabels.
    expect(labelsOf('| Vilkår | Verdi |\n|---|---|\n| Påslag | 2,9 øre/kWh |\n')).toEqual([]);
  });

  it('labels the cells of product rows by their column header when the header names terms, though the rows are led by <th>', () => {
    const doc = parse(`<table><thead><tr><th>Plan</th><th>Markup</th><th>Binding period</th></tr></thead><tbody>
<tr><th scope="row">Havsund Spot</th><td>2.65 øre/kWh</td><td>None</td></tr>
<tr><th scope="row">Havsund Fixed</th><td>74.90 øre/kWh</td><td>24 months</td></tr></tbody></table>`);
    const labels = [...tableCellLabels(doc.blocks)].map(([value, label]) => [doc.blocks[label]!.text, doc.blocks[value]!.text]);
    expect(labels).toEqual([
      ['Markup', '2.65 øre/kWh'],
      ['Binding period', 'None'],
      ['Markup', '74.90 øre/kWh'],
      ['Binding period', '24 months'],
    ]);
  });
});
