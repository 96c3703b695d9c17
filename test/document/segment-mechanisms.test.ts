import { describe, expect, it } from 'vitest';
import { completeDocument } from '../../src/document/complete-document.js';
import { htmlAdapter } from '../../src/formats/html.js';
import { markdownAdapter } from '../../src/formats/markdown.js';

function products(source: string, file = 'side.html'): string[] {
  const adapter = file.endsWith('.md') ? markdownAdapter : htmlAdapter;
  const result = adapter.parse(file, source, {});
  if (result.kind !== 'document') throw new Error(`expected a document, got ${result.kind}`);
  return completeDocument(result.document).products.map((p) => p.name);
}

describe('segmentation: names and copies', () => {
  it('never names a product with a heading that is a phrase (nb, nn, en)', () => {
    const nb = '<h1>Gullregn Spot</h1><p>Påslag 2,9 øre/kWh og 39 kr/mnd.</p><h2>Dette betaler du</h2><p>Påslag: 2,9 øre/kWh. Fastbeløp 39 kr/mnd.</p><h2>Slik bytter du</h2><p>Fyll ut skjemaet.</p>';
    expect(products(nb)).toEqual(['Gullregn Spot']);
    const nn = '<h1>Lyngheia Timepris</h1><p>Påslag 2,65 øre/kWh, 42 kr/mnd.</p><h2>Varsling og angrerett</h2><p>Vi varslar på SMS. 14 dagars angrerett, fastbeløp 42 kr/mnd.</p>';
    expect(products(nn)).toEqual(['Lyngheia Timepris']);
    const en = '<h1>Solkrona Hourly</h1><p>Markup 3.15 øre/kWh, monthly fee NOK 44.</p><h2>What you pay</h2><p>Monthly fee: NOK 44.</p><h2>Spot price by price area</h2><p>Today 88 øre/kWh.</p>';
    expect(products(en)).toEqual(['Solkrona Hourly']);
  });

  it('never names a product with a numbered step, a facts list\'s bold labels or Norgespris', () => {
    const steps = '<h1>Lysglimt Spot</h1><p>Påslag 0 øre/kWh de første 3 månedene, deretter 4,49 øre/kWh. Fastbeløp 39 kr/mnd.</p><h2>Slik er prisen satt sammen</h2><h3>1. Spotpris</h3><p>Du betaler spotprisen.</p><h3>2. Påslag</h3><p>4,49 øre/kWh.</p>';
    expect(products(steps)).toEqual(['Lysglimt Spot']);
    const facts = '# Sølvberg Spot\n\nFastbeløp 33 kr/mnd.\n\n## Fakta om avtalen\n\n* **Avtaletype:** spotpris\n* **Fast månedsbeløp:** 33 kr/mnd\n* **Bindingstid:** ingen\n* **Fakturering:** papirfaktura 49 kr\n* **Prisområder:** NO1 og NO5\n';
    expect(products(facts, 'side.md')).toEqual(['Sølvberg Spot']);
    const state = '# Elvebredd Spot\n\nPåslag 3,75 øre/kWh, 39 kr/mnd.\n\n## Norgespris\n\nNorgespris er en statlig ordning med fast pris på 50 øre/kWh.\n';
    expect(products(state, 'side.md')).toEqual(['Elvebredd Spot']);
  });

  it('makes no product of one named only in hidden copy (a print summary)', () => {
    const page = `<style>.print-summary { display: none } @media print { .print-summary { display: block } }</style>
      <h1>Eidsfoss Elvekraft</h1><p>Påslag 3,85 øre/kWh, fastbeløp 47 kr/mnd.</p>
      <aside class="print-summary"><h2>Sammendrag: Eidsfoss Elvekraft</h2><p>Påslag 3,85 øre/kWh.</p></aside>`;
    expect(products(page)).toEqual(['Eidsfoss Elvekraft']);
  });

  it('reads the boxes a CMS stacks under the page\'s one h1 as parts of its product, not as cards', () => {
    const page = `<section class="block block--hero"><h1>Ørnes Stabil</h1><p>88,50 øre/kWh. Fastpris i 12 måneder, 39 kr/mnd.</p></section>
      <section class="block block--text"><h2>Samme pris hele året</h2><p>Med Ørnes Stabil betaler du 88,50 øre/kWh hele året.</p></section>`;
    expect(products(page)).toEqual(['Ørnes Stabil']);
  });

  it('names a product by a line in capitals or in bold above its copy, in one paragraph or its own', () => {
    const caps = '---\ntitle: "Spotpris som er lett å forstå"\n---\n\nStrøm til spotpris.\n\nRAVNÅSEN MÅNEDSSPOT\nPåslag 4,15 øre/kWh · Fastbeløp 25 kr/mnd\n';
    expect(products(caps, 'side.md')).toEqual(['RAVNÅSEN MÅNEDSSPOT']);
    const bold = 'Velg avtalen som passer.\n\n**Straum Vest**\nPåslag 2,1 øre/kWh, fastbeløp 29 kr/mnd.\n\n**Straum Nord**\nPåslag 1,9 øre/kWh, fastbeløp 39 kr/mnd.\n';
    expect(products(bold, 'side.md')).toEqual(['Straum Vest', 'Straum Nord']);
  });

  it('takes a page title over products for a product too unless it names a range of deals or the service from someone', () => {
    const page = (title: string) => `# ${title}\n\nKampanje: 0 kr i fastbeløp ut mars.\n\n## Spot Fjord\n\nPåslag 2 øre/kWh, fastbeløp 45 kr/mnd.\n`;
    expect(products(page('Ternevik Sommerlys'), 'side.md')).toEqual(['Ternevik Sommerlys', 'Spot Fjord']);
    expect(products(page('Strømavtaler fra Ternevik'), 'side.md')).toEqual(['Spot Fjord']);
    expect(products(page('Electricity for English-speaking customers'), 'side.md')).toEqual(['Spot Fjord']);
  });

  it('reads a "why us" subsection as part of the product above it', () => {
    expect(products('# Ternevik Sommerlys\n\nKampanje: 0 kr i fastbeløp ut mars.\n\n## Derfor Ternevik\n\nIngen binding, fastbeløp 45 kr/mnd.\n', 'side.md')).toEqual(['Ternevik Sommerlys']);
  });

  it('keeps a name with a tagline: the name before the dash is what counts', () => {
    const md = '# Strømavtaler\n\n## Timespot – for deg med smart styring\n\nPåslag 1,9 øre/kWh, fastbeløp 39 kr/mnd.\n\n## Fastpris 12 mnd\n\n89,90 øre/kWh, 39 kr/mnd.\n';
    expect(products(md, 'side.md')).toEqual(['Timespot', 'Fastpris 12 mnd']);
  });

  it('makes a product named again in a comparison table one product with the card', () => {
    const page = `
      <div class="produktkort"><h2>Lune Natt</h2><p>Timespot, påslag 2,19 øre/kWh, 27 kr/mnd.</p></div>
      <div class="produktkort"><h2>Lune Fast 2027</h2><p>Fastpris 91,20 øre/kWh, 27 kr/mnd.</p></div>
      <h2>Sammenlign avtalene</h2>
      <table><thead><tr><th>Avtale</th><th>Pris</th><th>Fastbeløp</th></tr></thead>
      <tbody><tr><td>Lune Natt</td><td>Spotpris + 2,19 øre/kWh</td><td>27 kr/mnd</td></tr>
      <tr><td>Lune Fast 2027</td><td>91,20 øre/kWh</td><td>27 kr/mnd</td></tr></tbody></table>`;
    expect(products(page)).toEqual(['Lune Natt', 'Lune Fast 2027']);
  });

  it('reads a key/value table whose rows are labelled by <th scope="row"> as one product\'s terms, not as products', () => {
    const page = `<h1>Kaldkilden Fixed 24</h1><p>A fixed price for 24 months.</p>
      <table><tbody>
        <tr><th scope="row">Electricity price</th><td>86.40 øre/kWh, fixed for 24 months</td></tr>
        <tr><th scope="row">Monthly fee</th><td>NOK 32 per month</td></tr>
        <tr><th scope="row">Break fee</th><td>NOK 1,000</td></tr>
        <tr><th scope="row">After the fixed period</th><td>Rolls over to Kaldkilden Hourly at 4.15 øre/kWh.</td></tr>
        <tr><th scope="row">Invoices</th><td>Paper invoices cost NOK 45.</td></tr>
      </tbody></table>`;
    expect(products(page)).toEqual(['Kaldkilden Fixed 24']);
  });

  it('gives each line of a summary to the product it names, and makes no product of the summary', () => {
    const page = `
      <div class="produktkort"><h2>Tussefall Time</h2><p>Timespot, påslag 1,89 øre/kWh, 46 kr/mnd.</p></div>
      <div class="produktkort"><h2>Tussefall Fast 6</h2><p>Fastpris 101,30 øre/kWh, 46 kr/mnd.</p></div>
      <aside><h2>Kjapt overblikk</h2>
        <p>Tussefall Time: spotpris + 1,89 øre/kWh og 46 kr/mnd.</p>
        <p>Tussefall Fast 6: 101,30 øre/kWh og 46 kr/mnd i seks måneder.</p></aside>`;
    expect(products(page)).toEqual(['Tussefall Time', 'Tussefall Fast 6']);
  });

  it('names cards by their card header, a box of its own above the body', () => {
    const card = (name: string, price: string) => `<div class="card"><div class="card-header">${name}</div><div class="card-body"><p>${price}</p><p>Ingen bindingstid</p></div></div>`;
    const page = `<h1>Tre avtaler – velg den som passer</h1><div class="card-deck">${card('Fjellglimt Spot', 'Spotpris, 49 kr/mnd')}${card('Fjellglimt Time', 'Påslag 1,29 øre/kWh, 55 kr/mnd')}</div>`;
    expect(products(page)).toEqual(['Fjellglimt Spot', 'Fjellglimt Time']);
  });

  it('never names a product with a question heading (nb, nn, en)', () => {
    expect(products('# Brekke Innkjøp\n\nPåslag 0 øre/kWh, 59 kr/mnd.\n\n## Innkjøpspris – kva er det?\n\nDu betaler det vi betaler, 59 kr/mnd.\n', 'side.md')).toEqual(['Brekke Innkjøp']);
    expect(products('# Brekke Spot\n\nPåslag 2 øre/kWh, 39 kr/mnd.\n\n## Hva koster Spot Pluss?\n\nSpot Pluss koster 49 kr/mnd.\n', 'side.md')).toEqual(['Brekke Spot']);
    expect(products('# Brekke Hourly\n\nMarkup 2 øre/kWh, NOK 39 per month.\n\n## Why an hourly price?\n\nYou pay NOK 39 per month.\n', 'side.md')).toEqual(['Brekke Hourly']);
  });

  it('keeps a shared note that names some products with those products only', () => {
    const page = `<div class="produktkort"><h2>Kvitfjell Spot</h2><p>Påslag 2,1 øre/kWh, 39 kr/mnd.</p></div>
      <div class="produktkort"><h2>Kvitfjell Spot Pluss</h2><p>Påslag 1,1 øre/kWh, 59 kr/mnd.</p></div>
      <div class="produktkort"><h2>Kvitfjell Fast 12</h2><p>Fastpris 89,90 øre/kWh, 39 kr/mnd.</p></div>
      <div class="vilkar"><p>Bruddgebyr for Kvitfjell Fast 12: 75 kr per månad som er att.</p><p>Kvitfjell Spot Pluss krev smart straummålar.</p><p>Alle prisar er inkl. mva.</p></div>`;
    const result = htmlAdapter.parse('side.html', page, {});
    if (result.kind !== 'document') throw new Error(result.kind);
    const doc = completeDocument(result.document);
    const notes = Object.fromEntries(doc.products.map((p) => [p.name, p.shared.map((b) => doc.blocks[b]!.text.slice(0, 20))]));
    expect(notes).toEqual({
      'Kvitfjell Spot': ['Alle prisar er inkl.'],
      'Kvitfjell Spot Pluss': ['Kvitfjell Spot Pluss', 'Alle prisar er inkl.'],
      'Kvitfjell Fast 12': ['Bruddgebyr for Kvitf', 'Alle prisar er inkl.'],
    });
  });

  it('shares a note that names the product another moves on to with the product that moves, and takes no type from it', () => {
    const page = `| Avtale | Type | Strømpris | Fastbeløp | Bindingstid |\n|---|---|---|---|---|\n| Havstrand Bølge | Spotpris | spotpris + 3,25 øre/kWh | 39 kr/mnd | Ingen |\n| Havstrand Fjære | Fastpris | 97,50 øre/kWh | 39 kr/mnd | Ingen |\n\n## Om avtalene\n\n**Fastpris:** Når fastprisperioden er over, går avtalen over til Havstrand Bølge.\n`;
    const result = markdownAdapter.parse('side.md', page, {});
    if (result.kind !== 'document') throw new Error(result.kind);
    const doc = completeDocument(result.document);
    const note = doc.blocks.findIndex((b) => b.text.includes('fastprisperioden'));
    expect(doc.products.map((p) => [p.name, p.shared.includes(note)])).toEqual([
      ['Havstrand Bølge', true],
      ['Havstrand Fjære', true],
    ]);
    const cards = '<div class="kort"><h2>Lia Spot</h2><p>Spotpris + 2 øre/kWh, 45 kr/mnd</p></div><div class="kort"><h2>Lia Trygg</h2><p>96,40 øre/kWh, 45 kr/mnd. Deretter går avtalen over til Lia Spot.</p></div>';
    const html = htmlAdapter.parse('side.html', cards, {});
    if (html.kind !== 'document') throw new Error(html.kind);
    expect(completeDocument(html.document).products.map((p) => [p.name, p.type])).toEqual([
      ['Lia Spot', 'spot'],
      ['Lia Trygg', 'other'],
    ]);
  });

  it('reads <main> as content whatever its id says, and takes a lump sum or the word "kampanje" alone for no deal', () => {
    const main = '<header class="site-header"><nav><a href="/">Hjem</a></nav></header><main id="wp--skip-link--target"><h2>Lysvik Spotpris</h2><p>Påslag 3,69 øre/kWh, 52 kr/mnd. Ingen bindingstid.</p></main>';
    expect(products(main)).toEqual(['Lysvik Spotpris']);
    const about = `<h1>Om oss</h1><h2>Lokalt engasjement</h2><p>Hver høst kjører vi kampanjen «Lys i laget» og deler ut 186 000 kr til lag i dalen.</p>
      <h2>Lysvik Spot</h2><p>Påslag 2,20 øre/kWh, 44 kr/mnd, ingen bindingstid.</p>`;
    expect(products(about)).toEqual(['Lysvik Spot']);
  });

  it('never names a product with a slogan that speaks to the reader, figures or not', () => {
    const page = '<h1>Your first 2 months without a monthly fee</h1><p>Student offer.</p><div class="card"><h2>Fjellvik Student</h2><p>Markup 2.75 øre/kWh. Monthly fee NOK 0 the first 2 months, then NOK 32 per month. No binding period.</p></div>';
    expect(products(page)).toEqual(['Fjellvik Student']);
  });
});
