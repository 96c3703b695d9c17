import { describe, expect, it } from 'vitest';
import { checkLimits, DEFAULT_LIMITS, type Limits } from '../../src/files/limits.js';
import { scanHtml } from '../../src/files/limits/html-scan.js';
import { markdownDepth } from '../../src/files/limits/markdown-depth.js';

const tight = (overrides: Partial<Limits>): Limits => ({ ...DEFAULT_LIMITS, ...overrides });
const brief = (v: ReturnType<typeof checkLimits>) => v && { ruleId: v.ruleId, limit: v.limit, found: v.found, offset: v.offset, configKey: v.configKey };

describe('checkLimits: size and line length', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxFileBytes: 10_485_760,
      maxDepth: 1000,
      maxAttributes: 1000,
      maxLineLength: 1_000_000,
      maxLinksPerLine: 2000,
      maxLinkDefinitions: 5000,
      maxYamlNesting: 64,
      maxLines: 100_000,
      maxTableCells: 50_000,
      maxEmphasisMarkers: 2000,
      maxJsonValues: 250_000,
      maxFactsPerBlock: 100_000,
    });
  });

  it('counts UTF-8 bytes of the decoded text, not characters', () => {
    // "Strømpris: 0 kr" is 15 characters and 16 bytes ("ø" takes two).
    expect(checkLimits('Strømpris: 0 kr', 'markdown', tight({ maxFileBytes: 16 }))).toBeNull();
    const v = checkLimits('Strømpris: 0 kr', 'markdown', tight({ maxFileBytes: 15 }));
    expect(brief(v)).toEqual({ ruleId: 'too-large', limit: 15, found: 16, offset: 0, configKey: 'limits.maxFileBytes' });
    expect(v!.message).toEqual({
      nb: 'Filen er 16 byte, over grensen på 15 byte. Hev «limits.maxFileBytes» i konfigurasjonen for å lese den.',
      en: 'The file is 16 bytes, over the limit of 15 bytes. Raise "limits.maxFileBytes" in the config to lint it.',
    });
  });

  it('reports the longest line, and where the first line over the limit starts, across LF, CRLF and CR', () => {
    const source = 'Tilbud\r\nPåslag 0 øre/kWh i tre månader\rderetter 4,9 øre\nslutt';
    const v = checkLimits(source, 'markdown', tight({ maxLineLength: 20 }));
    expect(brief(v)).toEqual({ ruleId: 'line-too-long', limit: 20, found: 30, offset: 8, configKey: 'limits.maxLineLength' });
    expect(v!.message.en).toBe('A line is 30 characters long, over the limit of 20 characters. Raise "limits.maxLineLength" in the config to lint the file.');
    expect(v!.message.nb).toBe('En linje er 30 tegn lang, over grensen på 20 tegn. Hev «limits.maxLineLength» i konfigurasjonen for å lese filen.');
    expect(checkLimits(source, 'markdown', tight({ maxLineLength: 30 }))).toBeNull();
  });

  it('measures the longest line even when an earlier one already went over', () => {
    const v = checkLimits('123456789012\n1234567890123456789012345\n', 'json', tight({ maxLineLength: 10 }));
    expect(brief(v)).toMatchObject({ found: 25, offset: 0 });
  });
});

describe('checkLimits: JSON depth', () => {
  it('counts brackets and braces outside strings, escapes included', () => {
    const source = '{"navn": "Vestavind [[[{{ Spot", "a\\"[[": [[{"b": 1}]]}';
    expect(brief(checkLimits(source, 'json', tight({ maxDepth: 3 })))).toEqual({ ruleId: 'too-deep', limit: 3, found: 4, offset: 44, configKey: 'limits.maxDepth' });
    expect(source[44]).toBe('{');
    expect(checkLimits(source, 'json', tight({ maxDepth: 4 }))).toBeNull();
  });

  it('never lets stray closers take the depth below zero', () => {
    expect(brief(checkLimits(']]]}}[[', 'json', tight({ maxDepth: 1 })))).toMatchObject({ found: 2, offset: 6 });
  });

  it('names the limit, the depth found and the config key', () => {
    const v = checkLimits('['.repeat(1001) + ']'.repeat(1001), 'json', DEFAULT_LIMITS);
    expect(brief(v)).toMatchObject({ found: 1001, offset: 1000 });
    expect(v!.message.en).toBe('The content is nested 1001 levels deep, over the limit of 1000. Raise "limits.maxDepth" in the config to lint the file.');
    expect(v!.message.nb).toBe('Innholdet er nøstet 1001 nivåer dypt, over grensen på 1000. Hev «limits.maxDepth» i konfigurasjonen for å lese filen.');
  });
});

describe('checkLimits: HTML depth and attributes', () => {
  const depth = (html: string) => scanHtml(html, { maxDepth: 2, maxAttributes: 2 }).depth;

  it('counts open non-void elements and points at the first one past the limit', () => {
    expect(depth('<div><section><div>x</div></section></div>')).toEqual({ found: 3, offset: 14 });
    expect(depth('<DIV><Section><div>x</div></SECTION></div><div><div></div></div>')).toEqual({ found: 3, offset: 14 });
  });

  it('does not count void elements, self-closing tags, unclosed p/li/td, comments or raw text', () => {
    const page = [
      '<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="s.css">',
      '<style>.kort > div { color: red } /* <div><div><div> */</style>',
      '<script>if (a<b) { s = "<div><div><div>"; } </SCRIPT >',
      '<title><b><i>Vestavind</i></b></title></head><body>',
      '<!-- <div><div><div> -->',
      '<ul><li>Spot<li>Fastpris<li>Kampanje</ul>',
      '<p>Påslag 0 øre<p>Fastbeløp 39 kr/mnd<br><img src=a.png>',
      '<table><tr><td>4,9<td>øre/kWh<tr><td>39<td>kr/mnd</table>',
      '<svg><path d="M0 0"/><circle r="2"/></svg>',
    ].join('\n');
    // Only <ul>, <table> and <svg> count, each one level deep.
    expect(depth(page)).toEqual({ found: 1, offset: -1 });
  });

  it('ignores stray close tags and closes unclosed inner elements with their parent', () => {
    expect(depth('</div></div><div><span>x</div><div>y</div></div>')).toEqual({ found: 2, offset: -1 });
  });

  it('leaves the outer element of mis-nested formatting open, as the adoption agency rebuilds it', () => {
    // Each <a><b><i>…</a></i></b> leaves one <a> open: depths 1,2,3 then 2,3,4 (the second <i> is past 3).
    expect(scanHtml(`<p>${'<a href="#"><b><i>kampanje</a></i></b>'.repeat(3)}`, { maxDepth: 3, maxAttributes: 9 }).depth).toEqual({ found: 5, offset: 56 });
  });

  it('counts attributes the way the tokenizer reads them: quoted ">" stays inside the tag', () => {
    const html = '<p>Pris</p>\n<input type=radio name="avtale" value=\'>spot\' checked data-x = "1">';
    expect(scanHtml(html, { maxDepth: 9, maxAttributes: 3 }).attributes).toEqual({ found: 5, offset: 12 });
    const v = checkLimits(html, 'html', tight({ maxAttributes: 4 }));
    expect(brief(v)).toEqual({ ruleId: 'too-many-attributes', limit: 4, found: 5, offset: 12, configKey: 'limits.maxAttributes' });
    expect(v!.message.en).toBe('A tag has 5 attributes, over the limit of 4. Raise "limits.maxAttributes" in the config to lint the file.');
  });

  it('survives input that ends inside a tag, a quote, a comment or a script', () => {
    for (const tail of ['<div class="a', "<div a='", '<!-- x', '<script>x', '<div', '</div', '<![CDATA[ x']) {
      expect(checkLimits(`<p>Pris</p>${tail}`, 'html', DEFAULT_LIMITS)).toBeNull();
    }
  });

  it('reports depth before attributes and both before line length', () => {
    const html = '<div a b c>'.repeat(3);
    expect(checkLimits(html, 'html', tight({ maxDepth: 2, maxAttributes: 2, maxLineLength: 5 }))!.ruleId).toBe('too-deep');
    expect(checkLimits(html, 'html', tight({ maxAttributes: 2, maxLineLength: 5 }))!.ruleId).toBe('too-many-attributes');
    expect(checkLimits(html, 'html', tight({ maxLineLength: 5 }))!.ruleId).toBe('line-too-long');
  });
});

describe('checkLimits: Markdown depth', () => {
  it('counts quote and list markers at the start of a line', () => {
    expect(markdownDepth('Innleiing\n\n> > > sitat frå kunde', 2)).toEqual({ found: 3, offset: 15 });
    expect(markdownDepth('>>>> Strøm 0 kr', 3)).toEqual({ found: 4, offset: 3 });
    expect(markdownDepth('- > 1. > 2) * x', 4)).toEqual({ found: 6, offset: 9 });
  });

  it('counts list indentation two columns a level, tabs to the next stop of four', () => {
    expect(markdownDepth('- Spot\n  - Timespot\n    - Pluss', 2)).toEqual({ found: 3, offset: 24 });
    expect(markdownDepth('- Spot\n\t- Timespot', 2)).toEqual({ found: 3, offset: 8 });
  });

  it('does not count indented prose, thematic-break dashes or markers without a following blank', () => {
    expect(markdownDepth('        kode i blokk\n---\n-5 kr\n1.5 øre\n*uthevet*', 2)).toEqual({ found: 1, offset: -1 });
  });

  it('counts runs of emphasis and link openers anywhere in the line', () => {
    expect(markdownDepth('Pris: ***0 kr*** og [[lenke]]', 2)).toEqual({ found: 3, offset: 8 });
    const v = checkLimits(`Tekst ${'*'.repeat(1500)}a`, 'markdown', DEFAULT_LIMITS);
    expect(brief(v)).toMatchObject({ ruleId: 'too-deep', found: 1500, offset: 1006 });
  });

  it('also counts raw HTML nesting in Markdown', () => {
    const md = `# Tilbod\n\n${'<div>'.repeat(1001)}\n\nPåslag 0 øre.\n`;
    expect(brief(checkLimits(md, 'markdown', DEFAULT_LIMITS))).toMatchObject({ ruleId: 'too-deep', found: 1001, offset: 10 + 5000 });
  });
});

describe('checkLimits: normal pages pass', () => {
  it('a product page with many sibling paragraphs, unclosed <p> and <li>, and a long table', () => {
    const cards = Array.from(
      { length: 400 },
      (_, i) => `<article class="kort"><h3>Nordlys Spot ${i}</h3><p>Påslag ${i % 9},9 øre/kWh<p>Fastbeløp 39 kr/mnd<ul><li>Ingen bindingstid<li>Varsel på SMS</ul></article>`,
    );
    const rows = Array.from({ length: 3000 }, (_, i) => `<tr><td>NO${(i % 5) + 1}<td>${i} øre/kWh`);
    const page = `<!doctype html>\n<html lang="nb"><body><nav><a href="/">Nordlys Energi</a></nav><main>\n${cards.join('\n')}\n<table>${rows.join('\n')}</table></main><footer><p>Org.nr. 999 999 999</footer>`;
    expect(checkLimits(page, 'html', DEFAULT_LIMITS)).toBeNull();
    // main > article > h3/ul: html, body, p, li, tr and td are not counted.
    expect(scanHtml(page, DEFAULT_LIMITS).depth.found).toBe(3);
  });

  it('Markdown copy in nynorsk with front matter, a price table, footnotes and nested lists', () => {
    const md = [
      '---',
      'tittel: Fjellstraum Spot',
      'leverandør: Fjellstraum AS',
      '---',
      '# Fjellstraum Spot',
      '',
      'Spotpris med eit påslag på **4,9 øre/kWh**[^1] og _39 kr/mnd_ i fastbeløp.',
      '',
      '| Prisområde | Påslag | Fastbeløp |',
      '|---|---:|---:|',
      '| NO3 | 4,9 øre/kWh | 39 kr/mnd |',
      '',
      '- Ingen bindingstid',
      '  - Oppseiing med 14 dagars varsel',
      '    1. Send e-post',
      '> Kampanjen gjeld til og med 31.12.2026, deretter 4,9 øre/kWh.',
      '',
      '[^1]: Påslaget er inkl. mva.',
    ].join('\n');
    expect(checkLimits(md, 'markdown', DEFAULT_LIMITS)).toBeNull();
    expect(markdownDepth(md, DEFAULT_LIMITS.maxDepth).found).toBe(3);
  });

  it('an English product sheet', () => {
    const sheet = JSON.stringify(
      {
        supplier: 'Vestavind Kraft',
        products: [{ id: 'vk-spot', name: 'Vestavind Spot', prices: { markup: { value: 4.9, unit: 'ore/kWh', vatIncluded: true } }, binding: { months: 0 } }],
      },
      null,
      2,
    );
    expect(checkLimits(sheet, 'json', DEFAULT_LIMITS)).toBeNull();
  });
});
