import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonAdapter } from '../../src/formats/json.js';
import type { ParsedDocument } from '../../src/document/types.js';
import { parseSheet } from '../helpers/parse-sheet.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/json-adapter');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

const parseDoc = parseSheet;

/** Line/column span in the source of text [start, end) of a block. */
function place(doc: ParsedDocument, blockId: number, start: number, end: number) {
  const [s, e] = doc.blocks[blockId]!.map.toSourceRange(start, end);
  const a = doc.lines.position(s);
  const b = doc.lines.position(e);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

const SHEET_HEAD = '{"$schema": "https://stromlint.dev/schemas/product-sheet.json", "products": [';

describe('jsonAdapter: which JSON files are product data', () => {
  it('reads a sheet named by $schema, even one without products yet', () => {
    const doc = parseDoc('{"$schema": "./node_modules/stromlint/schemas/product-sheet.schema.json", "supplier": "Nordlys Energi"}');
    expect(doc.sheetKind).toBe('stromlint-sheet');
    expect(doc.products).toEqual([]);
    expect(doc.meta).toEqual({ supplier: 'Nordlys Energi', shape: 'stromlint-sheet', productsAt: null });
  });

  it('reads a sheet without $schema when its products carry product fields', () => {
    const doc = parseDoc('{"products": [{"name": "Fjordlys Spot", "type": "spot", "binding": {"months": 0}}]}');
    expect(doc.sheetKind).toBe('stromlint-sheet');
    expect(doc.products.map((p) => [p.name, p.type])).toEqual([['Fjordlys Spot', 'spot']]);
  });

  it('reads a price-portal feed export: a bare array, or one held under a key', () => {
    const item = '{"name": "Havbris Spot", "productType": "Hourly_spot", "addonPrice": 3.5, "monthlyFee": 29}';
    for (const [source, at] of [
      [`[${item}]`, ''],
      [`{"data": [${item}], "count": 1}`, '/data'],
      [`{"products": [${item}]}`, '/products'],
    ] as const) {
      const doc = parseDoc(source);
      expect(doc.sheetKind).toBe('price-portal-feed');
      expect(doc.meta.productsAt).toBe(at);
      expect(doc.products.map((p) => [p.name, p.type])).toEqual([['Havbris Spot', 'hourly-spot']]);
    }
  });

  it('skips package.json, tsconfig.json, a list of numbers and other data', () => {
    const packageJson = JSON.stringify({ name: 'kampanjeside', version: '1.2.0', scripts: { build: 'vite build' }, dependencies: { vite: '^5.0.0' } }, null, 2);
    const tsconfig = JSON.stringify({ compilerOptions: { target: 'ES2022', strict: true }, include: ['src'] }, null, 2);
    for (const source of [
      packageJson,
      tsconfig,
      '[1, 2, 3]',
      '[{"title": "Vinterkampanje", "published": true}]',
      '{"products": [{"name": "Bare et navn"}]}',
      '{"products": "Spotpris"}',
      '"Spotpris Nordlys"',
      'null',
    ]) {
      const result = jsonAdapter.parse('data.json', source, {});
      expect(result.kind, source).toBe('skip');
      expect(result.kind === 'skip' && result.reason).toMatch(/not a stromlint product sheet or price-portal feed/);
    }
  });
});

describe('jsonAdapter: parse errors', () => {
  it('reports invalid JSON at momoa’s position, without the position in the message', () => {
    const source = '{\n  "products": [\n    {"name": "Spot", "type": "spot",}\n  ]\n}';
    expect(jsonAdapter.parse('ark.json', source, {})).toEqual({ kind: 'parse-error', message: 'Unexpected token RBrace found.', start: 54, end: 55 });
    expect(source[54]).toBe('}');
    expect(jsonAdapter.parse('tom.json', '', {})).toEqual({ kind: 'parse-error', message: 'Unexpected end of input found.', start: 0, end: 0 });
  });

  it('refuses a raw control character inside a string, which JSON forbids', () => {
    const source = '{"products": [{"name": "Spot\tNord", "type": "spot"}]}';
    expect(jsonAdapter.parse('ark.json', source, {})).toMatchObject({ kind: 'parse-error', start: 28, end: 29 });
    expect(source[28]).toBe('\t');
  });

  it('refuses 100 000 nested arrays quickly, naming the depth, without handing them to the parser', () => {
    const source = '['.repeat(100_000);
    const started = performance.now();
    const result = jsonAdapter.parse('dypt.json', source, {});
    expect(performance.now() - started).toBeLessThan(500);
    expect(result).toEqual({ kind: 'parse-error', message: 'nesting deeper than 1000 levels (arrays or objects inside each other)', start: 1000, end: 1001 });
  });

  it('still parses data nested 1 000 levels deep', () => {
    const source = `${'['.repeat(1000)}${']'.repeat(1000)}`;
    expect(jsonAdapter.parse('dypt.json', source, {}).kind).toBe('skip');
  });

  it('tolerates a leading BOM and keeps offsets in the source as given', () => {
    const source = `\uFEFF${SHEET_HEAD}{"name": "Vestavind Spot", "type": "spot"}]}`;
    const doc = parseDoc(source);
    const name = doc.products[0]!.anchor;
    const [start, end] = doc.blocks[name.block]!.map.toSourceRange(name.start, name.end);
    expect(source.slice(start, end)).toBe('Vestavind Spot');
    expect(doc.source).toBe(source);
  });
});

describe('jsonAdapter: blocks and their offset maps', () => {
  // A CRLF file with escapes: \u00f8, \u00e5, \n, \", \\ and an escaped surrogate pair.
  const source = [
    '{',
    '  "products": [',
    '    {',
    '      "name": "Gr\\u00f8nn Spot",',
    '      "type": "spot",',
    '      "description": "Str\\u00f8mavtale med p\\u00e5slag 4,9 \\u00f8re/kWh\\n\\"Uten\\" binding \\\\ \\ud83d\\ude00 slutt"',
    '    }',
    '  ]',
    '}',
  ].join('\r\n');
  const doc = parseDoc(source);
  const description = doc.blocks[doc.products[0]!.fields!.description!]!;
  const at = (word: string) => description.text.indexOf(word);

  it('decodes escapes into the block text', () => {
    expect(description.text).toBe('Strømavtale med påslag 4,9 øre/kWh\n"Uten" binding \\ 😀 slutt');
    expect(doc.blocks[doc.products[0]!.anchor.block]!.text).toBe('Grønn Spot');
  });

  it('points at a word inside a \\u00f8 escape and after it, on the right CRLF line', () => {
    expect(place(doc, description.id, at('Strøm'), at('Strøm') + 5)).toEqual({ line: 6, column: 23, endLine: 6, endColumn: 33 });
    expect(place(doc, description.id, at('ø'), at('ø') + 1)).toEqual({ line: 6, column: 26, endLine: 6, endColumn: 32 });
    expect(place(doc, description.id, at('påslag'), at('påslag') + 6)).toEqual({ line: 6, column: 44, endLine: 6, endColumn: 55 });
    expect(place(doc, description.id, at('slutt'), at('slutt') + 5)).toEqual({ line: 6, column: 107, endLine: 6, endColumn: 112 });
  });

  it('maps \\n, \\" and \\\\ to their two-character escapes and a surrogate pair to its twelve', () => {
    const span = (start: number, end: number) => {
      const [s, e] = description.map.toSourceRange(start, end);
      return source.slice(s, e);
    };
    expect(span(at('\n'), at('\n') + 1)).toBe('\\n');
    expect(span(at('"Uten"'), at('"Uten"') + 6)).toBe('\\"Uten\\"');
    expect(span(at('\\'), at('\\') + 1)).toBe('\\\\');
    expect(span(at('😀'), at('😀') + 2)).toBe('\\ud83d\\ude00');
    // Half of the pair still covers the whole escape pair.
    expect(span(at('😀'), at('😀') + 1)).toBe('\\ud83d\\ude00');
  });

  it('makes every scalar a field block, object and list members key blocks, with pointers and copy flags', () => {
    const sheet = parseDoc(
      `${SHEET_HEAD}{"id": "nl-spot", "name": "Nordlys Spot", "type": "spot", "priceAreas": ["NO1"],` +
        ' "prices": {"markup": {"value": 4.90, "unit": "ore/kWh", "vatIncluded": true}}, "restrictions": {"aboveMax": "Resten til spotpris"},' +
        ' "x-internal": null, "note": "", "campaign": {"label": "Vinter"}}]}',
    );
    expect(sheet.blocks.map((b) => [b.kind, b.text, b.copy, b.pointer])).toEqual([
      ['field', 'nl-spot', false, '/products/0/id'],
      ['field', 'Nordlys Spot', true, '/products/0/name'],
      ['field', 'spot', false, '/products/0/type'],
      ['key', 'priceAreas', false, '/products/0/priceAreas'],
      ['field', 'NO1', false, '/products/0/priceAreas/0'],
      ['key', 'prices', false, '/products/0/prices'],
      ['key', 'markup', false, '/products/0/prices/markup'],
      ['field', '4.90', false, '/products/0/prices/markup/value'],
      ['field', 'ore/kWh', false, '/products/0/prices/markup/unit'],
      ['field', 'true', false, '/products/0/prices/markup/vatIncluded'],
      ['key', 'restrictions', false, '/products/0/restrictions'],
      ['field', 'Resten til spotpris', true, '/products/0/restrictions/aboveMax'],
      // A null field is not set: no block, as for a missing key.
      ['key', 'campaign', false, '/products/0/campaign'],
      ['field', 'Vinter', true, '/products/0/campaign/label'],
    ]);
    expect(sheet.blocks.every((b) => b.visibility.state === 'visible')).toBe(true);
    expect(sheet.blocks.every((b) => b.container === 1)).toBe(true);
  });

  it('treats strings with spaces and letters as copy, ids and urls never', () => {
    const feed = parseDoc('[{"name": "Nordlys Spot 2", "productType": "Spot", "addonPrice": 2, "productId": "NL SPOT 2", "orderUrl": "https://x.example/a b", "paymentType": "Etter forbruk"}]');
    expect(feed.blocks.map((b) => [b.text, b.copy])).toEqual([
      ['Nordlys Spot 2', true],
      ['Spot', false],
      ['2', false],
      ['NL SPOT 2', false],
      ['https://x.example/a b', false],
      ['Etter forbruk', true],
    ]);
  });
});

describe('jsonAdapter: products', () => {
  it('lists a sheet’s products with anchors, types, blocks, shared copy and fields', () => {
    const doc = parseDoc(fixture('vestavind-produktark.json'));
    expect(doc.meta).toEqual({ supplier: 'Vestavind Kraft AS', shape: 'stromlint-sheet', productsAt: '/products' });
    expect(doc.products.map((p) => [p.name, p.type])).toEqual([
      ['Vestavind Spot', 'hourly-spot'],
      ['Vestavind Velkommen', 'spot'],
      ['Fastpris 12 mnd', 'fixed'],
    ]);
    const shared = doc.products[0]!.shared;
    expect(shared.map((id) => doc.blocks[id]!.pointer)).toEqual(['/supplier', '/description']);
    expect(doc.products.every((p) => p.shared.join() === shared.join())).toBe(true);

    const [spot, welcome, fixed] = doc.products;
    expect(place(doc, spot!.anchor.block, spot!.anchor.start, spot!.anchor.end)).toEqual({ line: 8, column: 16, endLine: 8, endColumn: 30 });
    const field = (p: typeof spot, name: string) => doc.blocks[p!.fields![name]!]!;
    expect(field(spot, 'prices.markup.value').text).toBe('4.9');
    expect(field(spot, 'prices.markup').kind).toBe('key');
    expect(field(welcome, 'campaign.label').text).toBe('Velkomsttilbud');
    expect(field(welcome, 'campaign.reduces.1').text).toBe('monthlyFee');
    expect(field(welcome, 'campaign.after.prices.markup.value').text).toBe('4.9');
    expect(field(fixed, 'fees.breakFee.method').text).toBe('50 kr per gjenstående måned av avtaleperioden');
    expect(field(fixed, 'fees.other.0.name').text).toBe('Purregebyr');
    expect(welcome!.fields!.$stromlint).toBeUndefined();
    // Each product's blocks are its own, in source order, inside its container.
    for (const [i, p] of doc.products.entries()) {
      expect(p.blocks).toEqual([...p.blocks].sort((a, b) => a - b));
      expect(p.blocks.every((id) => doc.blocks[id]!.container === i + 1)).toBe(true);
    }
    expect(doc.containers.map((c) => [c.id, c.parent, c.tag, c.role])).toEqual([
      [0, -1, 'array', undefined],
      [1, 0, 'object', 'product'],
      [2, 0, 'object', 'product'],
      [3, 0, 'object', 'product'],
    ]);
  });

  it('maps a feed export onto the same field names as a sheet', () => {
    const feed = parseDoc(fixture('havbris-feed.json'));
    const sheet = parseDoc(fixture('vestavind-produktark.json'));
    const [spot, fixed] = feed.products;
    const shared = ['name', 'type', 'description', 'prices.markup', 'prices.monthlyFee', 'prices.certificates', 'fees.paperInvoice', 'noticeChannels'];
    for (const name of shared) {
      expect(spot!.fields![name], name).toBeDefined();
      expect(sheet.products[0]!.fields![name], name).toBeDefined();
    }
    const text = (p: typeof spot, name: string) => feed.blocks[p!.fields![name]!]?.text;
    expect(Object.fromEntries(['type', 'prices.markup', 'prices.monthlyFee', 'prices.certificates', 'fees.paperInvoice', 'fees.missingEInvoice.requires', 'binding', 'binding.unit', 'priceGuarantee', 'priceGuarantee.unit', 'noticeChannels', 'restrictions.maxKwhPerYear', 'restrictions.customerType'].map((n) => [n, text(spot, n)]))).toEqual({
      type: 'Hourly_spot',
      'prices.markup': '3.5',
      'prices.monthlyFee': '29',
      'prices.certificates': '0.4',
      'fees.paperInvoice': '39',
      'fees.missingEInvoice.requires': 'ElectronicInvoice',
      binding: '0',
      'binding.unit': 'Month',
      priceGuarantee: '6',
      'priceGuarantee.unit': 'Month',
      noticeChannels: 'Email',
      'restrictions.maxKwhPerYear': '0',
      'restrictions.customerType': 'Everyone',
    });
    // Unmapped members keep their names; nested ones extend them.
    expect(text(spot, 'orderUrl')).toBe('https://havbris.example/bestill/spot');
    expect(text(spot, 'salesNetworks.0.kwPrice')).toBe('3.5');
    expect(feed.blocks[spot!.fields!.description!]!.copy).toBe(true);
    // A fixed product's agreement time is its fixed-price period, not a binding.
    expect([text(fixed, 'fixedPeriod'), text(fixed, 'fixedPeriod.unit'), fixed!.fields!.binding]).toEqual(['1', 'Year', undefined]);
    expect(text(fixed, 'campaign.end')).toBe('2026-12-31T23:59:59Z');
    expect(text(fixed, 'restrictions.cabin')).toBe('true');
    expect(feed.products.map((p) => [p.name, p.type])).toEqual([
      ['Havbris Spot', 'hourly-spot'],
      ['Havbris Fastpris 1 år', 'fixed'],
    ]);
  });

  it('names a product without a name by its id or its place, anchored at its first key', () => {
    const doc = parseDoc(`${SHEET_HEAD}{"id": "nl-fast", "type": "fixed"}, {"type": "spot"}, {}, {"name": "  "}]}`);
    expect(doc.products.map((p) => [p.name, doc.blocks[p.anchor.block]!.kind, doc.blocks[p.anchor.block]!.text])).toEqual([
      ['nl-fast', 'key', 'id'],
      ['/products/1', 'key', 'type'],
      ['/products/2', 'key', '{'],
      ['/products/3', 'key', 'name'],
    ]);
  });

  it('says which unit the feed’s bare prices were read in and why, at the first one, and nothing once the config says', () => {
    const source = fixture('havbris-feed.json');
    const doc = parseDoc(source);
    expect(doc.meta.priceUnit).toBe('ore');
    const [notice] = doc.notices;
    expect(notice).toMatchObject({ ruleId: 'product-sheet-schema', messageId: 'feedPriceUnit', severity: 'info' });
    expect(source.slice(notice!.start, notice!.end)).toBe('3.5');
    expect(notice!.message.nb).toContain('lest som øre/kWh, fordi leverandører oppgir påslag i øre');
    expect(notice!.message.en).toContain('read as øre/kWh, because suppliers quote markups in øre');
    const configured = parseDoc(source, { feedPriceUnit: 'kr' });
    expect(configured.meta.priceUnit).toBe('kr');
    expect(configured.notices).toEqual([]);
  });

  it('reads the feed’s unit from the product’s own text, else from which unit makes every price plausible', () => {
    const feed = (addon: number, text: string) => JSON.stringify([{ id: 'a', name: 'Spot Fjord', productType: 'Spot', addonPrice: addon, monthlyFee: 39, otherConditions: text }], null, 1);
    const byText = parseDoc(feed(0.045, 'Påslag 4,5 øre/kWh. Ingen binding.'));
    expect(byText.meta.priceUnit).toBe('kr');
    expect(byText.notices[0]!.message.en).toContain('read as kr/kWh, because the product\'s own text gives "4,5 øre" for 0.045');
    expect(parseDoc(feed(4.5, 'Påslag 4,5 øre/kWh.')).meta.priceUnit).toBe('ore');
    const byRange = parseDoc(feed(0.0359, 'Ingen binding.'));
    expect(byRange.meta.priceUnit).toBe('kr');
    expect(byRange.notices[0]!.message.nb).toContain('lest som kr/kWh, fordi 0.0359 og de andre prisene bare er rimelige i kroner');
  });
});

describe('jsonAdapter: duplicate keys, __proto__ and directives', () => {
  it('keeps the last of a repeated key, like JSON.parse, and warns at the repeat', () => {
    const source = `${SHEET_HEAD}{"name": "Nordlys Fast", "type": "fixed", "binding": {"months": 12}, "binding": {"months": 0}}]}`;
    const doc = parseDoc(source);
    const product = doc.products[0]!;
    expect(doc.blocks[product.fields!['binding.months']!]!.text).toBe('0');
    expect(product.blocks.map((id) => doc.blocks[id]!.text)).not.toContain('12');
    expect(doc.notices).toEqual([
      {
        ruleId: 'product-sheet-schema',
        messageId: 'duplicateKey',
        severity: 'warn',
        message: {
          nb: '«binding» er oppgitt mer enn én gang i samme objekt. Bare den siste verdien gjelder; fjern de andre.',
          en: '"binding" is given more than once in the same object. Only the last value counts; remove the others.',
        },
        start: source.lastIndexOf('"binding"'),
        end: source.lastIndexOf('"binding"') + 9,
      },
    ]);
  });

  it('reads __proto__ and constructor as ordinary keys, polluting nothing', () => {
    const source =
      `{"__proto__": {"polluted": "ja"}, "constructor": {"prototype": {"polluted": "ja"}}, "products": [` +
      `{"name": "Proto Spot", "type": "spot", "__proto__": {"isAdmin": true}, "constructor": "x", "noticeChannels": ["constructor"]}]}`;
    const doc = parseDoc(source);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const fields = doc.products[0]!.fields!;
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect(doc.blocks[fields['__proto__.isAdmin']!]!.text).toBe('true');
    expect(doc.blocks[fields['constructor']!]!.text).toBe('x');
    expect(doc.notices.map((n) => [n.messageId, source.slice(n.start, n.end)])).toEqual([
      ['schema', '"__proto__"'],
      ['schema', '"constructor"'],
      ['schema', '"__proto__"'],
      ['schema', '"constructor"'],
      ['schema', '"constructor"'],
    ]);
    const feed = parseDoc('[{"name": "Nordlys Spot 2", "productType": "Spot", "__proto__": {"addonPrice": 1}, "toString": 2}]');
    expect(Object.keys(feed.products[0]!.fields!)).toEqual(['name', 'type', '__proto__', '__proto__.addonPrice', 'toString']);
  });

  it('turns $stromlint members into disable directives over their object', () => {
    const source =
      `{"$schema": "https://stromlint.dev/schemas/product-sheet.json",\n` +
      ` "$stromlint": {"disable": [{"rule": "strompris-link", "reason": "Lenken står i bunnteksten"}]},\n` +
      ` "products": [{"name": "Nordlys Spot", "type": "spot",\n` +
      `   "$stromlint": {"disable": [{"rule": "campaign-end", "reason": "Kampanjen er avsluttet"}, {"rule": "price-risk"}, {"reason": "Testprodukt"}]}}]}`;
    const doc = parseDoc(source);
    const product = { start: source.indexOf('{"name"'), end: source.length - 2 };
    expect(doc.directives).toEqual([
      { kind: 'disable', rules: ['strompris-link'], reason: 'Lenken står i bunnteksten', start: 0, end: source.length },
      { kind: 'disable', rules: ['campaign-end'], reason: 'Kampanjen er avsluttet', ...product },
      { kind: 'disable', rules: ['price-risk'], ...product },
      { kind: 'disable', rules: [], reason: 'Testprodukt', ...product },
    ]);
    expect(doc.blocks.some((b) => b.pointer?.includes('$stromlint'))).toBe(false);
    expect(doc.notices).toEqual([]);
  });
});
