import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/types.js';
import { locateRange } from '../../src/document/positions.js';
import { markdownAdapter } from '../../src/formats/markdown.js';
import type { ParsedDocument } from '../../src/document/types.js';
import { inWords } from '../helpers/visibility-words.js';

function parse(source: string): ParsedDocument {
  const result = markdownAdapter.parse('kampanje.md', source, {});
  if (result.kind !== 'document') throw new Error(`expected a document, got ${result.kind}`);
  return result.document;
}

/** The block whose text contains `word` (the first such block). */
function blockWith(doc: ParsedDocument, word: string): Block {
  const block = doc.blocks.find((b) => b.text.includes(word));
  if (!block) throw new Error(`no block contains "${word}": ${JSON.stringify(doc.blocks.map((b) => b.text))}`);
  return block;
}

/** Where `word` in the block text maps to: line/column span and the source it covers. */
function locate(doc: ParsedDocument, word: string): { line: number; column: number; endLine: number; endColumn: number; source: string } {
  const block = blockWith(doc, word);
  const start = block.text.indexOf(word);
  const [offset, endOffset] = block.map.toSourceRange(start, start + word.length);
  const { line, column, endLine, endColumn } = locateRange(doc, offset, endOffset);
  return { line, column, endLine, endColumn, source: doc.source.slice(offset, endOffset) };
}

describe('markdown adapter: text and positions', () => {
  it('drops emphasis markers and keeps the positions of the words after them', () => {
    const doc = parse('# Nordlys Energi\n\nVår **Spotpris** gir _lave_ priser hele året.\n');
    expect(blockWith(doc, 'Vår').text).toBe('Vår Spotpris gir lave priser hele året.');
    expect(locate(doc, 'gir')).toEqual({ line: 3, column: 18, endLine: 3, endColumn: 21, source: 'gir' });
    expect(locate(doc, 'priser')).toEqual({ line: 3, column: 29, endLine: 3, endColumn: 35, source: 'priser' });
    expect(locate(doc, 'Spotpris gir lave')).toMatchObject({ column: 7, endColumn: 27, source: 'Spotpris** gir _lave' });
  });

  it('maps backslash escapes atomically', () => {
    const doc = parse('Pris \\*kun\\* 49 kr\n');
    expect(doc.blocks[0]!.text).toBe('Pris *kun* 49 kr');
    expect(locate(doc, '*kun*')).toMatchObject({ column: 6, endColumn: 13, source: '\\*kun\\*' });
    expect(locate(doc, '49')).toMatchObject({ line: 1, column: 14, endColumn: 16 });
    // A finding that starts inside an escape covers the whole escape.
    const block = doc.blocks[0]!;
    expect(block.map.toSourceRange(5, 6)).toEqual([5, 7]);
  });

  it('decodes named, decimal and &nbsp; references and maps each to its whole reference', () => {
    const doc = parse('Kampanje: 0&nbsp;kr i p&aring;slag f&#248;rste m&aring;ned.\n');
    expect(doc.blocks[0]!.text).toBe('Kampanje: 0\u00a0kr i påslag første måned.');
    expect(locate(doc, 'påslag')).toMatchObject({ column: 23, endColumn: 35, source: 'p&aring;slag' });
    expect(locate(doc, 'første')).toMatchObject({ column: 36, endColumn: 47, source: 'f&#248;rste' });
    expect(locate(doc, '\u00a0')).toMatchObject({ column: 12, endColumn: 18, source: '&nbsp;' });
    expect(locate(doc, 'måned')).toMatchObject({ column: 48, endColumn: 59 });
  });

  it('keeps link text, drops the URL', () => {
    const doc = parse('Se [vilkårene for Spot](https://nordlys.example/vilkar) før du bestiller.\n');
    expect(doc.blocks[0]!.text).toBe('Se vilkårene for Spot før du bestiller.');
    expect(locate(doc, 'før')).toMatchObject({ column: 57, endColumn: 60 });
    expect(locate(doc, 'Spot')).toMatchObject({ column: 19, endColumn: 23 });
  });

  it('keeps inline code verbatim, without its backticks', () => {
    const doc = parse('Bruk koden `SOMMER 24` ved bestilling.\n');
    expect(doc.blocks[0]!.text).toBe('Bruk koden SOMMER 24 ved bestilling.');
    expect(locate(doc, 'SOMMER 24')).toMatchObject({ column: 13, endColumn: 22 });
    expect(locate(doc, 'ved')).toMatchObject({ column: 24, endColumn: 27 });
  });

  it('folds CRLF line breaks and indentation and keeps columns right', () => {
    const doc = parse('# Tilbud\r\n\r\nFørste linje\r\n  andre **linje** med 39 kr/mnd\r\n');
    expect(blockWith(doc, 'Første').text).toBe('Første linje andre linje med 39 kr/mnd');
    expect(locate(doc, '39 kr/mnd')).toEqual({ line: 4, column: 23, endLine: 4, endColumn: 32, source: '39 kr/mnd' });
    expect(locate(doc, 'linje andre')).toMatchObject({ line: 3, column: 8, endLine: 4, endColumn: 8, source: 'linje\r\n  andre' });
  });

  it('skips blockquote markers on continuation lines, lazy lines and nested quotes', () => {
    const doc = parse('> Fastpris i\n> tolv måneder, deretter 4,9 øre/kWh\nlat linje\n\n> > Dypt\n> > sitat\n');
    expect(blockWith(doc, 'Fastpris').text).toBe('Fastpris i tolv måneder, deretter 4,9 øre/kWh lat linje');
    expect(locate(doc, 'tolv')).toMatchObject({ line: 2, column: 3, endColumn: 7 });
    expect(locate(doc, 'lat')).toMatchObject({ line: 3, column: 1 });
    expect(locate(doc, 'i tolv')).toMatchObject({ line: 1, column: 12, endLine: 2, endColumn: 7, source: 'i\n> tolv' });
    expect(locate(doc, 'sitat')).toMatchObject({ line: 6, column: 5, endColumn: 10 });
  });

  it('maps list item continuation lines and nested items', () => {
    const doc = parse('- Spot Nord\n  med 0 kr i påslag\n\n1. Fastpris\n   - Binding 12 mnd,\n     bruddgebyr 500 kr\n');
    expect(blockWith(doc, 'Spot Nord')).toMatchObject({ kind: 'list-item', text: 'Spot Nord med 0 kr i påslag' });
    expect(locate(doc, 'påslag')).toMatchObject({ line: 2, column: 14, endColumn: 20 });
    expect(blockWith(doc, 'Binding').text).toBe('Binding 12 mnd, bruddgebyr 500 kr');
    expect(locate(doc, 'bruddgebyr')).toMatchObject({ line: 6, column: 6 });
  });

  it('makes a block per table cell, with references and escaped pipes mapped', () => {
    const doc = parse('| Produkt | Pris \\| mnd |\n|---|---|\n| Spot | 4,9 &oslash;re/kWh |\n');
    expect(doc.blocks.map((b) => [b.kind, b.text, b.table])).toEqual([
      ['table-cell', 'Produkt', { table: 0, row: 0, column: 0, header: true }],
      ['table-cell', 'Pris | mnd', { table: 0, row: 0, column: 1, header: true }],
      ['table-cell', 'Spot', { table: 0, row: 1, column: 0, header: false }],
      ['table-cell', '4,9 øre/kWh', { table: 0, row: 1, column: 1, header: false }],
    ]);
    expect(locate(doc, 'øre/kWh')).toEqual({ line: 3, column: 14, endLine: 3, endColumn: 28, source: '&oslash;re/kWh' });
    expect(locate(doc, '| mnd')).toMatchObject({ line: 1, column: 18, endColumn: 24, source: '\\| mnd' });
    expect(doc.containers).toEqual([{ id: 0, parent: -1, tag: 'table', classes: [], firstBlock: 0, endBlock: 4 }]);
  });

  it('reads GFM footnote definitions and references', () => {
    const doc = parse('Pris 59 kr/mnd[^1] for Vestavind Spot.\n\n[^1]: Gjelder nye kunder\n    fra 1. mars 2026.\n');
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'Pris 59 kr/mnd for Vestavind Spot.', footnoteRefs: ['1'] });
    expect(doc.blocks[1]).toMatchObject({ kind: 'footnote', text: 'Gjelder nye kunder fra 1. mars 2026.', footnoteLabel: '1' });
    expect(locate(doc, 'fra 1. mars')).toMatchObject({ line: 4, column: 5, endColumn: 16 });
  });

  it('treats lines opening with a footnote marker as footnotes, and trailing markers as references', () => {
    const doc = parse('Kampanjepris 0 kr/mnd* og 10 øre/kWh¹\n\\* Gjelder nye kunder.\n¹ Deretter 4,9 øre/kWh.\n');
    expect(doc.blocks.map((b) => [b.kind, b.text, b.footnoteLabel, b.footnoteRefs])).toEqual([
      ['paragraph', 'Kampanjepris 0 kr/mnd* og 10 øre/kWh¹', undefined, ['*', '1']],
      ['footnote', '* Gjelder nye kunder.', '*', undefined],
      ['footnote', '¹ Deretter 4,9 øre/kWh.', '1', undefined],
    ]);
    expect(locate(doc, '* Gjelder')).toMatchObject({ line: 2, column: 1, endColumn: 11, source: '\\* Gjelder' });
    expect(locate(doc, 'Deretter')).toMatchObject({ line: 3, column: 3, endColumn: 11 });
  });

  it('folds hard breaks to a space', () => {
    const doc = parse('Fastpris 1 år  \nderetter spotpris\\\nfra Nordlys.\n');
    expect(doc.blocks[0]!.text).toBe('Fastpris 1 år deretter spotpris fra Nordlys.');
    expect(locate(doc, 'deretter')).toMatchObject({ line: 2, column: 1 });
    expect(locate(doc, 'fra')).toMatchObject({ line: 3, column: 1 });
  });

  it('gives image alt text its own attribute-only block', () => {
    const doc = parse('Sommer hos oss! ![Spotpris 0 kr første måned](banner.png) Bestill nå.\n');
    expect(doc.blocks.map((b) => [b.kind, b.text, b.visibility.state])).toEqual([
      ['paragraph', 'Sommer hos oss! Bestill nå.', 'visible'],
      ['attribute', 'Spotpris 0 kr første måned', 'attribute-only'],
    ]);
    expect(locate(doc, '0 kr')).toMatchObject({ line: 1, column: 28, endColumn: 32 });
  });

  it('leaves code blocks, thematic breaks and definitions out', () => {
    const doc = parse('```\npris = 0\n```\n\n    kode\n\n---\n\n[vilkar]: https://nordlys.example\n\nTekst.\n');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Tekst.']);
  });
});

describe('markdown adapter: raw HTML', () => {
  it('reads raw HTML blocks through the HTML reader, hidden div included', () => {
    const doc = parse('# Nordlys Spot\n\n<div style="display:none">\n  <p>Kampanjepris 0 kr første måned</p>\n</div>\n\nSynlig tekst.\n');
    const hidden = blockWith(doc, 'Kampanjepris');
    expect(hidden.text).toBe('Kampanjepris 0 kr første måned');
    expect(hidden.visibility.state).toBe('hidden');
    expect(locate(doc, '0 kr')).toMatchObject({ line: 4, column: 19, endColumn: 23 });
    expect(blockWith(doc, 'Synlig').visibility.state).toBe('visible');
    expect(doc.blocks.map((b) => b.id)).toEqual(doc.blocks.map((_, i) => i));
  });

  it('hides Markdown between raw HTML tags that hide it', () => {
    const doc = parse('<div hidden>\n\nSkjult **pris** 10 kr\n\n</div>\n\nSynlig 20 kr\n\n<details>\n<summary>Vilkår</summary>\n\nBindingstid 12 mnd\n\n</details>\n');
    expect(blockWith(doc, 'Skjult').visibility.state).toBe('hidden');
    expect(blockWith(doc, 'Synlig').visibility.state).toBe('visible');
    expect(blockWith(doc, 'Bindingstid').visibility.state).toBe('collapsed');
  });

  it('splits hidden inline HTML text into its own block', () => {
    const doc = parse('Kun 29 kr/mnd <span style="display:none">+ 49 kr i fakturagebyr</span> for Vestavind Spot.\n');
    expect(doc.blocks.map((b) => [b.kind, b.text, b.visibility.state])).toEqual([
      ['paragraph', 'Kun 29 kr/mnd for Vestavind Spot.', 'visible'],
      ['paragraph', '+ 49 kr i fakturagebyr', 'hidden'],
    ]);
    expect(locate(doc, '49 kr')).toMatchObject({ line: 1, column: 44, endColumn: 49 });
    expect(locate(doc, 'for Vestavind')).toMatchObject({ column: 72, endColumn: 85 });
  });

  it('reads a title attribute on inline raw HTML as tooltip-only copy, placed on its value', () => {
    const doc = parse('- Fast månedsbeløp: **40 kr/mnd**<abbr title="Papirfaktura koster 49&nbsp;kr per faktura.">*</abbr>\n');
    expect(doc.blocks.map((b) => [b.kind, b.text, b.visibility.state])).toEqual([
      ['list-item', 'Fast månedsbeløp: 40 kr/mnd*', 'visible'],
      ['attribute', 'Papirfaktura koster 49\u00a0kr per faktura.', 'attribute-only'],
    ]);
    expect(inWords(blockWith(doc, 'Papirfaktura').visibility, 'nb')).toEqual({ state: 'attribute-only', reason: 'bare i title-attributtet til <abbr>' });
    expect(locate(doc, '49\u00a0kr')).toMatchObject({ line: 1, column: 67, endColumn: 77, source: '49&nbsp;kr' });
    const img = parse("Sommar! <img src='sol.png' alt='Gratis fastbeløp i tre månader'> Bestill.\n");
    expect(blockWith(img, 'Gratis').visibility.state).toBe('attribute-only');
    expect(locate(img, 'Gratis')).toMatchObject({ line: 1, column: 33, endColumn: 39, source: 'Gratis' });
  });

  it('hides screen-reader-only text inside a heading', () => {
    const doc = parse('## Nordlys Fast <span class="sr-only">bindingstid 24 mnd</span>\n');
    expect(doc.blocks.map((b) => [b.kind, b.text, b.level, b.visibility.state])).toEqual([
      ['heading', 'Nordlys Fast', 2, 'visible'],
      ['heading', 'bindingstid 24 mnd', 2, 'hidden'],
    ]);
  });

  it('reads disable directives from block and inline comments', () => {
    const source = '<!-- stromlint-disable campaign-end -- sluttdato står i vilkårene -->\n\nKampanje 0 kr <!-- stromlint-disable-line price-elements -->\n';
    const doc = parse(source);
    expect(doc.directives).toEqual([
      { kind: 'disable', rules: ['campaign-end'], reason: 'sluttdato står i vilkårene', start: 0, end: 69 },
      { kind: 'disable-line', rules: ['price-elements'], start: 85, end: 131 },
    ]);
    expect(source.slice(85, 131)).toBe('<!-- stromlint-disable-line price-elements -->');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Kampanje 0 kr']);
  });
});

describe('markdown adapter: containers', () => {
  it('nests heading sections by level and adds lists inside them', () => {
    const doc = parse(
      '# Strømavtaler\nIntro.\n## Nordlys Spot\nSpotpris.\n### Detaljer\nPåslag 4,9 øre.\n## Vestavind Fast\nFastpris.\n- Binding 12 mnd\n- Bruddgebyr 500 kr\n# Vilkår\nVilkår.\n',
    );
    expect(doc.containers.map((c) => [c.id, c.tag, c.parent, c.firstBlock, c.endBlock])).toEqual([
      [0, 'section', -1, 0, 10],
      [1, 'section', 0, 2, 6],
      [2, 'section', 1, 4, 6],
      [3, 'section', 0, 6, 10],
      [4, 'ul', 3, 8, 10],
      [5, 'section', -1, 10, 12],
    ]);
    expect(doc.blocks.map((b) => b.container)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'list-item', 'list-item', 'heading', 'paragraph']);
    expect(doc.blocks[4]!.level).toBe(3);
  });

  it('gives ordered lists their own container and nested lists a child one', () => {
    const doc = parse('1. Fastpris\n   - 12 mnd\n2. Spot\n');
    expect(doc.containers.map((c) => [c.tag, c.parent, c.firstBlock, c.endBlock])).toEqual([
      ['ol', -1, 0, 3],
      ['ul', 0, 1, 2],
    ]);
  });
});

describe('markdown adapter: front matter', () => {
  const source = [
    '---',
    'title: Sommerkampanje hos Nordlys',
    "description: 'Vestavind''s beste tilbud'",
    'intro: "Spotpris i S\\u00f8r-Norge"',
    'summary: >',
    '  Fastpris i',
    '  tolv måneder',
    'layout: kampanje',
    'pris: 49',
    'fordeler:',
    '  - Ingen bindingstid',
    '  - "Fri \\"strøm\\" i helgene"',
    '---',
    '# Nordlys Sommer',
    '',
  ].join('\n');

  it('reads the data into meta and copy values into front-matter blocks', () => {
    const doc = parse(source);
    expect(doc.meta).toEqual({
      title: 'Sommerkampanje hos Nordlys',
      description: "Vestavind's beste tilbud",
      intro: 'Spotpris i Sør-Norge',
      summary: 'Fastpris i tolv måneder\n',
      layout: 'kampanje',
      pris: 49,
      fordeler: ['Ingen bindingstid', 'Fri "strøm" i helgene'],
    });
    expect(doc.blocks.map((b) => [b.kind, b.text, b.pointer, b.container])).toEqual([
      ['front-matter', 'Sommerkampanje hos Nordlys', '/title', -1],
      ['front-matter', "Vestavind's beste tilbud", '/description', -1],
      ['front-matter', 'Spotpris i Sør-Norge', '/intro', -1],
      ['front-matter', 'Fastpris i tolv måneder', '/summary', -1],
      ['front-matter', 'Ingen bindingstid', '/fordeler/0', -1],
      ['front-matter', 'Fri "strøm" i helgene', '/fordeler/1', -1],
      ['heading', 'Nordlys Sommer', undefined, 0],
    ]);
    expect(doc.notices).toEqual([]);
  });

  it('maps plain, single-quoted, double-quoted and folded values', () => {
    const doc = parse(source);
    expect(locate(doc, 'hos Nordlys')).toEqual({ line: 2, column: 23, endLine: 2, endColumn: 34, source: 'hos Nordlys' });
    expect(locate(doc, "Vestavind's beste")).toMatchObject({ line: 3, column: 15, endColumn: 33, source: "Vestavind''s beste" });
    expect(locate(doc, 'beste')).toMatchObject({ line: 3, column: 28, endColumn: 33 });
    expect(locate(doc, 'Sør')).toMatchObject({ line: 4, column: 20, endColumn: 28, source: 'S\\u00f8r' });
    expect(locate(doc, 'Norge')).toMatchObject({ line: 4, column: 29, endColumn: 34 });
    expect(locate(doc, 'tolv')).toMatchObject({ line: 7, column: 3, endColumn: 7 });
    expect(locate(doc, 'i tolv')).toMatchObject({ line: 6, column: 12, endLine: 7, endColumn: 7 });
    expect(locate(doc, '"strøm"')).toMatchObject({ line: 12, column: 10, endColumn: 19, source: '\\"strøm\\"' });
  });

  it('reports a YAML error where it is and still reads the Markdown', () => {
    const doc = parse('---\ntitle: Nordlys\npris: 49 kr: mnd\n---\n# Nordlys Spot\n\nSpotpris uten påslag.\n');
    expect(doc.notices).toHaveLength(1);
    const notice = doc.notices[0]!;
    expect(notice).toMatchObject({ ruleId: 'parse-error', messageId: 'frontMatter', severity: 'error' });
    expect(locateRange(doc, notice.start, notice.end)).toMatchObject({ line: 3, column: 7, endLine: 3, endColumn: 8 });
    expect(notice.message.en).toBe('The front matter (YAML) could not be parsed: Nested mappings are not allowed in compact mappings. The rest of the file was checked.');
    expect(doc.blocks.filter((b) => b.kind !== 'front-matter').map((b) => b.text)).toEqual(['Nordlys Spot', 'Spotpris uten påslag.']);
  });

  it('cuts unclosed front matter at its first blank line and reads the rest as Markdown', () => {
    const doc = parse('---\ntitle: Nordlys Spot\npris: 0 kr i påslag\n\n# Nordlys Spot\n\nSpotpris **uten** påslag.\n');
    expect(doc.notices.map((n) => [n.messageId, n.start, n.end])).toEqual([['frontMatterUnclosed', 0, 3]]);
    expect(doc.meta).toEqual({ title: 'Nordlys Spot', pris: '0 kr i påslag' });
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['front-matter', 'Nordlys Spot'],
      ['front-matter', '0 kr i påslag'],
      ['heading', 'Nordlys Spot'],
      ['paragraph', 'Spotpris uten påslag.'],
    ]);
    expect(locate(doc, 'uten påslag')).toMatchObject({ line: 7, column: 12, endColumn: 25 });
  });

  it('does not mistake a thematic break for front matter', () => {
    const doc = parse('Tekst.\n\n---\ntitle: x\n---\n');
    expect(doc.meta).toEqual({});
    expect(doc.notices).toEqual([]);
  });
});
