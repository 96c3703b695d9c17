import type { LimitViolation } from '../limits.js';

type RuleId = LimitViolation['ruleId'];

/** Each message names what was found, the limit, and the config key that raises it. */
const TEMPLATES: Record<RuleId, { nb: string; en: string }> = {
  'too-large': {
    nb: 'Filen er {found} byte, over grensen på {limit} byte. Hev «{key}» i konfigurasjonen for å lese den.',
    en: 'The file is {found} bytes, over the limit of {limit} bytes. Raise "{key}" in the config to lint it.',
  },
  'too-deep': {
    nb: 'Innholdet er nøstet {found} nivåer dypt, over grensen på {limit}. Hev «{key}» i konfigurasjonen for å lese filen.',
    en: 'The content is nested {found} levels deep, over the limit of {limit}. Raise "{key}" in the config to lint the file.',
  },
  'too-many-attributes': {
    nb: 'En tagg har {found} attributter, over grensen på {limit}. Hev «{key}» i konfigurasjonen for å lese filen.',
    en: 'A tag has {found} attributes, over the limit of {limit}. Raise "{key}" in the config to lint the file.',
  },
  'too-many-links': {
    nb: 'Filen har {found} lenker eller lenkedefinisjoner der grensen er {limit}; så mye lenkesyntaks gjør Markdown-tolkingen svært treg. Hev «{key}» i konfigurasjonen for å lese filen.',
    en: 'The file has {found} links or link definitions where the limit is {limit}; that much link syntax makes Markdown parsing very slow. Raise "{key}" in the config to lint the file.',
  },
  'too-many-lines': {
    nb: 'Filen har {found} linjer, over grensen på {limit}; Markdown-tolkeren bruker mye minne for hver linje. Hev «{key}» i konfigurasjonen for å lese filen.',
    en: 'The file has {found} lines, over the limit of {limit}; the Markdown parser takes a lot of memory for every line. Raise "{key}" in the config to lint the file.',
  },
  'too-many-cells': {
    nb: 'Filen har {found} tabellceller (|), over grensen på {limit}; så store tabeller gjør Markdown-tolkingen svært treg. Hev «{key}» i konfigurasjonen for å lese filen.',
    en: 'The file has {found} table cells (|), over the limit of {limit}; tables that large make Markdown parsing very slow. Raise "{key}" in the config to lint the file.',
  },
  'too-many-emphasis-markers': {
    nb: 'Et avsnitt har {found} uthevingstegn (* eller _) som lukker uten å ha noe å lukke, over grensen på {limit}; Markdown-tolkeren leter etter et par til hvert av dem helt tilbake til starten av avsnittet. Hev «{key}» i konfigurasjonen for å lese filen.',
    en: 'A paragraph has {found} emphasis markers (* or _) that close nothing, over the limit of {limit}; the Markdown parser looks for a match for each back to the start of the paragraph. Raise "{key}" in the config to lint the file.',
  },
  'too-many-values': {
    nb: 'JSON-filen har {found} verdier (felt og listeelementer), over grensen på {limit}; hver tar plass i minnet mens filen leses. Hev «{key}» i konfigurasjonen for å lese filen.',
    en: 'The JSON file holds {found} values (members and list items), over the limit of {limit}; each takes memory while the file is read. Raise "{key}" in the config to lint the file.',
  },
  'too-many-facts': {
    nb: 'Ett tekstavsnitt har {found} gjenkjente opplysninger (beløp, datoer, vilkår …), over grensen på {limit}; reglene ville brukt for lang tid på det. Hev «{key}» i konfigurasjonen for å lese filen.',
    en: 'One block of copy holds {found} recognised facts (amounts, dates, terms …), over the limit of {limit}; the rules would take too long over it. Raise "{key}" in the config to lint the file.',
  },
  'line-too-long': {
    nb: 'En linje er {found} tegn lang, over grensen på {limit} tegn. Hev «{key}» i konfigurasjonen for å lese filen.',
    en: 'A line is {found} characters long, over the limit of {limit} characters. Raise "{key}" in the config to lint the file.',
  },
};

export function limitMessage(ruleId: RuleId, found: number, limit: number, key: string): { nb: string; en: string } {
  const fill = (template: string) => template.replace('{found}', String(found)).replace('{limit}', String(limit)).replace('{key}', key);
  return { nb: fill(TEMPLATES[ruleId].nb), en: fill(TEMPLATES[ruleId].en) };
}
