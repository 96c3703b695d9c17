import type { Analysis } from '../analysis.js';
import { PhraseSet } from '../phrases.js';

/** The supplier buys power from the customer: a prosumer (plusskunde) agreement, not a supply deal. */
const BUYBACK = new PhraseSet([
  'plusskunde|plusskunder|plusskundar|plusskundeavtale|plusskundeavtalen|plusskundeavtala|prosumer|prosumers|buyback|buy-back|buys back|' +
    'kjøper overskuddet|kjøper overskotet|kjøper vi overskuddet|kjøper vi overskotet|kjøper overskuddsstrømmen|kjøper overskotsstraumen|' +
    'sell us your surplus|sell your surplus|buy your surplus|we buy your surplus|for every kwh you feed|for kvar kwh du sender ut|' +
    'for hver kwh du sender ut|selg overskuddet|sel overskotet',
]);

/** `buyback`: copy about buying the customer's surplus power ("Med Solsal kjøper vi overskotet", "Solar Buyback"). */
export function recogniseBuyback(a: Analysis): void {
  for (const m of BUYBACK.scan(a.ctx)) a.add('buyback', m.start, m.end, {});
}
