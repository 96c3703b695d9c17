import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/report/sarif.js';
import { CWD, context, finding, results } from './fixtures.js';

/** The official OASIS SARIF 2.1.0 schema (draft-07), as shipped in an npm package. */
function officialSchema(): Record<string, unknown> {
  const manifest = createRequire(import.meta.url).resolve('@datadog/datadog-ci-plugin-sarif/package.json');
  return JSON.parse(fs.readFileSync(path.join(path.dirname(manifest), 'dist/json-schema/sarif-schema-2.1.0.json'), 'utf8'));
}

const ajv = new Ajv({ allErrors: true, strict: false });
// ajv-formats is CommonJS: its plugin is the module's default export.
(formats as unknown as (ajv: Ajv) => Ajv)(ajv);
const validate = ajv.compile(officialSchema());

function valid(text: string): unknown {
  const log = JSON.parse(text);
  if (!validate(log)) throw new Error(ajv.errorsText(validate.errors, { separator: '\n' }));
  return log;
}

describe('sarif reporter', () => {
  const log = valid(sarif(results(), context())) as any;
  const run = log.runs[0];

  it('uses the official SARIF 2.1.0 schema, which the test checks it against', () => {
    expect(officialSchema().$id).toBe('https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.language).toBe('en-US');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///srv/kampanjer/' } });
  });

  it('is checked by a schema that does reject broken logs', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].tool.driver.name;
    expect(() => valid(JSON.stringify(broken))).toThrow(/level|name/);
  });

  it('describes the tool and every rule that ran, in the run locale, linking only to a declared docs URL', () => {
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'stromlint', version: '0.1.0' });
    // stromlint's package.json declares no home page: no invented one.
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(['campaign-end', 'after-terms', 'duration', 'parse-error']);
    expect(driver.rules[0]).toEqual({
      id: 'campaign-end',
      name: 'CampaignEnd',
      shortDescription: { text: 'Campaigns must say when they end' },
      fullDescription: { text: 'A campaign without an end lets the customer believe the price lasts.' },
      help: {
        text: 'A campaign without an end lets the customer believe the price lasts.\n\nTrygg Strømhandel, krav 4.2',
        markdown: '**Campaigns must say when they end**\n\nA campaign without an end lets the customer believe the price lasts.\n\n- Trygg Strømhandel, krav 4.2',
      },
      defaultConfiguration: { level: 'error' },
    });
    const docs = valid(sarif(results(), context({ docsUrl: (id) => `https://intranett.example/regler/${id}.html` }))) as any;
    const described = docs.runs[0].tool.driver.rules[0];
    expect(described.helpUri).toBe('https://intranett.example/regler/campaign-end.html');
    expect(described.help.markdown).toContain('[https://intranett.example/regler/campaign-end.html](https://intranett.example/regler/campaign-end.html)');
    // Engine findings without a rule object get a descriptor from the finding.
    expect(driver.rules[3]).toEqual({ id: 'parse-error', name: 'ParseError', defaultConfiguration: { level: 'error' } });
    const nb = valid(sarif(results(), context({ locale: 'nb' }))) as any;
    expect(nb.runs[0].language).toBe('nb-NO');
    expect(nb.runs[0].tool.driver.rules[1].shortDescription.text).toBe('Si hva som skjer etterpå');
  });

  it('gives each result its rule index, level and exact region', () => {
    const summary = run.results.map((r: any) => ({
      ruleId: r.ruleId,
      ruleIndex: r.ruleIndex,
      level: r.level,
      uri: r.locations[0].physicalLocation.artifactLocation.uri,
      region: r.locations[0].physicalLocation.region,
    }));
    expect(summary).toEqual([
      { ruleId: 'campaign-end', ruleIndex: 0, level: 'error', uri: 'vinter/nordlys-spot.md', region: { startLine: 6, startColumn: 5, endLine: 6, endColumn: 19 } },
      { ruleId: 'campaign-end', ruleIndex: 0, level: 'warning', uri: 'vinter/nordlys-spot.md', region: { startLine: 7, startColumn: 171, endLine: 7, endColumn: 183 } },
      { ruleId: 'duration', ruleIndex: 2, level: 'note', uri: 'vinter/nordlys-spot.md', region: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 15 } },
      { ruleId: 'after-terms', ruleIndex: 1, level: 'error', uri: 'fastpris%202026/vestavind-fastpris.html', region: { startLine: 12, startColumn: 7, endLine: 13, endColumn: 4 } },
      { ruleId: 'parse-error', ruleIndex: 3, level: 'error', uri: 'produkter/%C3%B8deg%C3%A5rd-kraft.json', region: { startLine: 9, startColumn: 3, endLine: 9, endColumn: 4 } },
    ]);
    for (const r of run.results) expect(r.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    expect(run.results[3].message.text).toBe('Rabatt: 100 %, 0,0 øre/kWh i 3 mnd – men kva skjer etterpå?\nSkriv til dømes «deretter 4,9 øre/kWh».');
    expect(run.results[0].properties).toEqual({ product: 'Nordlys Spot' });
    expect(run.results[4]).not.toHaveProperty('properties');
  });

  it('gives stable partial fingerprints that ignore line moves but tell repeats apart', () => {
    const again = valid(sarif(results(), context())) as any;
    const prints = (l: any) => l.runs[0].results.map((r: any) => r.partialFingerprints['stromlint/v1']);
    expect(prints(again)).toEqual(prints(log));
    expect(new Set(prints(log)).size).toBe(5);
    for (const p of prints(log)) expect(p).toMatch(/^[0-9a-f]{40}$/);

    const moved = results();
    moved[0]!.findings[0] = { ...moved[0]!.findings[0]!, line: 40, endLine: 40 };
    expect(prints(valid(sarif(moved, context())))[0]).toBe(prints(log)[0]);

    const twice = [{ ...moved[1]!, findings: [moved[1]!.findings[0]!, { ...moved[1]!.findings[0]!, line: 30, endLine: 31 }] }];
    const [first, second] = prints(valid(sarif(twice, context())));
    expect(first).toBe(prints(log)[3]);
    expect(second).not.toBe(first);
  });

  it('points at files outside the working folder with a file: URI', () => {
    const outside = valid(
      sarif([{ filePath: '/home/delt/nyhetsbrev mai.md', products: [], findings: [finding({ ruleId: 'campaign-end', line: 2, column: 1 })] }], context()),
    ) as any;
    expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///home/delt/nyhetsbrev%20mai.md' });
  });

  it('is a valid log with no results for a clean run, still listing the rules', () => {
    const clean = valid(sarif(results().slice(3), context())) as any;
    expect(clean.runs[0].results).toEqual([]);
    expect(clean.runs[0].tool.driver.rules).toHaveLength(3);
  });

  it('encodes path characters that would break a URI reference', () => {
    const odd = valid(
      sarif([{ filePath: `${CWD}/kampanje#1/50% rabatt?.md`, products: [], findings: [finding({ ruleId: 'campaign-end', line: 1, column: 1 })] }], context()),
    ) as any;
    expect(odd.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('kampanje%231/50%25%20rabatt%3F.md');
  });
});
