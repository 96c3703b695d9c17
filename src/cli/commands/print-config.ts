import path from 'node:path';
import { RULES } from '../../../rules/index.js';
import { configOf, fileSettings, prepareRun } from '../../engine/setup.js';
import type { LintOptions } from '../../index.js';

/** `--print-config <file>`: the configuration that applies to one file, after presets and overrides. */
export async function printConfig(file: string, options: LintOptions): Promise<string> {
  const setup = await prepareRun({ ...options, rules: [...RULES, ...(options.rules ?? [])] });
  const filePath = path.resolve(setup.cwd, file);
  const config = await configOf(setup, filePath);
  const settings = fileSettings(setup, filePath);
  const effective = {
    configFile: config.loaded.filePath ?? null,
    locale: setup.locale,
    rules: Object.fromEntries([...settings.rules.map((r) => [r.rule.id, [r.severity, r.options]]), ...settings.builtins]),
    html: settings.html ?? {},
    limits: config.limits,
    extensions: config.extensions,
    ignores: config.loaded.config.ignores ?? [],
    feed: { priceUnit: config.loaded.config.feed?.priceUnit ?? 'ore' },
  };
  return `${JSON.stringify(effective, null, 2)}\n`;
}
