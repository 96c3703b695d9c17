import type { Localized, Severity } from '../rule-kit/types.js';

/**
 * A finding id that comes from stromlint itself rather than from a rule: files it could not read or
 * parse, limits, problems with disable comments, product-sheet checks of the JSON adapter. Each can
 * be set in `rules` like a rule (`parse-error: warn`, `product-sheet-schema: off`) and explained by
 * `stromlint explain <id>`.
 */
export interface BuiltinId {
  id: string;
  /** The severity its findings have unless configured otherwise. */
  severity: Severity;
  summary: Localized;
  /** What it means and what to do about it. */
  rationale: Localized;
  /** Message ids its findings carry, each with what it says. */
  messages: Record<string, Localized>;
}

const limit = (what: Localized, key: string): Localized => ({
  nb: `${what.nb} Grensen hindrer at én fil gjør kjøringen treg eller bruker opp minnet. Hev «${key}» i konfigurasjonen hvis filen skal sjekkes.`,
  en: `${what.en} The limit keeps one file from making the run slow or exhausting memory. Raise "${key}" in the config if the file is meant to be linted.`,
});

const fileTooLarge: Localized = { nb: 'Filen er større enn grensen.', en: 'The file is larger than the limit.' };

export const BUILTIN_IDS: readonly BuiltinId[] = [
  {
    id: 'parse-error',
    severity: 'error',
    summary: { nb: 'Filen, eller front matter i den, kunne ikke tolkes.', en: 'The file, or its front matter, could not be parsed.' },
    rationale: {
      nb: 'En fil som ikke kan tolkes, kan ikke sjekkes: funnene den skjuler, ville ellers gått upåaktet hen. Rett syntaksfeilen på stedet meldingen viser.',
      en: 'A file that cannot be parsed cannot be checked: the findings it hides would otherwise go unnoticed. Fix the syntax error where the message points.',
    },
    messages: {
      parseError: { nb: 'Filen kunne ikke tolkes.', en: 'The file could not be parsed.' },
      frontMatter: {
        nb: 'Front matter (YAML) kunne ikke tolkes; resten av filen er sjekket.',
        en: 'The front matter (YAML) could not be parsed; the rest of the file was checked.',
      },
      frontMatterUnclosed: { nb: 'Front matter lukkes aldri med «---».', en: 'The front matter is never closed with "---".' },
    },
  },
  {
    id: 'product-sheet-schema',
    severity: 'error',
    summary: { nb: 'Et produktark eller en prisportal-feed som ikke følger formatet.', en: 'A product sheet or price-portal feed that does not follow its format.' },
    rationale: {
      nb: 'Produktark sjekkes mot schemas/product-sheet.schema.json, slik at et felt som er stavet feil eller har feil type, ikke stille blir oversett. Nøkler som står to ganger, og antakelser om enheter i feeden, meldes også.',
      en: 'Product sheets are checked against schemas/product-sheet.schema.json, so that a misspelt or mistyped field is not silently overlooked. Keys given twice, and the units assumed for a feed, are reported too.',
    },
    messages: {
      schema: { nb: 'Et felt følger ikke skjemaet.', en: 'A field does not follow the schema.' },
      duplicateKey: { nb: 'En nøkkel står mer enn én gang i samme objekt.', en: 'A key is given more than once in the same object.' },
      feedPriceUnit: { nb: 'Hvilken enhet feedens priser uten enhet er lest i (info).', en: 'Which unit the feed’s bare prices were read in (info).' },
    },
  },
  {
    id: 'directive',
    severity: 'error',
    summary: {
      nb: 'Et stromlint-disable-direktiv uten begrunnelse, med ukjent regel, eller som ikke skrur av noe.',
      en: 'A stromlint-disable directive without a reason, naming an unknown rule, or silencing nothing.',
    },
    rationale: {
      nb: 'Et direktiv skrur av en kontroll; begrunnelsen forteller neste leser hvorfor. Et direktiv som ikke skrur av noe, skjuler neste funn som dukker opp der.',
      en: 'A directive switches a check off; its reason tells the next reader why. A directive that silences nothing would hide the next finding that appears there.',
    },
    messages: {
      missingReason: { nb: 'Direktivet mangler « -- begrunnelse».', en: 'The directive has no " -- reason".' },
      unknownDirectiveRule: { nb: 'Direktivet nevner en ukjent regel.', en: 'The directive names an unknown rule.' },
      unusedDirective: { nb: 'Direktivet skrudde ikke av noe (advarsel).', en: 'The directive silenced nothing (warning).' },
    },
  },
  {
    id: 'too-large',
    severity: 'error',
    summary: fileTooLarge,
    rationale: limit(fileTooLarge, 'limits.maxFileBytes'),
    messages: { tooLarge: fileTooLarge, 'too-large': fileTooLarge },
  },
  ...(
    [
      ['too-deep', { nb: 'Innholdet er nøstet dypere enn grensen.', en: 'The content is nested deeper than the limit.' }, 'limits.maxDepth'],
      ['too-many-attributes', { nb: 'En tagg har flere attributter enn grensen.', en: 'A tag has more attributes than the limit.' }, 'limits.maxAttributes'],
      ['line-too-long', { nb: 'En linje er lengre enn grensen.', en: 'A line is longer than the limit.' }, 'limits.maxLineLength'],
      [
        'too-many-links',
        { nb: 'Markdown-filen har flere lenker enn grensen.', en: 'The Markdown file has more links than the limit.' },
        'limits.maxLinksPerLine / limits.maxLinkDefinitions',
      ],
      ['too-many-lines', { nb: 'Markdown-filen har flere linjer enn grensen.', en: 'The Markdown file has more lines than the limit.' }, 'limits.maxLines'],
      ['too-many-cells', { nb: 'Markdown-filen har flere tabellceller enn grensen.', en: 'The Markdown file has more table cells than the limit.' }, 'limits.maxTableCells'],
      [
        'too-many-emphasis-markers',
        {
          nb: 'Et Markdown-avsnitt har flere uthevingstegn som ikke lukker noe, enn grensen.',
          en: 'A Markdown paragraph has more emphasis markers that close nothing than the limit.',
        },
        'limits.maxEmphasisMarkers',
      ],
      [
        'too-many-values',
        { nb: 'JSON-filen har flere verdier (felt og listeelementer) enn grensen.', en: 'The JSON file holds more values (members and list items) than the limit.' },
        'limits.maxJsonValues',
      ],
      [
        'too-many-facts',
        {
          nb: 'Ett tekstavsnitt har flere gjenkjente opplysninger enn grensen; den sjekkes etter tolkingen, før reglene.',
          en: 'One block of copy holds more recognised facts than the limit; it is checked after parsing, before the rules.',
        },
        'limits.maxFactsPerBlock',
      ],
    ] as const
  ).map(([id, summary, key]): BuiltinId => ({ id, severity: 'error', summary, rationale: limit(summary, key), messages: { [id]: summary } })),
  {
    id: 'timeout',
    severity: 'error',
    summary: { nb: 'Filen tok lengre tid enn --file-timeout og ble stoppet.', en: 'The file took longer than --file-timeout and was stopped.' },
    rationale: {
      nb: 'Hver fil har en tidsfrist (30 sekunder som standard), med eller uten arbeidstråder, så én patologisk fil ikke stopper hele kjøringen. Hev «--file-timeout» om filen er så stor med vilje.',
      en: 'Each file has a time budget (30 seconds by default), with or without worker threads, so that one pathological file cannot stop the whole run. Raise "--file-timeout" if the file is meant to be this large.',
    },
    messages: { timeout: { nb: 'Filen ble stoppet etter tidsfristen.', en: 'The file was stopped after its time budget.' } },
  },
  {
    id: 'read-error',
    severity: 'error',
    summary: { nb: 'En fil eller mappe kunne ikke leses fra disken.', en: 'A file or folder could not be read from disk.' },
    rationale: {
      nb: 'Meldingen viser systemets feilkode (f.eks. EACCES for manglende lesetilgang, ELOOP for en lenke i ring). En mappe som ikke kan listes, og et navn som ikke er gyldig UTF-8, meldes også, så ingen fil går forbi uten et ord. Rett tilgangen eller navnet, eller fjern filen fra kjøringen.',
      en: 'The message shows the system’s error code (e.g. EACCES for missing read permission, ELOOP for a link that leads into a loop). A folder that cannot be listed and a name that is not valid UTF-8 are reported too, so that no file is passed over without a word. Fix the permission or the name, or leave the file out of the run.',
    },
    messages: {
      readError: { nb: 'Filen kunne ikke leses.', en: 'The file could not be read.' },
      folderUnreadable: { nb: 'Mappen kunne ikke listes; filene i den er ikke sjekket.', en: 'The folder could not be listed; its files were not linted.' },
      badName: { nb: 'Navnet er ikke gyldig UTF-8.', en: 'The name is not valid UTF-8.' },
    },
  },
  {
    id: 'skipped',
    severity: 'warn',
    summary: {
      nb: 'Noe en mappegjennomgang møtte, men ikke kan sjekke: en symbolsk lenke, en navngitt pipe eller en enhet.',
      en: 'Something a folder walk met but cannot lint: a symbolic link, a named pipe or a device.',
    },
    rationale: {
      nb: 'Lenker følges ikke når en mappe gjennomgås, så en lenke i ring ikke kan gjøre gjennomgangen endeløs; pipes og enheter er ikke filer. De meldes så en kjøring aldri går forbi dem i stillhet. Oppgi målet for å sjekke det, eller legg lenken i «ignores».',
      en: 'Links are not followed when a folder is walked, so that a link loop cannot make the walk endless; pipes and devices are not files. They are reported so that a run never passes over them in silence. Name the target to lint it, or add the link to "ignores".',
    },
    messages: {
      symlink: { nb: 'En symbolsk lenke, ikke fulgt.', en: 'A symbolic link, not followed.' },
      notRegular: { nb: 'Ikke en vanlig fil.', en: 'Not a regular file.' },
    },
  },
  {
    id: 'encoding',
    severity: 'warn',
    summary: { nb: 'En UTF-8-fil med noen byte som ikke er gyldig UTF-8.', en: 'A UTF-8 file with a few bytes that are not valid UTF-8.' },
    rationale: {
      nb: 'Filen leses som UTF-8 med «\uFFFD» der bytene ikke kan leses, så resten av teksten sjekkes som skrevet; advarselen står der den første er, så ingen tar erstatningstegnet for tekst i filen. Rett tegnene, eller lagre filen som UTF-8 på nytt.',
      en: 'The file is read as UTF-8 with "\uFFFD" where the bytes cannot be read, so that the rest of the copy is checked as written; the warning stands where the first is, so that no one takes the replacement character for the file’s copy. Fix the characters, or save the file as UTF-8 again.',
    },
    messages: { invalidUtf8: { nb: 'Byte som ikke er gyldig UTF-8, lest som «\uFFFD».', en: 'Bytes that are not valid UTF-8, read as "\uFFFD".' } },
  },
  {
    id: 'internal-error',
    severity: 'error',
    summary: { nb: 'En feil i stromlint stoppet sjekken av filen.', en: 'A bug in stromlint stopped the file from being checked.' },
    rationale: {
      nb: 'Dette er en feil i stromlint, ikke i filen. De andre filene er sjekket. Meld feilen gjerne, med filen som utløste den.',
      en: 'This is a bug in stromlint, not in the file. The other files were checked. Please report it, with the file that caused it.',
    },
    messages: { internalError: { nb: 'Intern feil under sjekken av filen.', en: 'Internal error while linting the file.' } },
  },
  {
    id: 'ignored-file',
    severity: 'warn',
    summary: { nb: 'En fil du navnga, er ignorert og ble ikke sjekket.', en: 'A file you named is ignored and was not linted.' },
    rationale: {
      nb: 'Filen passer til et mønster i .gitignore, .stromlintignore eller «ignores» i konfigurasjonen. Meldingen sier fra så en feilskrevet sti ikke passerer i stillhet; --no-warn-ignored skrur den av.',
      en: 'The file matches a pattern in .gitignore, .stromlintignore or "ignores" in the config. It is said so that a mistyped path does not pass in silence; --no-warn-ignored turns this off.',
    },
    messages: { ignoredFile: { nb: 'Filen er ignorert.', en: 'The file is ignored.' } },
  },
  {
    id: 'no-product',
    severity: 'info',
    summary: { nb: 'Siden oppgir priser, men ingen produkt ble funnet.', en: 'The page states prices, but no product was found.' },
    rationale: {
      nb: 'Reglene om produkter leser produktene stromlint finner på siden: uten et produktnavn (en overskrift, et kort, en tabellrad) blir prisene ikke sjekket. Gi hvert produkt en overskrift med navnet, eller pek ut produktene med «html.product» og «html.name».',
      en: 'The rules about products read the products stromlint finds on a page: without a product name (a heading, a card, a table row) the prices are not checked. Give each product a heading with its name, or point at the products with "html.product" and "html.name".',
    },
    messages: { noProduct: { nb: 'Siden oppgir priser, men ingen produkt ble funnet.', en: 'The page states prices, but no product was found.' } },
  },
];

export const BUILTIN_BY_ID: ReadonlyMap<string, BuiltinId> = new Map(BUILTIN_IDS.map((b) => [b.id, b]));
