import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/types.js';
import { htmlAdapter } from '../../src/formats/html.js';
import { inWords, type WordedVisibility } from '../helpers/visibility-words.js';

/** The blocks of a page, each visibility with its cause in words. */
function blocks(source: string): Array<Omit<Block, 'visibility'> & { visibility: WordedVisibility }> {
  const result = htmlAdapter.parse('kampanje.html', source, {});
  if (result.kind !== 'document') throw new Error(`expected a document, got ${result.kind}`);
  return result.document.blocks.map((b) => ({ ...b, visibility: inWords(b.visibility) }));
}

/** Visibility of the block whose text is `text`. */
function visibilityOf(source: string, text: string): WordedVisibility {
  const block = blocks(source).find((b) => b.text === text);
  if (!block) throw new Error(`no block "${text}"`);
  return block.visibility;
}

const hidden = (reason: string): WordedVisibility => ({ state: 'hidden', reason });

describe('hidden by attributes and inline style', () => {
  it.each([
    ['<p hidden>Påslag 4,9 øre/kWh</p>', hidden('hidden attribute')],
    ['<div aria-hidden="true"><p>Påslag 4,9 øre/kWh</p></div>', hidden('aria-hidden="true"')],
    ['<p style="display: none">Påslag 4,9 øre/kWh</p>', hidden('display:none (inline style)')],
    ['<p style="color:red;DISPLAY:NONE !important">Påslag 4,9 øre/kWh</p>', hidden('display:none (inline style)')],
    ['<p style="visibility:hidden">Påslag 4,9 øre/kWh</p>', hidden('visibility:hidden (inline style)')],
    ['<p style="opacity:0">Påslag 4,9 øre/kWh</p>', hidden('opacity:0 (inline style)')],
    ['<p style="opacity: 0.0">Påslag 4,9 øre/kWh</p>', hidden('opacity:0.0 (inline style)')],
    ['<p style="position:absolute;left:-9999px">Påslag 4,9 øre/kWh</p>', hidden('off-screen (position:absolute; left:-9999px) (inline style)')],
    ['<p style="position:fixed; top:-1000px">Påslag 4,9 øre/kWh</p>', hidden('off-screen (position:fixed; top:-1000px) (inline style)')],
    ['<p style="text-indent:-9999px">Påslag 4,9 øre/kWh</p>', hidden('off-screen (text-indent:-9999px) (inline style)')],
    ['<p style="width:0;height:0;overflow:hidden">Påslag 4,9 øre/kWh</p>', hidden('zero size (width:0; height:0; overflow:hidden) (inline style)')],
    ['<p style="max-height:0;overflow:hidden">Påslag 4,9 øre/kWh</p>', hidden('zero size (height:0; overflow:hidden) (inline style)')],
    ['<p style="font-size:0">Påslag 4,9 øre/kWh</p>', hidden('font-size:0 (inline style)')],
  ])('%s', (source, expected) => {
    expect(visibilityOf(source, 'Påslag 4,9 øre/kWh')).toEqual(expected);
  });

  it('marks clip-based hiding as screen-reader only copy', () => {
    const clip = '<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Spotpris</span>';
    expect(visibilityOf(clip, 'Spotpris')).toEqual({ state: 'hidden', reason: 'clipped (clip:rect(0 0 0 0)) (inline style)', screenReaderOnly: true });
    const clipPath = '<span style="clip-path: inset(50%); width:1px; height:1px">Spotpris</span>';
    expect(visibilityOf(clipPath, 'Spotpris')).toEqual({ state: 'hidden', reason: 'clipped (clip-path:inset(50%)) (inline style)', screenReaderOnly: true });
  });

  it('lets a descendant undo visibility:hidden but never display:none', () => {
    const source = `<div style="visibility:hidden"><p>Skjult</p><p style="visibility:visible">Synlig igjen</p></div>
      <div style="display:none"><p style="visibility:visible;display:block">Fortsatt skjult</p></div>`;
    expect(blocks(source).map((b) => [b.text, b.visibility])).toEqual([
      ['Skjult', hidden('visibility:hidden (inline style)')],
      ['Synlig igjen', { state: 'visible' }],
      ['Fortsatt skjult', hidden('display:none (inline style)')],
    ]);
  });

  it('splits a paragraph where an inline element is hidden', () => {
    const source = '<p>Fra 39 kr/mnd <span class="d-none">+ påslag 4,9 øre/kWh</span> uten binding</p>';
    expect(blocks(source).map((b) => [b.tag, b.text, b.visibility.state])).toEqual([
      ['p', 'Fra 39 kr/mnd', 'visible'],
      ['span', '+ påslag 4,9 øre/kWh', 'hidden'],
      ['p', 'uten binding', 'visible'],
    ]);
  });
});

describe('utility classes', () => {
  it.each([
    ['d-none', hidden('display:none (class d-none)')],
    ['invisible', hidden('visibility:hidden (class invisible)')],
    ['hidden', hidden('display:none (class hidden)')],
    ['opacity-0', hidden('opacity:0 (class opacity-0)')],
    ['collapse', { state: 'collapsed', reason: 'class collapse without show (closed until opened)' }],
    ['d-md-none', { state: 'visible' }],
    ['md:hidden', { state: 'visible' }],
    ['d-none d-md-block', { state: 'visible' }],
    ['hidden lg:flex', { state: 'visible' }],
    ['d-print-none', { state: 'visible' }],
    ['collapse show', { state: 'visible' }],
  ])('class="%s"', (classes, expected) => {
    expect(visibilityOf(`<div class="${classes}"><p>Velkomstrabatt 500 kr</p></div>`, 'Velkomstrabatt 500 kr')).toEqual(expected);
  });

  it('flags sr-only and visually-hidden copy as meant for screen readers', () => {
    const source = `<h2>Spotpris <span aria-label="39 kroner">39,-</span><span class="sr-only">39 kroner per måned</span></h2>
      <p class="visually-hidden">Prisen er 39 kroner per måned</p><p class="sr-only md:not-sr-only">Vises på store skjermer</p>`;
    expect(blocks(source).map((b) => [b.text, b.visibility])).toEqual([
      ['Spotpris 39,-', { state: 'visible' }],
      ['39 kroner per måned', { state: 'hidden', reason: 'screen-reader only (class sr-only)', screenReaderOnly: true }],
      ['Prisen er 39 kroner per måned', { state: 'hidden', reason: 'screen-reader only (class visually-hidden)', screenReaderOnly: true }],
      ['Vises på store skjermer', { state: 'visible' }],
    ]);
  });
});

describe('<style> rules', () => {
  it('applies matching rules with the selector in the reason', () => {
    const source = `<style>
      .vilkar small { display: none }
      #kampanje .detaljer { visibility: hidden }
      p[data-rolle="pris"] { opacity: 0 }
    </style>
    <div class="vilkar"><p>Pris <small>eks. påslag</small></p></div>
    <div id="kampanje"><p class="detaljer">Gjelder i 3 måneder</p><p data-rolle="pris">29 kr</p></div>`;
    expect(blocks(source).map((b) => [b.text, b.visibility])).toEqual([
      ['Pris', { state: 'visible' }],
      ['eks. påslag', hidden('display:none from `.vilkar small` in <style>')],
      ['Gjelder i 3 måneder', hidden('visibility:hidden from `#kampanje .detaljer` in <style>')],
      ['29 kr', hidden('opacity:0 from `p[data-rolle="pris"]` in <style>')],
    ]);
  });

  it('honours specificity, source order and !important, and rules placed after the element', () => {
    const source = `<p class="a" id="b">Spesifisitet</p><p class="c">Rekkefølge</p><p class="d" style="display:block">Viktig</p>
      <p class="e" style="display:none !important">Inline viktig</p>
      <style>
        #b { display: block } .a { display: none }
        .c { display: none } .c { display: block }
        .d { display: none !important }
        .e { display: block !important }
      </style>`;
    expect(blocks(source).map((b) => [b.text, b.visibility])).toEqual([
      ['Spesifisitet', { state: 'visible' }],
      ['Rekkefølge', { state: 'visible' }],
      ['Viktig', hidden('display:none from `.d` in <style>')],
      ['Inline viktig', hidden('display:none (inline style)')],
    ]);
  });

  it('does not apply print-only CSS or mobile-only max-width queries, but applies screen and min-width ones', () => {
    const source = `<style>
      @media print { .skjerm { display: none } }
      @media (max-width: 600px) { .mobil { display: none } }
      @media screen and (min-width: 768px) { .stor { display: none } }
      @media all { .alle { visibility: hidden } }
    </style><style media="print">.utskrift { display: none }</style>
    <p class="skjerm">A</p><p class="mobil">B</p><p class="stor">C</p><p class="alle">D</p><p class="utskrift">E</p>`;
    expect(blocks(source).map((b) => [b.text, b.visibility.state])).toEqual([
      ['A', 'visible'],
      ['B', 'visible'],
      ['C', 'hidden'],
      ['D', 'hidden'],
      ['E', 'visible'],
    ]);
  });

  it('skips rules it cannot evaluate and survives broken CSS', () => {
    const source = `<style>.kort:hover .pris, .skjult { display:none } .x { display: none; </style>
      <div class="kort"><p class="pris">49 kr</p></div><p class="skjult">Gebyr</p><p class="x">Uavsluttet</p>`;
    expect(blocks(source).map((b) => [b.text, b.visibility.state])).toEqual([
      ['49 kr', 'visible'],
      ['Gebyr', 'hidden'],
      ['Uavsluttet', 'hidden'],
    ]);
  });
});

describe('collapsed content', () => {
  it('collapses a closed <details> except its summary, and leaves an open one visible', () => {
    const source = `<details><summary>Se alle priselementer</summary><p>Påslag 4,9 øre/kWh</p>Fastbeløp 39 kr/mnd</details>
      <details open><summary>Vilkår</summary><p>Ingen bindingstid</p></details>`;
    const collapsed: WordedVisibility = { state: 'collapsed', reason: 'inside a closed <details> (no open attribute)' };
    expect(blocks(source).map((b) => [b.text, b.visibility])).toEqual([
      ['Se alle priselementer', { state: 'visible' }],
      ['Påslag 4,9 øre/kWh', collapsed],
      ['Fastbeløp 39 kr/mnd', collapsed],
      ['Vilkår', { state: 'visible' }],
      ['Ingen bindingstid', { state: 'visible' }],
    ]);
  });
});

describe('page chrome', () => {
  it('keeps a hidden mobile copy of the navigation as chrome and hidden', () => {
    const result = htmlAdapter.parse('side.html', `<nav class="hovedmeny"><a href="/spot">Spotpris</a></nav>
      <div class="mobile-menu d-none"><ul><li>Spotpris</li></ul></div>`, {});
    if (result.kind !== 'document') throw new Error(result.kind);
    const { blocks: all, containers } = result.document;
    expect(all.map((b) => [b.text, b.visibility.state, containers.find((c) => c.id === b.container)?.tag])).toEqual([
      ['Spotpris', 'visible', 'nav'],
      ['Spotpris', 'hidden', 'li'],
    ]);
    expect(containers.map((c) => [c.tag, c.role])).toEqual([['nav', 'chrome'], ['div', 'chrome'], ['ul', undefined], ['li', undefined]]);
  });

  it('sees a cookie banner that is hidden until a script shows it', () => {
    const result = htmlAdapter.parse('side.html', '<div id="cookie-banner" class="cookie-consent" style="display:none"><p>Vi bruker informasjonskapsler.</p></div>', {});
    if (result.kind !== 'document') throw new Error(result.kind);
    expect(result.document.containers[0]!.role).toBe('chrome');
    expect(inWords(result.document.blocks[0]!.visibility)).toEqual(hidden('display:none (inline style)'));
  });
});

describe('contrast', () => {
  it.each([
    ['<p style="color:#ccc">Lite synlig</p>', { state: 'deemphasized', reason: 'contrast 1.6:1 (#ccc on #fff)' }],
    ['<div style="background:#222 url()"><p style="color:#333">Lite synlig</p></div>', { state: 'visible' }],
    ['<div style="background-color: rgb(0, 51, 102)"><p style="color: hsl(210, 100%, 25%)">Lite synlig</p></div>', { state: 'deemphasized', reason: 'contrast 1.2:1 (hsl(210, 100%, 25%) on rgb(0, 51, 102))' }],
    ['<div style="background:navy"><p style="color:#666">Lite synlig</p></div>', { state: 'deemphasized', reason: 'contrast 2.7:1 (#666 on navy)' }],
    ['<div style="background:navy"><p style="color:#777">Lite synlig</p></div>', { state: 'visible' }],
    ['<p style="color:#767676">Lite synlig</p>', { state: 'visible' }],
    ['<p style="color:rgba(0,0,0,0.2)">Lite synlig</p>', { state: 'deemphasized', reason: 'contrast 1.6:1 (rgba(0,0,0,0.2) on #fff)' }],
    ['<div style="background:#000"><p style="color:#fff">Lite synlig</p></div>', { state: 'visible' }],
    ['<div style="background:#000"><p style="color:#ffffff08">Lite synlig</p></div>', { state: 'deemphasized', reason: 'contrast 1.0:1 (#ffffff08 on #000)' }],
    ['<p style="color:var(--grå)">Lite synlig</p>', { state: 'visible' }],
    ['<p style="color:var(--grå, #eee)">Lite synlig</p>', { state: 'deemphasized', reason: 'contrast 1.1:1 (#eee on #fff)' }],
  ])('%s', (source, expected) => {
    expect(visibilityOf(source, 'Lite synlig')).toEqual(expected);
  });

  it('reads colours through custom properties declared on :root and on the way down, and leaves undefined ones unknown', () => {
    const page = (css: string, inline = '') => `<style>${css}</style><main><p class="fin"${inline}>Lite synlig</p></main>`;
    expect(visibilityOf(page(':root { --dempet: #f4f4f4 } .fin { color: var(--dempet) }'), 'Lite synlig')).toEqual({ state: 'deemphasized', reason: 'contrast 1.0:1 (#f4f4f4 on #fff)' });
    expect(visibilityOf(page('main { --bakgrunn: #111; background: var(--bakgrunn) } .fin { color: #333 }'), 'Lite synlig')).toEqual({ state: 'deemphasized', reason: 'contrast 1.4:1 (#333 on #111)' });
    expect(visibilityOf(page(':root { --a: var(--b); --b: #f5f5f5 } .fin { color: var(--a) }'), 'Lite synlig')).toEqual({ state: 'deemphasized', reason: 'contrast 1.0:1 (#f5f5f5 on #fff)' });
    expect(visibilityOf(page('.fin { color: var(--ukjent) }'), 'Lite synlig')).toEqual({ state: 'visible' });
    // A cycle resolves to nothing and hangs nothing.
    expect(visibilityOf(page(':root { --a: var(--b); --b: var(--a) } .fin { color: var(--a) }'), 'Lite synlig')).toEqual({ state: 'visible' });
  });

  it('reads the colours of framework utility classes, and treats a colour class it does not know as unknown', () => {
    expect(visibilityOf('<p class="text-gray-100">Lite synlig</p>', 'Lite synlig')).toEqual({ state: 'deemphasized', reason: 'contrast 1.1:1 (#f3f4f6 on #fff)' });
    expect(visibilityOf('<p class="text-[#f4f4f4]">Lite synlig</p>', 'Lite synlig')).toEqual({ state: 'deemphasized', reason: 'contrast 1.0:1 (#f4f4f4 on #fff)' });
    expect(visibilityOf('<div class="bg-dark"><p class="text-light">Lite synlig</p></div>', 'Lite synlig')).toEqual({ state: 'visible' });
    expect(visibilityOf('<div class="bg-light"><p class="text-light">Lite synlig</p></div>', 'Lite synlig')).toEqual({ state: 'deemphasized', reason: 'contrast 1.0:1 (#f8f9fa on #f8f9fa)' });
    // A component that paints its own background from the framework's style sheet (a Bootstrap card on a dark section).
    expect(visibilityOf('<section style="background-color:#1e3a5f"><div class="card text-dark"><p>Lite synlig</p></div></section>', 'Lite synlig')).toEqual({ state: 'visible' });
    expect(visibilityOf('<section style="background-color:#1e3a5f"><div class="card bg-white"><p class="text-white">Lite synlig</p></div></section>', 'Lite synlig')).toEqual({ state: 'deemphasized', reason: 'contrast 1.0:1 (#fff on #fff)' });
    // White text on a background colour that is not in the tables: unknown, so not judged.
    expect(visibilityOf('<div class="bg-cyan-900"><p class="text-white">Lite synlig</p></div>', 'Lite synlig')).toEqual({ state: 'visible' });
    expect(visibilityOf('<p class="text-slate-600 text-center">Lite synlig</p>', 'Lite synlig')).toEqual({ state: 'visible' });
  });

  it('reads colours set by <style> rules and inherited by descendants', () => {
    const source = '<style>.fin { color: #dddddd } .boks { background-color: #fafafa }</style><div class="boks"><div class="fin"><p>Lite synlig</p></div></div>';
    expect(visibilityOf(source, 'Lite synlig')).toEqual({ state: 'deemphasized', reason: 'contrast 1.3:1 (#dddddd on #fafafa)' });
  });
});

describe('font size', () => {
  it('computes sizes through em, %, rem, pt and keywords, relative to the parent', () => {
    const source = `<div style="font-size:20px"><p>Tjue</p><p style="font-size:0.5em">Ti</p>
      <div style="font-size:80%"><p>Seksten</p><p style="font-size:0.75em"><span style="font-size:50%">Seks</span></p></div>
      <p style="font-size:1.5rem">Tjuefire</p><p style="font-size:9pt">Tolv</p><p style="font-size:x-small">Ti igjen</p></div>
      <p>Uten størrelse</p><p><small>Liten</small></p><h2>Overskrift</h2>`;
    expect(blocks(source).map((b) => [b.text, b.fontSizePx])).toEqual([
      ['Tjue', 20],
      ['Ti', 10],
      ['Seksten', 16],
      ['Seks', 6],
      ['Tjuefire', 24],
      ['Tolv', 12],
      ['Ti igjen', 10],
      ['Uten størrelse', undefined],
      ['Liten', 13.33],
      ['Overskrift', 24],
    ]);
  });

  it('takes sizes from framework utility classes (Bootstrap fs-*, display-*, small; Tailwind text-*, text-[7px]), base sizes only', () => {
    const source = `<p class="display-4">Sju</p><p class="fs-6">Seksten</p><p class="small">Fjorten</p>
      <p class="text-5xl">Førtiåtte</p><p class="text-[7px]">Sju piksler</p><p class="text-[0.5rem]">Åtte</p><p class="text-sm md:text-5xl">Fjorten igjen</p>`;
    expect(blocks(source).map((b) => [b.text, b.fontSizePx])).toEqual([
      ['Sju', 56],
      ['Seksten', 16],
      ['Fjorten', 14],
      ['Førtiåtte', 48],
      ['Sju piksler', 7],
      ['Åtte', 8],
      ['Fjorten igjen', 14],
    ]);
    // A rule of the page wins over a framework class.
    expect(blocks('<style>.liten { font-size: 9px }</style><p class="text-5xl liten">Ni</p>').map((b) => b.fontSizePx)).toEqual([9]);
  });

  it('gives a block the largest size of its text and takes sizes from <style>', () => {
    const source = '<style>.stor { font-size: 48px } .fin { font-size: 0.7em }</style><p class="pris"><span class="stor">59</span> kr/mnd</p><p class="fin">Påslag 4,9 øre/kWh</p>';
    expect(blocks(source).map((b) => [b.text, b.fontSizePx])).toEqual([
      ['59 kr/mnd', 48],
      ['Påslag 4,9 øre/kWh', 11.2],
    ]);
  });
});
