import type { ErrorObject } from 'ajv';
import type { AdapterNotice } from '../../document/types.js';

type Localized = AdapterNotice['message'];

/** Where an error is and what was found there, in words for the message. */
export interface ErrorPlace {
  /** Field path inside the product ("binding.months") or the sheet ("supplier"); '' for the object itself. */
  path: string;
  /** The error is about a product object (not the sheet's top level). */
  inProduct: boolean;
  /** What the value is, as the user wrote it: «tolv», 4,9, a list … */
  found: Localized;
}

const TYPE_WORDS: Record<string, Localized> = {
  string: { nb: 'tekst', en: 'text' },
  number: { nb: 'et tall', en: 'a number' },
  integer: { nb: 'et heltall', en: 'a whole number' },
  boolean: { nb: 'true eller false', en: 'true or false' },
  array: { nb: 'en liste [ … ]', en: 'a list [ … ]' },
  object: { nb: 'et objekt { … }', en: 'an object { … }' },
};

/** What a field holds, by its name, to make a message actionable. */
const FIELD_HINTS: Record<string, Localized> = {
  months: { nb: 'antall måneder', en: 'number of months' },
  value: { nb: 'beløpet, med punktum som desimaltegn, f.eks. 4.9', en: 'the amount, with a dot as decimal separator, e.g. 4.9' },
  amount: { nb: 'beløpet i kroner, f.eks. 49', en: 'the amount in kroner, e.g. 49' },
  kwh: { nb: 'antall kWh, f.eks. 30000', en: 'number of kWh, e.g. 30000' },
  maxKwhPerYear: { nb: 'antall kWh i året, f.eks. 8000', en: 'kWh a year, e.g. 8000' },
  noticeDays: { nb: 'antall dager', en: 'number of days' },
  name: { nb: 'navnet slik det står i teksten', en: 'the name as the copy shows it' },
  type: { nb: 'spot, hourly-spot, fixed, variable, purchase, plus, managed eller other', en: 'spot, hourly-spot, fixed, variable, purchase, plus, managed or other' },
  unit: { nb: 'f.eks. ore/kWh eller kr/mnd', en: 'e.g. ore/kWh or kr/mnd' },
  products: { nb: 'en liste med ett objekt per produkt', en: 'a list with one object per product' },
  reason: { nb: 'hvorfor regelen ikke gjelder her', en: 'why the rule does not apply here' },
};

/** The message of one schema violation, in bokmål and English. */
export function schemaMessage(error: ErrorObject, place: ErrorPlace, branches: ErrorObject[]): Localized {
  const field = { nb: `«${place.path}»`, en: `"${place.path}"` };
  const subject = place.path ? field : place.inProduct ? { nb: 'Produktet', en: 'The product' } : { nb: 'Produktarket', en: 'The product sheet' };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const type = TYPE_WORDS[String(params.type)] ?? { nb: String(params.type), en: String(params.type) };
      const hint = hintFor(place.path);
      return both((l) => `${subject[l]} ${l === 'nb' ? 'må være' : 'must be'} ${type[l]}${hint ? ` (${hint[l]})` : ''}, ${found(l)} ${place.found[l]}`);
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const hint = FIELD_HINTS[missing];
      return both((l) => `${subject[l]} ${l === 'nb' ? 'mangler' : 'is missing'} ${quote(l, missing)}${hint ? ` (${hint[l]})` : ''}.`);
    }
    case 'enum':
      return enumMessage(subject, place, params.allowedValues as unknown[], false);
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = closest(key, known);
      return both(
        (l) =>
          `${subject[l]} ${l === 'nb' ? 'har et ukjent felt' : 'has an unknown field'} ${quote(l, key)}.` +
          (guess ? ` ${l === 'nb' ? 'Mente du' : 'Did you mean'} ${quote(l, guess)}?` : ''),
      );
    }
    case 'minimum':
      return both((l) => `${subject[l]} ${l === 'nb' ? 'kan ikke være under' : 'cannot be below'} ${params.limit}, ${found(l)} ${place.found[l]}`);
    case 'minItems':
      return both((l) => `${subject[l]} ${l === 'nb' ? `må ha minst ${params.limit} verdi(er)` : `needs at least ${params.limit} entr${params.limit === 1 ? 'y' : 'ies'}`}.`);
    case 'minLength':
      return both((l) => `${subject[l]} ${l === 'nb' ? 'kan ikke være tom' : 'cannot be empty'}.`);
    case 'uniqueItems': {
      const [a, b] = [Number(params.j), Number(params.i)].sort((x, y) => x - y);
      return both((l) => `${subject[l]} ${l === 'nb' ? `har samme verdi to ganger (nr. ${a! + 1} og ${b! + 1})` : `repeats a value (entries ${a! + 1} and ${b! + 1})`}.`);
    }
    case 'pattern':
      if (error.schemaPath.startsWith('#/definitions/date/')) {
        return both(
          (l) =>
            `${subject[l]} ${l === 'nb' ? 'må være en dato skrevet ÅÅÅÅ-MM-DD, f.eks. 2026-12-31' : 'must be a date written YYYY-MM-DD, e.g. 2026-12-31'}, ${found(l)} ${place.found[l]}`,
        );
      }
      break;
    case 'anyOf':
      return anyOfMessage(subject, place, branches);
  }
  return both((l) => `${subject[l]} ${l === 'nb' ? 'har feil form' : 'is not valid'} (${error.message ?? error.keyword}).`);
}

/** anyOf: either "give one of these fields" or "one of these values (or a list of them)". */
function anyOfMessage(subject: Localized, place: ErrorPlace, branches: ErrorObject[]): Localized {
  const required = branches.filter((b) => b.keyword === 'required').map((b) => String((b.params as { missingProperty: string }).missingProperty));
  if (required.length > 0 && required.length === branches.length) {
    return both(
      (l) =>
        `${subject[l]} ${l === 'nb' ? 'må ha minst ett av feltene' : 'needs at least one of the fields'} ${list(
          required.map((r) => quote(l, r)),
          l === 'nb' ? 'eller' : 'or',
        )}.`,
    );
  }
  const allowed = branches.find((b) => b.keyword === 'enum');
  if (allowed) return enumMessage(subject, place, (allowed.params as { allowedValues: unknown[] }).allowedValues, true);
  return both((l) => `${subject[l]} ${l === 'nb' ? 'har feil form' : 'is not valid'}.`);
}

function enumMessage(subject: Localized, place: ErrorPlace, allowed: unknown[], orList: boolean): Localized {
  const values = allowed.map(String).join(', ');
  return both(
    (l) =>
      `${subject[l]} ${l === 'nb' ? 'må være én av' : 'must be one of'}: ${values}${orList ? (l === 'nb' ? ' (eller en liste av dem)' : ' (or a list of them)') : ''}; ${found(l)} ${place.found[l]}`,
  );
}

function hintFor(path: string): Localized | undefined {
  const last = path.slice(path.lastIndexOf('.') + 1);
  return FIELD_HINTS[last];
}

function found(locale: 'nb' | 'en'): string {
  return locale === 'nb' ? 'fant' : 'found';
}

function quote(locale: 'nb' | 'en', text: string): string {
  return locale === 'nb' ? `«${text}»` : `"${text}"`;
}

function list(items: string[], last: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

function both(make: (locale: 'nb' | 'en') => string): Localized {
  return { nb: make('nb'), en: make('en') };
}

/** A known field one or two edits away from an unknown one (a typo), or the same but for case. */
function closest(key: string, known: string[]): string | undefined {
  if (key.length > 40) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance of two short strings (both ≤ 40 characters here). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
