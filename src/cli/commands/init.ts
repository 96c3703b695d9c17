import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { writeFileAtomic } from '../../files/write-atomic.js';
import type { Locale } from '../../rule-kit/types.js';
import { UsageError } from '../exit-codes.js';

export interface InitOptions {
  hook?: boolean;
  github?: boolean;
  force?: boolean;
}

const TEXT = {
  en: {
    config: (locale: Locale) => `# stromlint configuration (the README of the stromlint package explains every key).
# Editors that read JSON Schema can complete this file:
# yaml-language-server: $schema=./node_modules/stromlint/schemas/config.schema.json

# Start from the recommended rules (or "strict": warnings become errors).
extends: recommended

# Message language: nb (Norwegian bokmål) or en.
locale: ${locale}

# Turn rules off, change their severity, or give options:
# rules:
#   distinct-products: error
#   campaign-end: [error, { checkTermsPages: true }]

# Files never linted (gitignore syntax). .gitignore and .stromlintignore apply too.
# ignores:
#   - "arkiv/**"

# Where products are on your HTML pages, when stromlint cannot tell by itself.
# html:
#   product: ".produktkort"
#   name: ".produktkort h3"
#   ignore: ".chat-widget"

# Other rules for some files, e.g. terms pages:
# overrides:
#   - files: ["vilkar/**"]
#     rules:
#       campaign-end: off
`,
    hookComment: '# Lints what is staged for this commit (not the work tree) and stops the commit on errors.',
    workflowComment: '# Annotations appear on the pull request; the SARIF file goes to code scanning.',
    wrote: (file: string) => `wrote ${file}\n`,
    exists: (file: string) => `${file} exists already; use --force to overwrite it`,
    foreignHook: (hook: string) => `${hook} exists and was not written by stromlint; add "npx stromlint --staged" to it, or use --force`,
    noGit: '--hook needs a git repository: run it inside one (or run "git init" first)',
  },
  nb: {
    config: (locale: Locale) => `# Konfigurasjon for stromlint (README-en i stromlint-pakken forklarer hver nøkkel).
# Redigeringsprogrammer som leser JSON Schema, kan fylle ut denne filen:
# yaml-language-server: $schema=./node_modules/stromlint/schemas/config.schema.json

# Start med de anbefalte reglene (eller «strict»: advarsler blir feil).
extends: recommended

# Språk i meldingene: nb (norsk bokmål) eller en (engelsk).
locale: ${locale}

# Skru av regler, endre alvorligheten eller gi valg (av, info, advarsel, feil):
# rules:
#   distinct-products: feil
#   campaign-end: [feil, { checkTermsPages: true }]

# Filer som aldri sjekkes (gitignore-syntaks). .gitignore og .stromlintignore gjelder også.
# ignores:
#   - "arkiv/**"

# Hvor produktene står på HTML-sidene, når stromlint ikke finner det selv.
# html:
#   product: ".produktkort"
#   name: ".produktkort h3"
#   ignore: ".chat-widget"

# Andre regler for noen filer, f.eks. vilkårssider:
# overrides:
#   - files: ["vilkar/**"]
#     rules:
#       campaign-end: av
`,
    hookComment: '# Sjekker det som er lagt til for denne commiten (ikke arbeidskopien) og stopper commiten ved feil.',
    workflowComment: '# Merknadene vises på pull requesten; SARIF-filen går til code scanning.',
    wrote: (file: string) => `skrev ${file}\n`,
    exists: (file: string) => `${file} finnes allerede; bruk --force for å overskrive den`,
    foreignHook: (hook: string) => `${hook} finnes og er ikke skrevet av stromlint; legg til «npx stromlint --staged» i den, eller bruk --force`,
    noGit: '--hook trenger et git-repository: kjør den inne i ett (eller kjør «git init» først)',
  },
};

const HOOK_MARK = '# installed by stromlint init --hook';
const hook = (comment: string) => `#!/bin/sh
${HOOK_MARK}
${comment}
exec npx --no-install stromlint --staged
`;

const workflow = (branch: string, comment: string) => `name: stromlint
on:
  pull_request:
  push:
    branches: [${JSON.stringify(branch)}]
permissions:
  contents: read
  security-events: write
jobs:
  stromlint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      ${comment}
      - run: npx stromlint --format stylish --format sarif:stromlint.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: stromlint.sarif
          category: stromlint
`;

/**
 * `stromlint init`: a commented config in the detected language, and on request a git pre-commit
 * hook and a GitHub workflow for the repository's default branch.
 */
export async function init(cwd: string, options: InitOptions, locale: Locale): Promise<string> {
  const text = TEXT[locale];
  const written: string[] = [];
  const write = async (file: string, content: string, mode?: number, replaceable = false) => {
    const target = path.join(cwd, file);
    if (fs.existsSync(target) && !options.force && !replaceable) throw new UsageError(text.exists(file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, content);
    if (mode) fs.chmodSync(target, mode);
    written.push(file);
  };
  if (!options.hook && !options.github) await write('.stromlintrc.yaml', text.config(locale));
  if (options.hook) {
    const hookFile = path.relative(cwd, path.join(git(cwd, ['rev-parse', '--git-path', 'hooks'], text.noGit), 'pre-commit'));
    const existing = fs.existsSync(path.join(cwd, hookFile)) ? fs.readFileSync(path.join(cwd, hookFile), 'utf8') : '';
    if (existing && !existing.includes(HOOK_MARK) && !options.force) throw new UsageError(text.foreignHook(hookFile));
    // Our own earlier hook may be replaced without --force.
    await write(hookFile, hook(text.hookComment), 0o755, existing.includes(HOOK_MARK));
  }
  if (options.github) await write('.github/workflows/stromlint.yml', workflow(defaultBranch(cwd), text.workflowComment));
  return written.map(text.wrote).join('');
}

function git(cwd: string, args: string[], failure: string): string {
  try {
    return path.resolve(cwd, execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    throw new UsageError(failure);
  }
}

/**
 * The branch pushes go to: the remote's default branch when a clone knows it, else the branch
 * checked out, else git's configured default for new repositories, else "main".
 */
function defaultBranch(cwd: string): string {
  const ask = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const remote = ask(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']).replace(/^origin\//, '');
  return remote || ask(['symbolic-ref', '--quiet', '--short', 'HEAD']) || ask(['config', '--get', 'init.defaultBranch']) || 'main';
}
