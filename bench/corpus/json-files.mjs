import { fillTo, productCopy } from './copy.mjs';
import { isoDate } from './numbers.mjs';

const SCHEMA = 'https://stromlint.dev/schemas/product-sheet.json';

/** A stromlint product sheet (see schemas/product-sheet.schema.json) with about `target` characters. */
export function productSheet(page, target) {
  const { r, supplier } = page;
  const products = page.products.map(sheetProduct);
  const head = { $schema: SCHEMA, supplier: supplier.name, description: page.products[0].bank.intro(page.products[0]) };
  const indent = r.pick([2, 2, 4, 0]);
  fillTo(products.map((p) => JSON.stringify(p, null, indent)), target, () => {
    const product = sheetProduct(page.newProduct());
    products.push(product);
    return JSON.stringify(product, null, indent);
  });
  return JSON.stringify({ ...head, products }, null, indent) + '\n';
}

function sheetProduct(c) {
  const { p, r } = c;
  const copy = productCopy(c);
  const vat = r.chance(0.9);
  const product = { id: p.id, name: p.name, type: p.type, priceAreas: p.areas, description: [...copy.offer, ...copy.prices].join(' ') };
  const price = (value, unit) => ({ value, unit, vatIncluded: vat });
  product.prices =
    p.type === 'fixed' ? { fixedPrice: price(p.fixedPrice, 'ore/kWh') } : p.type === 'variable' ? { variablePrice: price(p.fixedPrice, 'ore/kWh') } : { markup: price(p.markup, r.pick(['ore/kWh', 'øre/kWh'])) };
  product.prices.monthlyFee = price(p.monthlyFee, 'kr/mnd');
  product.fees = { invoice: { amount: p.invoiceFee, unit: 'kr/invoice' }, paperInvoice: { amount: p.paperFee, unit: 'kr/invoice', vatIncluded: true } };
  if (p.binding) product.fees.breakFee = { amount: p.breakFee, unit: 'kr' };
  if (p.bindingStated) product.binding = { months: p.binding };
  if (p.type === 'fixed') product.fixedPeriod = { months: p.fixedMonths, after: { product: `${p.name.split(' ')[0]} Spot` } };
  if (p.campaign) product.campaign = sheetCampaign(c);
  if (r.chance(0.8)) product.noticeChannels = p.directNotice ? r.some(['sms', 'email', 'letter'], 2) : ['my-page'];
  product.noticeDays = p.noticeDays;
  if (p.restriction || p.maxKwh) {
    product.restrictions = {};
    if (p.restriction === 'new') product.restrictions.customerType = 'new';
    if (p.restriction === 'members') product.restrictions.customerType = 'members';
    if (p.restriction === 'credit') product.restrictions.creditCheck = true;
    if (p.restriction === 'ams') product.restrictions.hourlyMeteringRequired = true;
    if (p.maxKwh) product.restrictions.maxKwhPerYear = p.maxKwh;
  }
  if (p.type === 'spot' || p.type === 'hourly-spot') product.followsSpotHourly = p.type === 'hourly-spot';
  return product;
}

function sheetCampaign(c) {
  const k = c.p.campaign;
  const campaign = { label: k.label, reduces: k.kind === 'bonus' || k.kind === 'kwh' ? 'markup' : k.kind, description: productCopy(c).offer.join(' ') };
  if (k.endStated) campaign.end = k.end ? { date: isoDate(k.end) } : k.kind === 'kwh' ? { kwh: k.kwh } : { months: k.months };
  if (k.afterStated) campaign.after = c.r.chance(0.5) ? { product: c.p.id } : { prices: { markup: { value: k.afterMarkup, unit: 'ore/kWh', vatIncluded: true } } };
  return campaign;
}

const FEED_TYPES = { spot: 'Spot', 'hourly-spot': 'Hourly_spot', fixed: 'Fixed', variable: 'Variable', purchase: 'Purchase', plus: 'Plus' };
const CUSTOMER_TYPES = { new: 'New', members: 'NewWithMembership' };

/** A price-portal feed export: an array of the portal's product objects (bare, or under `products`). */
export function feedExport(page, target) {
  const { r } = page;
  const items = page.products.map((c, i) => feedItem(c, i));
  const indent = r.pick([2, 0, 0]);
  fillTo(items.map((item) => JSON.stringify(item, null, indent)), target, () => {
    const item = feedItem(page.newProduct(), items.length);
    items.push(item);
    return JSON.stringify(item, null, indent);
  });
  const root = r.chance(0.7) ? items : { generatedAt: '2026-03-01T06:00:00Z', count: items.length, products: items };
  return JSON.stringify(root, null, indent) + '\n';
}

function feedItem(c, index) {
  const { p, r } = c;
  const stamp = (month) => `2025-${String(month).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(6, 20)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00.000Z`;
  const copy = productCopy(c);
  const conditions = [...copy.offer, ...copy.conditions].join(' ');
  return {
    id: 40000 + index * 7 + r.int(0, 6),
    productId: `${c.s.slug}-${p.type}-${index}`,
    name: p.name,
    productType: FEED_TYPES[p.type],
    addonPrice: p.type === 'fixed' ? null : p.markup,
    elCertificatePrice: r.chance(0.3) ? r.pick([0.5, 1.1, 1.9]) : 0,
    monthlyFee: p.monthlyFee,
    agreementTime: p.binding || (p.fixedMonths ? p.fixedMonths : 0),
    agreementTimeUnit: r.chance(0.8) ? 'Month' : 'Year',
    addonPriceMinimumFixedFor: r.chance(0.5) ? r.pick([3, 6, 12]) : 0,
    addonPriceMinimumFixedForUnit: 'Month',
    billingFrequency: 1,
    billingFrequencyUnit: 'Month',
    paymentType: r.pick(['After', 'After', 'Before']),
    feeMandatoryType: r.pick(['None', 'ElectronicInvoice', 'DirectDebit', 'Both']),
    feePostalLetter: p.paperFee,
    feePostalLetterApplied: p.paperFee > 0,
    maxKwhPerYear: p.maxKwh || null,
    otherConditions: conditions,
    orderUrl: `https://${c.s.domain}/bestill/${p.id}`,
    applicableToCustomerType: CUSTOMER_TYPES[p.restriction] ?? 'Everyone',
    standardAlert: p.directNotice ? r.pick(['Email', 'Sms']) : r.pick(['Website', 'MyPage']),
    cabinProduct: r.chance(0.05),
    vatExemption: p.areas.includes('NO4') && r.chance(0.3),
    salesNetworks: p.areas.map((area, k) => ({ id: `${area}-${k}`, priceArea: area, kwPrice: p.type === 'fixed' ? p.fixedPrice : null })),
    priceChangedAt: stamp(r.int(1, 12)),
    createdAt: stamp(r.int(1, 6)),
    updatedAt: stamp(r.int(7, 12)),
    expiredAt: null,
  };
}
