import { campaignDate } from './numbers.mjs';
import { createRandom } from './random.mjs';

/** Product names by type, as Norwegian suppliers name them (brand in front or behind). */
const NAMES = {
  spot: ['Spot', 'Spotpris', 'Spot Pluss', 'Strøm Spot', 'Spotpris Fordel', 'Grønn Spot'],
  'hourly-spot': ['Timespot', 'Time for time', 'Spot Time', 'Timepris'],
  fixed: ['Fastpris 1 år', 'Fastpris 3 år', 'Trygg Fastpris', 'Fastpris 12 mnd'],
  variable: ['Variabel', 'Standard Variabel', 'Variabel Kraft'],
  purchase: ['Innkjøpspris', 'Strøm til innkjøpspris', 'Innkjøp Pluss'],
  plus: ['Plusskunde', 'Solkraft Pluss', 'Produsent'],
};

const TYPES = [[40, 'spot'], [18, 'hourly-spot'], [16, 'fixed'], [8, 'variable'], [12, 'purchase'], [6, 'plus']];

/** A seed from a product's name, so that its name and terms come out the same on every page that offers it. */
function nameSeed(name) {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * One product with its terms. The page picks the product (`r`); its terms follow from its name, as a
 * supplier's product has one set of terms across its pages, sheets and feeds. Some products are
 * deliberately incomplete on a page (a campaign without an end, no binding statement …), as real
 * material is: what a page states is drawn from `r`.
 */
export function makeProduct(r, supplier, index) {
  const type = r.weighted(TYPES);
  const base = r.pick(NAMES[type]);
  // A supplier writes its brand on the same side of a product's name everywhere.
  const own = createRandom(nameSeed(`${supplier.brand}|${base}`));
  const name = own.chance(0.6) ? `${supplier.brand} ${base}` : `${base} ${supplier.brand}`;
  const terms = makeTerms(own, supplier, type, base);
  return {
    id: `${supplier.slug}-${index}`,
    name,
    type,
    ...terms,
    bindingStated: r.chance(0.85),
    campaign: terms.campaign && { ...terms.campaign, endStated: r.chance(0.8), afterStated: r.chance(0.7) },
  };
}

function makeTerms(r, supplier, type, base) {
  const fixedMonths = type === 'fixed' ? (/3 år/.test(base) ? 36 : /12 mnd|1 år/.test(base) ? 12 : r.pick([12, 24, 36])) : 0;
  return {
    areas: r.chance(0.5) ? supplier.areas : ['NO1', 'NO2', 'NO3', 'NO4', 'NO5'],
    markup: type === 'fixed' || type === 'variable' ? 0 : r.pick([0, 0.9, 1.9, 2.49, 3.9, 4.9, 5.75, 6.2, 8.9, 12.5]),
    monthlyFee: r.pick([0, 19, 29, 39, 39, 49, 59, 69]),
    fixedPrice: type === 'fixed' || type === 'variable' ? r.pick([69.9, 89.5, 99, 109.9, 124.5, 139]) : 0,
    fixedMonths,
    binding: type === 'fixed' ? fixedMonths : r.chance(0.8) ? 0 : 12,
    breakFee: r.pick([300, 500, 600, 900]),
    invoiceFee: r.pick([0, 0, 0, 19, 29]),
    paperFee: r.pick([0, 29, 39, 49, 59]),
    noticeDays: r.chance(0.85) ? 30 : 14,
    directNotice: r.chance(0.8),
    restriction: r.weighted([[60, null], [15, 'new'], [10, 'credit'], [10, 'ams'], [5, 'members']]),
    maxKwh: type === 'spot' && r.chance(0.1) ? r.pick([8000, 16000, 30000]) : 0,
    campaign: r.chance(0.45) ? makeCampaign(r) : null,
  };
}

function makeCampaign(r) {
  const kind = r.weighted([[40, 'markup'], [30, 'monthlyFee'], [20, 'bonus'], [10, 'kwh']]);
  return {
    kind,
    label: r.pick(['kampanje', 'introtilbud', 'velkomsttilbud', 'vinterkampanje', 'sommertilbud']),
    months: r.pick([2, 3, 3, 6, 12]),
    kwh: r.pick([5000, 10000, 30000]),
    bonus: r.pick([300, 500, 1000, 1500]),
    end: r.chance(0.75) ? campaignDate(r) : null,
    afterMarkup: r.pick([2.9, 4.9, 5.9, 7.9]),
    afterFee: r.pick([29, 39, 49]),
  };
}
