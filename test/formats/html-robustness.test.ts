import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlAdapter } from '../../src/formats/html.js';
import type { ParsedDocument } from '../../src/document/types.js';
import { corpus } from '../helpers/corpora.js';

function parse(source: string): ParsedDocument {
  const result = htmlAdapter.parse('robust.html', source, {});
  if (result.kind !== 'document') throw new Error(`expected a document, got ${result.kind}`);
  return result.document;
}

/** What must hold for any input: ids in order, block text trimmed and mapped inside the source, sane containers. */
function expectConsistent(doc: ParsedDocument): void {
  doc.blocks.forEach((block, i) => {
    expect(block.id).toBe(i);
    expect(block.text.length).toBeGreaterThan(0);
    expect(block.text.trim()).toBe(block.text);
    const [start, end] = block.map.toSourceRange(0, block.text.length);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(doc.source.length);
    expect(start).toBeLessThan(end);
  });
  doc.containers.forEach((container, i) => {
    expect(container.id).toBe(i);
    expect(container.parent).toBeLessThan(i);
    expect(container.firstBlock).toBeLessThanOrEqual(container.endBlock);
    expect(container.endBlock).toBeLessThanOrEqual(doc.blocks.length);
  });
}

describe('hostile nesting and sizes', () => {
  it('walks 100 000 nested divs without recursion, keeping the copy', () => {
    const depth = 100_000;
    const doc = parse(`${'<div>'.repeat(depth)}<p>Fastpris 89,9 øre/kWh</p>${'</div>'.repeat(depth)}<p>Etter</p>`);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Fastpris 89,9 øre/kWh', 'Etter']);
    // Only the outer 2 000 elements are tracked; deeper ones share the state of the deepest tracked one.
    expect(doc.containers).toHaveLength(2_000);
    expect(doc.blocks[0]!.container).toBe(1_999);
    expect(doc.blocks[1]!.container).toBe(-1);
    expectConsistent(doc);
  });

  it('walks 100 000 unclosed divs and as many stray end tags', () => {
    const doc = parse(`${'<div>'.repeat(100_000)}Spotpris${'</span>'.repeat(100_000)}<section>x</section>`);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Spotpris', 'x']);
    expectConsistent(doc);
  });

  it('reads an element with 100 000 attributes and still sees its class and title', () => {
    const attributes = Array.from({ length: 100_000 }, (_, i) => `data-a${i}="${i}"`).join(' ');
    const doc = parse(`<p ${attributes} class="d-none" title="Påslag 2 øre">Skjult pris</p>`);
    expect(doc.blocks.map((b) => [b.text, b.visibility.state])).toEqual([
      ['Påslag 2 øre', 'hidden'],
      ['Skjult pris', 'hidden'],
    ]);
  });

  it('survives deep tables, mis-nested formatting, runs of ampersands and unclosed constructs', () => {
    const inputs = [
      `${'<table><tr><td>'.repeat(10_000)}Celle`,
      `${'<a><b><i>'.repeat(10_000)}Tekst${'</a></b></i>'.repeat(10_000)}`,
      `<p>${'&'.repeat(100_000)}amp; &#${'9'.repeat(5_000)}; &${'a'.repeat(5_000)};</p>`,
      '<p>Pris <!-- aldri lukket',
      '<style>.a { display:none',
      '<script>var x = "<p>ikke tekst</p>"',
      '<p title="aldri lukket>Tekst</p>',
      '<svg><![CDATA[ 59 kr ]]></svg><p><![CDATA[ 49 kr ]]></p>',
      `<p>${'1 '.repeat(100_000)}kr</p>`,
      '<p>\u0000\u0001\u001f Pris\u0000 59 kr</p>',
      '<div\n',
    ];
    for (const input of inputs) {
      const doc = parse(input);
      expectConsistent(doc);
    }
  });

  it('survives selectors and style sheets built to stall a matcher', () => {
    const selector = `.x ${'.a '.repeat(300)}.c, ${'.a > '.repeat(200)}.c`;
    const source = `<style>${selector} { display:none } ${'.a'.repeat(5_000)} { color: red } @media screen {${'@media screen {'.repeat(5_000)}</style>${'<div class="a">'.repeat(1_500)}<p class="c">Pris</p>`;
    const doc = parse(source);
    // The first selector can never match (no .x); the 200-deep child chain does.
    expect(doc.blocks.map((b) => [b.text, b.visibility.state])).toEqual([['Pris', 'hidden']]);
  });
});

const html5lib = corpus('html/html5lib-tests/tree-construction-split');

describe('html5lib tree-construction inputs', () => {
  it.skipIf(!html5lib.present)(`parses every input without throwing and with consistent maps${html5lib.skipNote}`, () => {
    const files = readdirSync(html5lib.path).filter((name) => name.endsWith('.html'));
    expect(files.length).toBeGreaterThan(1_000);
    for (const name of files) {
      const source = readFileSync(join(html5lib.path, name), 'utf8').replace(/^\uFEFF/, '');
      expectConsistent(parse(source));
    }
  });
});
