import { en } from './copy-en.mjs';
import { nb } from './copy-nb.mjs';
import { nn } from './copy-nn.mjs';
import { decimal, kroner, monthName, thousands, writtenDate } from './numbers.mjs';

const BANKS = { nb, nn, en };
/** Products whose price follows the market, so the copy should warn that it varies. */
const SPOT_LIKE = new Set(['spot', 'hourly-spot', 'purchase']);

/** What the copy banks need to write about one product of one supplier in one language. */
export function makeContext(r, lang, supplier, product) {
  return {
    r,
    lang,
    s: supplier,
    p: product,
    bank: BANKS[lang],
    n: (v) => decimal(v, lang, r),
    kr: (v) => kroner(v, lang, r),
    thousands: (v) => thousands(v, lang, r),
    date: (d) => writtenDate(d, lang, r),
    month: (m) => monthName(m, lang),
  };
}

/**
 * The sentences about one product, grouped as pages lay them out: the offer (campaign), the price
 * elements, and the conditions. Entries a product leaves unsaid are dropped.
 */
export function productCopy(c) {
  const { bank: b, p, r } = c;
  const offer = p.campaign ? [b.campaignOffer(c), b.campaignEnd(c), b.campaignAfter(c)] : [];
  const price = p.type === 'fixed' ? b.fixedPrice(c) : p.type === 'variable' ? b.variablePrice(c) : b.markup(c);
  const conditions = [b.binding(c), b.restriction(c), p.maxKwh ? b.maxKwh(c) : '', r.chance(0.6) ? b.fees(c) : '', r.chance(0.7) ? b.notice(c) : ''];
  if (SPOT_LIKE.has(p.type) && r.chance(0.6)) conditions.push(b.priceRisk(c));
  return { offer: offer.filter(Boolean), prices: [price, b.monthlyFee(c)], conditions: conditions.filter(Boolean) };
}

/** Adds parts from `more()` until the running length reaches `target`; returns the parts. */
export function fillTo(parts, target, more) {
  let length = parts.reduce((sum, part) => sum + part.length, 0);
  while (length < target) {
    const part = more();
    parts.push(part);
    length += part.length;
  }
  return parts;
}
