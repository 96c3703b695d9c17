import { describe, expect, it } from 'vitest';
import { compileSupportedSelectors } from '../../src/formats/html/selector.js';

const nested = (levels: number) => `p${':not('.repeat(levels)}.x${')'.repeat(levels)}`;

describe('CSS selectors nested in :not()', () => {
  it('are read up to eight levels deep; deeper ones, tried on every element of a page, never match', () => {
    expect(compileSupportedSelectors(nested(8))).toHaveLength(1);
    expect(compileSupportedSelectors(nested(9))).toEqual([]);
    expect(compileSupportedSelectors(`${nested(60)}, .pris`).map((s) => s.text)).toEqual(['.pris']);
  });
});
