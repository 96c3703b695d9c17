import { describe, expect, it } from 'vitest';
import rule from '../../rules/duration.js';
import { lintTextWithRule } from '../helpers/lint-one-rule.js';

const lint = (code: string, options?: Record<string, unknown>) => lintTextWithRule(rule, code, 'page.md', options);
const brief = (f: { messageId: string; severity: string; line: number; column: number; endColumn: number }) => `${f.messageId} ${f.severity} ${f.line}:${f.column}-${f.endColumn}`;

describe('duration', () => {
  it('reports a missing binding statement as info when only termination terms are given', async () => {
    const findings = await lint('# Spot Enkel\n\nPåslag 3,5 øre/kWh, 35 kr/mnd. 14 dagers gjensidig oppsigelse.\n');
    expect(findings.map(brief)).toEqual(['missingBinding info 1:3-13']);
  });

  it('reports a fixed price without its period as info when a binding period or a number in the name likely gives it', async () => {
    expect((await lint('# Fastpris Stabil\n\nFast pris 86,40 øre/kWh, 49 kr/mnd. 12 mnd bindingstid.\n')).map(brief)).toEqual(['missingFixedPeriod info 1:3-18']);
    expect((await lint('# Fastpris Trygg 24\n\nFast pris 86,40 øre/kWh, 49 kr/mnd. Ingen bindingstid.\n')).map(brief)).toEqual(['missingFixedPeriod info 1:3-20']);
  });

  it('reports a fixed price without any period as an error', async () => {
    expect((await lint('# Fastpris Trygg\n\nFast pris 86,40 øre/kWh, 49 kr/mnd. Ingen bindingstid.\n')).map(brief)).toEqual(['missingFixedPeriod error 1:3-17']);
  });

  it('reports each missing period once per product', async () => {
    const findings = await lint('# Fastpris Trygg\n\nPrisgaranti! Fast pris 86,40 øre/kWh, 49 kr/mnd.\n\nVår prisgaranti gjelder alle kunder.\n');
    expect(findings.map(brief)).toEqual(['missingBinding error 1:3-17', 'missingFixedPeriod error 1:3-17', 'missingGuaranteePeriod error 3:1-12']);
  });

  it('takes a date in the same block as the period of a guarantee', async () => {
    expect(await lint('# Spot Garanti\n\nPåslag 2,9 øre/kWh, 39 kr/mnd. Ingen bindingstid. Prisgaranti på påslaget t.o.m. 31.12.2027.\n')).toEqual([]);
  });

  it('stays quiet on a page that quotes prices without offering anything', async () => {
    expect(await lint('# Fastpris eller spotpris?\n\nI vinter kostet strømmen over 300 øre/kWh i perioder. Les vilkårene før du velger.\n')).toEqual([]);
  });

  it('never asks a terms page for binding, even with checkTermsPages', async () => {
    const terms = '---\ntype: vilkår\n---\n\n# Fastpris Trygg\n\nFast pris 86,40 øre/kWh, 49 kr/mnd.\n';
    expect(await lint(terms)).toEqual([]);
    expect((await lint(terms, { checkTermsPages: true })).map(brief)).toEqual(['missingFixedPeriod error 5:3-17']);
  });

  it('asks for binding when copy names a binding only in passing, without its length or "none"', async () => {
    const passing = '# Straum Fast\n\nFastpris 89,90 øre/kWh i 12 månader, 39 kr/mnd. Seier du opp, betaler du for resten av bindingstida.\n';
    expect((await lint(passing)).map(brief)).toEqual(['missingBinding error 1:3-14']);
    expect(await lint(passing.replace('Seier du opp', 'Bindingstid til og med 31.12.2027. Seier du opp'))).toEqual([]);
    expect(await lint('# Spot Lett\n\nPåslag 2,9 øre/kWh, 39 kr/mnd. Bindingstid – ingen, du kan gå når du vil.\n')).toEqual([]);
  });

  it('reads "the price is fixed for twelve months" as the fixed period (en, nb)', async () => {
    const en = '# Fixed Easy\n\n- Price: **90.90 øre/kWh** – the price is fixed for twelve months\n- Monthly fee NOK 41\n- Binding period: twelve months\n';
    expect(await lint(en)).toEqual([]);
    expect((await lint(en.replace(' – the price is fixed for twelve months', ''))).map(brief)).toEqual(['missingFixedPeriod info 1:3-13']);
    expect(await lint('# Fastpris Enkel\n\nFastpris 90,90 øre/kWh – prisen er fast i tolv måneder. 41 kr/mnd. Ingen bindingstid.\n')).toEqual([]);
  });
});

describe('duration: guards and boundaries', () => {
  const spot = (name: string, more: string) => `# ${name}\n\nPåslag 2,9 øre/kWh, 39 kr/mnd. Ingen bindingstid.\n\n${more}\n`;

  it("takes a period in the guarantee's own block as its period, as it takes a date (nb, nn, en)", async () => {
    expect(await lint(spot('Spot Garanti', 'Prisgaranti på påslaget, gjelder de første 6 månedene.'))).toEqual([]);
    expect(await lint('# Straum Garanti\n\nPåslag 2,9 øre/kWt, 39 kr/md. Inga bindingstid.\n\nPrisgaranti på påslaget, gjeld dei første 6 månadene.\n')).toEqual([]);
    expect(await lint('# Spot Guarantee\n\nMarkup 2.9 øre/kWh, NOK 39 a month. No binding period.\n\nPrice guarantee on the markup, valid for the first 6 months.\n')).toEqual([]);
  });

  it("does not take a period in another block, nor an order deadline, as a guarantee's period", async () => {
    expect((await lint('# Spot Garanti\n\nPåslag 2,9 øre/kWh, 39 kr/mnd. Ingen bindingstid. Prisgaranti på påslaget.\n\nGjelder de første 6 månedene.\n')).map(brief)).toEqual([
      'missingGuaranteePeriod error 3:51-62',
    ]);
    expect((await lint(spot('Spot Garanti', 'Prisgaranti på påslaget. Bestill innen 1. mars 2027.'))).map(brief)).toEqual(['missingGuaranteePeriod error 5:1-12']);
  });

  it('asks nothing of a guarantee the copy denies (nb, en)', async () => {
    expect(await lint(spot('Spot Enkel', 'Ingen prisgaranti.'))).toEqual([]);
    expect(await lint('# Spot Easy\n\nMarkup 2.9 øre/kWh, NOK 39 a month. No price guarantee. No binding period.\n')).toEqual([]);
  });

  it('does not take a price that is "bundet" for a binding of the customer (nb, nn)', async () => {
    // The markup is locked for 24 months; whether the customer is bound is still not said.
    expect((await lint('# Spot Låst\n\nPåslag 2,9 øre/kWh, 39 kr/mnd. Påslaget er bundet i 24 måneder.\n')).map(brief)).toEqual(['missingBinding error 1:3-12']);
    expect((await lint('# Straum Låst\n\nPåslag 2,9 øre/kWt, 39 kr/md. Prisen er bunden i 12 månader.\n')).map(brief)).toEqual(['missingBinding error 1:3-14']);
    expect(await lint('# Spot Låst\n\nPåslag 2,9 øre/kWh, 39 kr/mnd. Du er bundet i 24 måneder.\n')).toEqual([]);
    expect(await lint('# Straum Låst\n\nPåslag 2,9 øre/kWt, 39 kr/md. Du er bunden i 12 månader.\n')).toEqual([]);
  });

  it('takes a binding stated in days as stated (nb, nn, en), and asks for it when absent', async () => {
    expect(await lint('# Spot Enkel\n\nPåslag 2,9 øre/kWh, 39 kr/mnd. Bindingstid 30 dager.\n')).toEqual([]);
    expect(await lint('# Straum Enkel\n\nPåslag 2,9 øre/kWt, 39 kr/md. Bindingstid 30 dagar.\n')).toEqual([]);
    expect(await lint('# Spot Easy\n\nMarkup 2.9 øre/kWh, NOK 39 a month. Binding period: 30 days.\n')).toEqual([]);
    expect((await lint('# Straum Enkel\n\nPåslag 2,9 øre/kWt, 39 kr/md.\n')).map(brief)).toEqual(['missingBinding error 1:3-15']);
  });

  it("reads a number of one or two digits in a fixed product's name as its likely period, not a year or a longer number", async () => {
    expect((await lint('# Fixed 12\n\nFixed price 86.40 øre/kWh, NOK 49 a month. No binding period.\n')).map(brief)).toEqual(['missingFixedPeriod info 1:3-11']);
    expect((await lint('# Fixed 2027\n\nFixed price 86.40 øre/kWh, NOK 49 a month. No binding period.\n')).map(brief)).toEqual(['missingFixedPeriod error 1:3-13']);
    expect((await lint('# Fastpris Trygg 100\n\nFast pris 86,40 øre/kWh, 49 kr/mnd. Ingen bindingstid.\n')).map(brief)).toEqual(['missingFixedPeriod error 1:3-21']);
    expect((await lint('# Fixed Steady\n\nFixed price 86.40 øre/kWh, NOK 49 a month. No binding period.\n')).map(brief)).toEqual(['missingFixedPeriod error 1:3-15']);
  });

  it('takes only a binding with a length as the likely period of a fixed price, not "0 måneder"', async () => {
    expect((await lint('# Fastpris Trygg\n\nFast pris 86,40 øre/kWh, 49 kr/mnd. Bindingstid 0 måneder.\n')).map(brief)).toEqual(['missingFixedPeriod error 1:3-17']);
    expect((await lint('# Straum Fast\n\nFastpris 86,40 øre/kWt, 39 kr/md. 12 md. bindingstid.\n')).map(brief)).toEqual(['missingFixedPeriod info 1:3-14']);
  });

  it("asks a price list for a fixed price's period but not for binding, and asks nothing of an FAQ", async () => {
    const list = '---\ntype: prisliste\n---\n\n# Fastpris Trygg\n\nFast pris 86,40 øre/kWh, 49 kr/mnd.\n';
    expect((await lint(list)).map(brief)).toEqual(['missingFixedPeriod error 5:3-17']);
    expect(await lint('---\ntype: prisliste\n---\n\n# Spot Enkel\n\nPåslag 2,9 øre/kWh, 49 kr/mnd.\n')).toEqual([]);
    expect(await lint(list.replace('prisliste', 'faq'))).toEqual([]);
  });

  it('softens a missing fixed period to info only for a binding with a length: not for none, nor for a binding without one', async () => {
    expect((await lint('# Fastpris Trygg\n\nFastpris: 84,90 øre/kWh, 49 kr/mnd. 12 mnd bindingstid.\n')).map(brief)).toEqual(['missingFixedPeriod info 1:3-17']);
    expect((await lint('# Fastpris Trygg\n\nFastpris: 84,90 øre/kWh, 49 kr/mnd. Ingen bindingstid.\n')).map(brief)).toEqual(['missingFixedPeriod error 1:3-17']);
    expect((await lint('# Fastpris Trygg\n\nFastpris: 84,90 øre/kWh, 49 kr/mnd. Avtalen er bindende.\n')).map(brief)).toEqual([
      'missingBinding error 1:3-17',
      'missingFixedPeriod error 1:3-17',
    ]);
  });

  it('takes a fixed period for binding only in a price-portal feed, not in a product sheet', async () => {
    const sheet = '{"products":[{"id":"p1","name":"Straum Fast","type":"fixed","prices":{"fixedPrice":{"value":79.5,"unit":"ore/kWh"}},"fixedPeriod":{"months":12}}]}\n';
    expect((await lintTextWithRule(rule, sheet, 'ark.json')).map(brief)).toEqual(['missingBinding error 1:33-44']);
    const feed = '[{"name": "Kystlys Fast", "productType": "Fixed", "agreementTime": 12, "agreementTimeUnit": "Month", "monthlyFee": 49}]\n';
    expect(await lintTextWithRule(rule, feed, 'feed.json')).toEqual([]);
  });
});
