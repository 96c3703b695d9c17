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
