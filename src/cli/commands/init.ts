import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { writeFileAtomic } from '../../files/write-atomic.js';
import { UsageError } from '../exit-codes.js';

export interface InitOptions {
  hook?: boolean;
  github?: boolean;
  force?: boolean;
}

const CONFIG = `# stromlint configuration — https://stromlint.dev
# Editors that read JSON Schema can complete this file:
# yaml-language-server: $schema=./node_modules/stromlint/schemas/config.schema.json

# Start from the recommended rules (or "strict": warnings become errors).
extends: recommended

# Message language: nb (norsk bokmål) or en.
locale: nb

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
`;

const HOOK_MARK = '# installed by stromlint init --hook';
const HOOK = `#!/bin/sh
${HOOK_MARK}
# Lints what is staged for this commit (not the work tree) and stops the commit on errors. The rest of
# the repository is read too, for rules that compare products across files; the cache, kept inside
# .git, spares re-reading what has not changed since the last commit.
exec npx --no-install stromlint --staged --cache --cache-location "$(git rev-parse --git-path stromlint-cache)"
`;

const WORKFLOW = `name: stromlint
on:
  pull_request:
  push:
    branches: [main]
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
      # Annotations appear on the pull request; the SARIF file goes to code scanning.
      - run: npx stromlint --format stylish --format sarif:stromlint.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: stromlint.sarif
          category: stromlint
`;

/** `stromlint init`: a commented config, and on request a git pre-commit hook and a GitHub workflow. */
export async function init(cwd: string, options: InitOptions): Promise<string> {
  const written: string[] = [];
  const write = async (file: string, content: string, mode?: number, replaceable = false) => {
    const target = path.join(cwd, file);
    if (fs.existsSync(target) && !options.force && !replaceable) throw new UsageError(`${file} exists already; use --force to overwrite it`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, content, { mode });
    written.push(file);
  };
  if (!options.hook && !options.github) await write('.stromlintrc.yaml', CONFIG);
  if (options.hook) {
    const hooksDir = gitHooksDir(cwd);
    const hook = path.relative(cwd, path.join(hooksDir, 'pre-commit'));
    const existing = fs.existsSync(path.join(cwd, hook)) ? fs.readFileSync(path.join(cwd, hook), 'utf8') : '';
    if (existing && !existing.includes(HOOK_MARK) && !options.force) {
      throw new UsageError(`${hook} exists and was not written by stromlint; add "npx stromlint --staged" to it, or use --force`);
    }
    // Our own earlier hook may be replaced without --force.
    await write(hook, HOOK, 0o755, existing.includes(HOOK_MARK));
  }
  if (options.github) await write('.github/workflows/stromlint.yml', WORKFLOW);
  return written.map((f) => `wrote ${f}\n`).join('');
}

function gitHooksDir(cwd: string): string {
  try {
    const dir = execFileSync('git', ['rev-parse', '--git-path', 'hooks'], { cwd, encoding: 'utf8' }).trim();
    return path.resolve(cwd, dir);
  } catch {
    throw new UsageError('--hook needs a git repository (run it inside one)');
  }
}
