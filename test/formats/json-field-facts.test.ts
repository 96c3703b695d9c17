import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdapterOptions } from '../../src/formats/types.js';
import { sheetFacts } from '../../src/formats/json/field-facts.js';
import { parseSheet } from '../helpers/parse-sheet.js';

const parseDoc = parseSheet;

/** Facts as [kind, pointer of the anchor block, start, end, data], in the order they were found. */
function rows(source: string, options: AdapterOptions = {}) {
  const doc = parseDoc(source, options);
  return sheetFacts(doc).map(({ kind, block, start, end, ...data }) => [kind, doc.blocks[block]!.pointer, start, end, data]);
}

const product = (body: string) => `{"$schema": "https://stromlint.dev/schemas/product-sheet.json", "products": [{"name": "Nordlys Test", ${body}}]}`;
const P = '/products/0';

describe('sheetFacts: prices and fees', () => {
  it('reads each price element with its unit, per kWh, month, day or year', () => {
    const source = product(
      '"type": "variable", "prices": {"markup": {"value": 4.9, "unit": "ore/kWh"}, "monthlyFee": {"value": 1.5, "unit": "kr/day"},' +
        ' "variablePrice": {"value": 1.12, "unit": "kr/kWh"}, "certificates": {"value": 0.3, "unit": "øre/kWh"}, "fixedPrice": {"value": 79}}',
    );
    expect(rows(source)).toEqual([
      ['product-type', `${P}/type`, 0, 8, { type: 'variable' }],
      ['price-element', `${P}/prices/markup/value`, 0, 3, { element: 'markup', quantity: { value: 4.9, unit: 'ore', per: 'kWh' } }],
      ['price-element', `${P}/prices/monthlyFee/value`, 0, 3, { element: 'monthly-fee', quantity: { value: 1.5, unit: 'kr', per: 'day' } }],
      // Without a unit, a price is read in øre per kWh (monthly fees in kr per month).
      ['price-element', `${P}/prices/fixedPrice/value`, 0, 2, { element: 'fixed-price', quantity: { value: 79, unit: 'ore', per: 'kWh' } }],
      ['price-element', `${P}/prices/variablePrice/value`, 0, 4, { element: 'variable-price', quantity: { value: 1.12, unit: 'kr', per: 'kWh' } }],
      ['price-element', `${P}/prices/certificates/value`, 0, 3, { element: 'certificates', quantity: { value: 0.3, unit: 'ore', per: 'kWh' } }],
    ]);
  });

  it('marks an explicit 0 as waived only when the campaign says it reduces that element', () => {
    const source = product(
      '"type": "spot", "prices": {"markup": {"value": 0, "unit": "ore/kWh"}, "monthlyFee": {"value": 0, "unit": "kr/mnd"}},' +
        ' "fees": {"invoice": {"amount": 0}}, "campaign": {"label": "Introtilbud", "reduces": ["markup", "invoice"]}',
    );
    const elements = rows(source).filter(([kind]) => kind === 'price-element');
    expect(elements).toEqual([
      ['price-element', `${P}/prices/markup/value`, 0, 1, { element: 'markup', quantity: { value: 0, unit: 'ore', per: 'kWh' }, waived: true }],
      ['price-element', `${P}/prices/monthlyFee/value`, 0, 1, { element: 'monthly-fee', quantity: { value: 0, unit: 'kr', per: 'month' } }],
      ['price-element', `${P}/fees/invoice/amount`, 0, 1, { element: 'fee', fee: 'invoice', quantity: { value: 0, unit: 'kr', per: 'invoice' }, waived: true }],
    ]);
  });

  it('reads fees per invoice, once, per month or year, a break fee given as a method, and other fees', () => {
    const source = product(
      '"type": "fixed", "fees": {"paperInvoice": {"amount": 49, "unit": "kr"}, "missingEInvoice": {"amount": 39, "unit": "kr/mnd"},' +
        ' "establishment": {"amount": 99}, "breakFee": {"method": "kr 50 per måned som gjenstår"}, "other": [{"name": "Purregebyr", "amount": 35, "unit": "kr/year"}]}',
    );
    expect(rows(source).slice(1)).toEqual([
      ['price-element', `${P}/fees/paperInvoice/amount`, 0, 2, { element: 'fee', fee: 'paper-invoice', quantity: { value: 49, unit: 'kr', per: 'invoice' } }],
      ['price-element', `${P}/fees/missingEInvoice/amount`, 0, 2, { element: 'fee', fee: 'missing-efaktura', quantity: { value: 39, unit: 'kr', per: 'month' } }],
      ['price-element', `${P}/fees/breakFee/method`, 0, 28, { element: 'fee', fee: 'break' }],
      ['price-element', `${P}/fees/establishment/amount`, 0, 2, { element: 'fee', fee: 'establishment', quantity: { value: 99, unit: 'kr', per: 'once' } }],
      ['price-element', `${P}/fees/other/0/amount`, 0, 2, { element: 'fee', fee: 'other', quantity: { value: 35, unit: 'kr', per: 'year' } }],
    ]);
  });
});

describe('sheetFacts: durations, campaigns and what follows', () => {
  it('reads binding (0 = none), the fixed period and the guarantee with their periods', () => {
    expect(rows(product('"type": "spot", "binding": {"months": 0}, "priceGuarantee": {"what": "markup", "months": 12}')).slice(1)).toEqual([
      ['binding', `${P}/binding/months`, 0, 1, { months: 0, none: true }],
      ['guarantee', `${P}/priceGuarantee/months`, 0, 2, { months: 12 }],
    ]);
    expect(rows(product('"type": "fixed", "binding": {"months": 24}, "fixedPeriod": {"months": 24, "endDate": "2028-06-30"}, "priceGuarantee": {"until": "2027-12-31"}')).slice(1)).toEqual([
      ['binding', `${P}/binding/months`, 0, 2, { months: 24, none: false }],
      ['fixed-period', `${P}/fixedPeriod/months`, 0, 2, { months: 24, until: '2028-06-30' }],
      ['guarantee', `${P}/priceGuarantee/until`, 0, 10, { until: '2027-12-31' }],
    ]);
    // A guarantee without its period is still a guarantee, anchored at its key.
    expect(rows(product('"type": "fixed", "fixedPeriod": {"endDate": "2027-09-30"}, "priceGuarantee": {"what": "fixedPrice"}')).slice(1)).toEqual([
      ['fixed-period', `${P}/fixedPeriod/endDate`, 0, 10, { until: '2027-09-30' }],
      ['guarantee', `${P}/priceGuarantee`, 0, 14, {}],
    ]);
  });

  it('reads a campaign: its label, its end as date, period or kWh cap, and what comes after', () => {
    const source = product(
      '"type": "spot", "campaign": {"label": "Vinterkampanje", "reduces": "markup", "end": {"date": "2026-12-31", "months": 3, "kwh": 30000},' +
        ' "after": {"product": "Nordlys Spot", "prices": {"markup": {"value": 4.9, "unit": "ore/kWh"}}}}',
    );
    expect(rows(source).slice(1)).toEqual([
      ['campaign', `${P}/campaign/label`, 0, 14, { marker: 'campaign' }],
      ['end', `${P}/campaign/end/date`, 0, 10, { how: 'date', date: '2026-12-31' }],
      ['end', `${P}/campaign/end/months`, 0, 1, { how: 'period', months: 3 }],
      ['end', `${P}/campaign/end/kwh`, 0, 5, { how: 'cap', kwh: 30000 }],
      ['after-terms', `${P}/campaign/after/product`, 0, 12, { successor: 'Nordlys Spot', hasPrice: true }],
    ]);
  });

  it('anchors an unlabelled campaign at its key, and after-terms with prices only at the after key', () => {
    const source = product(
      '"type": "fixed", "campaign": {"reduces": "monthlyFee", "end": {"date": "31.12.2026"}}, "fixedPeriod": {"months": 12, "after": {"prices": {"variablePrice": {"value": 99.5, "unit": "ore/kWh"}}}}',
    );
    expect(rows(source).slice(1)).toEqual([
      ['fixed-period', `${P}/fixedPeriod/months`, 0, 2, { months: 12 }],
      ['campaign', `${P}/campaign`, 0, 8, { marker: 'campaign' }],
      // A date not written YYYY-MM-DD still ends the campaign; the schema notice asks for the format.
      ['end', `${P}/campaign/end/date`, 0, 10, { how: 'date' }],
      ['after-terms', `${P}/fixedPeriod/after`, 0, 5, { hasPrice: true }],
    ]);
  });
});

describe('sheetFacts: notices, restrictions, areas and type', () => {
  it('reads notice channels (direct or not), the notice period, limits, restrictions and price areas', () => {
    const source = product(
      '"type": "hourly-spot", "priceAreas": ["NO3", "NO4"], "noticeChannels": ["sms", "email", "letter", "my-page", "website"], "noticeDays": 30,' +
        ' "restrictions": {"customerType": "new-members", "maxKwhPerYear": 8000, "hourlyMeteringRequired": true, "creditCheck": false}',
    );
    expect(rows(source)).toEqual([
      ['product-type', `${P}/type`, 0, 11, { type: 'hourly-spot' }],
      ['price-area', `${P}/priceAreas/0`, 0, 3, { area: 'NO3' }],
      ['price-area', `${P}/priceAreas/1`, 0, 3, { area: 'NO4' }],
      ['notice-channel', `${P}/noticeChannels/0`, 0, 3, { channel: 'sms', direct: true }],
      ['notice-channel', `${P}/noticeChannels/1`, 0, 5, { channel: 'email', direct: true }],
      ['notice-channel', `${P}/noticeChannels/2`, 0, 6, { channel: 'letter', direct: true }],
      ['notice-channel', `${P}/noticeChannels/3`, 0, 7, { channel: 'my-page', direct: false }],
      ['notice-channel', `${P}/noticeChannels/4`, 0, 7, { channel: 'website', direct: false }],
      ['notice-period', `${P}/noticeDays`, 0, 2, { days: 30 }],
      ['consumption-limit', `${P}/restrictions/maxKwhPerYear`, 0, 4, { kwh: 8000 }],
      ['restriction', `${P}/restrictions/customerType`, 0, 11, { what: 'new-customers' }],
      ['restriction', `${P}/restrictions/customerType`, 0, 11, { what: 'members' }],
      ['restriction', `${P}/restrictions/hourlyMeteringRequired`, 0, 4, { what: 'hourly-metering' }],
    ]);
  });

  it('states no type for an unknown type word, and reads values that are not what the schema wants as nothing', () => {
    expect(rows(product('"type": "fastpris", "binding": {"months": "tolv"}, "noticeDays": "30 dager", "priceAreas": ["Øst"], "noticeChannels": ["constructor"]'))).toEqual([]);
  });

  it('points each fact at its value in the source, across lines', () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/json-adapter/fjellstraum-nn.json'), 'utf8');
    const doc = parseDoc(source);
    const facts = sheetFacts(doc);
    const where = (kind: string) => {
      const fact = facts.find((f) => f.kind === kind)!;
      const [s, e] = doc.blocks[fact.block]!.map.toSourceRange(fact.start, fact.end);
      return [doc.lines.position(s), source.slice(s, e)];
    };
    expect(where('guarantee')).toEqual([{ line: 16, column: 55 }, '12']);
    expect(where('end')).toEqual([{ line: 31, column: 92 }, '2026-11-30']);
    expect(where('restriction')).toEqual([{ line: 19, column: 42 }, 'existing-members']);
  });
});

describe('sheetFacts: price-portal feed exports', () => {
  const feed = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/json-adapter/havbris-feed.json'), 'utf8');

  it('reads the feed’s fields into the same facts, its bare prices in øre/kWh and kr/month', () => {
    expect(rows(feed)).toEqual([
      ['product-type', '/data/0/productType', 0, 11, { type: 'hourly-spot' }],
      ['price-element', '/data/0/addonPrice', 0, 3, { element: 'markup', quantity: { value: 3.5, unit: 'ore', per: 'kWh' } }],
      ['price-element', '/data/0/monthlyFee', 0, 2, { element: 'monthly-fee', quantity: { value: 29, unit: 'kr', per: 'month' } }],
      ['price-element', '/data/0/elCertificatePrice', 0, 3, { element: 'certificates', quantity: { value: 0.4, unit: 'ore', per: 'kWh' } }],
      ['price-element', '/data/0/feePostalLetter', 0, 2, { element: 'fee', fee: 'paper-invoice', quantity: { value: 39, unit: 'kr', per: 'invoice' } }],
      ['binding', '/data/0/agreementTime', 0, 1, { months: 0, none: true }],
      ['guarantee', '/data/0/addonPriceMinimumFixedFor', 0, 1, { months: 6 }],
      ['notice-channel', '/data/0/standardAlert', 0, 5, { channel: 'email', direct: true }],
      ['product-type', '/data/1/productType', 0, 5, { type: 'fixed' }],
      ['price-element', '/data/1/addonPrice', 0, 1, { element: 'markup', quantity: { value: 0, unit: 'ore', per: 'kWh' } }],
      ['price-element', '/data/1/monthlyFee', 0, 2, { element: 'monthly-fee', quantity: { value: 49, unit: 'kr', per: 'month' } }],
      ['price-element', '/data/1/feePostalLetter', 0, 1, { element: 'fee', fee: 'paper-invoice', quantity: { value: 0, unit: 'kr', per: 'invoice' } }],
      ['fixed-period', '/data/1/agreementTime', 0, 1, { months: 12 }],
      ['end', '/data/1/endDate', 0, 20, { how: 'date', date: '2026-12-31' }],
      ['notice-channel', '/data/1/standardAlert', 0, 12, { channel: 'letter', direct: true }],
      ['restriction', '/data/1/applicableToCustomerType', 0, 17, { what: 'new-customers' }],
      ['restriction', '/data/1/applicableToCustomerType', 0, 17, { what: 'members' }],
      ['restriction', '/data/1/cabinProduct', 0, 4, { what: 'cabin' }],
    ]);
  });

  it('reads a null field as not set: no end from "endDate": null, no price from "kwPrice": null', () => {
    const nulls = '[{"name": "Nordlys Null", "productType": "Spot", "addonPrice": 0.029, "monthlyFee": 39, "endDate": null, "expiredAt": null, "salesNetworks": [{"name": "Nett AS", "kwPrice": null}]}]';
    const doc = parseDoc(nulls);
    expect(rows(nulls).map(([kind, pointer]) => `${kind} ${pointer}`)).toEqual(['product-type /0/productType', 'price-element /0/addonPrice', 'price-element /0/monthlyFee']);
    expect(Object.keys(doc.products[0]!.fields!)).toEqual(['name', 'type', 'prices.markup', 'prices.monthlyFee', 'salesNetworks', 'salesNetworks.0.name']);
  });

  it('reads per-kWh prices in kroner when configured so; monthly fees stay in kroner', () => {
    const prices = rows(feed, { feedPriceUnit: 'kr' }).filter(([kind]) => kind === 'price-element').slice(0, 3);
    expect(prices.map((r) => (r[4] as { quantity: unknown }).quantity)).toEqual([
      { value: 3.5, unit: 'kr', per: 'kWh' },
      { value: 29, unit: 'kr', per: 'month' },
      { value: 0.4, unit: 'kr', per: 'kWh' },
    ]);
  });

  it('converts days and years, and reads no guarantee from a zero and no fixed period from a zero', () => {
    const items = [
      '{"name": "Kystlys Prøve", "productType": "Spot", "agreementTime": 30, "agreementTimeUnit": "Day", "addonPriceMinimumFixedFor": 45, "addonPriceMinimumFixedForUnit": "Day", "standardAlert": ["Sms", "MyPage", "Phone"]}',
      '{"name": "Kystlys Fast 2", "productType": "Fixed", "agreementTime": 0, "addonPriceMinimumFixedFor": 0, "applicableToCustomerType": "ExistingAndNew", "maxKwhPerYear": 0}',
      '{"name": "Kystlys Fast 3", "productType": "Fixed", "agreementTime": 2, "agreementTimeUnit": "Year"}',
    ];
    expect(rows(`[${items.join(',')}]`)).toEqual([
      ['product-type', '/0/productType', 0, 4, { type: 'spot' }],
      ['binding', '/0/agreementTime', 0, 2, { days: 30, none: false }],
      ['guarantee', '/0/addonPriceMinimumFixedFor', 0, 2, { months: 1.5 }],
      ['notice-channel', '/0/standardAlert/0', 0, 3, { channel: 'sms', direct: true }],
      ['notice-channel', '/0/standardAlert/1', 0, 6, { channel: 'my-page', direct: false }],
      ['notice-channel', '/0/standardAlert/2', 0, 5, { channel: 'phone', direct: false }],
      ['product-type', '/1/productType', 0, 5, { type: 'fixed' }],
      ['product-type', '/2/productType', 0, 5, { type: 'fixed' }],
      ['fixed-period', '/2/agreementTime', 0, 1, { months: 24 }],
    ]);
  });
});
