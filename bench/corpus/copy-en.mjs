/** English copy (for English-language pages of Norwegian suppliers). Same entries as the bokmål bank. */
export const en = {
  typeWord: { spot: 'spot price agreement', 'hourly-spot': 'hourly spot agreement', fixed: 'fixed-price agreement', variable: 'variable-price agreement', purchase: 'purchase-price agreement', plus: 'prosumer agreement' },
  vat: (c) => c.r.pick(['incl. VAT', 'including VAT', 'incl VAT']),
  headline: (c) => c.r.pick([`${c.p.name} – electricity without surprises`, `Get ${c.p.name} from ${c.s.short}`, `Switch to ${c.p.name} today`, `Power for your home in ${c.s.city}`]),
  intro: (c) =>
    c.r.pick([
      `${c.p.name} is a ${en.typeWord[c.p.type]} for people who want to pay what electricity actually costs.`,
      `${c.s.short} has supplied homes from ${c.s.city} since ${c.s.since}. With ${c.p.name} you get one clear price and customer service that answers.`,
      'New to Norway? We explain your electricity bill in plain English.',
    ]),
  markup: (c) =>
    c.p.markup === 0
      ? c.r.pick(['Zero markup!', 'No markup – you pay the spot price and the monthly fee only.'])
      : c.r.pick([`Markup: ${c.n(c.p.markup)} øre/kWh ${en.vat(c)}.`, `You pay the spot price plus a markup of ${c.n(c.p.markup)} øre per kWh (${en.vat(c)}).`, `Surcharge ${c.n(c.p.markup)} øre/kWh.`]),
  monthlyFee: (c) => (c.p.monthlyFee === 0 ? 'No monthly fee.' : c.r.pick([`Monthly fee: ${c.kr(c.p.monthlyFee)}/month.`, `Subscription: ${c.p.monthlyFee} kr/mnd ${en.vat(c)}.`, `A monthly fee of NOK ${c.p.monthlyFee}.`])),
  fixedPrice: (c) => c.r.pick([`Fixed price ${c.n(c.p.fixedPrice)} øre/kWh for ${c.p.fixedMonths} months.`, `Your price stays at ${c.n(c.p.fixedPrice)} øre/kWh ${en.vat(c)} for ${c.p.fixedMonths / 12} year(s).`]),
  variablePrice: (c) => `Today's price is ${c.n(c.p.fixedPrice)} øre/kWh ${en.vat(c)}. We may change it with 30 days' notice.`,
  campaignOffer: (c) => {
    const k = c.p.campaign;
    if (k.kind === 'markup') return c.r.pick([`Offer: no markup for the first ${k.months} months!`, `Campaign – zero markup for ${k.months} months.`]);
    if (k.kind === 'monthlyFee') return `Welcome offer: no monthly fee for the first ${k.months} months.`;
    if (k.kind === 'bonus') return `Welcome bonus: a ${c.kr(k.bonus)} gift card when you sign up for ${c.p.name}.`;
    return `Introductory offer: zero markup on your first ${c.thousands(k.kwh)} kWh.`;
  },
  campaignEnd: (c) => {
    const k = c.p.campaign;
    if (!k.endStated) return c.r.pick(['Limited time only!', 'While the offer lasts.', '']);
    if (!k.end) return `The offer lasts ${k.months} months from the start of delivery.`;
    return c.r.pick([`Valid until ${c.date(k.end)}.`, `Order by ${c.date(k.end)}.`, `The offer ends on ${c.date(k.end)}.`]);
  },
  campaignAfter: (c) => {
    const k = c.p.campaign;
    if (!k.afterStated) return c.r.pick(['Regular prices apply afterwards.', '']);
    return c.r.pick([`Thereafter ${c.n(k.afterMarkup)} øre/kWh markup and ${k.afterFee} kr/month.`, `After the campaign your agreement rolls over to ${c.p.name} at the regular price (markup ${c.n(k.afterMarkup)} øre/kWh).`]);
  },
  binding: (c) => {
    if (!c.p.bindingStated) return '';
    if (c.p.binding === 0) return c.r.pick(['No binding period.', 'No lock-in: cancel whenever you like.']);
    return `Binding period: ${c.p.binding} months. Cancellation fee ${c.kr(c.p.breakFee)} if you leave early.`;
  },
  notice: (c) => (c.p.directNotice ? `We notify price changes at least ${c.p.noticeDays} days ahead by SMS or e-mail – you choose the channel.` : 'Price changes are published on My Page.'),
  fees: (c) => c.r.pick([`Invoice fee: ${c.kr(c.p.invoiceFee)} with e-invoice, ${c.kr(c.p.paperFee)} for a paper invoice.`, `A paper invoice costs ${c.kr(c.p.paperFee)}.`]),
  priceRisk: () => 'The spot price changes every hour, so your bill can vary a lot from month to month.',
  restriction: (c) => ({ new: 'New customers only.', credit: 'Subject to an approved credit check.', ams: 'Only for homes with hourly metering.', members: `Requires membership of ${c.s.brand} Benefits (free).` })[c.p.restriction] ?? '',
  maxKwh: (c) => `The agreement covers up to ${c.thousands(c.p.maxKwh)} kWh a year. Consumption above that is billed with a markup of ${c.n(c.p.markup + 3)} øre/kWh.`,
  withdrawal: () => 'You have a 14-day right of withdrawal from the day you sign up. Use the form on My Page or send us an e-mail.',
  grid: () => 'Grid rent (nettleie) and electricity tax come on top and are billed by your grid company.',
  portal: () => "Compare electricity deals on the Consumer Council's price portal, strompris.no.",
  claim: (c) => c.r.pick(['Best value in town!', 'The cheapest spot deal in Norway*']),
  claimBasis: (c) => `*Based on the average price in ${c.p.areas[0]} for ${c.month(c.r.int(1, 12))} 2025 at strompris.no, 16,000 kWh a year.`,
  quote: (c) => `“${c.r.pick(['Switching took five minutes.', 'Finally a supplier that explains the bill in English.', 'Clear prices, no surprises.'])}” – ${c.r.pick(['Anna', 'Tomasz', 'Priya', 'James', 'Lena'])}, ${c.r.pick(['Oslo', 'Bergen', 'Stavanger', 'Trondheim'])}`,
  faq: [
    () => ['What is the markup?', 'The markup is what we charge for buying electricity on your behalf. It comes on top of the spot price and is stated in øre per kWh.'],
    () => ['How do I switch supplier?', 'All we need is your national ID number and address. We handle the rest, and the switch takes a few days.'],
    () => ['What is grid rent?', 'Grid rent is paid to the grid company that delivers electricity to your home. It is the same whichever supplier you choose.'],
    (c) => ['Can I cancel at any time?', c.p.binding ? `The agreement has a ${c.p.binding}-month binding period and a cancellation fee.` : 'Yes. There is no binding period; the notice period is 14 days.'],
  ],
  terms: [
    () => 'These terms apply to the supply of electricity to private households, together with the standard electricity supply agreement for consumers.',
    (c) => `Price: the electricity price is the spot price in your price area (NO1–NO5) plus a markup of ${c.n(c.p.markup)} øre/kWh ${en.vat(c)}.`,
    () => 'Invoicing is monthly in arrears. Late payment incurs interest and a reminder fee of NOK 35.',
    (c) => `Changes: we may change prices and terms with ${c.p.noticeDays} days' notice, sent directly to you by SMS or e-mail.`,
    () => 'Disputes that cannot be settled amicably may be brought before the Electricity Complaints Board (Elklagenemnda).',
  ],
  tips: [
    () => 'Save power this winter: lower the indoor temperature by one degree and run the washing machine when prices are low.',
    () => 'The spot price is set hour by hour on the Nordic power exchange and differs between the five price areas.',
    (c) => `${c.s.short} buys power for its customers every day. We earn from the markup and the monthly fee – not from high prices.`,
  ],
  ui: {
    order: 'Order now', readMore: 'Read more', terms: 'Terms', faq: 'Frequently asked questions', products: 'Our electricity deals', area: 'Price area',
    markup: 'Markup', fee: 'Monthly fee', price: 'Price', month: 'Month', spot: 'Spot price (avg.)', customerService: 'Customer service', myPage: 'My Page',
    about: 'About us', business: 'Business', privacy: 'Privacy', cookies: 'Cookies', priceHistory: 'Price history', seeTerms: 'See terms',
    electricity: 'Electricity', news: 'News', phone: 'Phone', openingHours: 'Weekdays 8–16', orgNr: 'Org. no.',
  },
};
