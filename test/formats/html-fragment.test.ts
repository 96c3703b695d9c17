import { describe, expect, it } from 'vitest';
import { htmlFragment, tagVisibility } from '../../src/formats/html/fragment.js';

describe('htmlFragment', () => {
  it('maps fragment text back to the enclosing source', () => {
    const source = 'Tekst før\n<p>Påslag 4,9&nbsp;øre/kWh</p>\n';
    const start = source.indexOf('<p>');
    const { blocks } = htmlFragment(source, start, source.length, { firstBlockId: 5, firstContainerId: 2, parentContainer: 1 });
    expect(blocks).toHaveLength(1);
    const block = blocks[0]!;
    expect(block.id).toBe(5);
    expect(block.text).toBe('Påslag 4,9 øre/kWh');
    const [s, e] = block.map.toSourceRange(7, 18);
    expect(source.slice(s, e)).toBe('4,9&nbsp;øre/kWh');
  });
});

describe('tagVisibility', () => {
  it('reads the hidden attribute and leaves plain tags alone', () => {
    expect(tagVisibility('div', { hidden: '' })?.state).toBe('hidden');
    expect(tagVisibility('div', { class: 'kort' })).toBeNull();
  });
});
