import type { Format, PageKind } from '../document/types.js';
import type { SeveritySetting } from '../rule-kit/types.js';
import type { Limits } from '../files/limits.js';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

/** The configuration file's shape (see schemas/config.schema.json). */
export interface ConfigFile {
  extends?: 'recommended' | 'strict' | Array<'recommended' | 'strict'>;
  rules?: Record<string, RuleSetting>;
  locale?: 'nb' | 'en';
  /** Where rule documentation is published: a URL with `{rule}` (see schemas/config.schema.json). */
  rulesDocsUrl?: string;
  ignores?: string[];
  /** `--staged`: which committed files whole-run rules see besides the staged ones (default: all). */
  staged?: { context?: boolean | string[] };
  html?: { product?: string; name?: string; ignore?: string };
  extensions?: Record<string, Format>;
  feed?: { priceUnit?: 'ore' | 'kr' };
  limits?: Partial<Limits>;
  /** Modules of custom rules, resolved from the config file's folder (code that runs). */
  plugins?: string[];
  /** The kind of page every file is (usually set per glob in `overrides`), instead of what its content suggests. */
  pageKind?: PageKind;
  overrides?: Array<{ files: string | string[]; rules?: Record<string, RuleSetting>; html?: ConfigFile['html']; pageKind?: PageKind }>;
}

/** A loaded configuration and where it came from. */
export interface LoadedConfig {
  config: ConfigFile;
  /** The config file, or undefined when none was found (defaults apply). */
  filePath?: string;
  /** Folder that relative globs in the config are resolved against. */
  baseDir: string;
}

/** The configuration problem that stops a run (exit code 2). */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
