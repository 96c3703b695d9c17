import type { ProductType } from '../facts.js';
import type { Analysis } from '../analysis.js';
import { memoWord } from '../memo.js';
import { Lexicon } from '../phrases.js';

const PHRASES = new Lexicon<ProductType>([
  ['spotpris time for time|spotprisen time for time|spotpris per time|spot price hour by hour|hourly spot*|spot time for time', 'hourly-spot'],
  ['spot price|spot-pris|spot pris', 'spot'],
  ['fast pris|fixed price|fixed-price|fixed rate|fast kraftpris|fast straumpris|fast strømpris', 'fixed'],
  ['variabel pris|variabel kraftpris|variabel strømpris|variabel straumpris|standard variabel|variabel avtale|variable price|standard variable|variable rate', 'variable'],
  ['purchase price|cost price', 'purchase'],
  // The supplier buys the customer's surplus: a prosumer agreement, not a supply deal.
  [
    'plus customer*|prosumer*|buyback|buy-back|buys back|sell us your surplus|sell your surplus|buy your surplus|we buy your surplus|' +
      'for every kwh you feed|kjøper overskuddet|kjøper overskotet|kjøper vi overskuddet|kjøper vi overskotet|kjøper overskuddsstrømmen|' +
      'kjøper overskotsstraumen|kjøper overskuddsstrømmen din|selg overskuddet|sel overskotet|for hver kwh du sender ut|for kvar kwh du sender ut',
    'plus',
  ],
  ['managed price|price hedging|managed portfolio', 'managed'],
]);

/** Single words, compounds included: "spotprisavtalen", "fastprisperioden", "timespotavtale". */
const typeOfWord = memoWord((w: string): ProductType | undefined => {
  if (/^timespot/.test(w) || w === 'timepris') return 'hourly-spot';
  if (/^(spot|spotpris|spotprisen|spotprisavtalen?|spotavtalen?|spotprisprodukt|spotstrøm|spotstraum|markedskraft|områdepris|områdeprisen)$/.test(w)) return 'spot';
  if (/^fastpris/.test(w)) return 'fixed';
  if (/^variabel(pris|avtale)/.test(w)) return 'variable';
  if (/^innkjøpspris/.test(w)) return 'purchase';
  if (/^(plusskund|prosument)/.test(w)) return 'plus';
  if (/^(forvaltning|prissikr)/.test(w)) return 'managed';
  return undefined;
});

/** `product-type`: words that name what kind of deal a product is. */
export function recogniseProductTypes(a: Analysis): void {
  const { ctx } = a;
  for (let i = 0; i < ctx.length; i++) {
    const m = PHRASES.match(ctx, i);
    const type = m?.value ?? (ctx.isWord(i) ? typeOfWord(ctx.norm(i)) : undefined);
    // "the spot market" is where prices are set, not a kind of deal.
    if (!type || (ctx.norm(i) === 'spot' && ctx.norm(i + 1) === 'market')) continue;
    const end = m?.end ?? i + 1;
    a.add('product-type', i, end, { type }, ctx.negatedAt(i, 2));
    i = end - 1;
  }
}
