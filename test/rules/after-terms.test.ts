import { describe, expect, it } from 'vitest';
import rule from '../../rules/after-terms.js';
import { lintTextWithRule } from '../helpers/lint-one-rule.js';

const lint = (code: string, options?: Record<string, unknown>) => lintTextWithRule(rule, code, 'page.md', options);
const brief = (f: { messageId: string; severity: string; line: number; column: number; endColumn: number }) => `${f.messageId} ${f.severity} ${f.line}:${f.column}-${f.endColumn}`;

describe('after-terms: what a campaign is', () => {
  it('asks nothing to follow a one-off bonus for signing up', async () => {
    expect(
      await lint('## Lomvi Kyst\n\n**Vinterkampanje:** Bestill innen 31. januar 2027 og få et gavekort på 300 kr.\n\nPåslag 3,69 øre/kWh, 45 kr/mnd. Ingen bindingstid.\n'),
    ).toEqual([]);
  });
});

describe('after-terms', () => {
  it('reports a spot product with a binding period as info, not as an error', async () => {
    const findings = await lint('# Spot Lojal\n\nPåslag 1,9 øre/kWh, 29 kr/mnd. 12 mnd bindingstid.\n');
    expect(findings.map(brief)).toEqual(['afterFixedTerm info 3:32-50']);
  });

  it('points at the product name when only the type says it is fixed', async () => {
    const findings = await lint('# Fastpris Trygg\n\nFast pris: 84,90 øre/kWh og 49 kr/mnd.\n');
    expect(findings.map(brief)).toEqual(['afterFixedTerm error 1:3-17']);
  });

  it('reports one finding per product when a campaign and a fixed period both lack what follows', async () => {
    const findings = await lint('# Fastpris Jul\n\nKampanje: 0 kr i fastbeløp de første 3 månedene. Fastpris i 12 måneder: 84,90 øre/kWh.\n');
    expect(findings.map(brief)).toEqual(['afterCampaign error 3:1-9']);
  });

  it('takes "uten påslag" without an end as the ordinary price, not a campaign', async () => {
    expect(await lint('# Spot Null\n\nSpotpris uten påslag, 59 kr/mnd. Ingen bindingstid.\n')).toEqual([]);
  });

  it('does not count the length of a price period as the end of a campaign', async () => {
    const findings = await lint('# Fastpris Høst\n\nKampanjepris: 79,90 øre/kWh. Bestill i dag!\n\n- Fastpris i 12 måneder\n');
    expect(findings.map(brief)).toEqual(['afterFixedTerm error 5:3-24']);
  });

  it('counts an end after a price period in the same sentence as the end of the campaign', async () => {
    const findings = await lint('# Fastpris Høst\n\nKampanjepris: fastpris i 12 måneder, gjelder ved bestilling t.o.m. 31.12.2026.\n');
    expect(findings.map(brief)).toEqual(['afterCampaign error 3:1-13']);
  });

  it('stays linear on a page full of price periods', async () => {
    const page = `# Fastpris Høst\n\nKampanjepris: 79,90 øre/kWh. ${'Fastpris i 12 måneder. '.repeat(20_000)}\n`;
    const findings = await lint(page);
    expect(findings.map(brief)).toEqual(['afterFixedTerm error 3:30-51']);
  }, 60_000);

  it('reads a campaign in a footnote for the product that references it, and only for that one', async () => {
    const page =
      '<h2>Spot Vinter</h2>\n<p>Påslag 0 øre/kWh*, fastbeløp 39 kr/mnd. Ingen bindingstid.</p>\n' +
      '<h2>Spot Sommer</h2>\n<p>Påslag 2,9 øre/kWh, fastbeløp 39 kr/mnd. Ingen bindingstid.</p>\n' +
      '<p class="fotnote">* Kampanjepris de første 3 månedene.</p>\n';
    const findings = await lintTextWithRule(rule, page, 'page.html');
    expect(findings.map((f) => `${brief(f)} ${f.product}`)).toEqual(['afterCampaign error 5:22-34 Spot Vinter']);
  });

  it("does not take a terms section about other agreements as this product's binding", async () => {
    const page =
      '## Spot Sommer\n\nPåslag 2,9 øre/kWh, fastbeløp 39 kr/mnd. Ingen bindingstid.\n\n## Fastpris 1 år\n\nFastpris 84,90 øre/kWh, 49 kr/mnd. Deretter Spot Sommer.\n\n## Vilkår\n\nFastprisavtaler har 12 mnd bindingstid.\n';
    expect(await lint(page)).toEqual([]);
  });

  it('leaves terms pages alone unless checkTermsPages is on', async () => {
    const terms = '---\ntype: vilkår\n---\n\n# Fastpris 12 mnd\n\nPrisen er fast: 84,90 øre/kWh og 49 kr/mnd, 12 mnd bindingstid.\n';
    expect(await lint(terms)).toEqual([]);
    expect((await lint(terms, { checkTermsPages: true })).map(brief)).toEqual(['afterFixedTerm error 5:3-18']);
  });
});

describe('after-terms: guards', () => {
  it('reads a campaign word beside a reduced price as a campaign even without an end (nb, nn, en), and one beside an ordinary price as none', async () => {
    expect((await lint('# Spot Vinter\n\nKampanje: 0 kr i fastbeløp. Påslag 2 øre/kWh. Ingen bindingstid.\n')).map(brief)).toEqual(['afterCampaign error 3:1-9']);
    expect((await lint('# Straum Vinter\n\nKampanje: 0 kr i fastbeløp. Påslag 2 øre/kWt. Inga bindingstid.\n')).map(brief)).toEqual(['afterCampaign error 3:1-9']);
    expect((await lint('# Coast Winter\n\nCampaign: no monthly fee. Markup 2 øre/kWh. No binding period.\n')).map(brief)).toEqual(['afterCampaign error 3:1-9']);
    expect(await lint('# Spot Vinter\n\nKampanje: påslag 2 øre/kWh. Ingen bindingstid.\n')).toEqual([]);
  });

  it('takes what follows from the successor or the later price (nb, nn, en)', async () => {
    expect(await lint('# Fixed 12\n\nFixed price for 12 months: 84.90 øre/kWh, NOK 49 a month. Afterwards you move to Coast Spot.\n')).toEqual([]);
    expect(await lint('# Fastpris 12\n\nFastpris i 12 månader: 84,90 øre/kWt, 49 kr/md. Etterpå gjeld vanleg pris.\n')).toEqual([]);
    const intro = '# Intro Spot\n\nIntroductory offer: no markup for the first 3 months. NOK 39 a month.\n';
    expect((await lint(intro)).map(brief)).toEqual(['afterCampaign error 3:1-19']);
    expect(await lint(intro.replace('3 months.', '3 months, then 2.9 øre/kWh.'))).toEqual([]);
  });

  it('does not count what follows when it is hidden from the reader', async () => {
    const page = '<h1>Fastpris 12</h1>\n<p>Fastpris i 12 måneder: 84,90 øre/kWh, 49 kr/mnd.</p>\n<p class="d-none">Deretter går avtalen over til Spotpris Fjord.</p>\n';
    expect((await lintTextWithRule(rule, page, 'page.html')).map(brief)).toEqual(['afterFixedTerm error 2:4-25']);
    expect(await lintTextWithRule(rule, page.replace(' class="d-none"', ''), 'page.html')).toEqual([]);
  });

  it('points at the binding of a fixed product that states no period, as an error', async () => {
    expect((await lint('# Fastpris Trygg\n\nFast pris: 84,90 øre/kWh og 49 kr/mnd. 12 mnd bindingstid.\n')).map(brief)).toEqual(['afterFixedTerm error 3:40-58']);
  });

  it('asks nothing of a spot product bound for 0 months', async () => {
    expect(await lint('# Spot Fri\n\nPåslag 1,9 øre/kWh, 29 kr/mnd. Bindingstid 0 måneder.\n')).toEqual([]);
  });

  it('asks nothing of a fixed price only mentioned, of a question page, and of a price list', async () => {
    expect(await lint('# Fastpris Vinter\n\nMange velger fastpris i 12 måneder. I januar var spotprisen over 300 øre/kWh.\n')).toEqual([]);
    expect((await lint('# Fastpris Vinter\n\nMange velger fastpris i 12 måneder. Fastbeløp 49 kr/mnd.\n')).map(brief)).toEqual(['afterFixedTerm error 3:14-35']);
    // A question heading names no product, priced or not.
    expect(await lint('# Fastpris eller spotpris?\n\nMange velger fastpris i 12 måneder. I januar var spotprisen over 300 øre/kWh.\n')).toEqual([]);
    expect(await lint('# Fastpris eller spotpris?\n\nMange velger fastpris i 12 måneder. Fastbeløp 49 kr/mnd.\n')).toEqual([]);
    expect(await lint('---\ntype: prisliste\n---\n\n# Fastpris 12\n\nFastpris i 12 måneder: 84,90 øre/kWh, 49 kr/mnd.\n')).toEqual([]);
  });

  it('notes the binding of a spot product only when it has a length', async () => {
    expect((await lint('# Spot Fri\n\nPåslag 1,9 øre/kWh, 29 kr/mnd. 12 mnd bindingstid.\n')).map(brief)).toEqual(['afterFixedTerm info 3:32-50']);
    expect(await lint('# Spot Fri\n\nPåslag 1,9 øre/kWh, 29 kr/mnd. Avtalen er bindende.\n')).toEqual([]);
  });
});
