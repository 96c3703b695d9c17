import { describe, expect, it } from 'vitest';
import rule from '../../rules/price-elements.js';
import { lintTextWithRule, place } from '../helpers/lint-one-rule.js';

async function findings(code: string, file: string, options?: Record<string, unknown>) {
  const found = await lintTextWithRule(rule, code, file, options);
  // Adapter notices (the feed's price unit) are not this rule's.
  return found.filter((f) => f.ruleId === rule.id).map((f) => ({ ...place(f), severity: f.severity }));
}

describe('price-elements', () => {
  it('accepts a fixed amount per day by default and points at it when the options ask for a monthly one', async () => {
    const code = '## Spotpris Dag\n\nPåslag 3,9 øre/kWh. Fastbeløp kr 1,30 per dag.\n';
    expect(await findings(code, 'dag.md')).toEqual([]);
    expect(await findings(code, 'dag.md', { acceptPerDayOrYear: false })).toEqual([
      { messageId: 'missingMonthlyFee', line: 3, column: 21, endLine: 3, endColumn: 46, severity: 'error' },
    ]);
  });

  it('asks nothing of copy that only mentions a product (no price of its own, no campaign), and everything of an offer', async () => {
    const mention = '## Spotpris Nordlys\n\nSpotpris Nordlys følger markedet. I januar var spotprisen over 300 øre/kWh.\n';
    expect(await findings(mention, 'omtale.md')).toEqual([]);
    const offer = '## Spotpris Nordlys\n\nSpotpris Nordlys følger markedet. Fastbeløp 39 kr/mnd.\n';
    expect(await findings(offer, 'tilbud.md')).toEqual([{ messageId: 'missingMarkup', line: 1, column: 4, endLine: 1, endColumn: 20, severity: 'error' }]);
  });

  it("takes a spot product's own figure per kWh as its markup when it is one (at most 20 øre), not a spot price quoted in passing", async () => {
    expect(await findings('<h2>Polarkyst Spot</h2>\n<p>Spot price (monthly average)</p>\n<p>3.45 øre/kWh</p>\n<p>Monthly fee NOK 45.</p>\n', 'spot.html')).toEqual([]);
    expect(await findings('<h2>Polarkyst Spot</h2>\n<p>Spot price (monthly average)</p>\n<p>85 øre/kWh</p>\n<p>Monthly fee NOK 45.</p>\n', 'spot.html')).toEqual([
      { messageId: 'missingMarkup', line: 1, column: 5, endLine: 1, endColumn: 19, severity: 'error' },
    ]);
  });

  it('asks a product of unknown kind for a price per kWh (markup or price) and a fixed amount', async () => {
    expect(await findings('## Dagry Jevn\n\nFastbeløp 44 kr/mnd. Ingen binding.\n', 'ukjent.md')).toEqual([
      { messageId: 'missingPrice', line: 1, column: 4, endLine: 1, endColumn: 14, severity: 'error' },
    ]);
    expect(await findings('## Dagry Jevn\n\nPåslag 3,55 øre/kWh, fastbeløp 44 kr/mnd.\n', 'ukjent.md')).toEqual([]);
  });

  it('gives every product the type the page states once for all of them', async () => {
    const page =
      '# Våre avtaler\n\nAlle avtalene følger spotprisen time for time.\n\n## Dagry Jevn\n\nFastbeløp 44 kr/mnd.\n\n## Dagry Rask\n\nPåslag 2 øre/kWh, fastbeløp 49 kr/mnd.\n';
    expect(await findings(page, 'alle.md')).toEqual([{ messageId: 'missingMarkup', line: 5, column: 4, endLine: 5, endColumn: 14, severity: 'error' }]);
  });

  it('takes a per-kWh amount beside a variable product as its price', async () => {
    expect(await findings('## Standard Variabel\n\nPris 89,90 øre/kWh, fastbeløp 29 kr/mnd.\n', 'variabel.md')).toEqual([]);
  });

  it('reads "spotpris + 4,9 øre/kWh" as the markup and a bare "39 kr/mnd" as the fixed amount', async () => {
    expect(await findings('## Spotpris Enkel\n\nDu betaler spotpris + 4,9 øre/kWh og 39 kr/mnd.\n', 'pluss.md')).toEqual([]);
    // A ceiling bounds the markup but does not size it (nb, nn, en).
    expect(await findings('## Spotpris Tak\n\nSpotpris + maks 2 øre/kWh. Fastbeløp 39 kr/mnd.\n', 'maks.md')).toEqual([
      { messageId: 'unquantified', line: 3, column: 12, endLine: 3, endColumn: 26, severity: 'error' },
    ]);
    expect(await findings('## Straum Tak\n\nPåslag: inntil 2,5 øre/kWh. Fastbeløp 39 kr/mnd.\n', 'inntil.md')).toEqual([
      { messageId: 'unquantified', line: 3, column: 1, endLine: 3, endColumn: 27, severity: 'error' },
    ]);
    expect(await findings('## Capped Spot\n\nSpot price plus a markup of up to 3 øre/kWh, NOK 39 a month.\n', 'cap.md')).toEqual([
      { messageId: 'unquantified', line: 3, column: 17, endLine: 3, endColumn: 44, severity: 'error' },
    ]);
    // A cap on a fee is how break fees are set, and a price cap is a product's bound: neither is a markup.
    expect(await findings('## Spotpris Tak\n\nSpotpris + 2 øre/kWh, fastbeløp 39 kr/mnd. Bruddgebyr maks 900 kr.\n', 'gebyr.md')).toEqual([]);
    // A spot price quoted for comparison is not the markup.
    expect(await findings('## Spotpris Enkel\n\nSpotprisen i januar: 120 øre/kWh. Fastbeløp 39 kr/mnd.\n', 'snitt.md')).toEqual([
      { messageId: 'missingMarkup', line: 1, column: 4, endLine: 1, endColumn: 18, severity: 'error' },
    ]);
  });

  it('reads amounts in a table whose row labels name the elements and whose columns are products', async () => {
    const code =
      '<h1>Våre avtaler</h1>\n<table>\n<tr><th></th><th>Spot Lav</th><th>Spot Høy</th></tr>\n' +
      '<tr><td>Påslag</td><td>1,9 øre/kWh</td><td>0,9 øre/kWh</td></tr>\n<tr><td>Fastbeløp</td><td>29 kr/mnd</td><td></td></tr>\n</table>\n';
    expect(await findings(code, 'tabell.html')).toEqual([{ messageId: 'missingMonthlyFee', line: 3, column: 35, endLine: 3, endColumn: 43, severity: 'error' }]);
  });

  it('reads a comparison table\'s "Energy price" row as the price of a fixed or variable product, and asks for a fee its cell only points away for', async () => {
    const table = `<table>
<tr><th></th><th>Kestrel Tide <span>Hourly spot</span></th><th>Kestrel Anchor <span>Fixed price</span></th></tr>
<tr><th scope="row">Monthly fee</th><td>NOK 49/month</td><td>See terms</td></tr>
<tr><th scope="row">Energy price</th><td>Spot price + markup 2.49 øre/kWh</td><td>89.90 øre/kWh, fixed for 12 months</td></tr>
<tr><th scope="row">Binding period</th><td>None</td><td>12 months</td></tr>
</table>\n`;
    expect(await findings(table, 'compare.html')).toEqual([{ messageId: 'missingMonthlyFee', line: 2, column: 64, endLine: 2, endColumn: 96, severity: 'error' }]);
    expect(await findings(table.replace('See terms', 'NOK 39/month'), 'compare.html')).toEqual([]);
  });

  it('does not size an element with an amount of the wrong unit in its table cell', async () => {
    const code = '## Spotpris Kant\n\n| Prisdel | Pris |\n|---|---|\n| Påslag | 39 kr/mnd |\n| Fastbeløp | 39 kr/mnd |\n';
    expect(await findings(code, 'kant.md')).toEqual([{ messageId: 'missingMarkup', line: 1, column: 4, endLine: 1, endColumn: 17, severity: 'error' }]);
  });

  it('asks no elements of a prosumer product but still reports a cost named without its size', async () => {
    expect(await findings('## Plusskunde Sol\n\nVi kjøper overskuddsstrømmen din. Et lite påslag trekkes fra.\n', 'pluss.md')).toEqual([
      { messageId: 'unquantified', line: 3, column: 35, endLine: 3, endColumn: 49, severity: 'error' },
    ]);
  });

  it('does not report a vague mention of an element the product sizes elsewhere', async () => {
    const code = '## Spotpris Enkel\n\nVi tar et lite påslag: 2,9 øre/kWh. Eventuelt et fastbeløp? Nei: 0 kr i fastbeløp.\n';
    expect(await findings(code, 'enkel.md')).toEqual([]);
  });

  it("takes a feed product's price per sales network as the price of a fixed product", async () => {
    const product = '{"id":1,"name":"Fjordfast 12","productType":"Fixed","agreementTime":12,"agreementTimeUnit":"Month","monthlyFee":39';
    const priced = `[${product},"salesNetworks":[{"id":"NO5","type":"priceArea","kwPrice":89.9}]}]\n`;
    expect(await findings(priced, 'feed.json')).toEqual([]);
    expect(await findings(`[${product}}]\n`, 'feed.json')).toEqual([{ messageId: 'missingPrice', line: 1, column: 18, endLine: 1, endColumn: 30, severity: 'error' }]);
  });

  it('leaves terms pages alone unless asked', async () => {
    const code = '---\ntype: vilkår\n---\n\n## Spotpris\n\nKunden betaler spotpris, et påslag og eventuelt et fastbeløp.\n';
    expect(await findings(code, 'vilkar.md')).toEqual([]);
    expect(await findings(code, 'vilkar.md', { checkTermsPages: true })).toEqual([
      { messageId: 'unquantified', line: 7, column: 26, endLine: 7, endColumn: 35, severity: 'error' },
      { messageId: 'unquantified', line: 7, column: 39, endLine: 7, endColumn: 61, severity: 'error' },
    ]);
  });
});

describe('price-elements: guards and boundaries', () => {
  /** A price table whose column headers name the elements over the cells they size. */
  const table = (markup: string, fee: string) => `## Spotpris Kant\n\n| Påslag | Fastbeløp |\n|---|---|\n| ${markup} | ${fee} |\n`;

  it('takes a bare "1,9 øre" under a markup header as per kWh, and a bare "29 kr" under the fee header as the fixed amount (md, html)', async () => {
    expect(await findings(table('1,9 øre', '29 kr/mnd'), 'kant.md')).toEqual([]);
    expect(await findings(table('1,9 øre/kWh', '29 kr'), 'kant.md')).toEqual([]);
    const html = '<h2>Spot Lav</h2>\n<table>\n<tr><th>Påslag</th><th>Fastbeløp</th></tr>\n<tr><td>1,9 øre</td><td>29 kr/mnd</td></tr>\n</table>\n';
    expect(await findings(html, 'kant.html')).toEqual([]);
  });

  it('does not take a cell in kroner without "per kWh" as a markup, nor a price per kWh as the fixed amount', async () => {
    expect(await findings(table('1,9 kr', '29 kr/mnd'), 'kant.md')).toEqual([{ messageId: 'missingMarkup', line: 1, column: 4, endLine: 1, endColumn: 17, severity: 'error' }]);
    expect(await findings(table('1,9 øre/kWh', '1,9 øre/kWh'), 'kant.md')).toEqual([
      { messageId: 'missingMonthlyFee', line: 1, column: 4, endLine: 1, endColumn: 17, severity: 'error' },
    ]);
  });

  it('accepts a fixed amount per year by default, named or not, and asks for a monthly one when acceptPerDayOrYear is off', async () => {
    const named = '## Spotpris År\n\nPåslag 3,9 øre/kWh. Fastbeløp 468 kr per år.\n';
    const bare = '## Spotpris År\n\nPåslag 3,9 øre/kWh. 468 kr/år.\n';
    expect(await findings(named, 'aar.md')).toEqual([]);
    expect(await findings(bare, 'aar.md')).toEqual([]);
    expect(await findings(named, 'aar.md', { acceptPerDayOrYear: true })).toEqual([]);
    expect(await findings(named, 'aar.md', { acceptPerDayOrYear: false })).toEqual([
      { messageId: 'missingMonthlyFee', line: 3, column: 21, endLine: 3, endColumn: 44, severity: 'error' },
    ]);
    expect(await findings(bare, 'aar.md', { acceptPerDayOrYear: false })).toEqual([
      { messageId: 'missingMonthlyFee', line: 1, column: 4, endLine: 1, endColumn: 15, severity: 'error' },
    ]);
  });

  it('accepts a fixed amount per invoice whatever the options, but not a bare amount per invoice as the fixed amount', async () => {
    const perInvoice = '## Spotpris Faktura\n\nPåslag 3,9 øre/kWh. Fastbeløp 39 kr per faktura.\n';
    expect(await findings(perInvoice, 'faktura.md')).toEqual([]);
    expect(await findings(perInvoice, 'faktura.md', { acceptPerDayOrYear: false })).toEqual([]);
    expect(await findings('## Spotpris Faktura\n\nPåslag 3,9 øre/kWh. 39 kr per faktura.\n', 'faktura.md')).toEqual([
      { messageId: 'missingMonthlyFee', line: 1, column: 4, endLine: 1, endColumn: 20, severity: 'error' },
    ]);
  });

  it('takes a "markup" above 20 øre/kWh as a fixed product\'s whole price, and one at 20 øre as a markup only', async () => {
    expect(await findings('## Fastpris Grense\n\nPåslag: 20,10 øre/kWh. Fastbeløp 39 kr/mnd.\n', 'grense.md')).toEqual([]);
    expect(await findings('## Fastpris Grense\n\nPåslag: 20 øre/kWh. Fastbeløp 39 kr/mnd.\n', 'grense.md')).toEqual([
      { messageId: 'missingPrice', line: 1, column: 4, endLine: 1, endColumn: 19, severity: 'error' },
    ]);
  });

  it("takes a spot product's own figure of 20 øre/kWh as its markup, and one just above as the spot price", async () => {
    const card = (figure: string) => `<h2>Polarkyst Spot</h2>\n<p>Spot price (monthly average)</p>\n<p>${figure}</p>\n<p>Monthly fee NOK 45.</p>\n`;
    expect(await findings(card('20 øre/kWh'), 'spot.html')).toEqual([]);
    expect(await findings(card('20.5 øre/kWh'), 'spot.html')).toEqual([{ messageId: 'missingMarkup', line: 1, column: 5, endLine: 1, endColumn: 19, severity: 'error' }]);
  });

  it("reports each cost named without its size once, and a fee named without it not at all (fees are another rule's)", async () => {
    expect(await findings('## Spotpris Enkel\n\nPåslag: et lite påslag. Fastbeløp: et lite fastbeløp. Et påslag til.\n', 'vag.md')).toEqual([
      { messageId: 'unquantified', line: 3, column: 9, endLine: 3, endColumn: 23, severity: 'error' },
      { messageId: 'unquantified', line: 3, column: 36, endLine: 3, endColumn: 53, severity: 'error' },
    ]);
    expect(await findings('## Spotpris Gebyr\n\nPåslag 3,9 øre/kWh, fastbeløp 39 kr/mnd. Det kan påløpe et gebyr.\n', 'gebyr.md')).toEqual([]);
  });

  it('asks nothing of a product on an FAQ page, and everything of the same product on an offer page', async () => {
    const page = '## Spotpris Nordlys\n\nPåslag 4,90 øre/kWh. Ingen bindingstid.\n';
    expect(await findings(page, 'side.md')).toEqual([{ messageId: 'missingMonthlyFee', line: 1, column: 4, endLine: 1, endColumn: 20, severity: 'error' }]);
    expect(await findings(`---\ntype: faq\n---\n\n${page}`, 'faq.md')).toEqual([]);
    expect(await findings(`---\ntype: prisliste\n---\n\n${page}`, 'priser.md')).toEqual([
      { messageId: 'missingMonthlyFee', line: 5, column: 4, endLine: 5, endColumn: 20, severity: 'error' },
    ]);
  });

  it('takes a markup joined to the spot price by "+" or "pluss" as the markup, whatever its size, and one only beside it as none', async () => {
    expect(await findings('# Spot Trygg\n\nSpotpris + 24,9 øre/kWh. 39 kr/mnd.\n', 'pluss.md')).toEqual([]);
    expect(await findings('# Spot Trygg\n\nSpotpris, og 24,9 øre/kWh. 39 kr/mnd.\n', 'pluss.md')).toEqual([
      { messageId: 'missingMarkup', line: 1, column: 3, endLine: 1, endColumn: 13, severity: 'error' },
    ]);
  });

  it('reports a markup given only as a ceiling after the spot price, quoting from the ceiling word', async () => {
    const one = async (code: string) => (await lintTextWithRule(rule, code, 'maks.md')).map((f) => [f.messageId, `${f.line}:${f.column}-${f.endColumn}`, f.message]);
    expect(await one('# Spot Trygg\n\nSpotpris + maks 2 øre/kWh. 39 kr/mnd.\n')).toEqual([
      ['unquantified', '3:12-26', '"Spot Trygg" names "maks 2 øre/kWh" without its size. State the amount with its unit, e.g. "markup 4.9 øre/kWh" or "monthly fee NOK 39".'],
    ]);
    expect((await one('# Spot Trygg\n\nSpotpris pluss maks 2 øre/kWh. 39 kr/mnd.\n')).map(([id, at]) => [id, at])).toEqual([['unquantified', '3:16-30']]);
    expect((await one('# Spot Trygg\n\nNettleie kommer i tillegg. Spotpris + maks 2 øre/kWh. 39 kr/mnd.\n')).map(([id, at]) => [id, at])).toEqual([['unquantified', '3:39-53']]);
    // Each cost named without its size, in reading order.
    expect((await one('# Spot Trygg\n\nSpotpris + maks 2 øre/kWh og et lite fastbeløp.\n')).map(([id, at]) => [id, at])).toEqual([
      ['unquantified', '3:12-26'],
      ['unquantified', '3:30-47'],
    ]);
  });

  it("sizes an element by a table cell: any unit for a zero, øre/kWh above a markup's usual size, never a ceiling", async () => {
    const page = (cell: string) => `# Spot Trygg\n\nSpotpris med påslag og fastbeløp.\n\n| Påslag | Fastbeløp |\n|---|---|\n| ${cell} | 39 kr/mnd |\n`;
    expect(await findings(page('0 kr'), 'tabell.md')).toEqual([]);
    expect(await findings(page('24,9 øre/kWh'), 'tabell.md')).toEqual([]);
    expect(await findings(page('maks 2 øre/kWh'), 'tabell.md')).toEqual([{ messageId: 'missingMarkup', line: 1, column: 3, endLine: 1, endColumn: 13, severity: 'error' }]);
  });

  it('takes a zero fixed amount per year as stated even when acceptPerDayOrYear is off', async () => {
    expect(await findings('# Spot Trygg\n\nPåslag 1,9 øre/kWh. Fastbeløp 0 kr/år.\n', 'null.md', { acceptPerDayOrYear: false })).toEqual([]);
    expect(await findings('# Spot Trygg\n\nPåslag 1,9 øre/kWh. Fastbeløp 12 kr/år.\n', 'null.md', { acceptPerDayOrYear: false })).toEqual([
      { messageId: 'missingMonthlyFee', line: 3, column: 21, endLine: 3, endColumn: 39, severity: 'error' },
    ]);
  });
});
