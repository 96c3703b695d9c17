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
