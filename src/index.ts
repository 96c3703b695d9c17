/**
 * stromlint as a library: lint files or text with the built-in rules (and any of your own), and the
 * types of what comes back. The engine knows no rules of its own: this module hands it the registry.
 */
import * as engine from './engine/lint-files.js';
import { lintStaged as lintStagedFiles } from './engine/lint-staged.js';
import type { LintRun } from './engine/finish-run.js';
import { RULES } from '../rules/index.js';
import type { Rule } from './rule-kit/types.js';

export interface LintOptions extends Omit<engine.LintOptions, 'rules' | 'workerUrl'> {
  /** Custom rules written with `defineRule`, run besides the built-in ones (on this thread). */
  rules?: readonly Rule[];
}

/** Worker threads serve the built-in rules; custom rules given here keep the run on this thread. */
const WORKER = new URL('./worker.js', import.meta.url);

function withRegistry(options: LintOptions): engine.LintOptions {
  const custom = options.rules ?? [];
  return { ...options, rules: [...RULES, ...custom], ...(custom.length === 0 ? { workerUrl: WORKER } : {}) };
}

/** Lints files, folders and globs: the programmatic form of the command line. */
export function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintRun> {
  return engine.lintFiles(patterns, withRegistry(options));
}

/** Lints text that is not read from disk (stdin, an editor buffer); the file name decides the format. */
export function lintText(text: string, filePath: string, options: LintOptions = {}): Promise<LintRun> {
  return engine.lintText(text, filePath, withRegistry(options));
}

/** Lints what a stream delivers (standard input) as the file `filePath`, read up to the size limit. */
export function lintStream(stream: AsyncIterable<Uint8Array>, filePath: string, options: LintOptions = {}): Promise<LintRun> {
  return engine.lintStream(stream, filePath, withRegistry(options));
}

/** Lints the staged content of staged files (the pre-commit case). */
export function lintStaged(options: LintOptions = {}): Promise<LintRun> {
  return lintStagedFiles(withRegistry(options));
}

export type { LintRun };
export { RULES };
export { defineRule } from './rule-kit/types.js';
export type { Finding, FileResult } from './engine/types.js';
export type { ProductSummary, Rule, ProductRule, RunRule, ProductView, Report, Severity, Locale } from './rule-kit/types.js';
export type { Document, Block, Product, ProductType, Format } from './document/types.js';
export type { Fact, FactKind } from './language/facts.js';
export type { ConfigFile } from './config/types.js';
