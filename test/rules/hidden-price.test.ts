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
