import type { Analysis } from '../analysis.js';
import type { Context } from '../context.js';
import type { FactData, NoticeChannel } from '../facts.js';
import { Lexicon, PhraseSet } from '../phrases.js';

const CHANNELS = new Lexicon<NoticeChannel>([
  ['sms|tekstmelding|tekstmeldinger|tekst melding|text message|text messages|sms-varsel|sms varsel', 'sms'],
  ['e-post|epost|e-mail|email|e post|e mail|mail|e-posten|eposten|emails', 'email'],
  ['brev|brevet|per brev|pr brev|pr. brev|med brev|per post|pr post|i posten|med posten|letter|by letter|by post|by mail|postal letter|postbrev', 'letter'],
  ['telefon|telefonen|phone|by phone|ringer deg', 'phone'],
  ['min side|mi side|minside|mine sider|my page|min side-løsningen|min side-appen|min side appen|kundeportal*|customer portal', 'my-page'],
  [
    'våre nettsider|nettsidene våre|vår nettside|nettsida vår|nettsiden vår|nettsiden|nettsida|nettsidene|nettstedet|hjemmesiden|heimesida|' +
      'our website|the website|website|our web site|vår hjemmeside',
    'website',
  ],
  ['nyhetsbrev|nyhetsbrevet|nyheitsbrev|newsletter|newsletters', 'newsletter'],
  ['på fakturaen|på faktura|på regningen|on your invoice|on the invoice|with your invoice|on your bill|sammen med fakturaen|i fakturaen', 'invoice'],
  ['appen|app|mobilappen|in the app|strømappen|straumappen', 'app'],
]);

const DIRECT: ReadonlySet<NoticeChannel> = new Set(['sms', 'email', 'letter', 'phone']);

/** Words that make a sentence about notice of price or term changes. */
const NOTICE_CONTEXT = new Set([
  'varsel',
  'varsle',
  'varsles',
  'varsla',
  'varslar',
  'varslast',
  'varslet',
  'varsling',
  'varslinger',
  'varsler',
  'notify',
  'notified',
  'notifies',
  'notification',
  'notifications',
  'notice',
  'endring',
  'endringer',
  'endringar',
  'endres',
  'endrast',
  'endrer',
  'endrar',
  'endra',
  'endret',
  'prisendring',
  'prisendringer',
  'prisendringar',
  'prisendringen',
  'prisjustering',
  'vilkårsendring',
  'vilkårsendringer',
  'change',
  'changes',
  'changed',
  'informere',
  'informerer',
  'informert',
  'orientere',
  'orienterer',
  'beskjed',
  'prisøkning',
  'prisauke',
]);

/** Notices about outages or maintenance are not notices of price changes. */
const OUTAGE = new Set([
  'strømbrudd',
  'straumbrot',
  'straumbrudd',
  'avbrudd',
  'driftsavbrudd',
  'driftsmelding',
  'driftsmeldinger',
  'outage',
  'outages',
  'vedlikehold',
  'maintenance',
  'utkobling',
]);

const CHOSEN = new PhraseSet([
  'du velger selv|du vel sjølv|velger du selv|vel du sjølv|kanal du velger|kanalen du har valgt|kanalen du velger|du har valgt|' +
    'you choose|of your choice|your chosen channel|the channel you choose|your preferred channel|valgfri kanal|valfri kanal',
]);

/** Sentences holding a token that passes `test`, found in one pass. */
function sentencesWith(ctx: Context, words: ReadonlySet<string>): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < ctx.length; i++) if (words.has(ctx.norm(i))) found.add(ctx.sentence[i]!);
  return found;
}

/**
 * `notice-channel`: how price and term changes reach the customer. Direct: SMS, e-post, brev; indirect:
 * Min side, the website, the newsletter, the invoice, the app. Only in a sentence about notice or
 * change, so "kontakt oss på e-post" is no notice channel. "du velger selv" marks the channels `chosen`.
 */
export function recogniseNoticeChannels(a: Analysis): void {
  const { ctx } = a;
  const notice = sentencesWith(ctx, NOTICE_CONTEXT);
  const outage = sentencesWith(ctx, OUTAGE);
  const chosen = new Set<number>();
  for (const m of CHOSEN.scan(ctx)) chosen.add(ctx.sentence[m.start]!);
  for (const m of CHANNELS.scan(ctx)) {
    const sentence = ctx.sentence[m.start]!;
    if (!notice.has(sentence) || outage.has(sentence)) continue;
    const data: FactData['notice-channel'] = { channel: m.value, direct: DIRECT.has(m.value) };
    if (chosen.has(sentence)) data.chosen = true;
    a.add('notice-channel', m.start, m.end, data);
  }
}

const CHANGE_CONTEXT = new Set([
  'endring',
  'endringer',
  'endringar',
  'endringen',
  'endringa',
  'endres',
  'endrast',
  'endre',
  'endrer',
  'endrar',
  'endra',
  'prisendring',
  'prisendringer',
  'prisendringar',
  'prisendringen',
  'prisjustering',
  'prisjusteringer',
  'justering',
  'justeres',
  'vilkårsendring',
  'vilkårsendringer',
  'prisøkning',
  'prisøkninger',
  'prisauke',
  'change',
  'changes',
  'changed',
  'increase',
  'increases',
  'adjustment',
  'adjustments',
]);
/** Reminders about paying an invoice are not notices of a change. */
const PAYMENT = new Set(['faktura', 'fakturaen', 'forfall', 'forfaller', 'forfallsdato', 'betaling', 'betalingen', 'trekk', 'trekkes', 'invoice', 'payment', 'due']);

const NOTICE_AFTER = new PhraseSet([
  "varsel|varsling|varslingstid|notice|' notice|' written notice|' prior notice|' advance notice|days notice|prior notice|advance notice|forhåndsvarsel|skriftlig varsel|skriftleg varsel|written notice",
]);
const BEFORE_AFTER = new PhraseSet(['før|i forkant|i forvegen|i forveien|before|in advance|prior|ahead|after|etter at|etter']);

/**
 * `notice-period`: how long before a price or term change the customer is told ("30 dagers varsel ved
 * prisendring", "varsles 14 dager før", "30 days' notice of price changes"). Periods already read as
 * withdrawal or termination ("14 dagers gjensidig varsel") are not notice periods.
 */
export function recogniseNoticePeriods(a: Analysis): void {
  const { ctx } = a;
  // A sentence about notice or change ("varsles 14 dager før"), but not about invoices or outages.
  const about = new Set([...sentencesWith(ctx, CHANGE_CONTEXT), ...sentencesWith(ctx, NOTICE_CONTEXT)]);
  const other = new Set([...sentencesWith(ctx, PAYMENT), ...sentencesWith(ctx, OUTAGE)]);
  for (const d of a.durations) {
    const sentence = ctx.sentence[d.start]!;
    if (a.claimedDurations.has(d) || d.unit === 'year' || !about.has(sentence) || other.has(sentence)) continue;
    const after = NOTICE_AFTER.match(ctx, d.end) ?? BEFORE_AFTER.match(ctx, d.end);
    if (!after) continue;
    a.claimedDurations.add(d);
    a.add('notice-period', d.start, after.end, { days: d.days ?? Math.round((d.months ?? 0) * 30) });
  }
}
