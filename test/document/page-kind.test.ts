import { describe, expect, it } from 'vitest';
import { completeDocument } from '../../src/document/complete-document.js';
import { htmlAdapter } from '../../src/formats/html.js';
import { markdownAdapter } from '../../src/formats/markdown.js';
import type { PageKind } from '../../src/document/types.js';

function kindOf(source: string, file = 'side.md', configured?: PageKind): PageKind {
  const adapter = file.endsWith('.md') ? markdownAdapter : htmlAdapter;
  const result = adapter.parse(file, source, {});
  if (result.kind !== 'document') throw new Error(`expected a document, got ${result.kind}`);
  return completeDocument(result.document, configured).pageKind;
}

describe('page kind', () => {
  it.each([
    ['---\ntype: vilkår\n---\nTekst.\n', 'terms'],
    ['---\nlayout: prisliste\n---\nTekst.\n', 'price-list'],
    ['---\nkind: faq\n---\n# Spotpris\n\nPåslag 3 øre/kWh.\n', 'faq'],
    ['---\nsidetype: nyhet\n---\n# Ny pris\n\nPåslag 3 øre/kWh.\n', 'article'],
    ['---\ntype: prisendring\n---\nTekst.\n', 'price-change'],
    ['---\nkind: offer\n---\n# Avtalevilkår\n', 'offer'],
  ])('front matter decides: %j is %s', (source, kind) => {
    expect(kindOf(source)).toBe(kind);
  });

  it.each([
    ['# Avtalevilkår for Nordlys Spot\n', 'terms'],
    ['# Terms and conditions\n', 'terms'],
    ['# Prisliste januar 2026\n', 'price-list'],
    ['# Nye priser fra 1. mars\n\nPåslaget blir 4,9 øre/kWh.\n', 'price-change'],
    ['# Vi endrer påslaget\n\nFra 1. mars er påslaget 4,9 øre/kWh.\n', 'price-change'],
    ['# Varsel om prisendring\n\nNytt fastbeløp: 49 kr/mnd.\n', 'price-change'],
    ['# Price change notice\n\nFrom 1 March the markup is 4.9 øre/kWh.\n', 'price-change'],
    ['# Vanlege spørsmål om straum\n\nSvar.\n', 'faq'],
    ['---\ntitle: Sommerkampanje\n---\n# Spotpris uten påslag\n\nPåslag 0 øre/kWh.\n', 'offer'],
  ])('the title or first heading decides: %j is %s', (source, kind) => {
    expect(kindOf(source)).toBe(kind);
  });

  it('reads a notice titled with a new price as a price change (nb, nn, en)', () => {
    expect(kindOf('# Ny pris på Haugvik Kystspot fra 1. februar 2027\n\nPåslaget øker fra 2,90 til 3,40 øre/kWh.\n')).toBe('price-change');
    expect(kindOf('# Nytt påslag frå 1. mars\n\nPåslaget blir 3,10 øre/kWh.\n')).toBe('price-change');
    expect(kindOf('# Price adjustment for Harbour Spot\n\nThe markup goes up to 3.4 øre/kWh.\n')).toBe('price-change');
    expect(kindOf('# Nyhet: Spot Pluss\n\nPåslag 2,9 øre/kWh, 39 kr/mnd.\n')).toBe('offer');
  });

  it('reads a price-change notice that also offers a deal to new customers as an offer', () => {
    expect(kindOf('# Nye priser fra 1. februar\n\nPåslaget blir 3,70 øre/kWh.\n\n## Tilbud til nye kunder\n\nIntrotilbud: 0 kr i fastbeløp de første 2 månedene.\n')).toBe('offer');
  });

  it('reads a page of questions without a campaign as an FAQ, and one with a campaign as an offer (nb, en)', () => {
    const faq = '# Strøm\n\n## Hva er påslag?\n\nDet er 3 øre/kWh hos oss.\n\n## Hva er spotpris?\n\nSvar.\n\n## Kan jeg bytte?\n\nJa.\n';
    expect(kindOf(faq)).toBe('faq');
    expect(kindOf(`${faq}\n## Kampanje\n\nKampanjepris 0 øre/kWh ut mars.\n`)).toBe('offer');
    const en = '<h1>Help</h1><details><summary>What is the markup?</summary><p>3 øre/kWh.</p></details><details><summary>Can I leave?</summary><p>Yes.</p></details><details><summary>How do I pay?</summary><p>By e-invoice.</p></details>';
    expect(kindOf(en, 'side.html')).toBe('faq');
  });

  it('reads a page of questions with a button to order a priced product as an offer, one with a bare link as an FAQ (en, nn)', () => {
    const questions = '## Why a variable price?\n\nSame price every hour.\n\n## How do price changes work?\n\nWe tell you by e-mail.\n\n## What about grid rent?\n\nBilled by your grid company.\n';
    const product = '## Harbour Variable\n\nPrice 118.40 øre/kWh, monthly fee NOK 53.\n\n[Order Harbour Variable](/order)\n\n';
    expect(kindOf(`# Prefer a steady price?\n\n${product}${questions}`)).toBe('offer');
    expect(kindOf(`# Prefer a steady price?\n\n${product.replace('[Order Harbour Variable](/order)', '[Read more](/more)')}${questions}`)).toBe('faq');
    const nn = '# Kva kostar straumen?\n\n## Kva er påslag?\n\nDet er det vi tek.\n\n## Kva er fastbeløp?\n\nEin fast sum.\n\n## Kan eg byte?\n\nJa.\n\n[Bestill straum](/bestill)\n';
    expect(kindOf(nn)).toBe('faq');
  });

  it('reads a page that states no deal at all as other (a README in a campaign repository)', () => {
    expect(kindOf('# fast-cache\n\nA fast cache for Node.\n\n```sh\nnpm install fast-cache\n```\n')).toBe('other');
    expect(kindOf('# Spot Fjord\n\nIntrotilbud: bestill i dag!\n')).toBe('offer');
    expect(kindOf('# Campaign tooling\n\nA campaign repository with binding config.\n')).toBe('other');
  });

  it('reads articles and help pages by their title, category or Open Graph type', () => {
    expect(kindOf('<title>Fem ting vi har lært | Tindeland Kraft-bloggen</title><h1>Fem ting</h1><p>Påslag 2 øre/kWh.</p>', 'side.html')).toBe('article');
    expect(kindOf('<head><meta property="og:type" content="article"></head><h1>Ny pris</h1><p>Påslag 2 øre/kWh.</p>', 'side.html')).toBe('article');
    expect(kindOf('---\ncategory: Guider\n---\n# Hva passer for deg?\n\nPåslag 2 øre/kWh.\n')).toBe('article');
    expect(kindOf('<title>Forstå fakturaen din – Kundeservice</title><h1>Forstå fakturaen din</h1><p>Fakturagebyr 49 kr.</p>', 'side.html')).toBe('faq');
    // An FAQ that mentions campaigns is still an FAQ.
    expect(kindOf('# Ofte stilte spørsmål\n\n## Har dere kampanjer?\n\nJa, introtilbud for nye kunder.\n')).toBe('faq');
  });

  it('lets the configuration decide over the content', () => {
    expect(kindOf('# Prisliste\n\nPåslag 3 øre/kWh.\n', 'side.md', 'offer')).toBe('offer');
  });
});
