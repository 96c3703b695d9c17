import { describe, expect, it } from 'vitest';
import { completedPage as documentOf } from './segment-helpers.js';

const names = (source: string, file?: string) => documentOf(source, file).products.map((p) => p.name);

describe('pages laid out in one <div> with <br>', () => {
  const page = `<div class="innhald">
<b style="font-size:21px">Åsvik Time – timespot</b><br>
Åsvik Time er ein timespotavtale. Påslag 2,75 øre/kWh, fastbeløp 29 kr/mnd. Inga bindingstid.<br>
<br>
<b style="font-size:21px">Jamnpris – variabel pris</b><br>
Jamnpris er ein variabel kraftpris. Prisen er no 89,40 øre/kWh, og fast månadsbeløp er 39 kr.<br>
</div>`;

  it('ends a block at a blank line (two <br>), not at one', () => {
    expect(documentOf(page).blocks.map((b) => b.text)).toEqual([
      'Åsvik Time – timespot Åsvik Time er ein timespotavtale. Påslag 2,75 øre/kWh, fastbeløp 29 kr/mnd. Inga bindingstid.',
      'Jamnpris – variabel pris Jamnpris er ein variabel kraftpris. Prisen er no 89,40 øre/kWh, og fast månadsbeløp er 39 kr.',
    ]);
  });

  it('so each bold line names its own product', () => {
    expect(names(page)).toEqual(['Åsvik Time', 'Jamnpris']);
  });
});

describe('components of site generators', () => {
  const mdx = `# Strøm til innkjøpspris

<PriceCard name="Tuvik Innkjøp" badge="Mest valgt">
- Påslag 1,10 øre/kWh
- Fastbeløp 58 kr/mnd
- Ingen bindingstid
</PriceCard>

<PriceCard name="Tuvik Fastpris Trygg">
- Fastpris 87,50 øre/kWh i 12 måneder
- Fastbeløp 27 kr/mnd
</PriceCard>

<OrderButton href="/bestill" label="Velg avtale og bestill" />
`;

  it("reads a component's name as the heading of what it holds, and its label as copy", () => {
    const document = documentOf(mdx, 'side.md');
    const shown = document.blocks.filter((b) => b.tag === 'pricecard' || b.tag === 'orderbutton').map((b) => [b.kind, b.text]);
    expect(shown).toEqual([
      ['heading', 'Tuvik Innkjøp'],
      ['heading', 'Tuvik Fastpris Trygg'],
      ['paragraph', 'Velg avtale og bestill'],
    ]);
    expect(document.products.map((p) => p.name)).toEqual(['Tuvik Innkjøp', 'Tuvik Fastpris Trygg']);
  });

  it('reads custom elements alike, and never the name of a standard element', () => {
    const html =
      '<price-card title="Lyngvik Spot"><p>Påslag 2,9 øre/kWh, 39 kr/mnd.</p></price-card><form><input name="epost"></form><ion-icon name="checkmark"></ion-icon><PlanBadge label="spot-nord"></PlanBadge>';
    expect(documentOf(html).blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Lyngvik Spot'],
      ['paragraph', 'Påslag 2,9 øre/kWh, 39 kr/mnd.'],
    ]);
  });
});

describe('price lists converted from PDF', () => {
  const styles = '<style>.fs0{font-size:30px}.fs1{font-size:19px}.fs2{font-size:16px}</style>';
  const line = (size: string, text: string) => `<div class="t m0 ${size}">${text}</div>`;
  const page = `${styles}<div class="pc">${[
    line('fs0', 'Prisliste straum – privat'),
    line('fs1', 'Nupvik Spot'),
    line('fs2', 'Spotpris (månadssnitt) + påslag.'),
    line('fs2', 'Påslag: 2,90 øre/kWh'),
    line('fs2', 'Fast månadsbeløp: 42,00 kr/mnd'),
    line('fs1', 'Nupvik Timetakt'),
    line('fs2', 'Spotpris time for time, utan påslag.'),
    line('fs2', 'Fast månadsbeløp: 59,00 kr/mnd'),
  ].join('\n')}</div>`;

  it("reads a line set a little larger than the body as a product's name, and one <div> per line as lines, not cards", () => {
    expect(names(page)).toEqual(['Nupvik Spot', 'Nupvik Timetakt']);
  });

  it("never names a product after the price list's title", () => {
    expect(names('<h1>Prisliste 2026</h1><p>Spotpris med påslag 2,9 øre/kWh og 39 kr/mnd.</p>')).toEqual([]);
    expect(names('<h1>Price list</h1><p>Spot price plus 2.9 øre/kWh markup, NOK 39 a month.</p>')).toEqual([]);
  });
});

describe('asides that name the product', () => {
  it('keeps a Norgespris box an aside even when it names the product beside it', () => {
    const page = `<h2>Glimtvik Time</h2><p>Påslag 2,49 øre/kWh, 0 kr/mnd. Inga binding.</p>
<h3>Norgespris og Glimtvik</h3><p>Norgespris gjeld til 31. desember 2026 og vert bestilt hos nettselskapet. Glimtvik Time kan du ha ved sida av.</p>`;
    const document = documentOf(page);
    const aside = document.blocks.findIndex((b) => b.text.startsWith('Norgespris gjeld'));
    expect(document.products.map((p) => p.name)).toEqual(['Glimtvik Time']);
    expect(document.products[0]!.blocks).not.toContain(aside);
  });
});

describe('two-column price tables', () => {
  it('reads bare figures under a header that names the price and its unit', () => {
    const page = `<h2>Tindvik Fastpris</h2><p>Fastpris til og med 31. desember 2026. Fastbeløp 25 kr/mnd. Inga binding.</p>
<table><tr><th>Prisområde</th><th>Fastpris (øre/kWt)</th></tr><tr><td>NO1</td><td>79,90</td></tr><tr><td>NO2</td><td>76,50</td></tr></table>`;
    const document = documentOf(page);
    const figures = document.facts
      .filter((f) => f.kind === 'price-element' && f.element === 'fixed-price' && f.quantity)
      .map((f) => (f.kind === 'price-element' ? f.quantity?.value : undefined));
    expect(figures).toEqual([79.9, 76.5]);
  });
});

describe('names given as the value of a product label', () => {
  it(`names the page's product after "Strømavtale | Tindra Heim" rather than the e-mail's title`, () => {
    const mail = `<title>Ordrebekreftelse fra Tindravik Energi</title>
<table><tr><td><b>Strømavtale</b></td><td>Tindravik Heim</td></tr>
<tr><td><b>Fast månedsbeløp</b></td><td>49 kr/mnd</td></tr>
<tr><td><b>Bindingstid</b></td><td>Ingen</td></tr></table>`;
    expect(names(mail)).toEqual(['Tindravik Heim']);
  });

  it('takes no length or figure for a name', () => {
    const mail = `<title>Ordrebekreftelse fra Tindravik Energi</title>
<table><tr><td><b>Avtale</b></td><td>12 måneder fastpris</td></tr>
<tr><td><b>Fastpris</b></td><td>89,90 øre/kWh</td></tr>
<tr><td><b>Fast månedsbeløp</b></td><td>49 kr/mnd</td></tr></table>`;
    expect(names(mail)).toEqual(['Ordrebekreftelse fra Tindravik Energi']);
  });

  it('reads "Produkt:" and "Product:" at the head of a line', () => {
    expect(names('Takk for bestillinga!\n\nProdukt: **Kobbvik Vårspot** – spotpris med påslag 3,80 øre/kWh. Fastbeløp 48 kr/mnd.\n', 'side.md')).toEqual(['Kobbvik Vårspot']);
    expect(names('Thanks for your order.\n\nProduct: Harbourvik Spot, markup 2.9 øre/kWh and NOK 39 a month.\n', 'side.md')).toEqual(['Harbourvik Spot']);
  });
});

describe('tables whose header row is set in bold cells', () => {
  it('reads a first row of term labels as the header, so each row below is a product', () => {
    const page = `<h2>Straumprisar for hushald</h2><table>
<tr><td><b>Produkt</b></td><td><b>Type</b></td><td><b>Påslag / pris</b></td><td><b>Fastbeløp</b></td></tr>
<tr><td><b>Skarvik Nordlys</b></td><td>Spotpris</td><td>3,60 øre/kWt</td><td>kr 30,- pr/mnd</td></tr>
<tr><td><b>Skarvik Fjordpris</b></td><td>Variabel pris</td><td>-</td><td>kr 29,- pr/mnd</td></tr>
</table>`;
    expect(names(page)).toEqual(['Skarvik Nordlys', 'Skarvik Fjordpris']);
  });

  it('keeps a first row with figures as a body row', () => {
    const page = `<table><tr><td>Skarvik Nordlys</td><td>Påslag 3,60 øre/kWt</td><td>30 kr/mnd</td></tr>
<tr><td>Skarvik Fjordpris</td><td>Påslag 2,10 øre/kWt</td><td>29 kr/mnd</td></tr></table>`;
    const document = documentOf(page);
    expect(document.products.map((p) => p.name)).not.toContain('Skarvik Nordlys');
  });
});
