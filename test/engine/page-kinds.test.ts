import { describe, expect, it } from 'vitest';
import { lintFiles, lintText } from '../../src/index.js';
import { tempTree } from '../helpers/tmp.js';

/** A spot product with a campaign and no end, no markup, no binding: every offer rule has something to say. */
const BODY = '## Spot Fjord\n\nKampanjepris: 0 kr i fastbeløp!\n';

async function ruleIds(source: string, config: Record<string, unknown> = {}): Promise<string[]> {
  const run = await lintText(source, 'side.md', { locale: 'en', config });
  return [...new Set(run.results.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
}

describe('rules read the kinds of page they declare', () => {
  it('runs every offer rule on an offer page', async () => {
    expect(await ruleIds(`---\nkind: offer\n---\n${BODY}`)).toEqual(['after-terms', 'campaign-end', 'duration', 'price-elements']);
  });

  it('runs price-elements on a price list, not campaign-end or duration', async () => {
    expect(await ruleIds(`---\nkind: price-list\n---\n${BODY}`)).toEqual(['price-elements']);
  });

  it('runs no offer rule on an FAQ, an article, a price-change notice or other pages', async () => {
    for (const kind of ['faq', 'article', 'price-change', 'other']) expect(await ruleIds(`---\nkind: ${kind}\n---\n${BODY}`)).toEqual([]);
  });

  it('reads terms pages only when a rule is asked to with checkTermsPages', async () => {
    const terms = `---\nkind: terms\n---\n${BODY}`;
    expect(await ruleIds(terms)).toEqual([]);
    expect(await ruleIds(terms, { rules: { 'campaign-end': ['error', { checkTermsPages: true }] } })).toEqual(['campaign-end']);
  });

  it('takes the kind from the configuration, per glob', async () => {
    const dir = tempTree({ 'hjelp/side.md': BODY, 'kampanje/side.md': BODY });
    const run = await lintFiles(['.'], { cwd: dir, locale: 'en', config: { overrides: [{ files: ['hjelp/**'], pageKind: 'faq' }] } });
    const byFile = Object.fromEntries(run.results.map((r) => [r.filePath.slice(dir.length + 1), r.findings.length > 0]));
    expect(byFile).toEqual({ 'hjelp/side.md': false, 'kampanje/side.md': true });
  });

  it('leaves products on terms pages out of the run-wide comparison', async () => {
    const dir = tempTree({
      'a.md': '## Spot\n\nPåslag 4,9 øre/kWh, fastbeløp 39 kr/mnd, ingen binding.\n',
      'b.md': '---\nkind: terms\n---\n## Spot+\n\nPåslag 4,9 øre/kWh, fastbeløp 39 kr/mnd, ingen binding.\n',
    });
    const run = await lintFiles(['.'], { cwd: dir, locale: 'en', config: { extends: [], rules: { 'distinct-products': 'warn' } } });
    expect(run.results.flatMap((r) => r.findings)).toEqual([]);
  });

  it('says once, as info, when a page states prices but no product was found', async () => {
    const run = await lintText('<div><p>Bare 2,9 øre/kWh i påslag og 39 kr/mnd!</p></div>', 'side.html', { locale: 'en' });
    const notes = run.results.flatMap((r) => r.findings).filter((f) => f.ruleId === 'no-product');
    expect(notes.map((f) => [f.severity, f.line, f.column])).toEqual([['info', 1, 14]]);
    expect(notes[0]!.message).toContain('html.product');
  });
});
