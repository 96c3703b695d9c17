import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/distinct-products.js';
import { formatMessage } from '../../src/engine/messages.js';
import type { Locale, ProductSummary, TermValue } from '../../src/rule-kit/types.js';
import { lintFilesWithRule, place } from '../helpers/lint-one-rule.js';

const RUNS = path.resolve(import.meta.dirname, '../../fixtures/distinct-products/runs');

interface ExpectedRunFinding {
  file: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The other product the message names, and where it is as seen from `file`. */
  other: string;
  where: string;
}

/**
 * `fixtures/distinct-products/runs/<case>/` holds several files that are linted as one run (a page,
 * a product sheet, a feed export …); `runs/expected.json` lists each case's findings.
 */
describe('distinct-products runs', () => {
  const expected = JSON.parse(fs.readFileSync(path.join(RUNS, 'expected.json'), 'utf8')) as Record<string, ExpectedRunFinding[]>;
  const cases = fs
    .readdirSync(RUNS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it('lists every case folder in expected.json', () => {
    expect(Object.keys(expected).sort()).toEqual(cases);
  });

  it('has valid and invalid runs', () => {
    expect(Object.values(expected).filter((e) => e.length === 0).length).toBeGreaterThanOrEqual(4);
    expect(Object.values(expected).filter((e) => e.length > 0).length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s', async (name) => {
    const dir = path.join(RUNS, name);
    const results = await lintFilesWithRule(rule, [dir], dir);
    const found = [...results].flatMap(([file, findings]) =>
      findings.filter((f) => f.ruleId === rule.id).map((f) => ({ file: path.relative(dir, file).split(path.sep).join('/'), ...place(f), message: f.message })),
    );
    const want = expected[name] ?? [];
    expect(found.map(({ message: _message, ...rest }) => rest)).toEqual(want.map(({ other: _other, where: _where, ...rest }) => rest));
    found.forEach((f, i) => {
      expect(f.message).toContain(`"${want[i]!.other}"`);
      expect(f.message).toContain(want[i]!.where);
    });
  });
});

/** Terms in the short notation of these tests: "4.9 ore/kWh", "12" (months), "none" (no binding), "NO1 | NO2", "yes". */
function written(terms: Record<string, string>): ProductSummary['terms'] {
  const valueOf = (text: string): TermValue => {
    if (text === 'none') return { value: 0, unit: 'months' };
    const m = /^(\d+(?:\.\d+)?)(?: (.+))?$/.exec(text);
    return m ? { value: Number(m[1]), unit: m[2] ?? 'months' } : { text };
  };
  return Object.fromEntries(Object.entries(terms).map(([key, text]) => [key, text.split(' | ').map(valueOf)]));
}

function product(name: string, over: Omit<Partial<ProductSummary>, 'terms'> & { terms?: Record<string, string> } = {}): ProductSummary {
  const { terms = {}, ...rest } = over;
  return { filePath: '/site/a.md', name, type: 'spot', line: 1, column: 1, endLine: 1, endColumn: 1 + name.length, group: -1, shows: [], pageKind: 'offer', ...rest, terms: written(terms) };
}

const SPOT_TERMS = { markup: '4.9 ore/kWh', 'monthly-fee': '39 kr/month', binding: 'none' };
const SPOT_SHOWS = ['binding', 'markup', 'monthly-fee', 'type'];

/** Runs the rule on summaries as the engine would; returns what it reported, with the message in `locale`. */
function check(products: ProductSummary[], options: Partial<typeof rule.defaultOptions> = {}, locale: Locale = 'en') {
  const out: Array<{ messageId: string; product: string; file: string; line: number; message: string }> = [];
  rule.checkRun(products, {
    options: { ...rule.defaultOptions, ...options },
    locale,
    report: ({ messageId, product: p, data }) =>
      out.push({ messageId, product: p.name, file: p.filePath, line: p.line, message: formatMessage(rule.messages[messageId]!, locale, { product: p.name, ...data }) }),
  });
  return out.map(({ message: _message, ...rest }) => rest);
}

function messages(products: ProductSummary[], locale: Locale): string[] {
  const out: string[] = [];
  rule.checkRun(products, {
    options: rule.defaultOptions,
    locale,
    report: ({ messageId, product: p, data }) => out.push(formatMessage(rule.messages[messageId]!, locale, { product: p.name, ...data })),
  });
  return out;
}

describe('distinct-products names', () => {
  it('finds names that differ only by case, punctuation, "+", "pluss" or a generic word, once per later product', () => {
    const found = check([
      product('Spot', { line: 3, terms: SPOT_TERMS }),
      product('Spot+', { line: 9, terms: { ...SPOT_TERMS, markup: '2.9 ore/kWh' } }),
      product('SpotPluss', { line: 15, terms: { ...SPOT_TERMS, markup: '1.9 ore/kWh' } }),
      product('Spot-avtalen', { line: 21 }),
    ]);
    expect(found).toEqual([
      { messageId: 'similarNames', product: 'Spot+', file: '/site/a.md', line: 9 },
      { messageId: 'similarNames', product: 'SpotPluss', file: '/site/a.md', line: 15 },
      { messageId: 'similarNames', product: 'Spot-avtalen', file: '/site/a.md', line: 21 },
    ]);
  });

  it('keeps names apart that differ by a number or a word of their own', () => {
    expect(
      check([
        product('Fastpris 1 år', { type: 'fixed', line: 1 }),
        product('Fastpris 3 år', { type: 'fixed', line: 5 }),
        product('Spot Hytte', { line: 9 }),
        product('Spot Bolig', { line: 13 }),
        product('Spot Øst', { line: 17 }),
        product('Spot Vest', { line: 21 }),
      ]),
    ).toEqual([]);
  });

  it('reads a compound written with a hyphen or apart as the compound: "Hytte-strøm", "Hytte strøm", "El-bil"', () => {
    const found = check(
      [
        product('Fjordkraft Hyttestrøm', { line: 1 }),
        product('Fjordkraft Hytte-strøm', { line: 8 }),
        product('Bekkeblom Elbil', { line: 15 }),
        product('Bekkeblom El-bil', { line: 22 }),
        product('Straum Hytte straum', { line: 29 }),
        product('Straum Hyttestraum', { line: 36 }),
      ],
      { similarity: 1 },
    );
    expect(found.map((f) => [f.messageId, f.product])).toEqual([
      ['similarNames', 'Fjordkraft Hytte-strøm'],
      ['similarNames', 'Bekkeblom El-bil'],
      ['similarNames', 'Straum Hyttestraum'],
    ]);
  });

  it('reads a slip of a letter as the same name, unless the threshold asks for names that normalise alike', () => {
    const products = [product('Nordlys Vinterspot', { line: 1 }), product('Nordlys Vinterspott', { line: 8 })];
    expect(check(products)).toEqual([{ messageId: 'similarNames', product: 'Nordlys Vinterspott', file: '/site/a.md', line: 8 }]);
    expect(check(products, { similarity: 1 })).toEqual([]);
  });

  it('drops configured generic words, such as the supplier name', () => {
    const products = [product('Havlys Spot', { line: 1 }), product('Spot', { line: 8 })];
    expect(check(products)).toEqual([]);
    expect(check(products, { genericWords: ['Havlys'] })).toEqual([{ messageId: 'similarNames', product: 'Spot', file: '/site/a.md', line: 8 }]);
  });

  it('reads an English page and a Norwegian page that name one product in their own language as one product', () => {
    const nb = product('Vestavind Timespot', { filePath: '/site/nb/timespot.html', terms: SPOT_TERMS });
    const en = product('Vestavind Hourly Spot', { filePath: '/site/en/hourly-spot.md', terms: SPOT_TERMS });
    expect(check([nb, en])).toEqual([]);
    const fixed = { 'fixed-price': '89.9 ore/kWh', 'monthly-fee': '49 kr/month', 'fixed-period': '12' };
    const fast = product('Fastpris 1 år', { type: 'fixed', filePath: '/site/nb/fast.md', terms: fixed });
    const enFixed = product('Fixed price 1 year', { type: 'fixed', filePath: '/site/en/fixed.md', terms: { ...fixed, 'fixed-price': '79.9 ore/kWh' } });
    expect(check([fast, enFixed])).toEqual([{ messageId: 'similarNames', product: 'Fastpris 1 år', file: '/site/nb/fast.md', line: 1 }]);
  });

  it('takes alike names in different files with terms that agree as one product written two ways', () => {
    const sheet = product('Spot Havlys', { filePath: '/site/ark.json', terms: SPOT_TERMS });
    const page = product('Havlys Spot', { filePath: '/site/spot.md', terms: SPOT_TERMS });
    expect(check([sheet, page])).toEqual([]);
    expect(check([sheet, { ...page, terms: written({ ...SPOT_TERMS, markup: '3.9 ore/kWh' }) }])).toEqual([
      { messageId: 'similarNames', product: 'Havlys Spot', file: '/site/spot.md', line: 1 },
    ]);
  });
});

describe('distinct-products terms', () => {
  it('reports one name with other prices in two files, on the later file, naming where the other is', () => {
    const sheet = product('Spotpris Nordlys', { filePath: '/site/ark/produkter.json', line: 7, terms: SPOT_TERMS });
    const page = product('Spotpris Nordlys', { filePath: '/site/sider/spot.md', line: 5, terms: { ...SPOT_TERMS, markup: '3.9 ore/kWh' } });
    expect(messages([page, sheet], 'nb')).toEqual([
      '«Spotpris Nordlys» har andre vilkår her enn i ../ark/produkter.json:7: påslag 3,9 øre/kWh her, 4,9 øre/kWh der. Samme navn må bety samme vilkår: rett opp tallene, eller gi produktene ulike navn, f.eks. «Spotpris Nordlys Hytte».',
    ]);
  });

  it('does not take prices apart that agree once VAT is added, that are in other price areas, or a campaign beside the ordinary price', () => {
    const base = product('Spotpris', { filePath: '/site/a.json', terms: SPOT_TERMS });
    const other = (terms: Record<string, string>) => product('Spotpris', { filePath: '/site/b.md', terms });
    expect(check([base, other({ ...SPOT_TERMS, markup: '3.92 ore/kWh', 'monthly-fee': '31.2 kr/month', vat: 'excl' })])).toEqual([]);
    expect(check([{ ...base, terms: written({ ...SPOT_TERMS, areas: 'NO1 | NO2' }) }, other({ ...SPOT_TERMS, markup: '5.9 ore/kWh', areas: 'NO4' })])).toEqual([]);
    expect(check([base, other({ ...SPOT_TERMS, markup: '0 ore/kWh', campaign: 'yes', end: '3 months' })])).toEqual([]);
    expect(check([base, other({ ...SPOT_TERMS, markup: '0 ore/kWh | 4.9 ore/kWh' })])).toEqual([]);
    expect(check([base, other({ ...SPOT_TERMS, 'monthly-fee': '1.3 kr/day' })])).toEqual([]);
  });

  it('compares campaigns with campaigns, and binding "none" with months', () => {
    const a = product('Vinterspot', { filePath: '/site/a.md', terms: { markup: '0 ore/kWh', campaign: 'yes', binding: 'none' } });
    const b = product('Vinterspot', { filePath: '/site/b.md', terms: { markup: '0 ore/kWh', campaign: 'yes', binding: '12' } });
    expect(messages([a, b], 'en')).toEqual([
      '"Vinterspot" has other terms here than in a.md:1: binding period 12 months here, none there. One name must mean one set of terms: correct the figures, or give the products different names, e.g. "Vinterspot Cabin".',
    ]);
  });

  it('reports only the statement that differs when the others agree with the first', () => {
    const found = check([
      product('Spotpris', { filePath: '/site/a.json', terms: SPOT_TERMS }),
      product('Spotpris', { filePath: '/site/b.html', terms: { ...SPOT_TERMS, markup: '3.9 ore/kWh' } }),
      product('Spotpris', { filePath: '/site/c.md', terms: SPOT_TERMS }),
      product('Spotpris', { filePath: '/site/d.md', terms: { ...SPOT_TERMS, markup: '3.9 ore/kWh' } }),
    ]);
    expect(found.map((f) => f.file)).toEqual(['/site/b.html', '/site/d.md']);
  });

  it('finds different names with identical terms, but only with a price per kWh and a monthly fee to compare', () => {
    const found = check([
      product('Grønn Hverdag', { line: 1, terms: SPOT_TERMS }),
      product('Enkel Hverdag', { line: 9, terms: SPOT_TERMS }),
      product('Basis', { line: 17, terms: { binding: 'none' } }),
      product('Komfort', { line: 25, terms: { binding: 'none' } }),
    ]);
    expect(found).toEqual([{ messageId: 'identicalTerms', product: 'Enkel Hverdag', file: '/site/a.md', line: 9 }]);
  });

  it('leaves a campaign page that names the product with its campaign alone', () => {
    const terms = { 'fixed-price': '84.9 ore/kWh', 'monthly-fee': '49 kr/month', binding: '12', 'fixed-period': '12' };
    const sheet = product('Fastpris Trygg', { type: 'fixed', filePath: '/site/ark.json', terms });
    const campaign = product('BLACK WEEK ⚡ Fastpris Trygg', { type: 'fixed', filePath: '/site/kampanje.md', terms });
    expect(check([sheet, campaign])).toEqual([]);
  });

});

describe('distinct-products cards', () => {
  const card = (name: string, line: number, shows: string[], type: ProductSummary['type'] = 'spot') => product(name, { line, group: 4, shows, type });

  it('reports a card that does not say what kind of agreement it is beside one that does, naming that card', () => {
    const cards = [card('Nordlys Spot', 10, SPOT_SHOWS), card('Nordlys Trygg', 20, ['amount/kWh', 'monthly-fee', 'binding'], 'other'), card('Nordlys Variabel', 30, ['amount/kWh', 'amount/month', 'binding', 'type'], 'variable')];
    expect(messages(cards, 'en')).toEqual([
      '"Nordlys Trygg" cannot be compared with "Nordlys Spot" (line 10): "Nordlys Trygg" does not say what kind of agreement it is, as "Nordlys Spot" does. Show the same facts on every card, e.g. "Spot price" or "Fixed price for 12 months".',
    ]);
    expect(check(cards, { compareCards: false })).toEqual([]);
  });

  it('leaves a card without its binding or a price element to the rules that ask for them', () => {
    const cards = [card('Nordlys Spot', 10, SPOT_SHOWS), card('Nordlys Fast', 20, ['fixed-price', 'type'], 'fixed')];
    expect(check(cards)).toEqual([]);
  });

  it('does not compare a teaser card with no price, a prosumer card, or cards of different groups', () => {
    expect(
      check([
        card('Nordlys Spot', 10, SPOT_SHOWS),
        card('Nordlys Solkraft', 20, ['type'], 'plus'),
        card('Les om fastpris', 30, ['type'], 'fixed'),
        product('Nordlys Fast', { line: 40, group: 5, shows: ['fixed-price', 'type'], type: 'fixed' }),
      ]),
    ).toEqual([]);
  });

  it('names what is missing in Norwegian with compliant examples', () => {
    const cards = [card('Bjørkli Spot', 10, SPOT_SHOWS), card('Bjørkli Trygg', 20, ['amount/kWh'], 'other')];
    expect(messages(cards, 'nb')).toEqual([
      '«Bjørkli Trygg» kan ikke sammenlignes med «Bjørkli Spot» (linje 10): «Bjørkli Trygg» sier ikke hva slags avtale det er, slik «Bjørkli Spot» gjør. Vis de samme opplysningene på hvert kort, f.eks. «Spotpris» eller «Fastpris i 12 måneder».',
    ]);
  });
});

describe('distinct-products limits', () => {
  // How fast it stays with thousands of products is measured by `npm run bench`; here, that it stays right.
  it('finds nothing among thousands of products of distinct names and terms, and the one pair among them', () => {
    const many = Array.from({ length: 4000 }, (_, i) => product(`Produkt ${i.toString(36)} ${'x'.repeat(i % 7)}`, { line: i + 1, terms: { ...SPOT_TERMS, markup: `${i} ore/kWh` } }));
    expect(check(many)).toEqual([]);
    const twin = product('Produkt tvilling', { line: 5000, terms: { ...SPOT_TERMS, markup: '17 ore/kWh' } });
    expect(check([...many, twin]).map((f) => f.messageId)).toEqual(['identicalTerms']);
  });
});
