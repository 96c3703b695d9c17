/**
 * Numbers, amounts and dates written the many ways real copy writes them: decimal comma or point,
 * "kr 59,-", "39 kr", non-breaking spaces, day-month-year in words or digits.
 */

const MONTHS = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function monthName(month, lang) {
  return MONTHS[lang][month - 1];
}

/** 4.9 → "4,9", "4,90" or (sometimes, even in Norwegian copy) "4.9". */
export function decimal(value, lang, r) {
  const digits = Number.isInteger(value) ? 0 : r.chance(0.2) ? 2 : 1;
  const text = value.toFixed(digits);
  if (lang === 'en') return text;
  return r.chance(0.1) ? text : text.replace('.', ',');
}

/** Whole kroner: "39 kr", "kr 39,-", "39,-" (nb/nn); "NOK 39", "39 kr" (en). */
export function kroner(value, lang, r) {
  const n = value >= 1000 && r.chance(0.5) ? thousands(value, lang, r) : String(value);
  if (lang === 'en') return r.pick([`NOK ${n}`, `${n} kr`, `NOK ${n}`]);
  return r.pick([`${n} kr`, `kr ${n},-`, `kr. ${n}`, `${n},-`, `${n} kr`]);
}

/** 30000 → "30 000", "30.000" or "30,000" (en). */
export function thousands(value, lang, r) {
  const sep = lang === 'en' ? ',' : r.pick([' ', '.', '\u00a0']);
  return String(value).replace(/\B(?=(\d{3})+$)/g, sep);
}

/** A date as copy writes it; `d` is { y, m, d }. */
export function writtenDate(d, lang, r) {
  const dd = String(d.d).padStart(2, '0');
  const mm = String(d.m).padStart(2, '0');
  if (lang === 'en') return r.pick([`${d.d} ${monthName(d.m, lang)} ${d.y}`, `${monthName(d.m, lang)} ${d.d}, ${d.y}`, `${d.y}-${mm}-${dd}`]);
  return r.pick([`${dd}.${mm}.${d.y}`, `${d.d}. ${monthName(d.m, lang)} ${d.y}`, `${d.d}.${d.m}.${String(d.y).slice(2)}`, `${dd}.${mm}.${d.y}`]);
}

export function isoDate(d) {
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

/** A date in 2026–2027, a plausible campaign end (last days of a month are common). */
export function campaignDate(r) {
  const m = r.int(1, 12);
  const last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return { y: r.pick([2026, 2026, 2027]), m, d: r.chance(0.6) ? last : r.int(1, last) };
}
