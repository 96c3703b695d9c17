import path from 'node:path';
import type { Locale, ProductSummary, TermValue } from '../../src/rule-kit/index.js';

/** How the findings of distinct-products put terms, lists and places in words, in bokmål and English. */

/** Names of the terms that can contradict each other. */
const TERM_LABELS: Record<string, [nb: string, en: string]> = {
  markup: ['påslag', 'markup'],
  'fixed-price': ['fastpris', 'fixed price'],
  'variable-price': ['pris', 'price'],
  'purchase-costs': ['innkjøpskostnader', 'purchase costs'],
  certificates: ['elsertifikater', 'certificates'],
  'monthly-fee': ['fastbeløp', 'monthly fee'],
  binding: ['bindingstid', 'binding period'],
  'fixed-period': ['fastprisperiode', 'fixed-price period'],
  guarantee: ['prisgaranti', 'price guarantee'],
  'fee:invoice': ['fakturagebyr', 'invoice fee'],
  'fee:paper-invoice': ['papirfakturagebyr', 'paper invoice fee'],
  'fee:missing-efaktura': ['gebyr uten eFaktura/AvtaleGiro', 'fee without e-invoice or direct debit'],
  'fee:break': ['bruddgebyr', 'break fee'],
  'fee:establishment': ['etableringsgebyr', 'set-up fee'],
  'fee:other': ['gebyr', 'fee'],
};

const UNITS: Record<string, [nb: string, en: string]> = {
  'ore/kWh': ['{n} øre/kWh', '{n} øre/kWh'],
  'kr/month': ['{n} kr/mnd', 'NOK {n}/month'],
  'kr/day': ['{n} kr/dag', 'NOK {n}/day'],
  'kr/invoice': ['{n} kr per faktura', 'NOK {n} per invoice'],
  'kr/year': ['{n} kr/år', 'NOK {n}/year'],
  kr: ['{n} kr', 'NOK {n}'],
  days: ['{n} dager', '{n} days'],
  months: ['{n} mnd', '{n} months'],
};

const WORDS: Record<string, [nb: string, en: string]> = {
  none: ['ingen', 'none'],
  here: ['her', 'here'],
  there: ['der', 'there'],
  and: ['og', 'and'],
  or: ['eller', 'or'],
  line: ['linje', 'line'],
};

export const pick = (pair: [string, string], locale: Locale) => (locale === 'nb' ? pair[0] : pair[1]);
export const word = (w: string, locale: Locale) => pick(WORDS[w]!, locale);

/** No binding: a binding of 0 months. */
const isNone = (v: TermValue) => !('text' in v) && v.value === 0 && v.unit === 'months';

export function valueText(values: readonly TermValue[], locale: Locale): string {
  return values
    .map((v) => {
      if ('text' in v) return v.text;
      if (isNone(v)) return word('none', locale);
      const n = locale === 'nb' ? String(v.value).replace('.', ',') : String(v.value);
      return UNITS[v.unit] ? pick(UNITS[v.unit]!, locale).replace('{n}', n) : `${n} ${v.unit}`;
    })
    .join(' / ');
}

export function termText(key: string, values: readonly TermValue[], locale: Locale): string {
  if (key === 'binding' && values.length === 1 && isNone(values[0]!)) return locale === 'nb' ? 'ingen bindingstid' : 'no binding period';
  return `${pick(TERM_LABELS[key] ?? [key, key], locale)} ${valueText(values, locale)}`;
}

export function list(items: string[], locale: Locale, last: 'and' | 'or'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word(last, locale)} ${items.at(-1)}`;
}

/** Where the other product is, as seen from the file the finding is in: "line 12" or "../produkter/ark.json:7". */
export function whereText(from: ProductSummary, other: ProductSummary, locale: Locale): string {
  if (from.filePath === other.filePath) return `${word('line', locale)} ${other.line}`;
  const relative = path.relative(path.dirname(from.filePath), other.filePath).split(path.sep).join('/');
  return `${relative}:${other.line}`;
}
