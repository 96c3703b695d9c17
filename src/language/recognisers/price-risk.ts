import type { Analysis } from '../analysis.js';
import type { Context } from '../context.js';
import { PhraseSet } from '../phrases.js';

/** Words naming the price (or what it makes up) as the subject of a change. */
const SUBJECT = new Set([
  'pris', 'prisen', 'prisene', 'prisane', 'prisar', 'priser', 'strømprisen', 'straumprisen', 'strømprisene', 'straumprisane', 'kraftprisen',
  'kraftprisene', 'spotprisen', 'spotprisene', 'markedsprisen', 'price', 'prices', 'månedsprisen', 'kostnaden', 'kostnadene',
  'kostnadane', 'strømregningen', 'straumrekninga', 'regningen', 'bill', 'rate', 'rates',
]);

const MODALS = new Set(['vert', 'blir', 'kan', 'vil', 'may', 'can', 'will', 'could', 'might', 'kommer', 'til', 'å', 'både', 'both', 'går', 'gå', 'og', 'and', 'derfor', 'therefore', 'also', 'også', 'være', 'be', 'to', 'er', 'is', 'are', 'din', 'your', 'the', 'på', 'strøm', 'straum', 'electricity']);

const MOVES = new PhraseSet([
  'variere|varierer|variera|varierar|svinge|svinger|svingar|endre seg|endrer seg|endrar seg|endres|endrast|endre|stige|stiger|øke|øker|' +
    'auke|aukar|falle|faller|synke|synker|gå opp|går opp|opp og ned|vary|varies|fluctuate|fluctuates|change|changes|rise|rises|increase|' +
    'increases|go up|goes up|følger markedet|følger strømmarkedet|følgjer marknaden|følger spotprisen|følgjer spotprisen|follows the market|' +
    'follow the market|følger prisen på nord pool|markedsbasert|markedsbestemt|market-based|bli dyrere|become more expensive|endres time for time|' +
    'varierer time for time|varierer fra time til time|change hourly|change every hour|justeres|justerast|reguleres|blir justert|adjusted|' +
    'is adjusted|subject to change|follows the spot market|follows the spot price|følger spotmarkedet|følger strømprisen|følgjer spotprisen|' +
    'endra|endret|endras',
]);

const STANDALONE = new PhraseSet(['prisrisiko|price risk|prisen er ikke fast|the price is not fixed|prisen er ikkje fast|ikke fastpris']);

/** Said of the price further back in the sentence: "… is locked for 12 months and then follows the market". */
const FOLLOWS = new PhraseSet([
  'follows the market|follows the spot market|følger markedet|følgjer marknaden|følger spotprisen|følgjer spotprisen|følger strømmarkedet',
]);

/** "any price change", "ved prisendring": a noun, not a statement that the price changes. */
const NOUN_DETERMINERS = new Set(['any', 'a', 'every', 'each', 'all', 'enhver', 'ei', 'en', 'ein', 'hver', 'kvar', 'ved']);

/** "Price changes are announced …": after a compound noun comes a verb, after the verb phrase does not. */
const NOUN_FOLLOWERS = new Set(['are', 'will', 'is', 'must', 'take', 'apply', 'may', 'can', 'of', 'by', 'on', 'to', 'varsles', 'skal', 'blir', 'vil', 'må']);

const NEGATORS = new Set(['ikke', 'ikkje', 'not', 'never', 'aldri', "won't", 'cannot']);

function subjectBefore(ctx: Context, i: number): boolean {
  if (ctx.lookBehind(i, 15, 'sentence', (j) => SUBJECT.has(ctx.norm(j))) >= 0) return true;
  return false;
}

/**
 * `price-risk`: the copy says the price can change ("prisen kan variere", "prisen følger markedet",
 * "the price may vary", "strømprisen kan både stige og falle"). "Prisen endres ikke" is negated.
 */
export function recognisePriceRisk(a: Analysis): void {
  const { ctx } = a;
  for (let i = 0; i < ctx.length; i++) {
    const alone = STANDALONE.match(ctx, i);
    if (alone) {
      a.add('price-risk', i, alone.end, {});
      i = alone.end - 1;
      continue;
    }
    const follows = FOLLOWS.match(ctx, i);
    if (follows && subjectBefore(ctx, i)) {
      a.add('price-risk', i, follows.end, {});
      i = follows.end - 1;
      continue;
    }
    if (!SUBJECT.has(ctx.norm(i)) || NOUN_DETERMINERS.has(ctx.norm(i - 1))) continue;
    // Up to five words between the subject and the verb: "prisen er fast og endres ikke".
    let negated = false;
    let others = 0;
    for (let j = i + 1; j < i + 8 && ctx.sameClause(j, i); j++) {
      const move = MOVES.match(ctx, j);
      if (move && j === i + 1 && NOUN_FOLLOWERS.has(ctx.norm(move.end))) break;
      // "prisen endres til 4,9 øre": a change to a stated price is what follows an offer, not a risk.
      if (move && (ctx.norm(move.end) === 'til' || ctx.norm(move.end) === 'to')) break;
      if (move) {
        const after = ctx.norm(move.end);
        a.add('price-risk', i, move.end, {}, negated || NEGATORS.has(after));
        i = move.end - 1;
        break;
      }
      const w = ctx.norm(j);
      if (NEGATORS.has(w)) negated = true;
      else if (!MODALS.has(w) && (++others > 3 || SUBJECT.has(w) || !ctx.isWord(j))) break;
    }
  }
}
