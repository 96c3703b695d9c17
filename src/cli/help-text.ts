import type { Locale } from '../rule-kit/types.js';

/** The words of `--help`: descriptions of the program, its options and its commands. */
export const HELP_TEXT = {
  en: {
    program: 'Lints marketing material about Norwegian electricity deals (HTML, Markdown, JSON product sheets).',
    paths: 'files, folders or globs to lint (default: the current folder)',
    format: 'output format: stylish, compact, json, sarif, github, junit, gitlab; "name:file" writes to a file; repeatable (at most one to standard output)',
    locale: 'message language: nb or en',
    config: 'use this config file instead of searching for one',
    rule: 'set a rule, e.g. "campaign-end: warn" (repeatable)',
    maxWarnings: 'exit with 1 when there are more warnings than this',
    quiet: 'report errors only',
    color: 'force colour output',
    noColor: 'disable colour output',
    progress: 'show no progress line (it shows only on a terminal, outside CI, for runs over a second)',
    allowDisable: 'accept disable directives without " -- reason"',
    stdin: 'lint text from standard input',
    stdinFilename: 'file name for --stdin (decides the format)',
    staged: 'lint the staged content of staged files (for a pre-commit hook)',
    baseline: 'hide findings recorded in this baseline (default: stromlint-baseline.json when it exists)',
    noBaseline: 'ignore any baseline file',
    baselineWrite: 'record the current findings in the baseline file',
    cache: 'reuse results of unchanged files',
    cacheLocation: 'where the cache is kept',
    concurrency: 'off, auto, or a number of worker threads',
    fileTimeout: (max: number) => `stop a file that takes longer (1 to ${max} seconds, default 30)`,
    printConfig: 'print the configuration that applies to a file, and exit',
    noAnnotations: 'in GitHub Actions, do not write annotations besides the chosen format',
    noErrorOnUnmatched: 'exit 0 instead of 2 when a path or glob matches no file',
    noWarnIgnored: 'say nothing about files named on the command line that are ignored',
    version: 'print the version number',
    help: 'print this help',
    helpCommand: 'print help for a command',
    rules: 'list the rules with their default severity and summary',
    explain: 'print why a rule (or another finding id) exists, its sources, messages, options and examples',
    facts: 'print the products and facts stromlint finds in a file, with positions',
    factsJson: 'print JSON',
    init: 'write a commented config; --hook installs a git pre-commit hook, --github a workflow',
    hook: 'install a git pre-commit hook that runs "stromlint --staged"',
    github: 'write a GitHub Actions workflow that uploads SARIF',
    force: 'overwrite existing files',
    titles: { 'Usage:': 'Usage:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Arguments:': 'Arguments:' } as Record<string, string>,
    default: 'default',
    choices: 'choices',
    words: { '[options]': '[options]', '[command]': '[command]' } as Record<string, string>,
    placeholder: { paths: 'paths', format: 'format', file: 'file', rule: 'rule', name: 'name', seconds: 'seconds', locale: 'locale', command: 'command' },
  },
  nb: {
    program: 'Sjekker markedsføring av strømavtaler (HTML, Markdown, JSON-produktark).',
    paths: 'filer, mapper eller glob-mønstre som skal sjekkes (standard: mappen du står i)',
    format: 'utdataformat: stylish, compact, json, sarif, github, junit, gitlab; «navn:fil» skriver til en fil; kan gjentas (høyst ett til standard ut)',
    locale: 'språk i meldingene: nb eller en',
    config: 'bruk denne konfigurasjonsfilen i stedet for å lete etter en',
    rule: 'sett en regel, f.eks. «campaign-end: advarsel» (kan gjentas)',
    maxWarnings: 'avslutt med 1 når det er flere advarsler enn dette',
    quiet: 'vis bare feil',
    color: 'bruk alltid farger',
    noColor: 'ingen farger',
    progress: 'ikke vis fremdrift (den vises bare i en terminal, utenfor CI, når en kjøring tar over ett sekund)',
    allowDisable: 'godta direktiver uten « -- begrunnelse»',
    stdin: 'sjekk tekst fra standard inn',
    stdinFilename: 'filnavn for --stdin (avgjør formatet)',
    staged: 'sjekk det som er lagt til (staged) for neste commit (for en pre-commit-krok)',
    baseline: 'skjul funn som står i denne baseline-filen (standard: stromlint-baseline.json når den finnes)',
    noBaseline: 'se bort fra baseline-filer',
    baselineWrite: 'skriv dagens funn til baseline-filen',
    cache: 'gjenbruk resultater for filer som ikke er endret',
    cacheLocation: 'hvor mellomlageret ligger',
    concurrency: 'off, auto eller et antall arbeidstråder',
    fileTimeout: (max: number) => `stopp en fil som tar lenger tid (1 til ${max} sekunder, standard 30)`,
    printConfig: 'skriv ut konfigurasjonen som gjelder for en fil, og avslutt',
    noAnnotations: 'i GitHub Actions: ikke skriv merknader i tillegg til formatet du valgte',
    noErrorOnUnmatched: 'avslutt med 0 i stedet for 2 når en sti eller et mønster ikke treffer noen fil',
    noWarnIgnored: 'ikke si fra om filer du har navngitt som er ignorert',
    version: 'skriv ut versjonsnummeret',
    help: 'vis denne hjelpen',
    helpCommand: 'vis hjelp for en kommando',
    rules: 'list reglene med standard alvorlighet og sammendrag',
    explain: 'forklar hvorfor en regel (eller en annen funn-id) finnes: kilder, meldinger, valg og eksempler',
    facts: 'vis produktene og faktaene stromlint finner i en fil, med posisjoner',
    factsJson: 'skriv ut JSON',
    init: 'skriv en kommentert konfigurasjon; --hook installerer en pre-commit-krok, --github en arbeidsflyt',
    hook: 'installer en pre-commit-krok for git som kjører «stromlint --staged»',
    github: 'skriv en GitHub Actions-arbeidsflyt som laster opp SARIF',
    force: 'overskriv filer som finnes',
    titles: { 'Usage:': 'Bruk:', 'Options:': 'Valg:', 'Commands:': 'Kommandoer:', 'Arguments:': 'Argumenter:' } as Record<string, string>,
    default: 'standard',
    choices: 'valg',
    words: { '[options]': '[valg]', '[command]': '[kommando]' } as Record<string, string>,
    placeholder: { paths: 'stier', format: 'format', file: 'fil', rule: 'regel', name: 'navn', seconds: 'sekunder', locale: 'språk', command: 'kommando' },
  },
} satisfies Record<Locale, unknown>;

/**
 * Commander's own error sentences (unknown option, missing value …) in the chosen language; the
 * English ones are Commander's as they are.
 */
export function translateCommanderError(text: string, locale: Locale): string {
  if (locale === 'en') return text;
  return text
    .replace(/^error: unknown option '(.+?)'/, 'feil: ukjent valg «$1».')
    .replace(/^error: unknown command '(.+?)'/, 'feil: ukjent kommando «$1».')
    .replace(/^error: option '(.+?)' argument missing/, 'feil: valget «$1» mangler en verdi.')
    .replace(/^error: missing required argument '(.+?)'/, 'feil: argumentet «$1» mangler.')
    .replace(/^error: too many arguments(?: for '(.+?)')?\..*$/m, (_, command?: string) => `feil: for mange argumenter${command ? ` til «${command}»` : ''}.`)
    .replace(/\n\(Did you mean (?:one of )?(.+?)\?\)/, ' Mente du $1?')
    .replace(/^error:/, 'feil:');
}
