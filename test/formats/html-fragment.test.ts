import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/document/line-index.js';
import { htmlFragment, tagVisibility } from '../../src/formats/html/fragment.js';
import { parseDirectiveComment } from '../../src/formats/html/directives.js';
import { inWords } from '../helpers/visibility-words.js';

describe('htmlFragment', () => {
  const markdown = [
    '# Vestavind Kraft',
    '',
    '<div class="kort">',
    '  <p>Påslag 4,9&nbsp;øre/kWh<sup>*</sup></p>',
    '  <p class="d-none">Fastbeløp 49 kr/mnd</p>',
    '</div>',
    '<!-- stromlint-disable-next-line hidden-price -- kun for skjermlesere -->',
    '',
    'Vanlig tekst.',
  ].join('\n');
  const start = markdown.indexOf('<div');
  const end = markdown.indexOf('\n\nVanlig');

  it('numbers blocks and containers after the ones the Markdown adapter already has, mapping into the whole file', () => {
    const { blocks, containers, directives } = htmlFragment(markdown, start, end, { firstBlockId: 4, firstContainerId: 2, parentContainer: 1 });
    expect(blocks.map((b) => [b.id, b.kind, b.tag, b.text, b.container, b.visibility.state, b.footnoteRefs])).toEqual([
      [4, 'paragraph', 'p', 'Påslag 4,9 øre/kWh*', 2, 'visible', ['*']],
      [5, 'paragraph', 'p', 'Fastbeløp 49 kr/mnd', 2, 'hidden', undefined],
    ]);
    expect(containers).toEqual([{ id: 2, parent: 1, tag: 'div', classes: ['kort'], firstBlock: 4, endBlock: 6 }]);
    const lines = new LineIndex(markdown);
    const at = blocks[0]!.text.indexOf('4,9 øre');
    const [s, e] = blocks[0]!.map.toSourceRange(at, at + '4,9 øre'.length);
    expect(markdown.slice(s, e)).toBe('4,9&nbsp;øre');
    expect(lines.position(s)).toEqual({ line: 4, column: 13 });
    expect(directives).toEqual([
      { kind: 'disable-next-line', rules: ['hidden-price'], reason: 'kun for skjermlesere', start: markdown.indexOf('<!--'), end: markdown.indexOf('-->') + 3 },
    ]);
  });

  it('applies a <style> element inside the fragment and configured selectors', () => {
    const source = '<style>.liten { font-size: 10px; color: #bbb }</style><div class="pakke"><p class="liten">Gjelder nye kunder</p></div>';
    const { blocks, containers } = htmlFragment(source, 0, source.length, { firstBlockId: 0, firstContainerId: 0, parentContainer: -1 }, { product: '.pakke' });
    expect(blocks.map((b) => [b.text, b.fontSizePx, inWords(b.visibility)])).toEqual([
      ['Gjelder nye kunder', 10, { state: 'deemphasized', reason: 'contrast 1.9:1 (#bbb on #fff)' }],
    ]);
    expect(containers[0]!.role).toBe('product');
  });
});

describe('tagVisibility', () => {
  it.each([
    ['div', { hidden: '' }, { state: 'hidden', reason: 'hidden attribute' }],
    ['span', { 'aria-hidden': 'true' }, { state: 'hidden', reason: 'aria-hidden="true"' }],
    ['p', { style: 'display:none' }, { state: 'hidden', reason: 'display:none (inline style)' }],
    ['p', { style: 'visibility: hidden' }, { state: 'hidden', reason: 'visibility:hidden (inline style)' }],
    ['span', { class: 'sr-only' }, { state: 'hidden', reason: 'screen-reader only (class sr-only)', screenReaderOnly: true }],
    ['div', { class: 'collapse' }, { state: 'collapsed', reason: 'class collapse without show (closed until opened)' }],
    ['DETAILS', {}, { state: 'collapsed', reason: 'inside a closed <details> (no open attribute)' }],
    ['p', { style: 'color: #eee' }, { state: 'deemphasized', reason: 'contrast 1.1:1 (#eee on #fff)' }],
  ])('<%s %o>', (tag, attributes, expected) => {
    const visibility = tagVisibility(tag, attributes);
    expect(visibility && inWords(visibility)).toEqual(expected);
  });

  it('returns null for tags that do not change visibility', () => {
    expect(tagVisibility('div', { class: 'kort d-md-none' })).toBeNull();
    expect(tagVisibility('details', { open: '' })).toBeNull();
    expect(tagVisibility('p', { style: 'font-size: 12px' })).toBeNull();
  });
});

describe('parseDirectiveComment', () => {
  it.each([
    [' stromlint-disable ', { kind: 'disable', rules: [] }],
    ['stromlint-disable campaign-end,after-terms', { kind: 'disable', rules: ['campaign-end', 'after-terms'] }],
    ['stromlint-disable-line price-elements -- prisen står i tabellen under', { kind: 'disable-line', rules: ['price-elements'], reason: 'prisen står i tabellen under' }],
    ['stromlint-enable campaign-end', { kind: 'enable', rules: ['campaign-end'] }],
    ['stromlint-disable -- all copy here is quoted from the terms', { kind: 'disable', rules: [], reason: 'all copy here is quoted from the terms' }],
    ['\n  stromlint-disable-next-line hidden-price duration\n', { kind: 'disable-next-line', rules: ['hidden-price', 'duration'] }],
  ])('%j', (body, expected) => {
    expect(parseDirectiveComment(body)).toEqual(expected);
  });

  it('returns null for ordinary comments and look-alikes', () => {
    expect(parseDirectiveComment(' kampanjen slutter 31.12 ')).toBeNull();
    expect(parseDirectiveComment('stromlint-disabled campaign-end')).toBeNull();
    expect(parseDirectiveComment('eslint-disable')).toBeNull();
  });
});
