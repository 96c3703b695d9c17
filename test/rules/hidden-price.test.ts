import { describe, expect, it } from 'vitest';
import rule from '../../rules/hidden-price.js';
import { lintText } from '../../src/index.js';
import type { Finding } from '../../src/engine/types.js';
import type { RuleSetting } from '../../src/config/types.js';
import type { Locale } from '../../src/rule-kit/types.js';
import { lintTextWithRule, place } from '../helpers/lint-one-rule.js';

async function lint(code: string, fileName: string, locale: Locale, options?: Record<string, unknown>): Promise<Finding[]> {
  const setting: RuleSetting = options ? ['error', options] : 'error';
  const run = await lintText(code, fileName, { config: { extends: [], rules: { 'hidden-price': setting } }, locale });
  return run.results.flatMap((r) => r.findings);
}

const CARD = '<h2>Spot Nordvest</h2>\n<p>Påslag 2,9 øre/kWh, fastbeløp 39 kr/mnd.</p>\n';

describe('hidden-price: shared copy and collapsible panels', () => {
  it('reports a fee only in a closed FAQ answer, and not one that repeats a price the page shows', async () => {
    const base = '<h1>Ørnes Stabil</h1>\n<p style="font-size:40px">88,50 øre/kWh</p>\n<p>Fastbeløp 39 kr/mnd. Bruddgebyr 600 kr.</p>\n<h2>Spørsmål og svar</h2>\n';
    const fee = '<details><summary>Kan jeg avslutte?</summary><p>Ja, men da betaler du et gebyr på 150 kr.</p></details>\n';
    const repeat = '<details><summary>Hva koster det?</summary><p>Fastbeløpet er 39 kr/mnd.</p></details>\n';
    expect((await lintTextWithRule(rule, base + fee, 'faq.html')).map((f) => [f.messageId, f.line])).toEqual([['collapsed', 5]]);
    expect(await lintTextWithRule(rule, base + repeat, 'faq.html')).toEqual([]);
  });

  it('reads a closed Bootstrap .collapse panel as collapsed, not hidden', async () => {
    const page = '<h1>Spot Fjord</h1>\n<p style="font-size:40px">2,9 øre/kWh</p>\n<p>Fastbeløp 39 kr/mnd.</p>\n<div class="collapse"><p>Fakturagebyr 49 kr.</p></div>\n';
    expect((await lintTextWithRule(rule, page, 'side.html')).map((f) => f.messageId)).toEqual(['collapsed']);
  });
});

describe('hidden-price messages', () => {
  it('says in bokmål why the copy is hidden, and names the product and the words', async () => {
    const [finding] = await lint(`${CARD}<p class="d-none">Etableringsgebyr 199 kr</p>\n`, 'side.html', 'nb');
    expect(finding?.message).toBe(
      '«Spot Nordvest»: «Etableringsgebyr 199 kr» er skjult for leseren – display:none (klassen d-none). Vis det som vanlig tekst nær prisen, f.eks. «Fastbeløp 39 kr/mnd. Kampanjen gjelder t.o.m. 31.12.2026.» rett under prisen.',
    );
    expect(finding?.product).toBe('Spot Nordvest');
  });

  it('translates stylesheet, contrast and details reasons into bokmål', async () => {
    const code = `<style>.x { visibility: hidden }</style>\n${CARD}<p class="x">Papirfaktura 49 kr</p>\n<p style="color:#eee">Bruddgebyr 500 kr</p>\n<details><summary>Mer</summary><p>Gjelder kun nye kunder</p></details>\n`;
    const messages = (await lint(code, 'side.html', 'nb')).map((f) => f.message.split(' – ')[1]);
    expect(messages).toEqual([
      'visibility:hidden fra `.x` i <style>. Vis det som vanlig tekst nær prisen, f.eks. «Fastbeløp 39 kr/mnd. Kampanjen gjelder t.o.m. 31.12.2026.» rett under prisen.',
      'kontrast 1,1:1 (#eee på #fff). Vis det like tydelig som prisen, i vanlig skriftstørrelse og med god kontrast, f.eks. «Papirfaktura 39 kr per faktura» i brødteksten under prisen.',
      'inne i en lukket <details> (uten open-attributtet)',
    ]);
  });

  it('states the font sizes it compared', async () => {
    const code = '<h2>Spot Start</h2>\n<p style="font-size:2.5rem">Markup 1.9 øre/kWh</p>\n<p style="font-size:0.5em">Monthly fee NOK 39</p>\n';
    const [finding] = await lint(code, 'page.html', 'en');
    expect(finding?.message).toContain('– font size 8px against 40px for the headline price.');
  });

  it('reads a Markdown heading at the size a browser gives it', async () => {
    const code = '# Spot Bølge – 0 øre i påslag\n\nFastbeløp 39 kr/mnd.\n\n<p style="font-size:9px">Gjelder kun nye kunder.</p>\n';
    const findings = await lint(code, 'side.md', 'nb');
    expect(findings.map(place)).toEqual([{ messageId: 'deemphasized', line: 5, column: 38, endLine: 5, endColumn: 48 }]);
    expect(findings[0]?.message).toContain('– skriftstørrelse 9 px mot 32 px for hovedprisen.');
  });
});

describe('hidden-price severity and options', () => {
  it('reports collapsed content as a warning and hidden content as an error', async () => {
    const code = `${CARD}<p hidden>Etableringsgebyr 199 kr</p>\n<details><summary>Gebyr</summary><p>Papirfaktura 49 kr</p></details>\n`;
    const findings = await lint(code, 'side.html', 'en');
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([
      ['hidden', 'error'],
      ['collapsed', 'warn'],
    ]);
  });

  it('takes fine print from both the ratio and the absolute floor', async () => {
    const code = '<h2>Spot Start</h2>\n<p style="font-size:40px">Markup 1.9 øre/kWh</p>\n<p style="font-size:12px">Monthly fee NOK 39</p>\n';
    expect(await lintTextWithRule(rule, code, 'page.html')).toEqual([]);
    const raised = await lintTextWithRule(rule, code, 'page.html', { minFontPx: 14 });
    expect(raised.map(place)).toEqual([{ messageId: 'deemphasized', line: 3, column: 27, endLine: 3, endColumn: 45 }]);
    expect(await lintTextWithRule(rule, code, 'page.html', { minFontPx: 14, minFontRatio: 0.25 })).toEqual([]);
  });

  it('leaves accordions on terms pages alone unless asked', async () => {
    const code = '<title>Vilkår</title>\n<h2>Spot Nordvest</h2>\n<p>Påslag 2,9 øre/kWh</p>\n<details><summary>Gebyr</summary><p>Papirfaktura 49 kr</p></details>\n';
    expect(await lintTextWithRule(rule, code, 'vilkar.html')).toEqual([]);
    const asked = await lintTextWithRule(rule, code, 'vilkar.html', { collapsedOnTermsPages: true });
    expect(asked.map(place)).toEqual([{ messageId: 'collapsed', line: 4, column: 37, endLine: 4, endColumn: 55 }]);
  });

  it('does not report collapsed content when no price is shown outside it', async () => {
    const code = '<h2>Spot Nordvest</h2>\n<p>Ingen bindingstid.</p>\n<details><summary>Priser</summary><p>Påslag 2,9 øre/kWh</p></details>\n';
    expect(await lintTextWithRule(rule, code, 'side.html')).toEqual([]);
  });
});

describe('hidden-price precision', () => {
  it('ignores a product whose name is out of sight (an inactive tab)', async () => {
    const code = `${CARD}<section hidden>\n<h2>Spot Sørvest</h2>\n<p>Påslag 3,9 øre/kWh</p>\n</section>\n`;
    expect(await lintTextWithRule(rule, code, 'side.html')).toEqual([]);
  });

  it('ignores hidden grid rent, which is not the deal’s price', async () => {
    const code = `${CARD}<p class="d-none">Nettleie kommer i tillegg.</p>\n`;
    expect(await lintTextWithRule(rule, code, 'side.html')).toEqual([]);
  });

  it('treats a price in kroner and the same price in øre as one price', async () => {
    const code = `${CARD}<span class="sr-only">Påslag 0,029 kr/kWh</span>\n`;
    expect(await lintTextWithRule(rule, code, 'side.html')).toEqual([]);
  });

  it('reports a hidden fee behind a shown zero: a waived price has no variants', async () => {
    const code = '<h2>Spot Null</h2>\n<p>0 kr i fastbeløp og påslag 2,9 øre/kWh</p>\n<p class="d-none">Fastbeløp 39 kr/mnd fra måned fire</p>\n';
    const findings = await lintTextWithRule(rule, code, 'side.html');
    expect(findings.map(place)).toEqual([{ messageId: 'hidden', line: 3, column: 19, endLine: 3, endColumn: 38 }]);
  });

  it('reports only the words the visible copy does not already state', async () => {
    const code = `${CARD}<p class="d-none">Påslag 2,9 øre/kWh, kun for nye kunder.</p>\n`;
    const findings = await lintTextWithRule(rule, code, 'side.html');
    expect(findings.map(place)).toEqual([{ messageId: 'hidden', line: 3, column: 47, endLine: 3, endColumn: 57 }]);
  });

  it('takes a screen-reader copy that says in words what the page shows in figures as shown', async () => {
    const code = '<h2>Fast Trygg</h2>\n<p class="pris">89,90 øre/kWh</p><span class="sr-only">Fastpris 89,90 øre per kilowattime</span>\n<p>Fastbeløp 39 kr/mnd.</p>\n';
    expect(await lintTextWithRule(rule, code, 'side.html')).toEqual([]);
    const other = code.replace('Fastpris 89,90 øre per kilowattime', 'Fastpris 92,90 øre per kilowattime');
    expect((await lintTextWithRule(rule, other, 'side.html')).map(place)).toEqual([{ messageId: 'hidden', line: 2, column: 56, endLine: 2, endColumn: 90 }]);
  });
});

describe('hidden-price: options at their thresholds', () => {
  /** A card whose headline price is set at `headline` px and its monthly fee at `fine` px. */
  const sized = (headline: string, fine: string) =>
    `<h2>Spot Nordvest</h2>\n<p style="font-size:${headline}">Påslag 2,9 øre/kWh</p>\n<p style="font-size:${fine}">Fastbeløp 39 kr/mnd</p>\n`;
  const FEE = { messageId: 'deemphasized', line: 3, column: 26, endLine: 3, endColumn: 45 };

  it('takes copy below half the headline size as fine print by default, and copy at half as readable', async () => {
    // 9 px under a 24 px headline is fine print (9 < 12); under 18 px it is exactly half, under 17.5 px more than half.
    expect((await lintTextWithRule(rule, sized('24px', '9px'), 'side.html')).map(place)).toEqual([FEE]);
    expect((await lintTextWithRule(rule, sized('18.5px', '9px'), 'side.html')).map(place)).toEqual([FEE]);
    expect(await lintTextWithRule(rule, sized('18px', '9px'), 'side.html')).toEqual([]);
    expect(await lintTextWithRule(rule, sized('17.5px', '9px'), 'side.html')).toEqual([]);
  });

  it('moves the fine-print line with minFontRatio: at the ratio readable, just above it fine print', async () => {
    // 9 px under a 36 px headline: a quarter of it.
    const code = sized('36px', '9px');
    expect(await lintTextWithRule(rule, code, 'side.html', { minFontRatio: 0.25 })).toEqual([]);
    expect((await lintTextWithRule(rule, code, 'side.html', { minFontRatio: 0.26 })).map(place)).toEqual([FEE]);
    expect(await lintTextWithRule(rule, code, 'side.html', { minFontRatio: 0.24 })).toEqual([]);
  });

  it('never takes copy at or above minFontPx as fine print, whatever the headline', async () => {
    // 12 px under a 40 px headline is below half of it: fine print only while under the floor.
    const code = sized('40px', '12px');
    expect(await lintTextWithRule(rule, code, 'side.html')).toEqual([]);
    expect(await lintTextWithRule(rule, code, 'side.html', { minFontPx: 12 })).toEqual([]);
    expect((await lintTextWithRule(rule, code, 'side.html', { minFontPx: 12.5 })).map(place)).toEqual([{ ...FEE, column: 27, endColumn: 46 }]);
    expect(await lintTextWithRule(rule, code, 'side.html', { minFontPx: 11.5 })).toEqual([]);
  });

  it('reads collapsed content on a price list only with collapsedOnTermsPages, and always on an offer page', async () => {
    const list = '<title>Prisliste</title>\n<h2>Spot Nordvest</h2>\n<p>Påslag 2,9 øre/kWh</p>\n<details><summary>Gebyr</summary><p>Papirfaktura 49 kr</p></details>\n';
    expect(await lintTextWithRule(rule, list, 'priser.html')).toEqual([]);
    expect(await lintTextWithRule(rule, list, 'priser.html', { collapsedOnTermsPages: false })).toEqual([]);
    expect((await lintTextWithRule(rule, list, 'priser.html', { collapsedOnTermsPages: true })).map(place)).toEqual([
      { messageId: 'collapsed', line: 4, column: 37, endLine: 4, endColumn: 55 },
    ]);
    const offer = list.replace('<title>Prisliste</title>\n', '');
    expect((await lintTextWithRule(rule, offer, 'side.html')).map(place)).toEqual([{ messageId: 'collapsed', line: 3, column: 37, endLine: 3, endColumn: 55 }]);
  });

  it('states the sizes it compared rounded to a tenth, with a decimal comma in bokmål', async () => {
    const code = '## Spot Nordvest\n\n<p style="font-size:40px">Påslag 2,9 øre/kWh</p>\n\n<p style="font-size:8.25px">Fastbeløp 39 kr/mnd</p>\n';
    const [en] = await lint(code, 'side.md', 'en');
    expect(en?.message).toContain('– font size 8.3px against 40px for the headline price.');
    const [nb] = await lint(code, 'side.md', 'nb');
    expect(nb?.message).toContain('– skriftstørrelse 8,3 px mot 40 px for hovedprisen.');
  });
});

describe('hidden-price: what counts as price content', () => {
  it('reports a hidden binding period or guarantee, but not a hidden "no binding" or "no guarantee"', async () => {
    const hidden = (text: string) => `${CARD}<p class="d-none">${text}</p>\n`;
    expect((await lintTextWithRule(rule, hidden('12 mnd bindingstid'), 'side.html')).map(place)).toEqual([{ messageId: 'hidden', line: 3, column: 19, endLine: 3, endColumn: 37 }]);
    expect(await lintTextWithRule(rule, hidden('Ingen bindingstid'), 'side.html')).toEqual([]);
    expect((await lintTextWithRule(rule, hidden('Prisgaranti i 12 måneder'), 'side.html')).map(place)).toEqual([
      { messageId: 'hidden', line: 3, column: 19, endLine: 3, endColumn: 43 },
    ]);
    expect(await lintTextWithRule(rule, hidden('Ingen prisgaranti'), 'side.html')).toEqual([]);
  });

  it('ignores the spot price, which is not the supplier’s, and a hidden price of another size for another area or customer', async () => {
    expect(await lintTextWithRule(rule, `${CARD}<p class="d-none">Du betaler spotpris fra Nord Pool.</p>\n`, 'side.html')).toEqual([]);
    expect(await lintTextWithRule(rule, `${CARD}<p class="d-none">Påslag 3,9 øre/kWh</p>\n`, 'side.html')).toEqual([]);
  });

  it('leaves FAQ pages alone: closed answers are how they are laid out', async () => {
    const code = `${CARD}<p class="d-none">Etableringsgebyr 199 kr</p>\n`;
    expect((await lintTextWithRule(rule, code, 'side.html')).map(place)).toEqual([{ messageId: 'hidden', line: 3, column: 19, endLine: 3, endColumn: 42 }]);
    expect(await lintTextWithRule(rule, `<title>Spørsmål og svar</title>\n${code}`, 'side.html')).toEqual([]);
  });

  it('takes a price hidden from screen readers as shown when a screen-reader copy says the same, and as hidden when none does', async () => {
    const pair =
      '<h2>Spot Nordvest</h2>\n<p><span aria-hidden="true">2,9 øre/kWh</span><span class="sr-only">Påslag 2,9 øre per kilowattime</span></p>\n<p>Fastbeløp 39 kr/mnd.</p>\n';
    expect(await lintTextWithRule(rule, pair, 'side.html')).toEqual([]);
    const alone = '<h2>Spot Nordvest</h2>\n<p aria-hidden="true">Påslag 2,9 øre/kWh</p>\n<p>Fastbeløp 39 kr/mnd.</p>\n';
    expect((await lintTextWithRule(rule, alone, 'side.html')).map(place)).toEqual([{ messageId: 'hidden', line: 2, column: 23, endLine: 2, endColumn: 41 }]);
  });
});

describe('hidden-price: why, in English and bokmål', () => {
  const FEE = '<p>Etableringsgebyr 199 kr</p>';
  const cases: Array<[string, string, string, string]> = [
    [
      'off-screen',
      `<p style="position:absolute;left:-9999px">Etableringsgebyr 199 kr</p>`,
      'off-screen (position:absolute; left:-9999px) (inline style)',
      'utenfor skjermen (position:absolute; left:-9999px) (inline-stil)',
    ],
    [
      'clipped',
      `<p style="clip:rect(0 0 0 0);position:absolute">Etableringsgebyr 199 kr</p>`,
      'clipped (clip:rect(0 0 0 0)) (inline style)',
      'klippet bort (clip:rect(0 0 0 0)) (inline-stil)',
    ],
    [
      'zero size',
      `<p style="width:0;height:0;overflow:hidden">Etableringsgebyr 199 kr</p>`,
      'zero size (width:0; height:0; overflow:hidden) (inline style)',
      'null i størrelse (width:0; height:0; overflow:hidden) (inline-stil)',
    ],
    ['a title', `<p><span title="Etableringsgebyr 199 kr">*</span></p>`, 'only in the title attribute of <span>', 'bare i title-attributtet til <span>'],
    ['screen readers only', `<p class="sr-only">Etableringsgebyr 199 kr</p>`, 'screen-reader only (class sr-only)', 'bare for skjermlesere (klassen sr-only)'],
    ['the hidden attribute', `<p hidden>Etableringsgebyr 199 kr</p>`, 'hidden attribute', 'hidden-attributtet'],
    ['a utility class', `<p class="hidden">Etableringsgebyr 199 kr</p>`, 'display:none (class hidden)', 'display:none (klassen hidden)'],
    ['a collapse panel', `<div class="collapse">${FEE}</div>`, 'class collapse without show (closed until opened)', 'klassen collapse uten show (lukket til den åpnes)'],
    ['faint type', `<p style="color:#fefefe">Etableringsgebyr 199 kr</p>`, 'contrast 1.0:1 (#fefefe on #fff)', 'kontrast 1,0:1 (#fefefe på #fff)'],
  ];

  it.each(cases)('%s', async (_name, markup, en, nb) => {
    const code = `${CARD}${markup}\n`;
    const reason = (f: Finding | undefined) => f?.message.split(' – ')[1]?.replace(/\. .*$/s, '');
    expect(reason((await lint(code, 'side.html', 'en'))[0])).toBe(en);
    expect(reason((await lint(code, 'side.html', 'nb'))[0])).toBe(nb);
  });

  it('says so of a Markdown image’s alt text', async () => {
    const code = '## Spot Nordvest\n\nPåslag 2,9 øre/kWh, fastbeløp 39 kr/mnd.\n\n![Etableringsgebyr 199 kr](gebyr.png)\n';
    const [en] = await lint(code, 'side.md', 'en');
    const [nb] = await lint(code, 'side.md', 'nb');
    expect(place(en!)).toEqual({ messageId: 'attributeOnly', line: 5, column: 3, endLine: 5, endColumn: 26 });
    expect(en?.message).toContain('– alt text of an image.');
    expect(nb?.message).toContain('– bare i alt-teksten til et bilde.');
  });
});
