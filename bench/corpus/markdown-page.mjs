import { fillTo, productCopy } from './copy.mjs';
import { AREA_NAMES } from './suppliers.mjs';

/**
 * A Markdown campaign or product page: YAML front matter, headings, product sections with price
 * lists and GFM tables, footnotes, quotes, FAQ and terms, grown to about `target` characters.
 */
export function markdownPage(page, target) {
  const { r, supplier } = page;
  const first = page.products[0];
  const b = first.bank;
  const footnotes = [];
  const bullet = r.pick(['-', '*', '-']);
  const parts = [frontMatter(page), heading(r, 1, b.headline(first)), b.intro(first)];

  const section = (c) => {
    const copy = productCopy(c);
    const lines = [heading(r, 2, c.p.name)];
    if (copy.offer.length) {
      let offer = copy.offer.join(' ');
      if (r.chance(0.4)) {
        footnotes.push(copy.offer.slice(1).join(' ') || b.grid(c));
        offer = `**${copy.offer[0]}**[^${footnotes.length}]`;
      }
      lines.push(offer);
    }
    lines.push(copy.prices.map((s) => `${bullet} ${r.chance(0.3) ? `**${s}**` : s}`).join('\n'));
    if (copy.conditions.length) lines.push(r.chance(0.15) ? `<small>${copy.conditions.join(' ')}</small>` : copy.conditions.join(' '));
    if (r.chance(0.5)) lines.push(priceTable(c));
    lines.push(`[${b.ui.order}](https://${supplier.domain}/bestill?produkt=${c.p.id} "${b.ui.order}: ${c.p.name}")`);
    return lines.join('\n\n');
  };

  parts.push(...page.products.map(section));
  if (r.chance(0.3)) {
    footnotes.push(b.claimBasis(first));
    parts.push(`${b.claim(first).replace(/\*$/, '')}[^${footnotes.length}]`);
  }
  parts.push([b.grid(first), b.withdrawal(first), r.chance(0.6) ? b.portal(first) : ''].filter(Boolean).join(' '));

  const extras = [
    [3, () => section(page.newProduct())],
    [3, () => `${heading(r, 3, b.ui.faq)}\n\n${faqBlock(first, r.int(2, 5))}`],
    [2, () => `${heading(r, 2, b.ui.terms)}\n\n${r.some(b.terms, 4).map((t) => t(first)).join('\n\n')}`],
    [2, () => r.pick(b.tips)(first)],
    [1, () => `> ${b.quote(first)}`],
    [1, () => `${heading(r, 3, b.ui.priceHistory)}\n\n${priceHistory(first, r.int(12, 60))}`],
  ];
  fillTo(parts, target, () => r.weighted(extras)());
  parts.push(footnotes.map((text, i) => `[^${i + 1}]: ${text}`).join('\n'));

  const text = parts.filter(Boolean).join('\n\n') + '\n';
  return page.crlf ? text.replace(/\n/g, '\r\n') : text;
}

function frontMatter(page) {
  const { r, lang, supplier } = page;
  const p = page.products[0].p;
  const lines = [
    '---',
    `title: "${page.products[0].bank.headline(page.products[0]).replace(/"/g, "'")}"`,
    `supplier: ${supplier.name}`,
    `product: ${p.name}`,
    `lang: ${lang}`,
    `published: 2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    `channel: ${r.pick(['web', 'web', 'newsletter', 'ad', 'landing-page'])}`,
    `tags: [${[p.type, p.campaign ? 'kampanje' : 'produkt', ...p.areas.slice(0, 2)].join(', ')}]`,
  ];
  if (r.chance(0.3)) lines.push(`utm_campaign: ${p.id}-${r.int(1, 99)}`);
  lines.push('---');
  return lines.join('\n');
}

function heading(r, level, text) {
  if (level <= 2 && r.chance(0.1)) return `${text}\n${(level === 1 ? '=' : '-').repeat(Math.max(3, text.length))}`;
  return `${'#'.repeat(level)} ${text}`;
}

function priceTable(c) {
  const { ui } = c.bank;
  const priced = c.p.type === 'fixed' || c.p.type === 'variable';
  const rows = c.p.areas.map((a) => `| ${a} (${AREA_NAMES[a]}) | ${c.n(priced ? c.p.fixedPrice : c.p.markup)} øre/kWh | ${c.p.monthlyFee} kr/mnd |`);
  return [`| ${ui.area} | ${priced ? ui.price : ui.markup} | ${ui.fee} |`, '|:---|---:|---:|', ...rows].join('\n');
}

function priceHistory(c, rows) {
  const { ui } = c.bank;
  const lines = [`| ${ui.month} | ${ui.area} | ${ui.spot} | ${ui.markup} |`, '|---|---|---:|---:|'];
  for (let i = 0; i < rows; i++) {
    const area = c.r.pick(c.p.areas);
    lines.push(`| ${c.month((i % 12) + 1)} ${2025 - Math.floor(i / 12)} | ${area} | ${c.n(c.r.int(150, 1800) / 10)} øre/kWh | ${c.n(c.p.markup)} |`);
  }
  return lines.join('\n');
}

function faqBlock(c, count) {
  return c.r
    .some(c.bank.faq, count)
    .map((item) => {
      const [q, a] = item(c);
      return `**${q}**  \n${a}`;
    })
    .join('\n\n');
}
