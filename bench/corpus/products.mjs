import { campaignDate } from './numbers.mjs';

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

/**
 * One product with its terms. Some products are deliberately incomplete (a campaign without an end,
 * no binding statement …), as real material is.
 */
export function makeProduct(r, supplier, index) {
  const type = r.weighted(TYPES);
  const base = r.pick(NAMES[type]);
  const name = r.chance(0.6) ? `${supplier.brand} ${base}` : `${base} ${supplier.brand}`;
  const fixedMonths = type === 'fixed' ? (/3 år/.test(base) ? 36 : /12 mnd|1 år/.test(base) ? 12 : r.pick([12, 24, 36])) : 0;
  const product = {
    id: `${supplier.slug}-${index}`,
    name,
    type,
    areas: r.chance(0.5) ? supplier.areas : ['NO1', 'NO2', 'NO3', 'NO4', 'NO5'],
    markup: type === 'fixed' || type === 'variable' ? 0 : r.pick([0, 0.9, 1.9, 2.49, 3.9, 4.9, 5.75, 6.2, 8.9, 12.5]),
    monthlyFee: r.pick([0, 19, 29, 39, 39, 49, 59, 69]),
    fixedPrice: type === 'fixed' || type === 'variable' ? r.pick([69.9, 89.5, 99, 109.9, 124.5, 139]) : 0,
    fixedMonths,
    binding: type === 'fixed' ? fixedMonths : r.chance(0.8) ? 0 : 12,
    bindingStated: r.chance(0.85),
    breakFee: r.pick([300, 500, 600, 900]),
    invoiceFee: r.pick([0, 0, 0, 19, 29]),
    paperFee: r.pick([0, 29, 39, 49, 59]),
    noticeDays: r.chance(0.85) ? 30 : 14,
    directNotice: r.chance(0.8),
    restriction: r.weighted([[60, null], [15, 'new'], [10, 'credit'], [10, 'ams'], [5, 'members']]),
    maxKwh: type === 'spot' && r.chance(0.1) ? r.pick([8000, 16000, 30000]) : 0,
    campaign: r.chance(0.45) ? makeCampaign(r) : null,
  };
  return product;
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
    endStated: r.chance(0.8),
    afterStated: r.chance(0.7),
    afterMarkup: r.pick([2.9, 4.9, 5.9, 7.9]),
    afterFee: r.pick([29, 39, 49]),
  };
}
