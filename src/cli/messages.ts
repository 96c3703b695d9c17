import type { Locale } from '../rule-kit/types.js';

/** The command line's own sentences: usage errors and notes, each saying what to do. */
export interface CliMessages {
  didYouMean(word: string): string;
  oneStdoutFormat(formats: string[]): string;
  unknownFormat(name: string, known: readonly string[]): string;
  noOutputFile(format: string): string;
  badNumber(flag: string, value: string): string;
  badTimeout(value: string, max: number): string;
  badChoice(flag: string, value: string, choices: readonly string[]): string;
  tooManyWarnings(found: number, max: number): string;
  baselineWritten(count: number, file: string): string;
  prunable(count: number, file: string): string;
  noFilesMatching(patterns: string[]): string;
  allIgnored(patterns: string[]): string;
  commandHint(command: string): string;
  stdinWithStaged: string;
  takesNoPaths(flag: string): string;
  stdinNotText(reason: string): string;
  cannotWrite(file: string, detail: string): string;
  cannotWriteCache(file: string, detail: string): string;
  badBaseline(file: string): string;
  unknownExplainId(id: string): string;
  runHelp: string;
  internalError(detail: string): string;
}

const list = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');
const nbList = (items: readonly string[]) => items.map((i) => `«${i}»`).join(', ');

export const CLI_MESSAGES: Record<Locale, CliMessages> = {
  en: {
    didYouMean: (word) => ` Did you mean "${word}"?`,
    oneStdoutFormat: (formats) =>
      `only one format can write to standard output, got ${list(formats)}. Send the others to files, e.g. -f ${formats[0]} -f ${formats[1]}:stromlint.${formats[1]}`,
    unknownFormat: (name, known) => `unknown output format "${name}". Choose one of: ${known.join(', ')}.`,
    noOutputFile: (format) => `-f ${format}: no file name after ":". Write -f ${format}:<file>, or -f ${format} for standard output.`,
    badNumber: (flag, value) => `${flag} takes a whole number (0 or more), got "${value}".`,
    badTimeout: (value, max) => `--file-timeout takes whole seconds from 1 to ${max}, got "${value}".`,
    badChoice: (flag, value, choices) => `${flag} takes ${choices.join(' or ')}, got "${value}".`,
    tooManyWarnings: (found, max) => `stromlint found too many warnings: ${found}, where --max-warnings allows ${max}.`,
    baselineWritten: (count, file) => `stromlint: wrote ${count} ${count === 1 ? 'finding' : 'findings'} to ${file}; they are hidden from now on.`,
    prunable: (count, file) =>
      `stromlint: ${count} ${count === 1 ? 'finding' : 'findings'} in ${file} ${count === 1 ? 'is' : 'are'} fixed and can be pruned with --baseline-write.`,
    noFilesMatching: (patterns) => `no files matching ${list(patterns)} were found. Check the path, or pass --no-error-on-unmatched-pattern when that is expected.`,
    allIgnored: (patterns) => `all files matched by ${list(patterns)} are ignored (by .gitignore, .stromlintignore or "ignores" in the config).`,
    commandHint: (command) => ` Did you mean the command "stromlint ${command}"?`,
    stdinWithStaged: '--stdin and --staged cannot be used together: choose one.',
    takesNoPaths: (flag) => `${flag} takes no paths: leave them out, or drop ${flag} to lint the paths.`,
    stdinNotText: (reason) => `standard input is not text (${reason}).`,
    cannotWrite: (file, detail) => `cannot write ${file}: ${detail}`,
    cannotWriteCache: (file, detail) => `cannot write the cache ${file}: ${detail}`,
    badBaseline: (file) => `${file} is not a stromlint baseline: write a new one with --baseline-write, or name another with --baseline <file>.`,
    unknownExplainId: (id) => `"${id}" is neither a rule nor a finding id stromlint knows. Run "stromlint rules" for the list.`,
    runHelp: '(run stromlint --help for usage)',
    internalError: (detail) => `internal error: ${detail}\nThis is a bug in stromlint; please report it (set STROMLINT_DEBUG=1 for the details).`,
  },
  nb: {
    didYouMean: (word) => ` Mente du «${word}»?`,
    oneStdoutFormat: (formats) =>
      `bare ett format kan skrive til standard ut, men fikk ${nbList(formats)}. Send de andre til filer, f.eks. -f ${formats[0]} -f ${formats[1]}:stromlint.${formats[1]}`,
    unknownFormat: (name, known) => `ukjent utdataformat «${name}». Velg ett av: ${known.join(', ')}.`,
    noOutputFile: (format) => `-f ${format}: mangler filnavn etter «:». Skriv -f ${format}:<fil>, eller -f ${format} for standard ut.`,
    badNumber: (flag, value) => `${flag} tar et heltall (0 eller mer), men fikk «${value}».`,
    badTimeout: (value, max) => `--file-timeout tar hele sekunder fra 1 til ${max}, men fikk «${value}».`,
    badChoice: (flag, value, choices) => `${flag} tar ${choices.join(' eller ')}, men fikk «${value}».`,
    tooManyWarnings: (found, max) => `stromlint fant for mange advarsler: ${found}, der --max-warnings tillater ${max}.`,
    baselineWritten: (count, file) => `stromlint: skrev ${count} funn til ${file}; de skjules fra nå av.`,
    prunable: (count, file) => `stromlint: ${count} funn i ${file} er rettet og kan fjernes med --baseline-write.`,
    noFilesMatching: (patterns) => `fant ingen filer som passer til ${nbList(patterns)}. Sjekk stien, eller bruk --no-error-on-unmatched-pattern når det er ventet.`,
    allIgnored: (patterns) => `alle filene som passer til ${nbList(patterns)}, er ignorert (av .gitignore, .stromlintignore eller «ignores» i konfigurasjonen).`,
    commandHint: (command) => ` Mente du kommandoen «stromlint ${command}»?`,
    stdinWithStaged: '--stdin og --staged kan ikke brukes sammen: velg én av dem.',
    takesNoPaths: (flag) => `${flag} tar ingen stier: ta dem bort, eller dropp ${flag} for å sjekke stiene.`,
    stdinNotText: (reason) => `standard inn er ikke tekst (${reason}).`,
    cannotWrite: (file, detail) => `kan ikke skrive ${file}: ${detail}`,
    cannotWriteCache: (file, detail) => `kan ikke skrive mellomlageret ${file}: ${detail}`,
    badBaseline: (file) => `${file} er ikke en stromlint-baseline: skriv en ny med --baseline-write, eller velg en annen med --baseline <fil>.`,
    unknownExplainId: (id) => `«${id}» er verken en regel eller en funn-id stromlint kjenner. Kjør «stromlint rules» for lista.`,
    runHelp: '(kjør stromlint --help for bruk)',
    internalError: (detail) => `intern feil: ${detail}\nDette er en feil i stromlint; meld den gjerne (sett STROMLINT_DEBUG=1 for detaljene).`,
  },
};
