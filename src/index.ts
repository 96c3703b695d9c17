/**
 * stromlint as a library: lint files or text, and the types of what comes back.
 */
export { lintFiles, lintText, type LintOptions, type LintRun } from './engine/lint-files.js';
export { RULES, PRESETS } from '../rules/index.js';
export { defineRule } from './engine/types.js';
export type { Finding, FileResult, ProductSummary, Rule, ProductRule, RunRule, Severity, Locale } from './engine/types.js';
export type { Document, Block, Product, ProductType, Format } from './document/types.js';
export type { Fact, FactKind } from './language/facts.js';
export type { ConfigFile } from './config/types.js';
