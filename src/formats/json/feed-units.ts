import type { ObjectNode, ValueNode } from '@humanwhocodes/momoa';
import type { AdapterNotice } from '../../document/types.js';
import { membersOf } from './ast.js';
import type { ProductList } from './detect.js';

/** Feed members whose bare numbers are prices per kWh, in a unit the feed does not state. */
const FEED_PER_KWH_PRICES = ['addonPrice', 'elCertificatePrice'];

/** Below this, a price per kWh read in øre is implausible (a markup of a hundredth of an øre): it is kroner. */
const LEAST_PLAUSIBLE_ORE = 0.5;
/** How close a figure in the product's own text must be to count as the same price. */
const SAME = 0.006;
/** An amount in øre in free text: "4,5 øre", "3.59 øre/kWh". */
const ORE_IN_TEXT = /(\d{1,3}(?:[.,]\d{1,3})?)\s*øre/giu;

type Unit = 'ore' | 'kr';

/** The unit the feed's per-kWh prices are read in, and why. */
export interface FeedUnit {
  unit: Unit;
  /** configured; the product's own text states the price; the figures are only plausible in this unit; nothing tells. */
  why: 'configured' | 'text' | 'range' | 'default';
  /** The price node the reason rests on (where the notice points). */
  at?: ValueNode;
  /** For `text`: the words of the product's text that gave the price. */
  quote?: string;
}

interface Price {
  node: ValueNode & { value: number };
  text: string;
}

function pricesOf(list: ProductList): Price[] {
  const prices: Price[] = [];
  for (const { value } of list.node.elements) {
    if (value.type !== 'Object') continue;
    const members = membersOf(value as ObjectNode);
    const text = members.get('otherConditions')?.value;
    for (const key of FEED_PER_KWH_PRICES) {
      const node = members.get(key)?.value;
      if (node?.type === 'Number' && node.value !== 0) prices.push({ node, text: text?.type === 'String' ? text.value : '' });
    }
  }
  return prices;
}

/**
 * The unit of the feed's per-kWh prices: as configured (`feed.priceUnit`); else as the products' own
 * text states them ("addonPrice": 0.045 beside "påslag 4,5 øre/kWh" is kroner); else the unit in
 * which every figure is plausible (0.0359 is implausible in øre); else øre, the unit suppliers quote.
 */
export function feedUnit(list: ProductList | undefined, configured: Unit | undefined): FeedUnit {
  if (configured) return { unit: configured, why: 'configured' };
  const prices = list ? pricesOf(list) : [];
  for (const { node, text } of prices) {
    for (const m of text.matchAll(ORE_IN_TEXT)) {
      const ore = Number.parseFloat(m[1]!.replace(',', '.'));
      if (Math.abs(ore - node.value) < SAME) return { unit: 'ore', why: 'text', at: node, quote: m[0] };
      if (Math.abs(ore - node.value * 100) < SAME) return { unit: 'kr', why: 'text', at: node, quote: m[0] };
    }
  }
  if (prices.length > 0 && prices.every((p) => Math.abs(p.node.value) < LEAST_PLAUSIBLE_ORE)) return { unit: 'kr', why: 'range', at: prices[0]!.node };
  return { unit: 'ore', why: 'default', ...(prices[0] ? { at: prices[0].node } : {}) };
}

/** Says once which unit the feed's prices were read in and why; nothing when the configuration says. */
export function feedUnitNotice(choice: FeedUnit): AdapterNotice | undefined {
  if (choice.why === 'configured' || !choice.at) return undefined;
  const perKwh = choice.unit === 'ore' ? 'øre/kWh' : 'kr/kWh';
  const value = String((choice.at as { value: number }).value);
  const why = {
    text: {
      nb: `fordi produktets egen tekst oppgir «${choice.quote}» for ${value}`,
      en: `because the product's own text gives "${choice.quote}" for ${value}`,
    },
    range: {
      nb: `fordi ${value} og de andre prisene bare er rimelige i kroner (under ${LEAST_PLAUSIBLE_ORE} øre per kWh er ikke en reell pris)`,
      en: `because ${value} and the other prices are only plausible in kroner (under ${LEAST_PLAUSIBLE_ORE} øre per kWh is no real price)`,
    },
    default: {
      nb: 'fordi leverandører oppgir påslag i øre og ingenting i filen sier noe annet',
      en: 'because suppliers quote markups in øre and nothing in the file says otherwise',
    },
  }[choice.why];
  const [start, end] = choice.at.range!;
  return {
    ruleId: 'product-sheet-schema',
    messageId: 'feedPriceUnit',
    severity: 'info',
    message: {
      nb: `Prisportal-feeden oppgir priser uten enhet: addonPrice og elCertificatePrice er lest som ${perKwh}, ${why.nb}; monthlyFee som kr/mnd og feePostalLetter som kr per faktura. Sett «feed.priceUnit» i konfigurasjonen for å si det selv (da faller denne merknaden bort).`,
      en: `The price-portal feed gives prices without units: addonPrice and elCertificatePrice were read as ${perKwh}, ${why.en}; monthlyFee as kr/month and feePostalLetter as kr per invoice. Set "feed.priceUnit" in the config to say so yourself (this note then goes away).`,
    },
    start,
    end,
  };
}
