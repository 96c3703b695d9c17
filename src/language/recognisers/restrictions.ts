import type { Analysis } from '../analysis.js';
import type { Context } from '../context.js';
import type { FactData } from '../facts.js';
import { memoWord } from '../memo.js';
import { Lexicon } from '../phrases.js';

type What = FactData['restriction']['what'];

/** Words that make a group or a meter a condition of ordering: "gjelder husholdninger", "krever timesmålt måler", "only for households". */
const CUES = new Set([
  'gjelder', 'gjeld', 'kun', 'bare', 'berre', 'for', 'forutsetter', 'føreset', 'forutset', 'krever', 'krev', 'må', 'only', 'requires', 'required',
  'require', 'available', 'tilbys', 'tilbyr', 'reservert', 'eksklusivt', 'need', 'needs', 'trenger', 'treng',
]);
const CONDITIONAL: ReadonlyMap<string, What> = new Map([
  ['private-only-word', 'private-only'],
  ['meter-word', 'hourly-metering'],
]);

const PHRASES = new Lexicon<What | 'private-only-word' | 'meter-word'>([
  ['nye kunder|nye kundar|ny kunde|new customers|new customer|nykunder|nykunde|nye strømkunder|nye straumkundar', 'new-customers'],
  [
    'stengt for nye kunder|stengt for nye kundar|closed to new customers|ikke tilgjengelig for nye kunder|ikkje tilgjengeleg for nye kundar|' +
      'eksisterende kunder|eksisterande kundar|existing customers|nåværende kunder|noverande kundar|kun for eksisterende kunder',
    'existing-customers',
  ],
  ['members only|for members|membership required|requires membership|medlem av|medlemmer av|krever medlemskap|forutsetter medlemskap|føreset medlemskap', 'members'],
  ['kredittvurdering*|kredittsjekk*|kredittvurdert|credit check*|credit assessment|credit rating|kredittopplysning*|kredittverdig*', 'credit-check'],
  [
    'gjelder ikke for næringskunder|gjeld ikkje for næringskundar|gjelder ikke næringskunder|ikke for næringskunder|ikke for bedriftskunder|' +
      'ikke for bedrifter|kun for privatkunder|kun for privatpersoner|privatkunder|privatkundar|privatabonnement|privatperson*|' +
      'husholdningskunder|households only|private customers|private households|consumers only|not for business customers|not for businesses|' +
      'gjelder ikke bedrifter|gjeld ikkje bedrifter|household customers',
    'private-only',
  ],
  // Words that name a group or a meter in any sentence ("Alle husstander har fått AMS"): a restriction only with a cue.
  ['husholdning*|husstand*|hushald*|households', 'private-only-word'],
  ['timesmålt*|timemålt*|timesmåling|timemåling|ams-måler|ams måler|smart meter|smart måler|hourly meter*|hourly-metered|automatisk måleravlesning|ams', 'meter-word'],
  ['cabin*|holiday home*|second home*|hytt*|fritidsbolig*|fritidsbustad*|fritidshus*|fritidseiendom*|hyttestrøm|hyttestraum', 'cabin'],
  ['studenter|studentar|students|kun ved bestilling på nett|kun ved bestilling via|only when ordering online|kun for ansatte|ansatte i', 'other'],
]);

const isBusiness = memoWord((w: string): boolean => /^(næringskund|bedriftskund|næringsdrivende|bedrifter$|businesses$)/.test(w));

/** Single-word members restrictions: "medlem", "medlemmer", "medlemsavtale", "medlemspris". */
const MEMBERS = new Set([
  'medlem', 'medlemmer', 'medlemmar', 'medlemmene', 'medlemsavtale', 'medlemsavtalen', 'medlemspris', 'medlemsprisen', 'medlemsfordel',
  'medlemsfordeler', 'members', 'member',
]);
const membersWord = (w: string): boolean => MEMBERS.has(w);

function cueBefore(ctx: Context, i: number): boolean {
  if (ctx.lookBehind(i, 6, 'sentence', (j) => CUES.has(ctx.norm(j))) >= 0) return true;
  return false;
}

/**
 * `restriction`: who may order — new or existing customers, members, hourly-metered installations,
 * a credit check, private customers only, cabins. "Ingen kredittvurdering" is negated.
 */
export function recogniseRestrictions(a: Analysis): void {
  const { ctx } = a;
  for (let i = 0; i < ctx.length; i++) {
    const m = PHRASES.match(ctx, i);
    const business = !m && isBusiness(ctx.norm(i));
    // "gjelder ikke for næringskunder" is for private customers; "kun for bedriftskunder" is another group;
    // "Bedriftskunde? Ta kontakt" is neither.
    if (business) {
      const only = ['kun', 'bare', 'berre', 'only'].includes(ctx.norm(i - 1)) || ['kun', 'bare', 'berre', 'only'].includes(ctx.norm(i - 2));
      if (ctx.negatedAt(i, 3)) a.add('restriction', i, i + 1, { what: 'private-only' });
      else if (only) a.add('restriction', i, i + 1, { what: 'other' });
      continue;
    }
    const found = m?.value ?? (ctx.isWord(i) && membersWord(ctx.norm(i)) ? 'members' : undefined);
    if (!found) continue;
    const conditional = CONDITIONAL.get(found);
    if (conditional && !cueBefore(ctx, i)) {
      i = (m?.end ?? i + 1) - 1;
      continue;
    }
    const what = (conditional ?? found) as What;
    // "AMS" counts only in capitals; "ams" inside other copy is rare but not a meter.
    if (m && ctx.norm(i) === 'ams' && m.end === i + 1 && !ctx.tokens[i]!.caps) continue;
    const end = m?.end ?? i + 1;
    a.add('restriction', i, end, { what }, ctx.negatedAt(i, 3));
    i = end - 1;
  }
}
