import { describe, expect, it } from 'vitest';
import { completedPage as documentOf } from './segment-helpers.js';

const names = (source: string, file?: string) => documentOf(source, file).products.map((p) => p.name);

describe('campaign pages: titles that name a campaign, not a product', () => {
  it('reads a campaign title as no product, and gives its banner and intro to the one product below it', () => {
    const page = `<h1>Haustkampanje</h1>
<p>Det er haust, og difor får du Fjellbris Lauv utan påslag ut november. Kvar papirfaktura kostar 45 kr.</p>
<div class="produktboks"><h2>Fjellbris Lauv</h2><ul><li>Påslag: 0 øre/kWh ut november, deretter 2,89 øre/kWh</li><li>Fast månadsbeløp: 37 kr/mnd</li></ul></div>`;
    const document = documentOf(page);
    expect(document.products.map((p) => p.name)).toEqual(['Fjellbris Lauv']);
    const intro = document.blocks.findIndex((b) => b.text.startsWith('Det er haust'));
    expect(document.products[0]!.shared).toContain(intro);
  });

  it('keeps the copy before the first of several products to none of them', () => {
    const page = `<h1>Vinterkampanje</h1><p>Kvar papirfaktura kostar 45 kr.</p>
<div class="produktkort"><h2>Fjellbris Lauv</h2><p>Påslag 2,89 øre/kWh, 37 kr/mnd.</p></div>
<div class="produktkort"><h2>Fjellbris Time</h2><p>Påslag 1,99 øre/kWh, 45 kr/mnd.</p></div>`;
    const document = documentOf(page);
    const intro = document.blocks.findIndex((b) => b.text.startsWith('Kvar papirfaktura'));
    expect(document.products.map((p) => p.name)).toEqual(['Fjellbris Lauv', 'Fjellbris Time']);
    for (const product of document.products) expect([...product.blocks, ...product.shared]).not.toContain(intro);
  });

  it.each([['50 % rabatt på påslaget'], ['De første 1 000 kWh er gratis'], ['Verv en venn – dere får 500 kr hver']])('never names the page\'s product "%s"', (title) => {
    expect(names(`# ${title}\n\nPåslag 0 øre/kWh i tre måneder, deretter 3,9 øre/kWh. Fastbeløp 39 kr/mnd.\n`, 'side.md')).toEqual([]);
  });

  it.each([['Haustkampanje'], ['Black Week-tilbud'], ['Autumn campaign']])('labels a deal with no product name of its own by its campaign\'s title "%s"', (title) => {
    expect(names(`# ${title}\n\nPåslag 0 øre/kWh i tre måneder, deretter 3,9 øre/kWh. Fastbeløp 39 kr/mnd.\n`, 'side.md')).toEqual([title]);
  });

  it('still names the page after a product whose name has a capitalised season word ("Spotpris Vår")', () => {
    expect(names('# Spotpris Vår\n\n**Bli kunde nå!** Kampanjepris: 0 øre i påslag de første 3 månedene. Fastbeløp 35 kr/mnd.\n', 'side.md')).toEqual(['Spotpris Vår']);
  });
});

describe('e-mails set in tables', () => {
  it('reads a short line set large as a heading that names the product', () => {
    const mail = `<table><tr><td><div style="font-size:16px">Hei Kari! Nå kan du bytte til oss.</div>
<div style="font-size:28px;font-weight:bold">Kystlys Spot</div>
<div style="font-size:16px">Påslag 2,49 øre/kWh og fastbeløp 39 kr/mnd. Ingen bindingstid.</div></td></tr></table>`;
    expect(names(mail)).toEqual(['Kystlys Spot']);
  });

  it('shows a block inside a font-size:0 wrapper that sets its own size again (MJML columns)', () => {
    const mail = `<div style="font-size:0"><div style="font-size:16px"><h2>Kystlys Spot</h2><p>Påslag 2,49 øre/kWh, fastbeløp 39 kr/mnd.</p></div></div>`;
    const document = documentOf(mail);
    expect(document.blocks.map((b) => b.visibility.state)).toEqual(['visible', 'visible']);
    expect(document.products.map((p) => p.name)).toEqual(['Kystlys Spot']);
  });
});

describe('terms summaries', () => {
  it('reads a summary of terms under a generic layout as a terms page whose tables name the products', () => {
    const page = `---
title: "Vilkårene våre – kort fortalt"
layout: page
---

# Vilkårene våre – kort fortalt

## Avtalene

| Avtale | Kraftpris | Fastbeløp |
|---|---|---|
| Solberg Flyt | spotpris + 4,49 øre/kWh | 39 kr/mnd |
| Solberg Anker 12 | 94,90 øre/kWh | 49 kr/mnd |

## Prisendringer

Påslaget kan endres med 30 dagers varsel.
`;
    const document = documentOf(page, 'vilkar.md');
    expect(document.pageKind).toBe('terms');
    expect(document.products.map((p) => p.name)).toEqual(['Solberg Flyt', 'Solberg Anker 12']);
  });
});
