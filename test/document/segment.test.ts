import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { completeDocument } from '../../src/document/complete-document.js';
import type { Document, Product } from '../../src/document/types.js';
import { loadAdapter } from '../../src/formats/load.js';
import type { AdapterOptions } from '../../src/formats/types.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/segmentation');

/** A fixture page run through its adapter, the recognisers and segmentation, as the engine does. */
async function load(name: string, html?: AdapterOptions['html']): Promise<Document> {
  const source = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  const adapter = await loadAdapter(name.endsWith('.md') ? 'markdown' : 'html');
  const parsed = adapter.parse(name, source, html ? { html } : {});
  if (parsed.kind !== 'document') throw new Error(`${name}: ${parsed.kind}`);
  return completeDocument(parsed.document);
}

const names = (doc: Document) => doc.products.map((p) => p.name);
const types = (doc: Document) => doc.products.map((p) => p.type);
const product = (doc: Document, name: string) => doc.products.find((p) => p.name === name)!;
const texts = (doc: Document, ids: readonly number[]) => ids.map((id) => doc.blocks[id]!.text);

/** Amounts stated in a product's own blocks, as "value unit/per". */
function amounts(doc: Document, p: Product): string[] {
  const own = new Set(p.blocks);
  return doc.facts.filter((f) => f.kind === 'amount' && own.has(f.block)).map((f) => (f.kind === 'amount' ? `${f.value} ${f.unit}${f.per ? `/${f.per}` : ''}` : ''));
}

/** Markup elements stated with a size in a product's own blocks. */
function markups(doc: Document, p: Product): number[] {
  const own = new Set(p.blocks);
  return doc.facts.flatMap((f) => (f.kind === 'price-element' && f.element === 'markup' && f.quantity && own.has(f.block) ? [f.quantity.value] : []));
}

/** Blocks inside page chrome or ignored containers. */
function chromeBlocks(doc: Document): Set<number> {
  const chrome = new Set<number>();
  for (const c of doc.containers) if (c.role === 'chrome' || c.role === 'ignore') for (let b = c.firstBlock; b < c.endBlock; b++) chrome.add(b);
  return chrome;
}

function expectNoChrome(doc: Document): void {
  const chrome = chromeBlocks(doc);
  expect(chrome.size).toBeGreaterThan(0);
  for (const p of doc.products) {
    expect([p.anchor.block, ...p.blocks, ...p.shared].filter((b) => chrome.has(b))).toEqual([]);
  }
}

/** Names of the products whose shared blocks hold a block starting with `text`. */
function sharing(doc: Document, text: string): string[] {
  return doc.products.filter((p) => texts(doc, p.shared).some((t) => t.startsWith(text))).map((p) => p.name);
}

describe('HTML: product cards in a grid (kort-rutenett.html)', () => {
  // Loaded for each test, inside it: what a test checks is computed while it runs.
  let doc!: Document;
  beforeEach(async () => {
    doc = await load('kort-rutenett.html');
  });

  it('finds the three cards, named by their headings without decorations', () => {
    expect(names(doc)).toEqual(['Spotpris Pluss', 'Timespot', 'Fastpris 12 mnd']);
    expect(types(doc)).toEqual(['spot', 'hourly-spot', 'fixed']);
    expect(doc.blocks[doc.products[0]!.anchor.block]!.text).toBe('★ Spotpris Pluss');
    expect(doc.products[0]!.anchor).toMatchObject({ start: 2, end: 16 });
  });

  it("attaches each card's prices to its own product", () => {
    expect(amounts(doc, doc.products[0]!)).toEqual(['4.9 ore/kWh', '39 kr/month']);
    expect(amounts(doc, doc.products[1]!)).toEqual(['0 ore/kWh', '49 kr/month']);
    expect(markups(doc, doc.products[1]!)).toEqual([0]);
    expect(amounts(doc, doc.products[2]!)).toEqual(['89.9 ore/kWh', '49 kr/month']);
  });

  it('keeps the badge before the heading and the button after it in the card', () => {
    expect(texts(doc, doc.products[0]!.blocks)).toEqual([
      'Mest populær',
      '★ Spotpris Pluss',
      'Påslag 4,90 øre/kWh',
      'Fastbeløp 39 kr/mnd',
      'Ingen bindingstid',
      'Følger spotprisen time for time',
      'Bestill',
    ]);
  });

  it('links "*" and "¹" footnotes to exactly the cards that refer to them', () => {
    expect(sharing(doc, '* Gjelder de første 3 månedene')).toEqual(['Timespot']);
    expect(sharing(doc, '¹ Bruddgebyr')).toEqual(['Fastpris 12 mnd']);
    expect(sharing(doc, 'Alle priser er inkl. mva.')).toEqual(['Spotpris Pluss', 'Timespot', 'Fastpris 12 mnd']);
  });

  it('never takes the cookie banner, the menu or the footer, full of prices as they are', () => {
    expectNoChrome(doc);
  });
});

describe('HTML: price table with products as rows (pristabell-rader.html)', () => {
  let doc!: Document;
  beforeEach(async () => {
    doc = await load('pristabell-rader.html');
  });

  it('makes each row a product named by its first cell', () => {
    expect(names(doc)).toEqual(['Vestavind Spot', 'Vestavind Timespot', 'Vestavind Innkjøpspris']);
    expect(types(doc)).toEqual(['spot', 'hourly-spot', 'purchase']);
  });

  it('gives each row its own cells and shares the header and the notes under the table', () => {
    const timespot = product(doc, 'Vestavind Timespot');
    expect(texts(doc, timespot.blocks)).toEqual(['Vestavind Timespot', '1,9 øre/kWh', '55 kr/mnd', 'Ingen']);
    expect(amounts(doc, timespot)).toEqual(['1.9 ore/kWh', '55 kr/month']);
    expect(texts(doc, timespot.shared)).toEqual([
      'Strømavtale',
      'Påslag',
      'Fastbeløp',
      'Bindingstid',
      'Alle priser inkl. mva.',
      'I tillegg betaler du spotprisen fra Nord Pool for ditt prisområde. Papirfaktura koster 49 kr per faktura.',
    ]);
  });

  it('leaves the contact section and the navigation out', () => {
    expect(sharing(doc, 'Ring 55 00 12 34')).toEqual([]);
    expectNoChrome(doc);
  });
});

describe('HTML: price table with products as columns, nynorsk (pristabell-kolonner.html)', () => {
  let doc!: Document;
  beforeEach(async () => {
    doc = await load('pristabell-kolonner.html');
  });

  it('makes each column a product named by its header cell', () => {
    expect(names(doc)).toEqual(['Fjellstraum Spot', 'Fjellstraum Fast 1 år', 'Fjellstraum Innkjøp']);
    expect(types(doc)).toEqual(['spot', 'fixed', 'purchase']);
  });

  it('gives each column its own cells, with the row labels shared', () => {
    const fixed = product(doc, 'Fjellstraum Fast 1 år');
    expect(texts(doc, fixed.blocks)).toEqual(['Fjellstraum Fast 1 år', '–', '92,5 øre/kWh', '45 kr/mnd', '12 månader']);
    expect(amounts(doc, fixed)).toEqual(['92.5 ore/kWh', '45 kr/month']);
    expect(texts(doc, fixed.shared).slice(0, 4)).toEqual(['Påslag', 'Fastpris', 'Fast månadsbeløp', 'Bindingstid']);
  });

  it('shares the "Viktig å vite" terms section with every product', () => {
    expect(sharing(doc, 'Me varslar prisendringar')).toEqual(names(doc));
    expectNoChrome(doc);
  });
});

describe('HTML: campaign landing page with a terms section (kampanje-landing.html)', () => {
  let doc!: Document;
  beforeEach(async () => {
    doc = await load('kampanje-landing.html');
  });

  it('finds the one campaign product, named without its tagline', () => {
    expect(names(doc)).toEqual(['Spotpris Vinter']);
    expect(types(doc)).toEqual(['spot']);
    expect(doc.products[0]!.anchor).toMatchObject({ start: 0, end: 15 });
  });

  it("keeps the hero copy in the product, and the campaign terms under the page's one h1 with it", () => {
    const p = doc.products[0]!;
    expect(texts(doc, p.blocks).slice(0, 4)).toEqual([
      'Spotpris Vinter – 0 kr i påslag i 3 måneder!',
      'Bli kunde innen 15. desember 2026 og betal ingen påslag de første tre månedene. Fastbeløpet er 39 kr/mnd.',
      'Etter kampanjeperioden får du Spotpris Havbris med påslag 4,5 øre/kWh.',
      'Ja takk, jeg vil ha tilbudet',
    ]);
    expect(texts(doc, p.blocks)).toContain('Kampanjevilkår');
    expect(doc.facts.some((f) => f.kind === 'campaign' && p.blocks.includes(f.block))).toBe(true);
  });

  it('leaves "Hvorfor velge Havbris?" and "Kontakt oss" out', () => {
    expect([...doc.products[0]!.blocks, ...doc.products[0]!.shared].some((b) => /Hvorfor|Kontakt|vannkraft/.test(doc.blocks[b]!.text))).toBe(false);
  });
});

describe('HTML: mega menu, consent dialog and footer with prices (meny-og-banner.html)', () => {
  let doc!: Document;
  beforeEach(async () => {
    doc = await load('meny-og-banner.html');
  });

  it('finds only the two products in the main content', () => {
    expect(names(doc)).toEqual(['Lysglimt Spot', 'Lysglimt Hytte']);
    expect(types(doc)).toEqual(['spot', 'spot']);
    expect(amounts(doc, product(doc, 'Lysglimt Hytte'))).toEqual(['3.5 ore/kWh', '29 kr/month']);
  });

  it('never takes chrome, and the "Om oss" box is no product', () => {
    expectNoChrome(doc);
    expect(doc.products.flatMap((p) => texts(doc, [...p.blocks, ...p.shared])).some((t) => t.includes('Trøndelag'))).toBe(false);
  });
});

describe('HTML: footnotes with "*" and "¹", English (footnotes.html)', () => {
  let doc!: Document;
  beforeEach(async () => {
    doc = await load('footnotes.html');
  });

  it('finds the three plan cards', () => {
    expect(names(doc)).toEqual(['Havbris Spot Welcome', 'Havbris Fixed 24', 'Havbris Variable']);
    expect(types(doc)).toEqual(['spot', 'fixed', 'variable']);
  });

  it('links each footnote to the plan that refers to it', () => {
    expect(sharing(doc, '* For the first 3 months')).toEqual(['Havbris Spot Welcome']);
    expect(sharing(doc, '¹ The price is fixed')).toEqual(['Havbris Fixed 24']);
    expect(texts(doc, product(doc, 'Havbris Variable').shared)).toEqual(['All prices incl. VAT. Grid rent is billed by your grid company.']);
    expect(markups(doc, product(doc, 'Havbris Spot Welcome'))).toEqual([0]);
  });
});

describe('HTML: unclassed articles (artiklar.html)', () => {
  let doc!: Document;
  beforeEach(async () => {
    doc = await load('artiklar.html');
  });

  it('makes each article with a name and a price a product, and types them', () => {
    expect(names(doc)).toEqual(['Lysglimt Innkjøp', 'Lysglimt Prissikring', 'Lysglimt Sol']);
    expect(types(doc)).toEqual(['purchase', 'managed', 'plus']);
  });
});

describe('HTML: configured selectors (valgt-med-selektorer.html)', () => {
  it('takes the configured containers and names, and nothing else', async () => {
    const doc = await load('valgt-med-selektorer.html', { product: '.x-blokk[data-type=offer]', name: '.x-tittel' });
    expect(names(doc)).toEqual(['Vestavind Spot Smart', 'Vestavind Fastpris 3 år']);
    expect(types(doc)).toEqual(['spot', 'fixed']);
    expect(texts(doc, doc.products[0]!.blocks)).toEqual(['Nyhet', 'Vestavind Spot Smart', 'Påslag 2,49 øre/kWh og 39 kr/mnd. Ingen bindingstid.']);
    expect(doc.products.flatMap((p) => p.shared)).toEqual([]);
  });

  it('without selectors, reads the page as one offer under its h1', async () => {
    const doc = await load('valgt-med-selektorer.html');
    expect(names(doc)).toEqual(['Månedens tilbud fra Vestavind Kraft']);
  });
});

describe('Markdown: products as h2 sections (avtaler.md)', () => {
  let doc!: Document;
  beforeEach(async () => {
    doc = await load('avtaler.md');
  });

  it('finds the three product sections; "Om oss" and "Viktig å vite" are none', () => {
    expect(names(doc)).toEqual(['Spotpris Pluss', 'Timespot', 'Fastpris 12 mnd']);
    expect(types(doc)).toEqual(['spot', 'hourly-spot', 'fixed']);
  });

  it('keeps the "Priser" subsection and its table in Timespot', () => {
    const timespot = product(doc, 'Timespot');
    expect(texts(doc, timespot.blocks).slice(-7)).toEqual(['Priser', 'Priselement', 'Pris', 'Påslag', '2,90 øre/kWh', 'Fastbeløp', '49 kr/mnd']);
    expect(markups(doc, timespot)).toContain(0);
  });

  it('links GFM footnotes by label and shares the terms section with every product', () => {
    expect(sharing(doc, 'Kampanjen gjelder nye kunder')).toEqual(['Timespot']);
    expect(sharing(doc, 'Bruddgebyr ved oppsigelse')).toEqual(['Fastpris 12 mnd']);
    expect(sharing(doc, 'Prisendringer varsler vi')).toEqual(['Spotpris Pluss', 'Timespot', 'Fastpris 12 mnd']);
  });
});

describe('Markdown: list items with bold names, nynorsk (prisliste-punkt.md)', () => {
  let doc!: Document;
  beforeEach(async () => {
    doc = await load('prisliste-punkt.md');
  });

  it('makes each bold item a product with its nested details', () => {
    expect(names(doc)).toEqual(['Fjellstraum Spot', 'Fjellstraum Timespot', 'Fjellstraum Fast 1 år']);
    expect(types(doc)).toEqual(['spot', 'hourly-spot', 'fixed']);
    expect(texts(doc, product(doc, 'Fjellstraum Spot').blocks)).toEqual([
      'Fjellstraum Spot – påslag 2,9 øre/kWh, fast månadsbeløp 35 kr',
      'Inga bindingstid',
      'Prisen følgjer spotprisen time for time',
    ]);
    expect(markups(doc, product(doc, 'Fjellstraum Timespot'))).toEqual([1.5]);
  });

  it('shares the note after the list', () => {
    expect(sharing(doc, 'Papirfaktura kostar 39 kr')).toEqual(names(doc));
  });
});

describe('Markdown: GFM price table, English (price-table.md)', () => {
  let doc!: Document;
  beforeEach(async () => {
    doc = await load('price-table.md');
  });

  it('makes each row a product', () => {
    expect(names(doc)).toEqual(['Vestavind Spot', 'Vestavind Hourly Spot', 'Vestavind Fixed 12']);
    expect(types(doc)).toEqual(['spot', 'hourly-spot', 'fixed']);
    expect(amounts(doc, product(doc, 'Vestavind Fixed 12'))).toEqual(['84.9 ore/kWh', '49 kr']);
  });

  it('shares the header cells and the Terms section', () => {
    expect(texts(doc, doc.products[2]!.shared)).toEqual([
      'Plan',
      'Markup',
      'Monthly fee',
      'Binding period',
      'You also pay the spot price from Nord Pool for your price area, hour by hour.',
      'Terms',
      'Price changes are notified by SMS or e-mail at least 30 days in advance. Paper invoices cost NOK 49.',
    ]);
  });
});

describe('Markdown: single offer with front matter (enkelt-tilbud.md)', () => {
  let doc!: Document;
  beforeEach(async () => {
    doc = await load('enkelt-tilbud.md');
  });

  it('names the one product by front matter `produkt`, not by the campaign headline', () => {
    expect(names(doc)).toEqual(['Spotpris Vinter']);
    expect(types(doc)).toEqual(['spot']);
    expect(doc.blocks[doc.products[0]!.anchor.block]!.kind).toBe('front-matter');
  });

  it('holds the whole offer', () => {
    const p = doc.products[0]!;
    expect(texts(doc, p.blocks).slice(1, 3)).toEqual([
      'Vinterkampanje ⚡ Strøm uten påslag!',
      'Bli kunde før jul og få 0 øre i påslag de første 3 månedene. Fastbeløpet er 39 kr/mnd. Tilbudet gjelder ved bestilling innen 15. desember 2026.',
    ]);
    expect(amounts(doc, p)).toContain('4.9 ore/kWh');
  });
});

describe('Markdown: variable, prosumer and managed products, nynorsk (straumavtalar.md)', () => {
  let doc!: Document;
  beforeEach(async () => {
    doc = await load('straumavtalar.md');
  });

  it('finds and types the three products; "Kontakt" is none', () => {
    expect(names(doc)).toEqual(['Vestavind Variabel', 'Plusskunde Vestavind', 'Forvaltning Trygg']);
    expect(types(doc)).toEqual(['variable', 'plus', 'managed']);
    expect(amounts(doc, product(doc, 'Forvaltning Trygg'))).toEqual(['3.5 ore/kWh', '59 kr/month']);
  });
});

describe('the demo pages', async () => {
  it('reads a one-product Markdown page with a key/value price table as one product', async () => {
    const source = fs.readFileSync(path.resolve(FIXTURES, '../demo/produkter/spotpris.md'), 'utf8');
    const parsed = (await loadAdapter('markdown')).parse('spotpris.md', source, {});
    if (parsed.kind !== 'document') throw new Error(parsed.kind);
    const doc = completeDocument(parsed.document);
    expect(names(doc)).toEqual(['Spotpris Nordlys']);
    expect(doc.products[0]!.blocks.length).toBe(12);
  });
});
