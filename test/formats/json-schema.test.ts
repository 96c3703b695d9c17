import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonAdapter } from '../../src/formats/json.js';
import type { ParsedDocument } from '../../src/document/types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/product-sheet.schema.json'), 'utf8'));

function parseDoc(source: string): ParsedDocument {
  const result = jsonAdapter.parse('ark.json', source, {});
  if (result.kind !== 'document') throw new Error(`expected a document, got ${JSON.stringify(result)}`);
  return result.document;
}

/** Schema notices as `line:column-endLine:endColumn message` (one locale), like remark-lint prints them. */
function notices(source: string, locale: 'nb' | 'en' = 'nb'): string[] {
  const doc = parseDoc(source);
  return doc.notices.map((n) => {
    const a = doc.lines.position(n.start);
    const b = doc.lines.position(n.end);
    return `${a.line}:${a.column}-${b.line}:${b.column} ${n.messageId} ${n.message[locale]}`;
  });
}

describe('schemas/product-sheet.schema.json', () => {
  it('is a draft-07 schema with its id', () => {
    expect(SCHEMA.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(SCHEMA.$id).toBe('https://stromlint.dev/schemas/product-sheet.json');
  });

  it('describes every property, directly or through the definition it refers to', () => {
    const undescribed: string[] = [];
    const stack: Array<[string, Record<string, unknown>]> = [['#', SCHEMA]];
    const described = (s: Record<string, unknown>) => {
      const ref = typeof s.$ref === 'string' ? SCHEMA.definitions[s.$ref.replace('#/definitions/', '')] : undefined;
      return typeof s.description === 'string' || typeof ref?.description === 'string';
    };
    for (let item = stack.pop(); item; item = stack.pop()) {
      const [where, schema] = item;
      for (const [name, sub] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (!described(sub)) undescribed.push(`${where}/properties/${name}`);
        stack.push([`${where}/properties/${name}`, sub]);
      }
      for (const key of ['definitions', 'patternProperties'] as const) {
        for (const [name, sub] of Object.entries((schema[key] ?? {}) as Record<string, Record<string, unknown>>)) stack.push([`${where}/${key}/${name}`, sub]);
      }
      for (const key of ['items', 'anyOf'] as const) {
        const subs = schema[key];
        for (const [i, sub] of (Array.isArray(subs) ? subs : subs ? [subs] : []).entries()) stack.push([`${where}/${key}/${i}`, sub as Record<string, unknown>]);
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('accepts the demo sheet and the fixture sheets in bokmål and nynorsk without notices', () => {
    for (const file of ['fixtures/demo/produkter/produktark.json', 'fixtures/json-adapter/vestavind-produktark.json', 'fixtures/json-adapter/fjellstraum-nn.json']) {
      expect(parseDoc(fs.readFileSync(path.join(ROOT, file), 'utf8')).notices, file).toEqual([]);
    }
  });
});

describe('schema notices', () => {
  const source = [
    '{',
    '  "$schema": "https://stromlint.dev/schemas/product-sheet.json",',
    '  "suplier": "Kystlys Energi",',
    '  "products": [',
    '    {',
    '      "name": "Kystlys Fastpris",',
    '      "type": "fastpris",',
    '      "binding": { "months": "tolv" },',
    '      "prices": { "fixedPrice": { "value": "89,9", "unit": "øre" }, "monthlyFe": { "value": 49, "unit": "kr/mnd" } },',
    '      "fixedPeriod": {},',
    '      "campaign": { "label": "Høsttilbud", "reduces": "påslag", "end": { "date": "31.12.2026" } },',
    '      "priceAreas": ["NO1", "NO1"],',
    '      "noticeDays": -14',
    '    },',
    '    { "type": "spot", "fees": { "breakFee": { "unit": "kr" } } }',
    '  ]',
    '}',
  ].join('\n');

  it('point at the offending value, in words a marketing person can act on (bokmål)', () => {
    expect(notices(source)).toEqual([
      '3:3-3:12 schema Produktarket har et ukjent felt «suplier». Mente du «supplier»?',
      '7:15-7:25 schema «type» må være én av: spot, hourly-spot, fixed, variable, purchase, plus, managed, other; fant «fastpris»',
      '8:30-8:36 schema «binding.months» må være et heltall (antall måneder), fant «tolv»',
      '9:44-9:50 schema «prices.fixedPrice.value» må være et tall (beløpet, med punktum som desimaltegn, f.eks. 4.9), fant «89,9»',
      '9:60-9:65 schema «prices.fixedPrice.unit» må være én av: ore/kWh, øre/kWh, kr/kWh, kr/mnd, kr/day, kr/year; fant «øre»',
      '9:69-9:80 schema «prices» har et ukjent felt «monthlyFe». Mente du «monthlyFee»?',
      '10:7-10:20 schema «fixedPeriod» må ha minst ett av feltene «months» eller «endDate».',
      '11:55-11:63 schema «campaign.reduces» må være én av: markup, monthlyFee, fixedPrice, variablePrice, certificates, invoice, paperInvoice, missingEInvoice, establishment (eller en liste av dem); fant «påslag»',
      '11:82-11:94 schema «campaign.end.date» må være en dato skrevet ÅÅÅÅ-MM-DD, f.eks. 2026-12-31, fant «31.12.2026»',
      '12:21-12:35 schema «priceAreas» har samme verdi to ganger (nr. 1 og 2).',
      '13:21-13:24 schema «noticeDays» kan ikke være under 0, fant -14',
      '15:5-15:6 schema Produktet mangler «name» (navnet slik det står i teksten).',
      '15:33-15:43 schema «fees.breakFee» må ha minst ett av feltene «amount» eller «method».',
    ]);
  });

  it('say the same in English', () => {
    expect(notices(source, 'en')).toEqual([
      '3:3-3:12 schema The product sheet has an unknown field "suplier". Did you mean "supplier"?',
      '7:15-7:25 schema "type" must be one of: spot, hourly-spot, fixed, variable, purchase, plus, managed, other; found "fastpris"',
      '8:30-8:36 schema "binding.months" must be a whole number (number of months), found "tolv"',
      '9:44-9:50 schema "prices.fixedPrice.value" must be a number (the amount, with a dot as decimal separator, e.g. 4.9), found "89,9"',
      '9:60-9:65 schema "prices.fixedPrice.unit" must be one of: ore/kWh, øre/kWh, kr/kWh, kr/mnd, kr/day, kr/year; found "øre"',
      '9:69-9:80 schema "prices" has an unknown field "monthlyFe". Did you mean "monthlyFee"?',
      '10:7-10:20 schema "fixedPeriod" needs at least one of the fields "months" or "endDate".',
      '11:55-11:63 schema "campaign.reduces" must be one of: markup, monthlyFee, fixedPrice, variablePrice, certificates, invoice, paperInvoice, missingEInvoice, establishment (or a list of them); found "påslag"',
      '11:82-11:94 schema "campaign.end.date" must be a date written YYYY-MM-DD, e.g. 2026-12-31, found "31.12.2026"',
      '12:21-12:35 schema "priceAreas" repeats a value (entries 1 and 2).',
      '13:21-13:24 schema "noticeDays" cannot be below 0, found -14',
      '15:5-15:6 schema The product is missing "name" (the name as the copy shows it).',
      '15:33-15:43 schema "fees.breakFee" needs at least one of the fields "amount" or "method".',
    ]);
  });

  it('name missing top-level fields, wrong types and list entries in nynorsk and English sheets alike', () => {
    const sheet = (body: string) => `{"$schema": "https://stromlint.dev/schemas/product-sheet.json", ${body}}`;
    expect(notices(sheet('"supplier": 42'))).toEqual([
      '1:1-1:2 schema Produktarket mangler «products» (en liste med ett objekt per produkt).',
      '1:77-1:79 schema «supplier» må være tekst, fant 42',
    ]);
    expect(notices(sheet('"products": [{"name": "Straum Vinter", "type": "spot", "noticeChannels": ["sms", "brev"], "restrictions": {"creditCheck": "ja"}}]'), 'en')).toEqual([
      '1:146-1:152 schema "noticeChannels[1]" must be one of: sms, email, letter, my-page, website; found "brev"',
      '1:187-1:191 schema "restrictions.creditCheck" must be true or false, found "ja"',
    ]);
    expect(notices(sheet('"products": []'))).toEqual(['1:77-1:79 schema «products» må ha minst 1 verdi(er).']);
  });

  it('stop after 100 notices', () => {
    const products = Array.from({ length: 300 }, (_, i) => `{"name": "Produkt ${i}", "type": "spotpris"}`).join(',\n');
    const doc = parseDoc(`{"products": [\n${products}\n]}`);
    expect(doc.notices).toHaveLength(100);
    expect(doc.lines.position(doc.notices[99]!.start).line).toBe(101);
  });
});
