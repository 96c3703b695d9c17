/** Product types, as in RULES.md. */
export type ProductType = 'spot' | 'hourly-spot' | 'fixed' | 'variable' | 'purchase' | 'plus' | 'managed' | 'other';

/** A place in a block's text: [start, end) in the text of the document's block number `block`. */
export interface Anchor {
  block: number;
  start: number;
  end: number;
}

/** Currency units an amount can be stated in. */
export type MoneyUnit = 'ore' | 'kr';

/** What an amount is per. */
export type PerUnit = 'kWh' | 'month' | 'day' | 'year' | 'invoice' | 'once';

/** The price elements of a deal, plus grid items that are not the supplier's. */
export type PriceElement = 'markup' | 'monthly-fee' | 'fixed-price' | 'variable-price' | 'spot-reference' | 'certificates' | 'purchase-costs' | 'fee' | 'price-bound' | 'grid';

export type FeeKind = 'invoice' | 'paper-invoice' | 'missing-efaktura' | 'break' | 'establishment' | 'other';

export type NoticeChannel = 'sms' | 'email' | 'letter' | 'phone' | 'my-page' | 'website' | 'newsletter' | 'invoice' | 'app';

export interface Quantity {
  value: number;
  unit: MoneyUnit;
  per?: PerUnit;
  /** The copy gives only an upper bound ("maks 2 øre/kWh", "opptil 49 kr/mnd"). */
  ceiling?: true;
  /** Worked out for a stated consumption ("Brukar du 16 000 kWh i året, utgjer påslaget 600 kr i året"): an example, not a price. */
  estimate?: true;
}

/** The data each fact kind carries, besides where it is. */
export interface FactData {
  /** A sum of money: "59 kr/mnd", "4,9 øre/kWh", "kr 59,-". */
  amount: Quantity;
  /**
   * A price element named in the copy. `quantity` when its size is stated nearby; `waived` for
   * "uten påslag", "0 kr i påslag"; `vague` when named but deliberately unsized ("et lite påslag").
   * Grid items (nettleie, elavgift) are `element: 'grid'`: never the supplier's price.
   */
  'price-element': {
    element: PriceElement;
    fee?: FeeKind;
    quantity?: Quantity;
    waived?: boolean;
    vague?: boolean;
    /** A charge on top of the element's own price ("Styringstillegg: 1,20 øre/kWh"): not the element's size. */
    extra?: true;
  };
  /** A campaign or offer marker: kampanje, introtilbud, "de første 3 månedene", "kun i dag". */
  campaign: { marker: 'campaign' | 'intro' | 'limited-time' | 'first-n' | 'free' | 'waived' };
  /**
   * A bonus or discount: velkomstbonus, gavekort, rabatt, bonuspoeng. `signUp` when it is given for
   * signing up ("velkomstbonus", "Få 400 bonuspoeng når du bytter"): a campaign element, with an end.
   */
  bonus: { signUp?: boolean };
  /**
   * When an offer ends: a date, a period, an acceptance window or a volume cap.
   * `date` is ISO yyyy-mm-dd when known.
   */
  end: { how: 'date' | 'period' | 'window' | 'cap'; date?: string; months?: number; days?: number; kwh?: number };
  /** What follows a campaign, fixed term or binding: a successor product and/or a price. */
  'after-terms': { successor?: string; hasPrice: boolean };
  /** Length of a fixed-price period. */
  'fixed-period': { months?: number; until?: string };
  /** A binding period (its length, or the date it ends), or an explicit statement that there is none. */
  binding: { months?: number; days?: number; until?: string; none: boolean };
  /** A price guarantee; `months` when its period is stated. */
  guarantee: { months?: number; until?: string };
  /**
   * A channel for notice of price changes. `direct` channels reach the customer personally; `chosen`
   * when the copy says the customer picks the channel ("du velger selv").
   */
  'notice-channel': { channel: NoticeChannel; direct: boolean; chosen?: boolean };
  /** Notice period before a price or term change takes effect. */
  'notice-period': { days: number };
  /** Right of withdrawal (angrerett) and its period. */
  withdrawal: { days?: number };
  /** Termination terms (oppsigelse, oppsigelsestid). */
  termination: { days?: number };
  /** A VAT qualifier: inkl. mva (included) or eks. mva (excluded). */
  vat: { included: boolean };
  /** A superlative claim: billigst, "lavest pris", "best i test". */
  claim: { claim: string };
  /** A restriction on who can order: new customers, members, hourly metering, credit check. */
  restriction: { what: 'new-customers' | 'existing-customers' | 'members' | 'hourly-metering' | 'credit-check' | 'private-only' | 'cabin' | 'other' };
  /** A price area NO1–NO5. */
  'price-area': { area: 'NO1' | 'NO2' | 'NO3' | 'NO4' | 'NO5' };
  /** Template leftovers: "--,-", "xx.xx.2016", "00,00 øre/kWh", "[PRIS]". */
  placeholder: Record<string, never>;
  /** A word naming the product's type: spotpris, fastpris, innkjøpspris … */
  'product-type': { type: ProductType };
  /** A statement that the price can vary (price risk). */
  'price-risk': Record<string, never>;
  /** A consumption cap or requirement (maks 8 000 kWh i året). */
  'consumption-limit': { kwh: number };
}

export type FactKind = keyof FactData;

/** Where a fact was found: a place in a block's text, as a product's anchor is. */
export interface FactPlace extends Anchor {
  /** Negated in context ("ikke", "uten", "ingen") where the kind allows it. */
  negated?: boolean;
  /** Said of the product this one moves on to ("… rolls over to Fjordvik Spot: markup 3.10 øre/kWh, no binding period"). */
  aboutSuccessor?: true;
}

/** A recognised fact: its kind, its place, and its data. */
export type Fact = { [K in FactKind]: { kind: K } & FactPlace & FactData[K] }[FactKind];

/** The fact of one kind. */
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;
