import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';

const AMOUNTS = '0 kr '.repeat(100_000);
/** Each page, and the line its crowded block starts on. */
const PAGES: Record<string, [string, number]> = {
  'side.md': [`# Spotpris\n\n${AMOUNTS}\n`, 3],
  'side.html': [`<h2>Spotpris</h2>\n<p>${AMOUNTS}</p>`, 2],
  'ark.json': [JSON.stringify({ products: [{ id: 'p', name: 'Spotpris', type: 'spot', description: AMOUNTS }] }), 1],
};

describe('a block of copy with 100 000 facts', () => {
  it.each(Object.keys(PAGES))('%s gets a limit finding naming its config key, not an internal error', async (name) => {
    const [page, line] = PAGES[name]!;
    const run = await lintText(page, name, { locale: 'en' });
    const findings = run.results[0]!.findings;
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'too-many-facts', fatal: true, line })]);
    expect(findings[0]!.message).toContain('limits.maxFactsPerBlock');
  });
});
