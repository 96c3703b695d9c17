import { describe, expect, it } from 'vitest';
import rule from '../../rules/campaign-end.js';
import { lintTextWithRule } from '../helpers/lint-one-rule.js';

const lint = (code: string, file = 'page.md', options?: Record<string, unknown>) => lintTextWithRule(rule, code, file, options);
const brief = (f: { messageId: string; line: number; column: number; endColumn: number }) => `${f.messageId} ${f.line}:${f.column}-${f.endColumn}`;

describe('campaign-end', () => {
  it('reports a campaign whose only period is the length of a fixed price, and not one with an end of its own', async () => {
    expect((await lint('## Fastpris Vinter\n\nKampanjepris! Fastpris i 12 måneder: 79 øre/kWh.\n')).map(brief)).toEqual(['missingEnd 3:1-13']);
    expect(await lint('## Fastpris Vinter\n\nKampanjepris t.o.m. 30.11.2026! Fastpris i 12 måneder: 79 øre/kWh.\n')).toEqual([]);
  });

  it('reads a bonus for signing up as a campaign (nb, nn, en), and a member discount as none', async () => {
    expect((await lint('## Spot Fjord\n\nFå 400 bonuspoeng når du bytter til oss.\n')).map(brief)).toEqual(['missingEnd 3:8-18']);
    expect((await lint('## Straum Vest\n\nVelkomstbonus på 300 kr til nye kundar.\n')).map(brief)).toEqual(['missingEnd 3:1-14']);
    expect((await lint('## Coast Spot\n\nWelcome bonus: NOK 500 gift card.\n')).map(brief)).toEqual(['missingEnd 3:1-14']);
    expect(await lint('## Spot Fjord\n\nFå 400 bonuspoeng når du bytter innen 31. desember 2026.\n')).toEqual([]);
    expect(await lint('## Spot Medlem\n\n10 % rabatt på fastbeløpet for medlemmer.\n')).toEqual([]);
  });

  it('reads a campaign word as a campaign only when it backs something (nb, nn, en)', async () => {
    // A call to action and a recommendation are no campaigns.
    expect(await lint('## Spot Fjord\n\nPåslag 2 øre/kWh, 39 kr/mnd. Se tilbudet og bestill!\n')).toEqual([]);
    expect(await lint('## Our recommended deal: Selvik Tide\n\nMarkup 2.65 øre/kWh.\n')).toEqual([]);
    // A campaign price, a price in the campaign's own line, or a reduction makes one.
    expect((await lint('## Spot Fjord\n\nKampanjepris! Bestill i dag.\n')).map(brief)).toEqual(['missingEnd 3:1-13']);
    expect((await lint('## Straum Vest\n\nVinterkampanje: påslag 1,9 øre/kWh.\n')).map(brief)).toEqual(['missingEnd 3:1-15']);
    expect((await lint('## Spot Fjord\n\nTilbud: 0 kr i fastbeløp.\n')).map(brief)).toEqual(['missingEnd 3:1-7']);
  });

  it('takes no end from a campaign "de første månedene" without a number', async () => {
    expect((await lint('## Spot Fjord\n\nKampanje: 0 kr i fastbeløp de første månedene, deretter 39 kr/mnd.\n')).map(brief)).toEqual(['missingEnd 3:1-9']);
  });

  it('leaves negated campaign words alone: "Kampanje: ingen", "ikke et tidsbegrenset tilbud", "No offer"', async () => {
    expect(await lint('## Spot Fjord\n\n- Kampanje: ingen\n- Påslag 2 øre/kWh\n')).toEqual([]);
    expect(await lint('## Spot Null\n\nPåslaget er 0 øre/kWh. Dette er ikke et tidsbegrenset tilbud.\n')).toEqual([]);
  });

  it('does not count an end that is hidden from the reader, nor one that only bounds a binding period', async () => {
    expect((await lint('<h2>Spot Vinter</h2>\n<p>Kampanjepris: 0 øre i påslag!</p>\n<p hidden>Gjelder t.o.m. 31.12.2026.</p>\n', 'page.html')).map(brief)).toEqual([
      'missingEnd 2:4-16',
    ]);
    expect((await lint('## Spot Binding\n\nKampanje: 0 øre i påslag. 12 måneders bindingstid.\n')).map(brief)).toEqual(['missingEnd 3:1-9']);
  });

  it('reads terms pages only with checkTermsPages', async () => {
    const terms = '---\nkind: terms\n---\n## Spot Vinter\n\nKampanjepris: 0 øre i påslag!\n';
    expect(await lint(terms)).toEqual([]);
    expect((await lint(terms, 'page.md', { checkTermsPages: true })).map(brief)).toEqual(['missingEnd 6:1-13']);
  });
});

describe('campaign-end: what ends a campaign', () => {
  it("does not take the length of a fixed price, a guarantee or a binding as the campaign's end (nb, nn, en)", async () => {
    expect((await lint('## Fastpris Vinter\n\nKampanjepris! Fastpris i 12 månader: 79 øre/kWt.\n')).map(brief)).toEqual(['missingEnd 3:1-13']);
    expect((await lint('## Fixed Winter\n\nCampaign price! Fixed price for 12 months: 79 øre/kWh.\n')).map(brief)).toEqual(['missingEnd 3:1-15']);
    expect((await lint('## Spot Garanti\n\nKampanje: 0 øre i påslag. Prisgaranti i 12 måneder.\n')).map(brief)).toEqual(['missingEnd 3:1-9']);
    expect((await lint('## Straum Garanti\n\nKampanje: 0 øre i påslag. Prisgaranti i 12 månader.\n')).map(brief)).toEqual(['missingEnd 3:1-9']);
    expect((await lint('## Spot Guarantee\n\nCampaign: no markup. Price guarantee for 12 months.\n')).map(brief)).toEqual(['missingEnd 3:1-9']);
    expect((await lint('## Straum Binding\n\nKampanje: 0 øre i påslag. 12 månaders bindingstid.\n')).map(brief)).toEqual(['missingEnd 3:1-9']);
    expect((await lint('## Coast Spot\n\nCampaign: no markup. 12-month binding period.\n')).map(brief)).toEqual(['missingEnd 3:1-9']);
  });

  it("takes an end beyond a term's words, or in another block than the term, as the campaign's end (nb, nn)", async () => {
    expect(await lint('## Straum Haust\n\nKampanjepris: 0 øre i påslag t.o.m. 30.11.2026. Fastpris i 12 månader etterpå.\n')).toEqual([]);
    expect(await lint('## Fastpris Høst\n\n- Fastpris i 12 måneder\n- Kampanje: 0 kr i fastbeløp de første 3 månedene\n')).toEqual([]);
  });

  it('takes an order deadline as an end (nb, nn, en)', async () => {
    expect(await lint('## Spot Fjord\n\nKampanjepris: 0 øre i påslag. Bestill innen 30. november 2026.\n')).toEqual([]);
    expect(await lint('## Straum Fjord\n\nKampanjepris: 0 øre i påslag. Bestill innan 30. november 2026.\n')).toEqual([]);
    expect(await lint('## Coast Spot\n\nCampaign price: no markup. Order by 30 November 2026.\n')).toEqual([]);
  });

  it('takes a volume cap as an end (nb, en)', async () => {
    expect(await lint('## Spot Fjord\n\nKampanjepris: 0 øre i påslag for de første 2 000 kWh.\n')).toEqual([]);
    expect(await lint('## Coast Spot\n\nCampaign price: no markup for the first 2,000 kWh.\n')).toEqual([]);
  });

  it('counts an end the reader sees, not one hidden by a class or the hidden attribute (en, nn)', async () => {
    const en = '<h2>Coast Spot</h2>\n<p>Campaign price: no markup!</p>\n<p class="d-none">Valid until 31 December 2026.</p>\n';
    expect((await lint(en, 'page.html')).map(brief)).toEqual(['missingEnd 2:4-18']);
    expect(await lint(en.replace(' class="d-none"', ''), 'page.html')).toEqual([]);
    const nn = '<h2>Straum Vinter</h2>\n<p>Kampanjepris: utan påslag!</p>\n<p hidden>Gjeld til og med 31.12.2026.</p>\n';
    expect((await lint(nn, 'page.html')).map(brief)).toEqual(['missingEnd 2:4-16']);
    expect(await lint(nn.replace(' hidden', ''), 'page.html')).toEqual([]);
  });

  it('reads "kun i dag" and its like as a campaign that still needs its end (nb, nn, en)', async () => {
    expect((await lint('## Spot Fjord\n\nKun i dag: 0 øre i påslag!\n')).map(brief)).toEqual(['missingEnd 3:1-10']);
    expect((await lint('## Straum Vest\n\nBerre i dag: utan påslag!\n')).map(brief)).toEqual(['missingEnd 3:1-12']);
    expect((await lint('## Coast Spot\n\nLimited time: no markup!\n')).map(brief)).toEqual(['missingEnd 3:1-13']);
  });

  it('does not read "gratis" alone as a campaign', async () => {
    expect(await lint('## Spot Fjord\n\nGratis fastbeløp og påslag 2 øre/kWh.\n')).toEqual([]);
  });
});

describe('campaign-end: pages it reads', () => {
  const intro = (kind: string) => `---\ntype: ${kind}\n---\n\n## Coast Spot\n\nIntroductory offer: no markup.\n`;

  it('reads offer pages only: not price lists or FAQs', async () => {
    expect((await lint(intro('offer'))).map(brief)).toEqual(['missingEnd 7:1-19']);
    expect(await lint(intro('price-list'))).toEqual([]);
    expect(await lint(intro('faq'))).toEqual([]);
  });

  it('reads terms pages with checkTermsPages, and price lists not even then (en, nn)', async () => {
    expect(await lint(intro('terms'))).toEqual([]);
    expect(await lint(intro('terms'), 'page.md', { checkTermsPages: false })).toEqual([]);
    expect((await lint(intro('terms'), 'page.md', { checkTermsPages: true })).map(brief)).toEqual(['missingEnd 7:1-19']);
    expect(await lint(intro('price-list'), 'page.md', { checkTermsPages: true })).toEqual([]);
    expect((await lint('---\ntype: vilkår\n---\n\n## Straum Vinter\n\nIntrotilbod: utan påslag.\n', 'page.md', { checkTermsPages: true })).map(brief)).toEqual([
      'missingEnd 7:1-12',
    ]);
  });
});
