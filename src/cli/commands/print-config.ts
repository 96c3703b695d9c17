import path from 'node:path';
import { PRESETS, RULES } from '../../../rules/index.js';
import { settingsForFile } from '../../config/resolve.js';
import { prepareRun, type LintOptions } from '../../engine/lint-files.js';

/** `--print-config <file>`: the configuration that applies to one file, after presets and overrides. */
export async function printConfig(file: string, options: LintOptions): Promise<string> {
  const setup = await prepareRun(options);
  const filePath = path.resolve(options.cwd ?? process.cwd(), file);
  const settings = settingsForFile(setup.loaded, filePath, RULES, PRESETS, setup.cliRules);
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
