import type { ProductType } from '../../document/types.js';

/**
 * Price-portal feed members → the normalised field names a stromlint sheet uses, so rules read one
 * set of names for both shapes. Members not listed keep their own name.
 */
const FEED_FIELD_NAMES: Record<string, string> = {
  name: 'name',
  productType: 'type',
  otherConditions: 'description',
  addonPrice: 'prices.markup',
  monthlyFee: 'prices.monthlyFee',
  elCertificatePrice: 'prices.certificates',
  feePostalLetter: 'fees.paperInvoice',
  // Which invoice or payment method the fee-free price requires (None, ElectronicInvoice, DirectDebit, Both).
  feeMandatoryType: 'fees.missingEInvoice.requires',
  addonPriceMinimumFixedFor: 'priceGuarantee',
  addonPriceMinimumFixedForUnit: 'priceGuarantee.unit',
  standardAlert: 'noticeChannels',
  maxKwhPerYear: 'restrictions.maxKwhPerYear',
  applicableToCustomerType: 'restrictions.customerType',
  cabinProduct: 'restrictions.cabin',
  endDate: 'campaign.end',
};

/**
 * The field name of a feed product's member. The agreement time is the fixed-price period of a
 * fixed product and the binding period of any other.
 */
export function feedFieldName(key: string, type: ProductType): string {
  if (key === 'agreementTime' || key === 'agreementTimeUnit') {
    const base = type === 'fixed' ? 'fixedPeriod' : 'binding';
    return key === 'agreementTime' ? base : `${base}.unit`;
  }
  return Object.hasOwn(FEED_FIELD_NAMES, key) ? FEED_FIELD_NAMES[key]! : key;
}

const SHEET_TYPES = new Set<string>(['spot', 'hourly-spot', 'fixed', 'variable', 'purchase', 'plus', 'managed', 'other']);

/** The portal's product types, looked up in lower case: exports spell them `Hourly_spot` and `hourly_spot`. */
const FEED_TYPES: Record<string, ProductType> = {
  spot: 'spot',
  hourly_spot: 'hourly-spot',
  fixed: 'fixed',
  variable: 'variable',
  purchase: 'purchase',
  plus: 'plus',
  other: 'other',
};

/** A sheet `type` or a feed `productType` as a product type; anything else is `other`. */
export function productTypeOf(value: unknown, feed: boolean): ProductType {
  if (typeof value !== 'string') return 'other';
  const key = value.toLowerCase();
  if (feed) return Object.hasOwn(FEED_TYPES, key) ? FEED_TYPES[key]! : 'other';
  return SHEET_TYPES.has(value) ? (value as ProductType) : 'other';
}
