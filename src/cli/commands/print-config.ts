import path from 'node:path';
import { RULES } from '../../../rules/index.js';
import { fileSettings, prepareRun } from '../../engine/setup.js';
import type { LintOptions } from '../../index.js';

/** `--print-config <file>`: the configuration that applies to one file, after presets and overrides. */
export async function printConfig(file: string, options: LintOptions): Promise<string> {
  const setup = await prepareRun({ ...options, rules: [...RULES, ...(options.rules ?? [])] });
  const settings = fileSettings(setup, path.resolve(options.cwd ?? process.cwd(), file));
  const effective = {
    configFile: setup.loaded.filePath ?? null,
    locale: setup.locale,
    rules: Object.fromEntries(settings.rules.map((r) => [r.rule.id, [r.severity, r.options]])),
    html: settings.html ?? {},
    limits: setup.limits,
    extensions: setup.extensions,
    ignores: setup.loaded.config.ignores ?? [],
    feed: { priceUnit: setup.loaded.config.feed?.priceUnit ?? 'ore' },
  };
  return `${JSON.stringify(effective, null, 2)}\n`;
}
