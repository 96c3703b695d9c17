import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/distinct-products.js';
import { lintText } from '../../src/index.js';
import type { Locale } from '../../src/rule-kit/types.js';
import { lintFilesWithRule, lintTextWithRule, place } from '../helpers/lint-one-rule.js';
import { tempTree } from '../helpers/tmp.js';

/**
 * distinct-products through what a user sees: text or files linted with the rule and its options,
 * whatever the rule's code looks like inside.
 */
const lint = async (code: string, file = 'side.md', options?: Record<string, unknown>) => (await lintTextWithRule(rule, code, file, options)).map(place);

const spot = (name: string, markup: string, fee: string) => `## ${name}\n\nPåslag ${markup} øre/kWh, fastbeløp ${fee} kr/mnd. Ingen bindingstid.\n`;
/** "Nordlysa" and "Nordlyse": one letter apart in eight, so 1 − 1/8 = 0.875 alike. */
const ALIKE = `${spot('Nordlysa', '4,9', '39')}\n${spot('Nordlyse', '2,9', '59')}`;
const ALIKE_FINDING = { messageId: 'similarNames', line: 5, column: 4, endLine: 5, endColumn: 12 };

describe('distinct-products options', () => {
  it('reports names as alike at and below the similarity threshold, not above it', async () => {
    expect(await lint(ALIKE)).toEqual([ALIKE_FINDING]);
    expect(await lint(ALIKE, 'side.md', { similarity: 0.875 })).toEqual([ALIKE_FINDING]);
    expect(await lint(ALIKE, 'side.md', { similarity: 0.87 })).toEqual([ALIKE_FINDING]);
    expect(await lint(ALIKE, 'side.md', { similarity: 0.88 })).toEqual([]);
  });

  it('with similarity 1 reports only names that differ in case, punctuation, "+" or a generic word', async () => {
    expect(await lint(ALIKE, 'side.md', { similarity: 1 })).toEqual([]);
    const plus = `${spot('Spot Fjord', '4,9', '39')}\n${spot('Spot Fjord+', '2,9', '59')}`;
    expect(await lint(plus, 'side.md', { similarity: 1 })).toEqual([{ messageId: 'similarNames', line: 5, column: 4, endLine: 5, endColumn: 15 }]);
  });

  it('drops the words in genericWords, in any case, when it compares names', async () => {
    const page = `${spot('Havbris Spot', '4,9', '39')}\n${spot('Spot', '2,9', '59')}`;
    expect(await lint(page)).toEqual([]);
    expect(await lint(page, 'side.md', { genericWords: ['havbris'] })).toEqual([{ messageId: 'similarNames', line: 5, column: 4, endLine: 5, endColumn: 8 }]);
    expect(await lint(page, 'side.md', { genericWords: ['Havbris'] })).toEqual([{ messageId: 'similarNames', line: 5, column: 4, endLine: 5, endColumn: 8 }]);
  });

  it('compares the kind of agreement cards show only with compareCards', async () => {
    const cards =
      '<div class="plans">\n  <div class="plan"><h3>Breeze Spot</h3><p>Markup 3.9 øre/kWh</p><p>Monthly fee NOK 39</p><p>No binding period</p></div>\n' +
      '  <div class="plan"><h3>Breeze Steady</h3><p>89.9 øre/kWh for 12 months</p><p>Monthly fee NOK 49</p><p>Binding period 12 months</p></div>\n</div>\n';
    const uneven = [{ messageId: 'unevenFacts', line: 3, column: 25, endLine: 3, endColumn: 38 }];
    expect(await lint(cards, 'side.html')).toEqual(uneven);
    expect(await lint(cards, 'side.html', { compareCards: true })).toEqual(uneven);
    expect(await lint(cards, 'side.html', { compareCards: false })).toEqual([]);
  });
});

describe('distinct-products: what it compares', () => {
  it('reports two names with the same terms (nn), and not when one term differs', async () => {
    const same = '## Straum Lett\n\nPåslag 3,9 øre/kWt, fastbeløp 39 kr/md. Inga bindingstid.\n\n## Straum Enkel\n\nPåslag 3,9 øre/kWt, fastbeløp 39 kr/md. Inga bindingstid.\n';
    expect(await lint(same)).toEqual([{ messageId: 'identicalTerms', line: 5, column: 4, endLine: 5, endColumn: 16 }]);
    expect(await lint(same.replace(/39 kr\/md\. Inga bindingstid\.\n$/, '49 kr/md. Inga bindingstid.\n'))).toEqual([]);
  });

  it('reads price lists but not terms pages, which list every product in general terms', async () => {
    expect(await lint(`---\ntype: prisliste\n---\n\n${ALIKE}`)).toEqual([{ ...ALIKE_FINDING, line: 9, endLine: 9 }]);
    expect(await lint(`---\ntype: vilkår\n---\n\n${ALIKE}`)).toEqual([]);
  });

  it('reports one name with other terms in another file, naming where, and not one that says the same', async () => {
    const dir = tempTree({ 'a.md': spot('Spot Fjord', '4,9', '39'), 'b.md': spot('Spot Fjord', '3,9', '39'), 'c.md': spot('Spot Fjord', '4,9', '39') });
    const found = await lintFilesWithRule(rule, [dir], dir);
    const all = [...found].flatMap(([file, findings]) => findings.map((f) => ({ file: path.basename(file), ...place(f), message: f.message })));
    expect(all.map(({ message: _m, ...rest }) => rest)).toEqual([{ file: 'b.md', messageId: 'sameNameDifferentTerms', line: 1, column: 4, endLine: 1, endColumn: 14 }]);
    expect(all[0]!.message).toBe(
      '"Spot Fjord" has other terms here than in a.md:1: markup 3.9 øre/kWh here, 4.9 øre/kWh there. One name must mean one set of terms: correct the figures, or give the products different names, e.g. "Spot Fjord Cabin".',
    );
  });
});

describe('distinct-products: messages', () => {
  const messages = async (code: string, locale: Locale) =>
    (await lintText(code, 'side.md', { config: { extends: [], rules: { 'distinct-products': 'warn' } }, locale })).results.flatMap((r) => r.findings.map((f) => f.message));
  const twins = (terms: string) => `## Fastpris Lett\n\n${terms}\n\n## Fastpris Enkel\n\n${terms}\n`;

  it('lists the terms two products both state, with their units, in English and bokmål', async () => {
    const fixed = twins('Fastpris 89,90 øre/kWh i 12 måneder. Fastbeløp 49 kr/mnd. 12 måneders bindingstid.');
    expect(await messages(fixed, 'en')).toEqual([
      '"Fastpris Enkel" and "Fastpris Lett" (line 1) cannot be told apart or compared by their terms: both state fixed price 89.9 øre/kWh, monthly fee NOK 49/month, binding period 12 months and fixed-price period 12 months. Show what sets them apart, e.g. "Spot Cabin: markup 5.9 øre/kWh", or use one name if it is one product.',
    ]);
    expect(await messages(fixed, 'nb')).toEqual([
      '«Fastpris Enkel» og «Fastpris Lett» (linje 1) kan ikke skilles eller sammenlignes på vilkårene: begge oppgir fastpris 89,9 øre/kWh, fastbeløp 49 kr/mnd, bindingstid 12 mnd og fastprisperiode 12 mnd. Vis hva som skiller dem, f.eks. «Spotpris Hytte: påslag 5,9 øre/kWh», eller bruk ett navn hvis det er ett produkt.',
    ]);
  });

  it('names a fee per day, a binding in days and no binding as the copy states them', async () => {
    const perDay = twins('Påslag 2,9 øre/kWh. Fastbeløp 1,30 kr per dag. Ingen bindingstid.').replaceAll('Fastpris', 'Spot');
    expect((await messages(perDay, 'en'))[0]).toContain('both state markup 2.9 øre/kWh, monthly fee NOK 1.3/day and no binding period.');
    expect((await messages(perDay, 'nb'))[0]).toContain('begge oppgir påslag 2,9 øre/kWh, fastbeløp 1,3 kr/dag og ingen bindingstid.');
    const days = twins('Påslag 2,9 øre/kWh. Fastbeløp 39 kr/mnd. Bindingstid 30 dager.').replaceAll('Fastpris', 'Spot');
    expect((await messages(days, 'en'))[0]).toContain('both state markup 2.9 øre/kWh, monthly fee NOK 39/month and binding period 30 days.');
    expect((await messages(days, 'nb'))[0]).toContain('begge oppgir påslag 2,9 øre/kWh, fastbeløp 39 kr/mnd og bindingstid 30 dager.');
  });
});
