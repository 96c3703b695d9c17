import type { Analysis } from '../analysis.js';
import { PhraseSet } from '../phrases.js';

const CLAIMS = new PhraseSet([
  'billigst|billigste|billegast|billegaste|rimeligst|rimeligste|rimelegast|rimelegaste|cheapest|norges billigste|noregs billegaste|' +
    'alltid billigst|alltid billegast|garantert billigst|garantert billegast|markedets billigste|landets billigste',
  'lavest pris|laveste pris|lavaste pris|lågast pris|lågaste pris|lavest påslag|laveste påslag|lågaste påslag|lågast påslag|' +
    'lavest fastbeløp|laveste fastbeløp|laveste priser|lavest mulig pris|markedets laveste|landets laveste|norges laveste|' +
    'lowest price|lowest prices|lowest markup|lowest fee|lowest monthly fee',
  'best i test|markedets beste|landets beste|norges beste|noregs beste|beste pris|beste påslag|best value|best price|best prices|' +
    'best in test|the best deal|best electricity deal|best deal',
  'billigere enn|rimeligere enn|billegare enn|cheaper than|lower prices than|uslåelig|uslåelige|unbeatable',
]);

const SAVINGS = new PhraseSet(['spar|sparer du|du sparer|save|you save|saving']);
const UP_TO = new PhraseSet(['opptil|inntil|opp til|up to|hele|as much as']);

/** `claim`: superlatives and comparisons ("billigst", "lavest pris", "best i test", "spar 1 200 kr"). */
export function recogniseClaims(a: Analysis): void {
  const { ctx } = a;
  for (let i = 0; i < ctx.length; i++) {
    const m = CLAIMS.match(ctx, i);
    let end = m?.end ?? -1;
    if (end < 0) {
      // "spar 1 200 kr i året", "save up to NOK 500".
      const s = SAVINGS.match(ctx, i);
      if (s) {
        const j = UP_TO.match(ctx, s.end)?.end ?? s.end;
        const money = a.moneyAt(j);
        if (money && money.value !== undefined) end = money.end;
        // "spar opptil 30 %".
        else if (ctx.isNum(j) && ctx.norm(j + 1) === '%') end = j + 2;
      }
    }
    if (end < 0) continue;
    const { start, end: stop } = ctx.span(i, end);
    const claim = ctx.text.slice(start, stop).toLowerCase().replace(/\s+/g, ' ');
    a.add('claim', i, end, { claim }, ctx.negatedAt(i, 3));
    i = end - 1;
  }
}
