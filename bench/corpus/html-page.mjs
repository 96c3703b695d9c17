import { fillTo, productCopy } from './copy.mjs';
import { AREA_NAMES } from './suppliers.mjs';

const STYLE = `<style>
  :root { --merke: #0b5394; --tekst: #222; }
  body { font-family: system-ui, sans-serif; color: var(--tekst); margin: 0 }
  .site-header nav a { margin-right: 1rem; text-decoration: none }
  .produkt-kort { border: 1px solid #ddd; border-radius: 8px; padding: 1.5rem; margin: 1rem 0 }
  .produkt-kort .pris { font-size: 2.5rem; font-weight: 700 }
  .skjult, .js-hidden { display: none }
  .finprint { font-size: 9px; color: #bbb }
  .usynlig { visibility: hidden }
  .utenfor { position: absolute; left: -9999px }
  @media (max-width: 600px) { .produkt-kort .pris { font-size: 1.8rem } .desktop-only { display: none } }
</style>`;

/**
 * An HTML page: a full product or campaign page (head, `<style>`, nav, product cards with price
 * tables, hidden notes, FAQ, terms, footer, scripts) or, for small targets, a CMS fragment
 * (a campaign banner). Grown to about `target` characters, with the mess real pages have.
 */
export function htmlPage(page, target) {
  const html = target < 2500 ? fragment(page, target) : fullPage(page, target);
  return page.crlf ? html.replace(/\n/g, '\r\n') : html;
}

function fragment(page, target) {
  const banners = fillTo(page.products.map((c) => banner(page, c)), target, () => banner(page, page.newProduct()));
  return banners.join('\n') + '\n';
}

function banner(page, c) {
  const copy = productCopy(c);
  const esc = escaper(page);
  const lines = [`<section class="kampanje-banner" data-produkt="${c.p.id}">`, `  <h2>${esc(c.bank.headline(c))}</h2>`];
  lines.push(...copy.offer.map((s) => `  <p class="tilbud">${esc(s)}</p>`), `  <p class="pris">${copy.prices.map(esc).join('<br>')}</p>`);
  if (copy.conditions.length) lines.push(`  <p class="${c.r.pick(['finprint', 'vilkar', 'skjult'])}">${esc(copy.conditions.join(' '))}</p>`);
  lines.push(`  <a class="btn btn-primary" href="https://${page.supplier.domain}/bestill?produkt=${c.p.id}">${c.bank.ui.order}</a>`, '</section>');
  return lines.join('\n');
}

function fullPage(page, target) {
  const { r, lang, supplier } = page;
  const first = page.products[0];
  const { ui } = first.bank;
  const esc = escaper(page);
  const head = [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(first.p.name)} | ${esc(supplier.short)}</title>`,
    `<meta name="description" content="${esc(first.bank.intro(first)).replace(/"/g, '&quot;')}">`,
    `<link rel="stylesheet" href="/assets/main.${r.int(1000, 9999).toString(16)}.css">`,
    STYLE,
    '</head>',
    '<body>',
    `<header class="site-header"><a class="logo" href="/"><img src="/img/logo.svg" alt="${esc(supplier.short)}" width="140" height="32"></a>`,
    `<nav aria-label="Hovedmeny"><a href="/strom">${ui.electricity}</a><a href="/bedrift">${ui.business}</a><a href="/kundeservice">${ui.customerService}</a><a href="/aktuelt">${ui.news}</a><a href="https://minside.${supplier.domain}/">${ui.myPage}</a></nav></header>`,
    '<main id="innhold">',
    `<section class="hero"><h1>${esc(first.bank.headline(first))}</h1>`,
    `<p class="ingress">${esc(first.bank.intro(first))}</p>`,
    `<a class="btn" href="#produkter">${ui.order}</a></section>`,
    `<section id="produkter" class="produkter"><h2>${ui.products}</h2>`,
  ];
  const body = [...page.products.map((c) => card(page, c)), '</section>'];
  const tail = [
    `<section class="info"><p>${esc(first.bank.grid(first))} ${esc(first.bank.withdrawal(first))}</p>`,
    `<p>${esc(first.bank.portal(first)).replace('strompris.no', '<a href="https://www.strompris.no/">strompris.no</a>')}</p></section>`,
  ];
  const extras = [
    [3, () => card(page, page.newProduct())],
    [3, () => faq(page, first)],
    [2, () => terms(page, first)],
    [2, () => `<aside class="tips"><p>${esc(r.pick(first.bank.tips)(first))}</p></aside>`],
    [1, () => `<blockquote class="sitat"><p>${esc(first.bank.quote(first))}</p></blockquote>`],
    [1, () => priceHistory(page, first, r.int(12, 60))],
  ];
  const footer = [
    '</main>',
    `<footer class="site-footer"><div class="kolonne"><h2>${ui.customerService}</h2><p>${ui.phone}: ${r.int(400, 999)} ${r.int(10, 99)} ${r.int(100, 999)}<br>${ui.openingHours}</p></div>`,
    `<div class="kolonne"><p>${esc(supplier.name)}, ${esc(supplier.city)}<br>${ui.orgNr} 9${r.int(10, 99)} ${r.int(100, 999)} ${r.int(100, 999)}</p>`,
    `<ul class="lenker"><li><a href="/personvern">${ui.privacy}</a>${page.mess ? '' : '</li>'}<li><a href="/cookies">${ui.cookies}</a>${page.mess ? '' : '</li>'}</ul></div></footer>`,
    `<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({ event: "page", produkt: "${first.p.id}", pris: "<b>${first.p.markup}</b>" });</script>`,
    `<script src="/assets/app.${r.int(1000, 9999).toString(16)}.js" defer></script>`,
    '</body>',
    '</html>',
  ];
  const fixed = head.join('\n').length + tail.join('\n').length + footer.join('\n').length;
  fillTo(body, target - fixed, () => r.weighted(extras)());
  return [...head, ...body, ...tail, ...footer].join('\n') + '\n';
}

function card(page, c) {
  const { r } = page;
  const { ui } = c.bank;
  const esc = escaper(page);
  const copy = productCopy(c);
  const endP = page.mess ? '' : '</p>';
  const endLi = page.mess ? '' : '</li>';
  const lines = [`<article class="produkt-kort" data-produkt="${c.p.id}" data-type=${c.p.type}>`, `  <h3>${esc(c.p.name)}</h3>`];
  if (copy.offer.length) {
    lines.push(`  <p class="kampanje"><strong>${esc(copy.offer[0])}</strong>${endP}`);
    const rest = esc(copy.offer.slice(1).join(' '));
    if (rest) lines.push(hiddenOrSmall(r, rest));
  }
  const priced = c.p.type === 'fixed' || c.p.type === 'variable';
  const value = priced ? c.p.fixedPrice : c.p.markup;
  lines.push(`  <p class="pris"><span class="tall">${c.n(value)}</span>&nbsp;<abbr title="${c.bank.vat(c)}">øre/kWh</abbr>${endP}`);
  lines.push(`  <ul class="fordeler">\n${copy.prices.map((s) => `    <li>${esc(s)}${endLi}`).join('\n')}\n  </ul>`);
  if (copy.conditions.length) {
    const text = esc(copy.conditions.join(' '));
    lines.push(r.chance(0.4) ? `  <details><summary>${ui.seeTerms}</summary><p>${text}</p></details>` : r.chance(0.3) ? hiddenOrSmall(r, text) : `  <p class="vilkar">${text}${endP}`);
  }
  if (r.chance(0.5)) {
    const rows = c.p.areas.map((a) => `      <tr><td>${a} ${AREA_NAMES[a]}</td><td>${c.n(value)} øre/kWh</td><td>${c.p.monthlyFee} kr/mnd</td></tr>`);
    lines.push(`  <table class="pristabell">\n    <thead><tr><th>${ui.area}</th><th>${priced ? ui.price : ui.markup}</th><th>${ui.fee}</th></tr></thead>\n    <tbody>\n${rows.join('\n')}\n    </tbody>\n  </table>`);
  }
  lines.push(`  <a class="btn btn-primary" href="https://${page.supplier.domain}/bestill?produkt=${c.p.id}&amp;kilde=web">${ui.order}</a>`, '</article>');
  return lines.join('\n');
}

/** The ways real pages tuck conditions away. */
function hiddenOrSmall(r, text) {
  return r.pick([
    `  <p class="finprint">${text}</p>`,
    `  <p class="skjult">${text}</p>`,
    `  <p style="display:none">${text}</p>`,
    `  <span class="sr-only">${text}</span>`,
    `  <p hidden>${text}</p>`,
    `  <p aria-hidden="true" class="d-none d-md-block">${text}</p>`,
    `  <small class="utenfor">${text}</small>`,
    `  <p><small>${text}</small></p>`,
  ]);
}

function faq(page, c) {
  const esc = escaper(page);
  const items = page.r.some(c.bank.faq, page.r.int(2, 5)).map((item) => {
    const [q, a] = item(c);
    return `  <details class="faq-element"><summary>${esc(q)}</summary>\n    <p>${esc(a)}</p>\n  </details>`;
  });
  return `<section class="faq">\n  <h2>${c.bank.ui.faq}</h2>\n${items.join('\n')}\n</section>`;
}

function terms(page, c) {
  const esc = escaper(page);
  const paragraphs = page.r.some(c.bank.terms, 4).map((t) => `  <p>${esc(t(c))}</p>`);
  return `<section class="vilkar" id="vilkar">\n  <h2>${c.bank.ui.terms}</h2>\n  <!-- Sist oppdatert av juridisk avdeling -->\n${paragraphs.join('\n')}\n</section>`;
}

function priceHistory(page, c, rows) {
  const { ui } = c.bank;
  const body = [];
  for (let i = 0; i < rows; i++) {
    body.push(`    <tr><td>${c.month((i % 12) + 1)} ${2025 - Math.floor(i / 12)}</td><td>${c.r.pick(c.p.areas)}</td><td>${c.n(c.r.int(150, 1800) / 10)}</td><td>${c.n(c.p.markup)}</td></tr>`);
  }
  return `<section class="prishistorikk">\n  <h2>${ui.priceHistory}</h2>\n  <table>\n    <caption>${ui.spot}, øre/kWh</caption>\n    <tr><th>${ui.month}</th><th>${ui.area}</th><th>${ui.spot}</th><th>${ui.markup}</th></tr>\n${body.join('\n')}\n  </table>\n</section>`;
}

/** Escapes `<` and `&`; on pages that use entities, writes æ, ø and å as named references too. */
function escaper(page) {
  return (text) => {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return page.entities ? escaped.replace(/ø/g, '&oslash;').replace(/å/g, '&aring;').replace(/æ/g, '&aelig;').replace(/–/g, '&ndash;') : escaped;
  };
}
