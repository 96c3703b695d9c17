import type { Block, ParsedDocument, Product } from '../../document/types.js';
import type { Fact, FactData, FactKind, FeeKind, MoneyUnit, NoticeChannel, PerUnit, PriceElement, Quantity } from '../../language/facts.js';

/**
 * Facts stated by the structured fields of product sheets and price-portal feed exports, anchored
 * at the whole value block that states them. Both shapes use the same normalised field names (see
 * `src/formats/json/fields.ts`); where the feed gives a bare number, its unit comes from the
 * document (`meta.priceUnit`, the `…unit` fields). Free-text fields are left to the recognisers.
 */
export function sheetFacts(doc: Omit<ParsedDocument, 'fieldFacts'>): Fact[] {
  const facts: Fact[] = [];
  const perKwhUnit: MoneyUnit = doc.meta.priceUnit === 'kr' ? 'kr' : 'ore';
  for (const product of doc.products ?? []) {
    if (product.fields) new ProductFacts(doc.blocks, product, product.fields, perKwhUnit, facts).collect();
  }
  return facts;
}

const PRICES: Array<[field: string, element: PriceElement]> = [
  ['markup', 'markup'],
  ['monthlyFee', 'monthly-fee'],
  ['fixedPrice', 'fixed-price'],
  ['variablePrice', 'variable-price'],
  ['certificates', 'certificates'],
];

const FEES: Array<[field: string, fee: FeeKind]> = [
  ['invoice', 'invoice'],
  ['paperInvoice', 'paper-invoice'],
  ['missingEInvoice', 'missing-efaktura'],
  ['breakFee', 'break'],
  ['establishment', 'establishment'],
];

/** Sheet units (`ore/kWh`, `kr/mnd` …), lower-cased. */
const PRICE_UNITS = new Map<string, { unit: MoneyUnit; per: PerUnit }>([
  ['ore/kwh', { unit: 'ore', per: 'kWh' }],
  ['øre/kwh', { unit: 'ore', per: 'kWh' }],
  ['kr/kwh', { unit: 'kr', per: 'kWh' }],
  ['kr/mnd', { unit: 'kr', per: 'month' }],
  ['kr/month', { unit: 'kr', per: 'month' }],
  ['kr/day', { unit: 'kr', per: 'day' }],
  ['kr/year', { unit: 'kr', per: 'year' }],
]);

const FEE_PER = new Map<string, PerUnit>([
  ['kr/invoice', 'invoice'],
  ['kr/mnd', 'month'],
  ['kr/year', 'year'],
]);

/** Sheet channels and the feed's `standardAlert` values, lower-cased without separators. */
const CHANNELS = new Map<string, NoticeChannel>([
  ['sms', 'sms'],
  ['email', 'email'],
  ['letter', 'letter'],
  ['postalletter', 'letter'],
  ['mypage', 'my-page'],
  ['website', 'website'],
  ['phone', 'phone'],
]);
const DIRECT_CHANNELS = new Set<NoticeChannel>(['sms', 'email', 'letter']);

type Restriction = FactData['restriction']['what'];

/** Sheet `customerType` and feed `applicableToCustomerType` values, lower-cased without separators. */
const CUSTOMER_TYPES = new Map<string, Restriction[]>([
  ['everyone', []],
  ['existingandnew', []],
  ['new', ['new-customers']],
  ['existing', ['existing-customers']],
  ['members', ['members']],
  ['withmembership', ['members']],
  ['existingandnewwithmembership', ['members']],
  ['newmembers', ['new-customers', 'members']],
  ['newwithmembership', ['new-customers', 'members']],
  ['existingmembers', ['existing-customers', 'members']],
  ['existingwithmembership', ['existing-customers', 'members']],
]);

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Reads one product's fields into facts. */
class ProductFacts {
  /** Price elements and fees the campaign reduces (`campaign.reduces`). */
  private readonly reduced: Set<string>;
  /** List entries by the list's field: `priceAreas` → the blocks of `priceAreas.0`, `priceAreas.1` … */
  private readonly entries = new Map<string, Block[]>();
  /** Entries of `fees.other` (objects, so known only by their members: `fees.other.0.amount`). */
  private readonly otherFees = new Set<string>();

  constructor(
    private readonly blocks: Block[],
    private readonly product: Product,
    private readonly fields: Record<string, number>,
    private readonly perKwhUnit: MoneyUnit,
    private readonly facts: Fact[],
  ) {
    // One pass over the field names, so that a product with very many fields stays linear.
    for (const [name, id] of Object.entries(fields)) {
      const entry = /^(.+)\.\d+$/.exec(name);
      if (entry) {
        let list = this.entries.get(entry[1]!);
        if (!list) this.entries.set(entry[1]!, (list = []));
        list.push(blocks[id]!);
      }
      const other = /^fees\.other\.\d+(?=\.)/.exec(name);
      if (other) this.otherFees.add(other[0]);
    }
    this.reduced = new Set(this.values('campaign.reduces').map((b) => b.text));
  }

  collect(): void {
    this.typeAndAreas();
    this.prices();
    this.fees();
    this.durations();
    this.campaign();
    this.notices();
    this.restrictions();
  }

  private typeAndAreas(): void {
    const type = this.block('type');
    if (type && (this.product.type !== 'other' || type.text.toLowerCase() === 'other')) this.add(type, 'product-type', { type: this.product.type });
    for (const area of this.values('priceAreas')) {
      if (/^NO[1-5]$/.test(area.text)) this.add(area, 'price-area', { area: area.text as FactData['price-area']['area'] });
    }
  }

  private prices(): void {
    for (const [field, element] of PRICES) {
      const path = `prices.${field}`;
      const stated = this.number(`${path}.value`);
      const bare = stated ? undefined : this.number(path);
      const at = stated ?? bare;
      if (!at) continue;
      const unit = stated ? PRICE_UNITS.get((this.text(`${path}.unit`) ?? '').toLowerCase()) : undefined;
      const quantity: Quantity = { value: at.value, ...(unit ?? this.defaultPriceUnit(element)) };
      this.add(at.block, 'price-element', { element, quantity, ...this.waived(field, at.value) });
    }
  }

  /** A sheet price without a unit, or a feed's bare number: monthly fees in kr/month, the rest per kWh. */
  private defaultPriceUnit(element: PriceElement): { unit: MoneyUnit; per: PerUnit } {
    return element === 'monthly-fee' ? { unit: 'kr', per: 'month' } : { unit: this.perKwhUnit, per: 'kWh' };
  }

  private fees(): void {
    for (const [field, fee] of FEES) this.fee(`fees.${field}`, field, fee);
    for (const path of this.otherFees) this.fee(path, 'other', 'other');
  }

  private fee(path: string, field: string, fee: FeeKind): void {
    // A sheet fee states `amount` (+ `unit`); the feed's fee is a bare number in kroner per invoice.
    const at = this.number(`${path}.amount`) ?? this.number(path);
    const perInvoice = fee === 'invoice' || fee === 'paper-invoice' || fee === 'missing-efaktura';
    if (at) {
      const per = FEE_PER.get((this.text(`${path}.unit`) ?? '').toLowerCase()) ?? (perInvoice ? 'invoice' : 'once');
      this.add(at.block, 'price-element', { element: 'fee', fee, quantity: { value: at.value, unit: 'kr', per }, ...this.waived(field, at.value) });
      return;
    }
    const method = this.block(`${path}.method`);
    if (method) this.add(method, 'price-element', { element: 'fee', fee });
  }

  /** `waived` for an explicit 0 only when the campaign says it reduces that element. */
  private waived(field: string, value: number): { waived?: true } {
    return value === 0 && this.reduced.has(field) ? { waived: true } : {};
  }

  private durations(): void {
    const binding = this.number('binding.months') ?? this.number('binding');
    if (binding) {
      const span = this.duration(binding.value, 'binding.unit');
      this.add(binding.block, 'binding', { ...span, none: binding.value === 0 });
    }
    // A fixed period of 0 (a feed's agreementTime on a fixed product) states nothing.
    const length = this.number('fixedPeriod.months') ?? this.number('fixedPeriod');
    const period = length && length.value > 0 ? length : undefined;
    const until = this.date('fixedPeriod.endDate');
    const anchor = period?.block ?? until?.block;
    if (anchor) this.add(anchor, 'fixed-period', { ...this.monthsOf(period, 'fixedPeriod.unit'), ...(until?.date ? { until: until.date } : {}) });
    this.guarantee();
  }

  private guarantee(): void {
    // The feed's addonPriceMinimumFixedFor is 0 when the markup is not guaranteed at all.
    const bare = this.number('priceGuarantee');
    if (bare?.value === 0) return;
    const length = this.number('priceGuarantee.months') ?? bare;
    const until = this.date('priceGuarantee.until');
    const anchor = length?.block ?? until?.block ?? this.block('priceGuarantee');
    if (anchor) this.add(anchor, 'guarantee', { ...this.monthsOf(length, 'priceGuarantee.unit'), ...(until?.date ? { until: until.date } : {}) });
  }

  private campaign(): void {
    const marker = this.block('campaign.label') ?? this.block('campaign');
    if (marker) this.add(marker, 'campaign', { marker: 'campaign' });
    // A sheet's campaign.end.date, or the feed's endDate (mapped to campaign.end).
    const endDate = this.date('campaign.end.date') ?? this.date('campaign.end');
    if (endDate) this.add(endDate.block, 'end', { how: 'date', ...(endDate.date ? { date: endDate.date } : {}) });
    const months = this.number('campaign.end.months');
    if (months) this.add(months.block, 'end', { how: 'period', months: months.value });
    const kwh = this.number('campaign.end.kwh');
    if (kwh) this.add(kwh.block, 'end', { how: 'cap', kwh: kwh.value });
    for (const after of ['campaign.after', 'fixedPeriod.after']) this.afterTerms(after);
  }

  private afterTerms(path: string): void {
    const successor = this.block(`${path}.product`);
    const hasPrice = PRICES.some(([field]) => this.number(`${path}.prices.${field}.value`));
    const anchor = successor ?? (hasPrice ? this.block(path) : undefined);
    if (anchor) this.add(anchor, 'after-terms', { ...(successor ? { successor: successor.text } : {}), hasPrice });
  }

  private notices(): void {
    for (const block of this.values('noticeChannels')) {
      const channel = CHANNELS.get(block.text.toLowerCase().replace(/[^a-z]/g, ''));
      if (channel) this.add(block, 'notice-channel', { channel, direct: DIRECT_CHANNELS.has(channel) });
    }
    const days = this.number('noticeDays');
    if (days) this.add(days.block, 'notice-period', { days: days.value });
  }

  private restrictions(): void {
    const limit = this.number('restrictions.maxKwhPerYear');
    if (limit && limit.value > 0) this.add(limit.block, 'consumption-limit', { kwh: limit.value });
    const customers = this.block('restrictions.customerType');
    const types = customers ? CUSTOMER_TYPES.get(customers.text.toLowerCase().replace(/[^a-z]/g, '')) : undefined;
    for (const what of types ?? []) this.add(customers!, 'restriction', { what });
    const flags: Array<[string, Restriction]> = [
      ['restrictions.hourlyMeteringRequired', 'hourly-metering'],
      ['restrictions.creditCheck', 'credit-check'],
      ['restrictions.cabin', 'cabin'],
    ];
    for (const [path, what] of flags) {
      const flag = this.block(path);
      if (flag?.text === 'true') this.add(flag, 'restriction', { what });
    }
  }

  /** A feed duration (`agreementTime` + `Day`/`Month`/`Year`), or sheet months. */
  private duration(value: number, unitPath: string): { months?: number; days?: number } {
    const unit = this.text(unitPath)?.toLowerCase();
    if (unit === 'day') return { days: value };
    return { months: unit === 'year' ? value * 12 : value };
  }

  /** A duration as `{ months }`; feed days count as 30 to a month (one decimal). */
  private monthsOf(length: { value: number } | undefined, unitPath: string): { months?: number } {
    if (!length) return {};
    const span = this.duration(length.value, unitPath);
    return { months: span.months ?? Math.round((span.days! / 30) * 10) / 10 };
  }

  private block(path: string): Block | undefined {
    const id = this.fields[path];
    return id === undefined ? undefined : this.blocks[id];
  }

  private text(path: string): string | undefined {
    return this.block(path)?.text;
  }

  /** A field block holding a JSON number (or a string written like one). */
  private number(path: string): { block: Block; value: number } | undefined {
    const block = this.block(path);
    if (!block || block.kind !== 'field' || !JSON_NUMBER.test(block.text)) return undefined;
    const value = Number(block.text);
    return Number.isFinite(value) ? { block, value } : undefined;
  }

  /** A date field; `date` is set when it is written YYYY-MM-DD. */
  private date(path: string): { block: Block; date?: string } | undefined {
    const block = this.block(path);
    if (!block || block.kind !== 'field') return undefined;
    const iso = ISO_DATE.exec(block.text);
    return iso ? { block, date: iso[0] } : { block };
  }

  /** The blocks of a field that holds one value or a list of values (`x`, or `x.0`, `x.1` …). */
  private values(path: string): Block[] {
    const single = this.block(path);
    if (single?.kind === 'field') return [single];
    return this.entries.get(path) ?? [];
  }

  private add<K extends FactKind>(block: Block, kind: K, data: FactData[K]): void {
    this.facts.push({ kind, block: block.id, start: 0, end: block.text.length, ...data } as Fact);
  }
}
