import { describe, expect, it } from 'vitest';
import { segmentProducts } from '../../src/document/segment.js';
import type { Product } from '../../src/document/types.js';
import type { ParsedDocument } from '../../src/document/types.js';
import { box, fm, h, li, makeDoc, note, p, simpleFacts, table, texts, type Spec } from './segment-helpers.js';

function segment(specs: Spec[], options: Parameters<typeof makeDoc>[1] = {}): { doc: ParsedDocument; products: Product[] } {
  const doc = makeDoc(specs, options);
  return { doc, products: segmentProducts(doc, simpleFacts(doc.blocks)) };
}

const names = (products: Product[]) => products.map((x) => x.name);

describe('product cards', () => {
  const grid = [
    box('nav', ['hovedmeny'], [p('Spotpris'), p('Fastpris'), p('Kampanje: 0 kr påslag')]),
    h(1, 'Strømavtaler fra Nordlys Energi'),
    p('Finn avtalen som passer deg.'),
    box('div', ['kort-grid'], [
      box('article', ['produktkort'], [p('Mest populær', 'span'), h(3, '★ Spotpris Pluss'), p('Påslag 4,9 øre/kWh'), p('Fastbeløp 39 kr/mnd')]),
      box('article', ['produktkort', 'produktkort--kampanje'], [h(3, 'Timespot – vår nyeste avtale'), p('Påslag 2,5 øre/kWh*'), p('Fastbeløp 45 kr/mnd')]),
      box('article', ['produktkort'], [h(3, 'Fastpris 12 mnd'), p('89,9 øre/kWh'), p('Fastbeløp 49 kr/mnd')]),
    ]),
    note('*', '* Gjelder de første 3 månedene, deretter 4,9 øre/kWh.'),
    box('footer', [], [p('Nordlys Energi AS · Kundeservice 800 12 345 · Priser fra 39 kr/mnd')]),
  ];

  it('finds one product per card, named by its heading without decorations', () => {
    const { products } = segment(grid);
    expect(names(products)).toEqual(['Spotpris Pluss', 'Timespot', 'Fastpris 12 mnd']);
    expect(products.map((x) => x.type)).toEqual(['spot', 'hourly-spot', 'fixed']);
    expect(products[0]!.anchor).toEqual({ block: 6, start: 2, end: 16 });
  });

  it('gives each card all its blocks, the badge before the heading included', () => {
    const { doc, products } = segment(grid);
    expect(texts(doc, products[0]!.blocks)).toEqual(['Mest populær', '★ Spotpris Pluss', 'Påslag 4,9 øre/kWh', 'Fastbeløp 39 kr/mnd']);
    expect(texts(doc, products[1]!.blocks)).toEqual(['Timespot – vår nyeste avtale', 'Påslag 2,5 øre/kWh*', 'Fastbeløp 45 kr/mnd']);
  });

  it('links the footnote to the card that refers to it, and only to that card', () => {
    const { doc, products } = segment(grid);
    expect(texts(doc, products[1]!.shared)).toEqual(['* Gjelder de første 3 månedene, deretter 4,9 øre/kWh.']);
    expect(products[0]!.shared).toEqual([]);
    expect(products[2]!.shared).toEqual([]);
  });

  it('never takes nav or footer copy, even with prices in it', () => {
    const { doc, products } = segment(grid);
    const all = products.flatMap((x) => [...x.blocks, ...x.shared]);
    expect(texts(doc, all).some((t) => t.includes('Kundeservice') || t.startsWith('Kampanje'))).toBe(false);
  });

  it('reads unclassed sibling articles as cards when each has a name and a price', () => {
    const { products } = segment([
      h(1, 'Våre avtaler'),
      box('div', [], [
        box('article', [], [h(2, 'Spotpris Basis'), p('Påslag 3,9 øre/kWh og 29 kr/mnd.'), p('Bestill')]),
        box('article', [], [h(2, 'Innkjøpspris'), p('Påslag 1,9 øre/kWh og 49 kr/mnd.')]),
        box('article', [], [h(2, 'Bedrift'), p('Ta kontakt for et tilbud.')]),
      ]),
    ]);
    expect(names(products)).toEqual(['Spotpris Basis', 'Innkjøpspris']);
    expect(products.map((x) => x.type)).toEqual(['spot', 'purchase']);
  });

  it('takes the card, not its body, when the body is named like a card part', () => {
    const { doc, products } = segment([
      box('div', ['row'], [
        box('div', ['card'], [box('div', ['card-header'], [p('Kampanje!')]), box('div', ['card-body'], [h(5, 'Vestavind Spot'), p('2,9 øre/kWh i påslag')])]),
        box('div', ['card'], [box('div', ['card-header'], [p('Trygg')]), box('div', ['card-body'], [h(5, 'Vestavind Fast'), p('79 øre/kWh fastpris')])]),
      ]),
    ]);
    expect(names(products)).toEqual(['Vestavind Spot', 'Vestavind Fast']);
    expect(texts(doc, products[0]!.blocks)).toEqual(['Kampanje!', 'Vestavind Spot', '2,9 øre/kWh i påslag']);
  });

  it('treats a hinted wrapper around cards as a wrapper', () => {
    const { products } = segment([
      box('section', ['produkter'], [
        h(2, 'Velg strømavtale'),
        box('div', ['produktkort'], [h(3, 'Spotpris Nord'), p('Påslag 0 øre/kWh')]),
        box('div', ['produktkort'], [h(3, 'Fastpris Nord'), p('Fastpris 99 øre/kWh')]),
      ]),
    ]);
    expect(names(products)).toEqual(['Spotpris Nord', 'Fastpris Nord']);
  });

  it('takes a lone card whose class marks a product', () => {
    const { products } = segment([
      h(1, 'Bli kunde i dag'),
      p('Vi har levert straum i Sogn sidan 1912.'),
      box('div', ['kampanjekort'], [h(2, 'Fjellstraum Spot'), p('Ingen påslag dei første 3 månadene')]),
    ]);
    expect(names(products)).toEqual(['Fjellstraum Spot']);
  });

  it('does not take columns named after price elements as cards', () => {
    const { products } = segment([
      h(1, 'Spotpris Vest'),
      box('div', ['pris'], [box('div', ['col'], [h(4, 'Påslag'), p('4,9 øre/kWh')]), box('div', ['col'], [h(4, 'Fastbeløp'), p('39 kr/mnd')])]),
    ]);
    expect(names(products)).toEqual(['Spotpris Vest']);
  });
});

describe('price tables', () => {
  it('makes each row a product when header cells name price elements', () => {
    const { doc, products } = segment([
      h(1, 'Fastpris'),
      ...table(0, [
        ['Avtale', 'Fastpris', 'Fastbeløp', 'Bindingstid'],
        ['Fastpris 1 år', '79,90 øre/kWh', '49 kr/mnd', '12 måneder*'],
        ['Fastpris 3 år', '74,50 øre/kWh', '49 kr/mnd', '36 måneder*'],
      ]),
      p('* Ved oppsigelse i bindingstiden betaler du et bruddgebyr på kr 600,-.'),
      p('Alle priser er inkl. mva.'),
    ]);
    expect(names(products)).toEqual(['Fastpris 1 år', 'Fastpris 3 år']);
    expect(texts(doc, products[1]!.blocks)).toEqual(['Fastpris 3 år', '74,50 øre/kWh', '49 kr/mnd', '36 måneder*']);
    expect(texts(doc, products[0]!.shared)).toEqual([
      'Avtale',
      'Fastpris',
      'Fastbeløp',
      'Bindingstid',
      '* Ved oppsigelse i bindingstiden betaler du et bruddgebyr på kr 600,-.',
      'Alle priser er inkl. mva.',
    ]);
    expect(products.map((x) => x.type)).toEqual(['fixed', 'fixed']);
  });

  it('reads bare numbers under element headers as prices', () => {
    const { products } = segment([
      ...table(0, [
        ['Produkt', 'Påslag (øre/kWh)', 'Månedsbeløp (kr)'],
        ['Spot Nord', '3,90', '39'],
        ['Spot Sør', '4,90', '29'],
        ['Sum', '', ''],
      ]),
    ]);
    expect(names(products)).toEqual(['Spot Nord', 'Spot Sør']);
  });

  it('makes each column a product when row labels name price elements', () => {
    const { doc, products } = segment([
      h(2, 'Sammenlign avtalene'),
      ...table(0, [
        ['', 'Spotpris Enkel', 'Innkjøpspris Pluss'],
        ['Påslag', '4,9 øre/kWh', '0 øre/kWh'],
        ['Fastbeløp', '39 kr/mnd', '59 kr/mnd'],
        ['Bindingstid', 'Ingen', 'Ingen'],
      ]),
    ]);
    expect(names(products)).toEqual(['Spotpris Enkel', 'Innkjøpspris Pluss']);
    expect(texts(doc, products[1]!.blocks)).toEqual(['Innkjøpspris Pluss', '0 øre/kWh', '59 kr/mnd', 'Ingen']);
    expect(texts(doc, products[1]!.shared)).toEqual(['', 'Påslag', 'Fastbeløp', 'Bindingstid']);
    expect(products.map((x) => x.type)).toEqual(['spot', 'purchase']);
  });

  it('does not read a price history as products: rows named by months under a time header (nb)', () => {
    const { products } = segment([
      h(1, 'Spotpris Fjordkraft Enkel'),
      p('Påslag 4,9 øre/kWh og fastbeløp 39 kr/mnd.'),
      h(2, 'Prishistorikk'),
      ...table(0, [
        ['Måned', 'Område', 'Spotpris', 'Påslag'],
        ['januar 2025', 'NO1', '92,4', '4,9'],
        ['februar 2025', 'NO1', '81,0', '4,9'],
      ]),
    ]);
    expect(names(products)).toEqual(['Spotpris Fjordkraft Enkel']);
  });

  it('does not read period rows as products under a neutral header (nn, en)', () => {
    const nn = segment([
      h(1, 'Straum Vest'),
      p('Påslag 3,9 øre/kWh, fastbeløp 29 kr/mnd.'),
      ...table(0, [
        ['', 'Påslag', 'Fastbeløp'],
        ['Jan. 2025', '3,9 øre/kWh', '29 kr/mnd'],
        ['Feb. 2025', '3,9 øre/kWh', '29 kr/mnd'],
      ]),
    ]);
    expect(names(nn.products)).toEqual(['Straum Vest']);
    const en = segment([
      h(1, 'Coastal Spot'),
      p('Markup 3.9 øre/kWh, monthly fee NOK 29.'),
      h(2, 'Past prices'),
      ...table(0, [
        ['Quarter', 'Markup', 'Monthly fee'],
        ['Q1 2025', '3.9 øre/kWh', 'NOK 29'],
        ['Q2 2025', '4.1 øre/kWh', 'NOK 29'],
      ]),
    ]);
    expect(names(en.products)).toEqual(['Coastal Spot']);
  });

  it('still reads products whose names hold a year or a month word', () => {
    const { products } = segment([
      ...table(0, [
        ['Avtale', 'Fastpris', 'Bindingstid'],
        ['Fastpris 2026', '79,90 øre/kWh', '12 måneder'],
        ['Vinterpris mars', '74,50 øre/kWh', '12 måneder'],
      ]),
    ]);
    expect(names(products)).toEqual(['Fastpris 2026', 'Vinterpris mars']);
  });

  it('leaves a one-product key/value table to its section', () => {
    const { doc, products } = segment(
      [
        h(1, 'Spotpris Nordlys'),
        p('Du betaler spotprisen pluss påslag og fastbeløp.'),
        ...table(0, [
          ['Priselement', 'Pris (inkl. mva)'],
          ['Påslag', '4,90 øre/kWh'],
          ['Fastbeløp', '39 kr/mnd'],
        ]),
      ],
      { format: 'markdown' },
    );
    expect(names(products)).toEqual(['Spotpris Nordlys']);
    expect(texts(doc, products[0]!.blocks)).toContain('4,90 øre/kWh');
  });
});

describe('heading sections', () => {
  const page: Spec[] = [
    fm('title', 'Strømavtaler'),
    h(1, 'Strømavtaler fra Vestavind Kraft'),
    p('Her er avtalene våre.'),
    h(2, 'Spotpris Vest'),
    p('Påslag 4,9 øre/kWh og fastbeløp 39 kr/mnd. Nettleie kommer i tillegg.'),
    h(3, 'Priser'),
    p('Spotprisen følger markedet time for time[^1].'),
    h(2, 'Fastpris 12 måneder'),
    p('89 øre/kWh i 12 måneder.'),
    h(2, 'Om oss'),
    p('Vestavind Kraft har solgt spotpris og fastpris siden 1998.'),
    h(2, 'Vilkår'),
    p('Prisendringer varsles på SMS 30 dager før.'),
    note('1', 'Gjelder timesmålte anlegg.'),
  ];

  it('makes named sections with deal copy products; about-us and terms sections never are', () => {
    const { products } = segment(page, { format: 'markdown' });
    expect(names(products)).toEqual(['Spotpris Vest', 'Fastpris 12 måneder']);
    expect(products.map((x) => x.type)).toEqual(['spot', 'fixed']);
  });

  it('keeps a detail subsection in its product and shares the terms section with every product', () => {
    const { doc, products } = segment(page, { format: 'markdown' });
    expect(texts(doc, products[0]!.blocks)).toEqual([
      'Spotpris Vest',
      'Påslag 4,9 øre/kWh og fastbeløp 39 kr/mnd. Nettleie kommer i tillegg.',
      'Priser',
      'Spotprisen følger markedet time for time[^1].',
    ]);
    // Nothing refers to the footnote: it stays in the terms section it stands in.
    expect(texts(doc, products[1]!.shared)).toEqual(['Vilkår', 'Prisendringer varsles på SMS 30 dager før.', 'Gjelder timesmålte anlegg.']);
  });

  it('links a footnote definition through the adapter\'s refs, wherever it stands', () => {
    const specs = page.map((s) => ('text' in s && s.text.startsWith('Spotprisen') ? { ...s, footnoteRefs: ['1'] } : s));
    const { doc, products } = segment(specs, { format: 'markdown' });
    expect(texts(doc, products[0]!.shared)).toEqual(['Vilkår', 'Prisendringer varsles på SMS 30 dager før.', 'Gjelder timesmålte anlegg.']);
    expect(texts(doc, products[1]!.shared)).toEqual(['Vilkår', 'Prisendringer varsles på SMS 30 dager før.']);
  });

  it('makes a section with its own deal copy above a product subsection a product too', () => {
    const { products } = segment(
      [h(1, 'Straum'), h(2, 'Fjellstraum Spot'), p('Påslag 2 øre/kWh.'), h(3, 'Fjellstraum Spot for hytta'), p('Fastbeløp 19 kr/mnd.'), h(3, 'Vilkår'), p('Inga bindingstid.')],
      { format: 'markdown' },
    );
    expect(names(products)).toEqual(['Fjellstraum Spot', 'Fjellstraum Spot for hytta']);
    expect(products.map((x) => x.blocks)).toEqual([[1, 2], [3, 4]]);
    expect(products.map((x) => x.shared)).toEqual([[5, 6], [5, 6]]);
  });

  it('makes a page title a lead product only when it names a product type', () => {
    const campaign = (title: string) => segment([h(1, title), p('Kampanje: 0 øre i påslag!'), h(2, 'Spotpris Vinter'), p('Vinterkampanje: uten påslag, 39 kr/mnd.')], { format: 'markdown' });
    expect(names(campaign('Spotpris Høst').products)).toEqual(['Spotpris Høst', 'Spotpris Vinter']);
    expect(names(campaign('Strøm fra Nordlys Energi').products)).toEqual(['Spotpris Vinter']);
  });

  it('reads a bold line as a heading', () => {
    const { products } = segment([p('**Spotpris Nord**'), p('Påslag 1,9 øre/kWh'), p('**Fastpris Nord**'), p('Fastpris 92 øre/kWh')], { format: 'markdown' });
    expect(names(products)).toEqual(['Spotpris Nord', 'Fastpris Nord']);
  });

  it('never makes a <summary> fold a product: it belongs to the section around it', () => {
    const { doc, products } = segment([
      box('section', ['hero'], [
        h(1, 'Havbris Variabel'),
        p('119,90 øre/kWh og 49 kr/mnd.'),
        box('details', [], [p('Andre gebyrer', 'summary'), p('Papirfaktura koster 39 kr.')]),
      ]),
    ]);
    expect(names(products)).toEqual(['Havbris Variabel']);
    expect(texts(doc, products[0]!.blocks)).toContain('Papirfaktura koster 39 kr.');
  });

  it('takes one bold-line subsection with prices into the section above it', () => {
    const { products } = segment([h(1, 'Fjellstraum Spot'), p('Påslag 2,9 øre/kWh.'), p('**Nordlys-fordelen**'), p('Halv pris på papirfaktura: 19 kr.')], { format: 'markdown' });
    expect(names(products)).toEqual(['Fjellstraum Spot']);
    expect(products[0]!.blocks).toEqual([0, 1, 2, 3]);
  });

  it('finds no product on a page without deal copy', () => {
    const { products } = segment([h(1, 'Kontakt oss'), p('Ring oss på 800 12 345 eller skriv til post@nordlys.example.')], { format: 'markdown' });
    expect(products).toEqual([]);
  });
});

describe('single offers', () => {
  it('names the one product by the h1', () => {
    const { doc, products } = segment([fm('title', 'Straum til innkjøpspris'), h(1, 'Innkjøpspris Vestland'), p('Du betaler innkjøpspris pluss eit fast månadsbeløp på 45 kr.')], { format: 'markdown', meta: { title: 'Straum til innkjøpspris' } });
    expect(names(products)).toEqual(['Innkjøpspris Vestland']);
    expect(products[0]!.type).toBe('purchase');
    expect(texts(doc, products[0]!.blocks)).toEqual(['Innkjøpspris Vestland', 'Du betaler innkjøpspris pluss eit fast månadsbeløp på 45 kr.']);
  });

  it('takes the declared product name over a campaign headline', () => {
    const { products } = segment([fm('produkt', 'Spotpris Vinter'), h(1, 'Vinterkampanje!'), p('0 øre i påslag de første 3 månedene.')], { format: 'markdown', meta: { produkt: 'Spotpris Vinter' } });
    expect(names(products)).toEqual(['Spotpris Vinter']);
    expect(products[0]!.anchor).toEqual({ block: 0, start: 0, end: 15 });
  });

  it('names a page without headings by its front-matter title', () => {
    const { products } = segment([fm('title', 'Spot Welcome'), p('Zero markup for the first 3 months, then 4,90 øre/kWh.')], { format: 'markdown', meta: { title: 'Spot Welcome' } });
    expect(names(products)).toEqual(['Spot Welcome']);
    expect(products[0]!.blocks).toEqual([0, 1]);
  });
});

describe('list items with bold names', () => {
  it('makes each bold item a product, with the plain items after it', () => {
    const { doc, products } = segment(
      [
        h(1, 'Prisliste'),
        li('**Spotpris Nord** – påslag 3,9 øre/kWh'),
        li('Fastbeløp 39 kr/mnd'),
        li('**Timespot Nord**: påslag 1,9 øre/kWh, 49 kr/mnd'),
        li('**Ingen binding** – si opp når du vil'),
      ],
      { format: 'markdown' },
    );
    expect(names(products)).toEqual(['Spotpris Nord', 'Timespot Nord']);
    expect(texts(doc, products[0]!.blocks)).toEqual(['Spotpris Nord – påslag 3,9 øre/kWh', 'Fastbeløp 39 kr/mnd']);
    expect(products[1]!.anchor).toEqual({ block: 3, start: 0, end: 13 });
  });

  it('leaves a list with one bold deal to its section', () => {
    const { products } = segment([h(1, 'Spotpris Sør'), li('**Lavt påslag**: 2,9 øre/kWh'), li('Fastbeløp 39 kr/mnd')], { format: 'markdown' });
    expect(names(products)).toEqual(['Spotpris Sør']);
  });
});

describe('configured selectors', () => {
  it('takes containers with role product, named by role name, and nothing else', () => {
    const { products } = segment([
      h(1, 'Fastpris 3 år er her'),
      p('Fastpris 79 øre/kWh'),
      box('div', ['x1'], [p('Populær'), box('span', [], [p('Spot Hav')], { role: 'name' }), p('Påslag 3 øre/kWh')], { role: 'product' }),
      box('div', ['x1'], [p('Fast Hav'), p('99 øre/kWh')], { role: 'product' }),
    ]);
    expect(names(products)).toEqual(['Spot Hav', 'Fast Hav']);
    expect(products.map((x) => x.type)).toEqual(['spot', 'fixed']);
  });
});

describe('terms boxes and notes', () => {
  it('shares a terms-classed box and notes under a grid with every product', () => {
    const { doc, products } = segment([
      h(1, 'Avtaler'),
      box('div', ['grid'], [
        box('div', ['plan'], [h(3, 'Spot Fjord'), p('Påslag 2 øre/kWh')]),
        box('div', ['plan'], [h(3, 'Fast Fjord'), p('Fastpris 88 øre/kWh')]),
      ]),
      p('Alle priser er inkl. mva.'),
      box('div', ['avtalevilkar'], [p('Avtalene løper til de sies opp.'), p('Se også angrerett.')]),
    ]);
    expect(names(products)).toEqual(['Spot Fjord', 'Fast Fjord']);
    expect(texts(doc, products[0]!.shared)).toEqual(['Alle priser er inkl. mva.', 'Avtalene løper til de sies opp.', 'Se også angrerett.']);
  });
});

describe('hostile structure', () => {
  it('survives looping parents and ranges outside the block list', () => {
    const doc = makeDoc([h(2, 'Spot Loop'), p('Påslag 1 øre/kWh')]);
    doc.containers.push({ id: 0, parent: 1, tag: 'div', classes: ['kort'], firstBlock: -5, endBlock: 99 }, { id: 1, parent: 0, tag: 'div', classes: ['kort'], firstBlock: 0, endBlock: 2 });
    expect(names(segmentProducts(doc, simpleFacts(doc.blocks)))).toEqual(['Spot Loop']);
  });

  it('caps the shared blocks a page hands out when thousands of products meet thousands of terms', () => {
    const specs: Spec[] = [];
    for (let i = 0; i < 3_000; i++) specs.push(h(2, `Spot ${i}`), p('Påslag 1 øre/kWh'));
    specs.push(h(2, 'Vilkår'));
    for (let i = 0; i < 1_000; i++) specs.push(p(`Vilkår punkt ${i}.`));
    const doc = makeDoc(specs, { format: 'markdown' });
    const products = segmentProducts(doc, simpleFacts(doc.blocks));
    expect(products.length).toBe(3_000);
    expect(products[0]!.shared.length).toBe(1_001);
    expect(products.reduce((sum, x) => sum + x.shared.length, 0)).toBe(2_000_000);
  });

  it('handles deep nesting and many sections in linear time', () => {
    const many: Spec[] = [h(1, 'Våre strømavtaler'), p('Påslag 1 øre/kWh')];
    for (let i = 0; i < 20_000; i++) many.push(h(2, `Spot ${i}`), p(`Påslag ${i % 9} øre/kWh`));
    const doc = makeDoc(many);
    for (let c = 0; c < 20_000; c++) doc.containers.push({ id: c, parent: c - 1, tag: 'div', classes: ['kort'], firstBlock: 1, endBlock: 2 });
    const facts = simpleFacts(doc.blocks);
    const started = performance.now();
    const products = segmentProducts(doc, facts);
    // A quadratic walk would take minutes here; linear takes well under a second on an idle machine.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(products.length).toBe(20_000);
    expect(products[19_999]!.name).toBe('Spot 19999');
  });
});
