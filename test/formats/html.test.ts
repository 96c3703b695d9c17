import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/types.js';
import { htmlAdapter } from '../../src/formats/html.js';
import type { ParsedDocument } from '../../src/document/types.js';
import { inWords } from '../helpers/visibility-words.js';

function parse(source: string, html?: { product?: string; name?: string; ignore?: string }): ParsedDocument {
  const result = htmlAdapter.parse('side.html', source, html ? { html } : {});
  if (result.kind !== 'document') throw new Error(`expected a document, got ${result.kind}`);
  return result.document;
}

/** Line/column span in the source of the first `words` in `block`'s text. */
function spanOf(doc: ParsedDocument, block: Block, words: string) {
  const at = block.text.indexOf(words);
  if (at < 0) throw new Error(`"${words}" not in "${block.text}"`);
  const [start, end] = block.map.toSourceRange(at, at + words.length);
  const from = doc.lines.position(start);
  const to = doc.lines.position(end);
  return { source: doc.source.slice(start, end), line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

function texts(doc: ParsedDocument): string[] {
  return doc.blocks.map((b) => b.text);
}

describe('block text and source positions', () => {
  it('maps words inside and after named, decimal and hex entities', () => {
    const doc = parse('<p>Nordlys Energi: p&aring;slag 4,9 &oslash;re/kWh, &#248;vrige gebyr &#xF8;nskes ikke.</p>');
    const [block] = doc.blocks;
    expect(block!.text).toBe('Nordlys Energi: påslag 4,9 øre/kWh, øvrige gebyr ønskes ikke.');
    expect(spanOf(doc, block!, 'påslag')).toEqual({ source: 'p&aring;slag', line: 1, column: 20, endLine: 1, endColumn: 32 });
    expect(spanOf(doc, block!, 'øre/kWh')).toEqual({ source: '&oslash;re/kWh', line: 1, column: 37, endLine: 1, endColumn: 51 });
    expect(spanOf(doc, block!, 'øvrige')).toEqual({ source: '&#248;vrige', line: 1, column: 53, endLine: 1, endColumn: 64 });
    expect(spanOf(doc, block!, 'ønskes')).toEqual({ source: '&#xF8;nskes', line: 1, column: 71, endLine: 1, endColumn: 82 });
    expect(spanOf(doc, block!, 'ikke')).toEqual({ source: 'ikke', line: 1, column: 83, endLine: 1, endColumn: 87 });
  });

  it('folds &nbsp; and a written NBSP to a plain space so "59 kr" reads as one amount', () => {
    const doc = parse('<p>Fast bel\u00f8p 59&nbsp;kr/mnd, p\u00e5slag 3,9\u00a0\u00f8re/kWh og 1\u202f000 kWh</p>');
    const [block] = doc.blocks;
    expect(block!.text).toBe('Fast beløp 59 kr/mnd, påslag 3,9 øre/kWh og 1 000 kWh');
    expect(spanOf(doc, block!, '59 kr/mnd')).toEqual({ source: '59&nbsp;kr/mnd', line: 1, column: 15, endLine: 1, endColumn: 29 });
    expect(spanOf(doc, block!, 'øre/kWh')).toEqual({ source: 'øre/kWh', line: 1, column: 42, endLine: 1, endColumn: 49 });
  });

  it('decodes legacy references without a semicolon as browsers do', () => {
    const doc = parse('<p>Pris &lt 50 &amp fri &notit; &copy 2026</p>');
    expect(doc.blocks[0]!.text).toBe('Pris < 50 & fri ¬it; © 2026');
    expect(spanOf(doc, doc.blocks[0]!, '¬')).toMatchObject({ source: '&not' });
  });

  it('counts lines of a CRLF file and words after a tag spread over several lines', () => {
    const source = [
      '<!doctype html>',
      '<div class="kort"',
      '     data-produkt="spot"',
      '     id="vestavind-spot">',
      '  <p>Vestavind Kraft Spot:',
      '     p&aring;slag 2,9 &oslash;re/kWh</p>',
      '</div>',
    ].join('\r\n');
    const doc = parse(source);
    const [block] = doc.blocks;
    expect(block!.text).toBe('Vestavind Kraft Spot: påslag 2,9 øre/kWh');
    expect(spanOf(doc, block!, 'Vestavind')).toEqual({ source: 'Vestavind', line: 5, column: 6, endLine: 5, endColumn: 15 });
    expect(spanOf(doc, block!, 'påslag')).toEqual({ source: 'p&aring;slag', line: 6, column: 6, endLine: 6, endColumn: 18 });
    expect(spanOf(doc, block!, '2,9 øre')).toEqual({ source: '2,9 &oslash;re', line: 6, column: 19, endLine: 6, endColumn: 33 });
    expect(spanOf(doc, block!, 'Spot: påslag')).toEqual({ source: 'Spot:\r\n     p&aring;slag', line: 5, column: 22, endLine: 6, endColumn: 18 });
  });

  it('keeps inline elements in one block and reads <br> as a space', () => {
    const doc = parse('<p>Fra <strong>49 kr</strong>/mnd<br>ingen <a href="/b">binding</a><em>tid</em></p>');
    expect(texts(doc)).toEqual(['Fra 49 kr/mnd ingen bindingtid']);
    expect(doc.blocks[0]!.tag).toBe('p');
  });
});

describe('text flow', () => {
  it('keeps an amount and its unit in one block when the unit is set smaller, and records the sizes', () => {
    const doc = parse('<p style="font-size:36px">4,59 <small>øre/kWh i påslag*</small></p>');
    expect(texts(doc)).toEqual(['4,59 øre/kWh i påslag*']);
    expect(doc.blocks[0]!.fontSizePx).toBe(36);
    expect(doc.blocks[0]!.fontRuns).toEqual([
      { start: 0, end: 5, px: 36 },
      { start: 5, end: 22, px: 30 },
    ]);
  });

  it('gives a block of one size no runs', () => {
    const doc = parse('<p style="font-size:18px">Monthly fee <strong>NOK 39</strong></p>');
    expect(doc.blocks[0]!.fontSizePx).toBe(18);
    expect(doc.blocks[0]!.fontRuns).toBeUndefined();
  });

  it('starts a block where a style sheet, an inline style or a utility class displays an inline element as a box', () => {
    const doc = parse(`<style>.pris strong { display: block }</style>
      <div class="pris">Bindingstid<strong>Ingen</strong></div>
      <div>Påslag<span style="display:block">2,9 øre/kWh</span></div>
      <div>Fastbeløp<span class="d-block">39 kr/mnd</span><span class="d-inline">inkl. mva</span></div>`);
    expect(texts(doc)).toEqual(['Bindingstid', 'Ingen', 'Påslag', '2,9 øre/kWh', 'Fastbeløp', '39 kr/mnd', 'inkl. mva']);
  });

  it('still puts inline text shown differently (hidden, faint) in a block of its own', () => {
    const doc = parse('<p>Påslag 2,9 øre/kWh <span class="sr-only">Påslag to komma ni øre</span></p>');
    expect(doc.blocks.map((b) => [b.text, b.visibility.state])).toEqual([
      ['Påslag 2,9 øre/kWh', 'visible'],
      ['Påslag to komma ni øre', 'hidden'],
    ]);
  });
});

describe('blocks', () => {
  it('makes one block per heading, paragraph, list item, dt/dd, caption and loose container text', () => {
    const doc = parse(`
      <section><h1>Straumavtalar frå Fjellbekk Straum</h1>
        Rett frå kraftverket.
        <h3>Spotpris</h3>
        <ul><li>Påslag 1,9 øre/kWh</li><li>Ingen bindingstid</li></ul>
        <dl><dt>Fastbeløp</dt><dd>39 kr/mnd</dd></dl>
        <figure><img src="a.png"><figcaption>Straum frå fjellet</figcaption></figure>
        <div>Gjeld nye kundar<div>Tilbodet gjeld ut året</div>i heile landet</div>
      </section>`);
    expect(doc.blocks.map((b) => [b.kind, b.tag, b.text, b.level])).toEqual([
      ['heading', 'h1', 'Straumavtalar frå Fjellbekk Straum', 1],
      ['text', 'section', 'Rett frå kraftverket.', undefined],
      ['heading', 'h3', 'Spotpris', 3],
      ['list-item', 'li', 'Påslag 1,9 øre/kWh', undefined],
      ['list-item', 'li', 'Ingen bindingstid', undefined],
      ['paragraph', 'dt', 'Fastbeløp', undefined],
      ['paragraph', 'dd', '39 kr/mnd', undefined],
      ['caption', 'figcaption', 'Straum frå fjellet', undefined],
      ['text', 'div', 'Gjeld nye kundar', undefined],
      ['text', 'div', 'Tilbodet gjeld ut året', undefined],
      ['text', 'div', 'i heile landet', undefined],
    ]);
    expect(doc.blocks.every((b, i) => b.id === i && b.copy)).toBe(true);
  });

  it('skips script, style, template, noscript, svg text and the head, but keeps the title and meta description', () => {
    const doc = parse(`<html lang="nn"><head><title>Fastpris &ndash; Fjellbekk Straum</title>
      <meta name="description" content="Fastpris i eitt &aring;r">
      <script>var pris = "59 kr";</script><style>p { color: black }</style></head>
      <body><template><p>Malpris 0 kr</p></template><noscript><p>Slå på JavaScript</p></noscript>
      <svg><text>49 kr</text><title>Ikon</title></svg><p>Fastpris 79,9 øre/kWh</p></body></html>`);
    expect(doc.blocks.map((b) => [b.kind, b.tag, b.text, b.visibility.state])).toEqual([
      ['text', 'title', 'Fastpris – Fjellbekk Straum', 'visible'],
      ['attribute', 'meta', 'Fastpris i eitt år', 'visible'],
      ['paragraph', 'p', 'Fastpris 79,9 øre/kWh', 'visible'],
    ]);
    expect(spanOf(doc, doc.blocks[1]!, 'år')).toMatchObject({ source: '&aring;r', line: 2, column: 57 });
    expect(doc.meta).toEqual({ title: 'Fastpris – Fjellbekk Straum', lang: 'nn' });
  });

  it('makes title and alt attributes tooltip-only blocks mapped inside the value', () => {
    const doc = parse('<p>Spotpris <abbr title="&oslash;re per kilowattime, inkl. mva">øre/kWh</abbr></p>\n<img src="kampanje.png" alt="0 kr i p&aring;slag">');
    expect(doc.blocks.map((b) => [b.kind, b.tag, b.text, inWords(b.visibility)])).toEqual([
      ['attribute', 'abbr', 'øre per kilowattime, inkl. mva', { state: 'attribute-only', reason: 'only in the title attribute of <abbr>' }],
      ['paragraph', 'p', 'Spotpris øre/kWh', { state: 'visible' }],
      ['attribute', 'img', '0 kr i påslag', { state: 'attribute-only', reason: 'only in the alt attribute of <img>' }],
    ]);
    expect(spanOf(doc, doc.blocks[0]!, 'øre per')).toEqual({ source: '&oslash;re per', line: 1, column: 26, endLine: 1, endColumn: 40 });
    expect(spanOf(doc, doc.blocks[2]!, 'påslag')).toEqual({ source: 'p&aring;slag', line: 2, column: 37, endLine: 2, endColumn: 49 });
  });

  it('numbers table cells by table, row and column, with <th> and <thead> cells as headers', () => {
    const doc = parse(`<table>
      <thead><tr><td>Avtale</td><td>Påslag</td><td>Fastbeløp</td></tr></thead>
      <tbody><tr><th>Spot</th><td>2,9 øre/kWh</td><td>39 kr/mnd</td></tr>
      <tr><th>Fastpris</th><td colspan="2">89,9 øre/kWh, ingen fastbeløp</td></tr></tbody>
    </table>
    <table><tr><td>Vestavind Kraft<td>Nordlys Energi</table>`);
    expect(doc.blocks.map((b) => [b.text, b.kind, b.table])).toEqual([
      ['Avtale', 'table-cell', { table: 0, row: 0, column: 0, header: true }],
      ['Påslag', 'table-cell', { table: 0, row: 0, column: 1, header: true }],
      ['Fastbeløp', 'table-cell', { table: 0, row: 0, column: 2, header: true }],
      ['Spot', 'table-cell', { table: 0, row: 1, column: 0, header: true }],
      ['2,9 øre/kWh', 'table-cell', { table: 0, row: 1, column: 1, header: false }],
      ['39 kr/mnd', 'table-cell', { table: 0, row: 1, column: 2, header: false }],
      ['Fastpris', 'table-cell', { table: 0, row: 2, column: 0, header: true }],
      ['89,9 øre/kWh, ingen fastbeløp', 'table-cell', { table: 0, row: 2, column: 1, header: false }],
      ['Vestavind Kraft', 'table-cell', { table: 1, row: 0, column: 0, header: false }],
      ['Nordlys Energi', 'table-cell', { table: 1, row: 0, column: 1, header: false }],
    ]);
  });
});

describe('footnotes', () => {
  it('reads <sup> markers and trailing asterisks as references', () => {
    const doc = parse(`<p>Spotpris 0 øre i påslag<sup>1</sup> og 39 kr/mnd<sup>2)</sup></p>
      <p>Kun 59 kr*, deretter 79 kr/mnd**.</p><p>Areal 120 m² og x<sup>2</sup></p>`);
    expect(doc.blocks.map((b) => [b.text, b.footnoteRefs])).toEqual([
      ['Spotpris 0 øre i påslag1 og 39 kr/mnd2)', ['1', '2']],
      ['Kun 59 kr*, deretter 79 kr/mnd**.', ['*', '**']],
      ['Areal 120 m² og x2', ['2']],
    ]);
  });

  it('labels blocks that start with a marker or sit in a footnote element', () => {
    const doc = parse(`<div class="fotnoter">
      <p>* Gjelder nye kunder som bestiller innen 31.12.2026.</p>
      <p>¹ Prisen følger Nord Pool time for time.</p>
      <p>2) Fastbeløpet faktureres månedlig.</p>
      <p><sup>3</sup> Elsertifikater kommer i tillegg.</p>
      <p>Alle priser inkl. mva.</p></div>
      <ol><li id="fn4">Gjeld berre i NO1.</li></ol>
      <p>12 måneders bindingstid.</p>`);
    expect(doc.blocks.map((b) => [b.kind, b.footnoteLabel])).toEqual([
      ['footnote', '*'],
      ['footnote', '1'],
      ['footnote', '2'],
      ['footnote', '3'],
      ['footnote', ''],
      ['footnote', '4'],
      ['paragraph', undefined],
    ]);
    expect(doc.blocks[3]!.footnoteRefs).toBeUndefined();
  });
});

describe('containers', () => {
  it('lists grouping elements with parents, classes, ids and block ranges', () => {
    const doc = parse(`<main><article class="produkt kort" id="spot">
      <header><h2>Spot</h2></header><ul><li>Påslag 2,9 øre/kWh</li></ul></article></main>
      <footer><p>Nordlys Energi AS</p></footer>`);
    expect(doc.containers).toEqual([
      { id: 0, parent: -1, tag: 'main', classes: [], firstBlock: 0, endBlock: 2 },
      { id: 1, parent: 0, tag: 'article', classes: ['produkt', 'kort'], htmlId: 'spot', firstBlock: 0, endBlock: 2 },
      { id: 2, parent: 1, tag: 'header', classes: [], firstBlock: 0, endBlock: 1 },
      { id: 3, parent: 1, tag: 'ul', classes: [], firstBlock: 1, endBlock: 2 },
      { id: 4, parent: 3, tag: 'li', classes: [], firstBlock: 1, endBlock: 2 },
      { id: 5, parent: -1, tag: 'footer', classes: [], role: 'chrome', firstBlock: 2, endBlock: 3 },
    ]);
    expect(doc.blocks.map((b) => b.container)).toEqual([2, 4, 5]);
  });

  it('marks menus, breadcrumbs and cookie banners as chrome', () => {
    const doc = parse(`<div class="breadcrumb">Hjem</div><div id="cookie-consent">Vi bruker informasjonskapsler</div>
      <div class="site-menu">Strøm</div><div role="navigation">Meny</div><div class="pris">59 kr</div>`);
    expect(doc.containers.map((c) => c.role)).toEqual(['chrome', 'chrome', 'chrome', 'chrome', undefined]);
  });

  it('gives configured product, name and ignore selectors their roles and drops ignored blocks', () => {
    const doc = parse(
      `<div class="produkter"><div class="kort" data-type="spot"><span class="navn">Vestavind Spot</span><p>2,9 øre/kWh</p></div>
       <div class="kort"><h3 class="navn">Vestavind Fast</h3></div><aside class="reklame"><p>Last ned appen</p></aside></div>`,
      { product: '.produkter > .kort', name: '.kort .navn', ignore: 'aside.reklame, [data-skjul]' },
    );
    expect(doc.containers.map((c) => [c.tag, c.classes.join(' '), c.role, c.firstBlock, c.endBlock])).toEqual([
      ['div', 'produkter', undefined, 0, 3],
      ['div', 'kort', 'product', 0, 2],
      ['span', 'navn', 'name', 0, 1],
      ['div', 'kort', 'product', 2, 3],
      ['h3', 'navn', 'name', 2, 3],
      ['aside', 'reklame', 'ignore', 3, 3],
    ]);
    expect(texts(doc)).toEqual(['Vestavind Spot', '2,9 øre/kWh', 'Vestavind Fast']);
  });

  it('rejects a configured selector it cannot evaluate, naming it', () => {
    expect(() => parse('<p>x</p>', { product: '.kort:hover' })).toThrow('Invalid CSS selector in html.product: ".kort:hover"');
    expect(() => parse('<p>x</p>', { name: 'h2 + p' })).toThrow(/html\.name: "h2 \+ p".*sibling combinator/);
    expect(() => parse('<p>x</p>', { ignore: '.kort[' })).toThrow(/html\.ignore: "\.kort\["/);
  });
});

describe('title and directives', () => {
  it('keeps the page title in meta', () => {
    expect(parse('<title>Prisliste 2026 | Nordlys Energi</title><h1>Priser</h1>').meta['title']).toBe('Prisliste 2026 | Nordlys Energi');
  });

  it('reads disable comments with their rules, reason and span', () => {
    const source = '<p>Kampanje</p>\n<!-- stromlint-disable campaign-end, after-terms -- avklart med juridisk -->\n<!--stromlint-enable-->\n<p>x</p><!-- stromlint-disable-next-line hidden-price --><!-- vanlig kommentar -->';
    const doc = parse(source);
    expect(doc.directives).toEqual([
      { kind: 'disable', rules: ['campaign-end', 'after-terms'], reason: 'avklart med juridisk', start: 16, end: 92 },
      { kind: 'enable', rules: [], start: 93, end: 116 },
      { kind: 'disable-next-line', rules: ['hidden-price'], start: 125, end: 174 },
    ]);
    expect(source.slice(16, 92)).toBe('<!-- stromlint-disable campaign-end, after-terms -- avklart med juridisk -->');
  });
});

describe('malformed HTML', () => {
  it('closes paragraphs, list items and cells implicitly and ignores stray end tags', () => {
    const doc = parse(`<p>Spotpris<div>Påslag 2,9 øre</span></div></b>
      <ul><li>Ingen binding<li>Fri flytting</ul><p>Etter<p>Sist
      <table><tr><td>A<td>B<tr><td>C</table><h2>Over<h3>Under</h2>`);
    expect(doc.blocks.map((b) => [b.tag, b.text])).toEqual([
      ['p', 'Spotpris'],
      ['div', 'Påslag 2,9 øre'],
      ['li', 'Ingen binding'],
      ['li', 'Fri flytting'],
      ['p', 'Etter'],
      ['p', 'Sist'],
      ['td', 'A'],
      ['td', 'B'],
      ['td', 'C'],
      ['h2', 'Over'],
      ['h3', 'Under'],
    ]);
    expect(doc.blocks.map((b) => b.table?.row ?? null)).toEqual([null, null, null, null, null, null, 0, 0, 1, null, null]);
  });

  it('keeps the stack in step after unclosed tags', () => {
    const doc = parse('<div class="a"><section><div class="b"><p>Inne</div><p>Ute</p></section><p>Helt ute</div><p>Etter');
    expect(doc.containers.map((c) => [c.classes.join(), c.firstBlock, c.endBlock])).toEqual([['a', 0, 3], ['', 0, 2], ['b', 0, 1]]);
    expect(doc.blocks.map((b) => [b.text, b.container])).toEqual([['Inne', 2], ['Ute', 1], ['Helt ute', 0], ['Etter', -1]]);
  });
});
