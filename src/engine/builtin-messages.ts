import type { Localized } from '../rule-kit/types.js';

/**
 * Messages of findings that come from the engine rather than from a rule: files that could not be
 * read or parsed, and problems with disable directives.
 */
export const BUILTIN_MESSAGES = {
  parseError: {
    nb: 'Filen kunne ikke leses som {format}: {detail}',
    en: 'The file could not be parsed as {format}: {detail}',
  },
  readError: {
    nb: 'Filen kunne ikke leses ({code}): {detail}',
    en: 'The file could not be read ({code}): {detail}',
  },
  folderUnreadable: {
    nb: 'Mappen kunne ikke leses ({code}): {detail}. Filene i den er ikke kontrollert.',
    en: 'The folder could not be read ({code}): {detail}. Its files were not linted.',
  },
  badName: {
    nb: 'Ikke kontrollert: navnet er ikke gyldig UTF-8 (vist med «\uFFFD» der det ikke kan leses). Gi den et nytt navn.',
    en: 'Not linted: the name is not valid UTF-8 (shown with "\uFFFD" where it cannot be read). Rename it.',
  },
  symlink: {
    nb: 'Ikke kontrollert: en symbolsk lenke, og lenker følges ikke når en mappe gjennomgås. Oppgi målet for å kontrollere det, eller legg lenken i «ignores».',
    en: 'Not linted: a symbolic link, and links are not followed when a folder is walked. Name its target to lint it, or add the link to "ignores".',
  },
  notRegular: {
    nb: 'Ikke kontrollert: ikke en vanlig fil, men en navngitt pipe, en socket eller en enhet.',
    en: 'Not linted: not a regular file but a named pipe, a socket or a device.',
  },
  tooLarge: {
    nb: 'Filen er {size} byte, over grensen på {limit} byte. Hev «limits.maxFileBytes» i konfigurasjonen for å lese den.',
    en: 'The file is {size} bytes, over the limit of {limit} bytes. Raise "limits.maxFileBytes" in the config to lint it.',
  },
  invalidUtf8: {
    nb: 'Filen er UTF-8, men {count} tegn i den er ikke gyldig UTF-8 (det første står her) og er lest som «\uFFFD». Rett tegnene, eller lagre filen som UTF-8 på nytt.',
    en: 'The file is UTF-8, but {count} of its characters are not valid UTF-8 (the first is here) and were read as "\uFFFD". Fix the characters, or save the file as UTF-8 again.',
  },
  internalError: {
    nb: 'Intern feil under lesing av filen ({detail}). Filen ble hoppet over; meld gjerne feilen.',
    en: 'Internal error while linting the file ({detail}). The file was skipped; please report this.',
  },
  noProduct: {
    nb: 'Siden oppgir priser, men stromlint fant ikke hvilket produkt de gjelder, så reglene om produkter ble ikke kjørt. Gi hvert produkt en overskrift med navnet, eller pek ut produktene med «html.product» (og «html.name») i konfigurasjonen.',
    en: 'The page states prices, but stromlint could not tell which product they belong to, so the rules about products did not run. Give each product a heading with its name, or point at the products with "html.product" (and "html.name") in the config.',
  },
  timeout: {
    nb: 'Filen tok mer enn {seconds} sekunder å lese og ble hoppet over. Hev «--file-timeout» om den er så stor med vilje.',
    en: 'The file took more than {seconds} seconds to lint and was skipped. Raise "--file-timeout" if it is meant to be this large.',
  },
  missingReason: {
    nb: 'Et «stromlint-disable»-direktiv må si hvorfor: legg til « -- begrunnelse» (f.eks. «<!-- stromlint-disable campaign-end -- sluttdato står i vilkårene -->»).',
    en: 'A "stromlint-disable" directive must say why: add " -- reason" (e.g. "<!-- stromlint-disable campaign-end -- end date is in the terms -->").',
  },
  unusedDirective: {
    nb: 'Direktivet skrur av {rules}, men ingenting ble skrudd av her. Fjern det.',
    en: 'The directive disables {rules}, but nothing was reported here. Remove it.',
  },
  ignoredFile: {
    nb: 'Filen er ignorert fordi den passer til et ignoreringsmønster (.gitignore, .stromlintignore eller «ignores» i konfigurasjonen). Fjern mønsteret for å sjekke den, eller bruk --no-warn-ignored for å slippe denne meldingen.',
    en: 'File ignored because of a matching ignore pattern (.gitignore, .stromlintignore or "ignores" in the config). Remove the pattern to lint it, or pass --no-warn-ignored to suppress this warning.',
  },
  unknownDirectiveRule: {
    nb: 'Direktivet nevner en ukjent regel «{rule}».',
    en: 'The directive names an unknown rule "{rule}".',
  },
} satisfies Record<string, Localized>;
