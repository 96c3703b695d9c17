import type { Context } from '../context.js';
import type { FeeKind, PerUnit, PriceElement } from '../facts.js';
import { memoWord } from '../memo.js';
import { Lexicon } from '../phrases.js';

/** What a word or phrase names. */
export interface ElementKind {
  element: PriceElement;
  fee?: FeeKind;
  /** Named only in passing unless sized ("abonnement", "fastpris", "papirfaktura", "gebyr"). */
  needsSize?: boolean;
  /** The word itself waives the element ("påslagsfri"). */
  waived?: boolean;
  /** The period the word itself states: "månedsavgift" is per month, "fakturagebyr" per invoice. */
  per?: PerUnit;
  /** A charge on top of the element's own price ("styringstillegg"). */
  extra?: boolean;
}

export interface ElementMention extends ElementKind {
  start: number;
  end: number;
}

const MONTHLY: ElementKind = { element: 'monthly-fee' };
const PER_MONTH: ElementKind = { element: 'monthly-fee', per: 'month' };
const fee = (kind: FeeKind, needsSize = false): ElementKind => {
  const k: ElementKind = { element: 'fee', fee: kind, needsSize };
  if (kind === 'invoice' || kind === 'paper-invoice') k.per = 'invoice';
  return k;
};

const PHRASES = new Lexicon<ElementKind>([
  ['fast beløp|fast avgift|fixed fee|subscription fee|membership fee|standing charge|fixed charge', MONTHLY],
  [
    'fast månedsbeløp|fast månadsbeløp|fast månedlig beløp|fast månadleg beløp|fast månedsavgift|fast månadsavgift|fast månedspris|' +
      'fast kostnad per måned|fast kostnad per mnd|monthly fee|monthly charge|monthly subscription fee|fixed monthly fee|' +
      'fixed monthly charge|fixed monthly amount|månedlig fastbeløp|månadleg fastbeløp|månedlig fast beløp|månedlig avgift|månadleg avgift|' +
      'monthly fixed fee|monthly fixed charge|monthly subscription',
    PER_MONTH,
  ],
  ['annual fee|yearly fee', { element: 'monthly-fee', per: 'year' }],
  ['subscription', { element: 'monthly-fee', needsSize: true }],
  ['fee|fees', fee('other', true)],
  ['markup|mark-up|mark up|surcharge|add-on price|addon price|add-on', { element: 'markup' }],
  ['fast pris|fast kraftpris|fast strømpris|fast straumpris|fixed price|fixed-price|fixed energy price|fixed rate', { element: 'fixed-price', needsSize: true }],
  ['variabel pris|variabel kraftpris|variabel strømpris|variabel straumpris|variable price', { element: 'variable-price', needsSize: true }],
  ['spot price|market price|area price|nord pool|spot-pris|spot market|spotmarkedet|strømmarkedet', { element: 'spot-reference' }],
  [
    'el sertifikat*|electricity certificate*|el-certificate*|el certificate*|green certificate*|guarantee of origin|guarantees of origin|' + 'renewable certificate*',
    { element: 'certificates' },
  ],
  [
    'kostnader knyttet til innkjøp|kostnader knytt til innkjøp|kostnadar knytt til innkjøp|kostnader ved innkjøp|kostnader ved kjøp av strøm|' +
      'purchase cost*|procurement cost*|sourcing cost*',
    { element: 'purchase-costs' },
  ],
  ['invoice fee*|invoicing fee*|billing fee*|gebyr for faktura|gebyr per faktura|gebyr for efaktura|gebyr for e-faktura|gebyr ved efaktura', fee('invoice')],
  [
    'paper invoice fee*|paper bill fee*|gebyr for papirfaktura|gebyr ved papirfaktura|gebyr for giro|gebyr for faktura på papir|' +
      'gebyr for papir*|gebyr ved papir*|gebyr på papirfaktura|gebyr for utsending av faktura',
    fee('paper-invoice'),
  ],
  ['paper invoice*|paper bill*|faktura på papir|faktura i posten', fee('paper-invoice', true)],
  [
    'break fee*|cancellation fee*|early termination fee*|termination fee*|exit fee*|early exit fee*|gebyr ved brudd|gebyr for brudd|' +
      'gebyr ved oppsigelse|gebyr ved førtidig oppsigelse|gebyr ved brot|gebyr for å bryte avtalen|gebyr for å avslutte avtalen|' +
      'gebyr ved avbrudd|gebyr ved uttreden',
    fee('break'),
  ],
  [
    'establishment fee*|setup fee*|set-up fee*|sign-up fee*|signup fee*|start-up fee*|startup fee*|connection fee*|gebyr for etablering|' + 'gebyr ved etablering',
    fee('establishment'),
  ],
  ['brudd på vilkår|brudd på vilkårene|brudd på avtalevilkår|brot på vilkår|brot på vilkåra|brot på vilkåret', fee('missing-efaktura')],
  ['price cap|price ceiling|price floor|maks pris|maksimal pris|maksimum pris|tak på prisen', { element: 'price-bound' }],
  [
    'grid rent|grid fee|grid fees|grid tariff|network tariff|network fee|network charge|grid charge|electricity tax|consumption tax|' +
      'enova fee|enova avgift*|nett leie|offentlige avgifter|offentlege avgifter|offentlig avgift|offentleg avgift|public fees|public charges|' +
      'statlige avgifter|statlege avgifter|avgifter til staten',
    { element: 'grid' },
  ],
]);

/** Single words, compounds included. `fastledd` is decided by its sentence (see `fastleddElement`). */
const elementOfWord = memoWord((w: string): ElementKind | undefined => {
  if (w.length < 4) return w === 'gebyr' ? fee('other', true) : undefined;
  if (/^(påslagsfri(tt|e)?|utenpåslag|utanpåslag)$/.test(w)) return { element: 'markup', waived: true };
  if (/påslag(et|ene|a|ane)?$/.test(w)) return { element: 'markup' };
  if (/^tillegg(et)?$/.test(w)) return { element: 'markup', needsSize: true };
  // A named surcharge on the price per kWh: "styringstillegg", "miljøtillegg", "timetillegg".
  if (/^\p{L}{3,}(tillegg|tilegg)(et)?$/u.test(w) && !/^(pris|kost|sertifikat)/.test(w)) return { element: 'markup', needsSize: true, extra: true };
  if (/^(månedsbeløp|månadsbeløp|månedsavgift|månadsavgift|månedsgebyr|månadsgebyr|månedskostnad|månadskostnad)(et|en|a|ane|ene|er)?$/.test(w)) return PER_MONTH;
  // "månedspris" is also a month's average spot price: only a fee when sized.
  if (/^(månedspris|månadspris)(en|ar|er)?$/.test(w)) return { ...PER_MONTH, needsSize: true };
  if (/^årsavgift(en|a)?$/.test(w)) return { element: 'monthly-fee', per: 'year' };
  if (/^(fastbeløp|abonnementspris|abonnementsavgift|medlemsavgift|fastavgift|fastbetaling)(et|en|a|ane|ene|er)?$/.test(w)) return MONTHLY;
  if (/^(abonnement|abonnementet|medlemskap|medlemskapet)$/.test(w)) return { element: 'monthly-fee', needsSize: true };
  if (/^(elsertifikat|sertifikat|opprinnelsesgarant|opphavsgarant|opprinnelsessertifikat)/.test(w)) return { element: 'certificates' };
  if (/^(innkjøps|varekjøps|profil|balanse|volum|handels)kostnad/.test(w)) return { element: 'purchase-costs' };
  if (/^(papirfaktura|papir|giro|papirgiro)gebyr/.test(w)) return fee('paper-invoice');
  if (/^(faktura|fakturerings|faktureringa?s)gebyr/.test(w)) return fee('invoice');
  if (/^(brudd|avbrudds|uttredelses|uttredings|bindings|brots|brot|oppsigelses|oppseiings)gebyr/.test(w)) return fee('break');
  if (/^(etablerings|oppstarts|start|tilknytnings)(gebyr|kostnad)/.test(w)) return fee('establishment');
  if (/^gebyr(et|er|ene|a)?$/.test(w)) return fee('other', true);
  // Any other fee by its name: "purregebyr", "påminnelsesgebyr", "flyttegebyr", "administrasjonsgebyr".
  if (/\p{L}{3,}gebyr(et|er|ene|a)?$/u.test(w)) return fee('other');
  if (/^(papirfaktura|papirfakturaen|papirfakturaer|papirgiro|giro)$/.test(w)) return fee('paper-invoice', true);
  if (/^(pristak|prisgulv|prisgolv|maksimalpris|makspris|takpris|maksimumspris|minstepris)/.test(w)) return { element: 'price-bound' };
  if (/^(nettleie|nettleige|energiledd|kapasitetsledd|effektledd|elavgift|forbruksavgift|enovaavgift|enova-avgift|nettariff|netttariff)/.test(w)) {
    return { element: 'grid' };
  }
  if (/^(spotpris|områdepris|markedspris|børspris|timespotpris|timespot|nordpool|nordpoolpris|spotprisen)(en|ar|ane|er|ene)?$/.test(w)) {
    return { element: 'spot-reference' };
  }
  if (/^(fastpris|fastprisen)$/.test(w)) return { element: 'fixed-price', needsSize: true };
  if (/^(variabelpris|variabelprisen)$/.test(w)) return { element: 'variable-price', needsSize: true };
  return undefined;
});

const GRID_CONTEXT = /^(nettleie|nettleige|energiledd|kapasitetsledd|effektledd|nettselskap|netteier|grid|nett$|nettet$)/;

/** "fastledd" is the grid's fixed part beside nettleie words, otherwise the supplier's monthly fee. */
function fastleddElement(ctx: Context, i: number): ElementKind {
  const from = ctx.sentenceStartWithin(i, 15);
  const to = ctx.sentenceEndWithin(i, 15);
  for (let j = from; j < to; j++) if (j !== i && GRID_CONTEXT.test(ctx.norm(j))) return { element: 'grid' };
  return MONTHLY;
}

/** The price element named at token i, if any. */
export function elementAt(ctx: Context, i: number): ElementMention | undefined {
  const phrase = PHRASES.match(ctx, i);
  if (phrase) return { ...phrase.value, start: i, end: phrase.end };
  const t = ctx.tokens[i];
  if (t?.kind !== 'word') return undefined;
  if (t.norm === 'fastledd' || t.norm === 'fastleddet') return { ...fastleddElement(ctx, i), start: i, end: i + 1 };
  const kind = elementOfWord(t.norm);
  if (!kind) return undefined;
  // "i tillegg" is "in addition", never a markup.
  if (kind.element === 'markup' && kind.needsSize && ['i', 'kommer', 'tillegg'].includes(ctx.norm(i - 1))) return undefined;
  return { ...kind, start: i, end: i + 1 };
}
