import { describe, expect, it } from 'vitest';
import { parseSheet } from '../helpers/parse-sheet.js';

describe('price-portal feed product types', () => {
  it('reads the portal types whatever their case', () => {
    const feed = JSON.stringify([
      { name: 'Time for time', productType: 'hourly_spot', addonPrice: 2, monthlyFee: 39 },
      { name: 'Timespot Pluss', productType: 'Hourly_spot', addonPrice: 2, monthlyFee: 39 },
      { name: 'Fast', productType: 'FIXED', addonPrice: 0, monthlyFee: 49 },
      { name: 'Ukjent', productType: 'Banan', addonPrice: 0, monthlyFee: 49 },
    ]);
    expect(parseSheet(feed, {}, '/feed.json').products.map((p) => p.type)).toEqual(['hourly-spot', 'hourly-spot', 'fixed', 'other']);
  });
});
