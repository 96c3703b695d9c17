import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junit } from '../../src/report/junit.js';
import { xmlAttribute, xmlText } from '../../src/report/xml.js';
import { CWD, context, finding, results } from './fixtures.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['testsuite', 'testcase'].includes(name),
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
});

function parse(xml: string): any {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites;
}

describe('junit reporter', () => {
  const run = () => [...results(), { filePath: `${CWD}/bilder/banner.html`, products: [], findings: [], skipped: 'binary file (NUL bytes)' }];
  const xml = junit(run(), context());
  const doc = parse(xml);

  it('is well-formed XML with totals over one testsuite per file', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="stromlint" tests="7" failures="3" errors="1" skipped="1">\n')).toBe(true);
    expect(doc.testsuite.map((s: any) => [s.name, s.tests, s.failures, s.errors, s.skipped])).toEqual([
      ['vinter/nordlys-spot.md', '3', '2', '0', '0'],
      ['fastpris 2026/vestavind-fastpris.html', '1', '1', '0', '0'],
      ['produkter/ødegård-kraft.json', '1', '0', '1', '0'],
      ['english/welcome-offer.md', '1', '0', '0', '0'],
      ['bilder/banner.html', '1', '0', '0', '1'],
    ]);
  });

  it('makes errors and warnings failures, info a passing case with output, and a parse error an <error>', () => {
    const [nordlys, vestavind, odegard] = doc.testsuite;
    expect(nordlys.testcase.map((c: any) => c.name)).toEqual(['6:5 campaign-end', '7:171 campaign-end', '4:3 duration']);
    expect(nordlys.testcase[0].failure).toEqual({
      type: 'campaign-end',
      message: 'Kampanjen «0 øre i påslag» for Nordlys Spot sier ikke når den slutter. Legg til f.eks. «t.o.m. 31.12.2026».',
      '#text':
        'error: line 6, column 5\nKampanjen «0 øre i påslag» for Nordlys Spot sier ikke når den slutter. Legg til f.eks. «t.o.m. 31.12.2026».\nproduct: Nordlys Spot\ndocs: https://stromlint.dev/rules/campaign-end',
    });
    expect(nordlys.testcase[1].failure.type).toBe('campaign-end');
    expect(nordlys.testcase[2].failure).toBeUndefined();
    expect(nordlys.testcase[2]['system-out']).toBe('info: line 4, column 3\nSiden sier ikke noe om bindingstid.\nproduct: Nordlys Spot');
    expect(vestavind.testcase[0].classname).toBe('fastpris 2026/vestavind-fastpris.html');
    expect(odegard.testcase[0].error).toMatchObject({ type: 'parse-error', message: 'Filen kunne ikke leses som json: Unexpected token } in JSON at position 212' });
  });

  it('keeps line breaks in attributes as character references', () => {
    expect(xml).toContain('message="Rabatt: 100 %, 0,0 øre/kWh i 3 mnd – men kva skjer etterpå?&#10;Skriv til dømes «deretter 4,9 øre/kWh»."');
    expect(doc.testsuite[1].testcase[0].failure.message).toBe('Rabatt: 100 %, 0,0 øre/kWh i 3 mnd – men kva skjer etterpå?\nSkriv til dømes «deretter 4,9 øre/kWh».');
  });

  it('gives a clean file one passing testcase and a skipped file a <skipped>, named in the run locale', () => {
    expect(doc.testsuite[3].testcase[0]).toEqual({ classname: 'english/welcome-offer.md', name: 'no problems' });
    expect(doc.testsuite[4].testcase[0].skipped).toEqual({ message: 'binary file (NUL bytes)' });
    const nb = parse(junit(run(), context({ locale: 'nb' })));
    expect(nb.testsuite[3].testcase[0].name).toBe('ingen problemer');
    expect(nb.testsuite[0].testcase[0].failure['#text'].split('\n')[0]).toBe('feil: linje 6, kolonne 5');
  });

  it('escapes markup and replaces characters XML 1.0 cannot hold', () => {
    const hostile = finding({
      ruleId: 'campaign-end',
      line: 1,
      column: 1,
      message: 'Pris <b>"0 kr"</b> & \'gratis\' \u0000\u0007\u001b[31m\uFFFE\uD800 ]]> slutt',
      product: 'Nordlys <Spot> & Co',
    });
    const text = junit([{ filePath: `${CWD}/a&b<c>.md`, products: [], findings: [hostile] }], context());
    const parsed = parse(text);
    const failure = parsed.testsuite[0].testcase[0].failure;
    expect(failure.message).toBe('Pris <b>"0 kr"</b> & \'gratis\' \uFFFD\uFFFD\uFFFD[31m\uFFFD\uFFFD ]]> slutt');
    expect(failure['#text']).toContain('product: Nordlys <Spot> & Co');
    expect(parsed.testsuite[0].name).toBe('a&b<c>.md');
  });

  it('prints an empty testsuites element for an empty run', () => {
    expect(junit([], context())).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="stromlint" tests="0" failures="0" errors="0" skipped="0">\n</testsuites>\n');
  });
});

describe('xml escaping', () => {
  it('escapes text and attributes', () => {
    expect(xmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(xmlAttribute('"50 %"\n\tpris\r')).toBe('&quot;50 %&quot;&#10;&#9;pris&#13;');
  });

  it('keeps characters outside the BMP and replaces lone surrogates and U+FFFF', () => {
    expect(xmlText('⚡️ 𝄞 \uDC00 \uFFFF')).toBe('⚡️ 𝄞 \uFFFD \uFFFD');
  });
});
