import type { Fact } from '../language/facts.js';
import { offersDeal } from '../language/offer.js';
import type { Block, PageKind } from './types.js';

/** Words front matter uses for each kind (`kind:`, `type:`, `layout:`, `sidetype:`). */
const DECLARED: ReadonlyArray<[PageKind, RegExp]> = [
  ['terms', /^(terms|vilkår|vilkar|avtalevilkår|betingelser|conditions|vilkår-og-betingelser)$/],
  ['price-list', /^(price-?list|prisliste|prisar|priser|prices)$/],
  ['faq', /^(faq|spørsmål|questions|help|hjelp|kundeservice)$/],
  ['article', /^(articles?|artikkel|artikler|news|nyhet|nyheter|blog|blogg|blogginnlegg|post|innlegg|press(-release)?|pressemelding|guides?|guider|veileder|veiledere|rettleiar)$/],
  ['price-change', /^(price-?change|prisendring|prisvarsel|varsel|notice|endringsvarsel)$/],
  ['offer', /^(offer|tilbud|tilbod|kampanje|campaign|landing|landingsside|product|produkt|newsletter|nyhetsbrev|page|side)$/],
  ['other', /^(other|annet|anna|readme|docs?|dokumentasjon)$/],
];

/** Titles that say what a page is: "Avtalevilkår …", "Prisliste 2026", "Vanlige spørsmål", "Ny pris på … fra 1. mars". */
const TITLE: ReadonlyArray<[PageKind, RegExp]> = [
  ['terms', /vilkår|vilkar|betingelser|\bterms\b|conditions/iu],
  ['price-list', /prisliste|\bprice[- ]?list/iu],
  ['price-change', /prisendring|prisvarsel|prisjustering|\bnye? pris(?:er|ar)?\b|\bnytt (?:påslag|fastbeløp)|endr(?:er|ar|ing av) (?:påslag|prisen|fastbeløp|priser)|justerer (?:prisen|påslaget)|\bprice (?:change|adjustment)|\bnew prices?\b/iu],
  ['faq', /ofte stilte|vanlige spørsmål|vanlege spørsmål|spørsmål og svar|\bfaq\b|frequently asked|questions and answers|kundeservice|kundesenter|customer service|hjelpesenter|help cent(?:er|re)|brukerstøtte/iu],
  ['article', /\bblogg|\bblog\b|nyhetsartikkel|pressemelding|press release/iu],
];

/** A call to order something by name: "Bestill Fjellspot", "Order Lighthouse Variable", "Bli kunde". */
const ORDER_CALL = /^(?:bestill|tinga|order|sign up|bli kunde|become a customer|kjøp|buy|velg|choose|switch to|bytt til|byt til)\b/iu;
/** The longest text read as a button or link label. */
const CALL_LENGTH = 60;

/** The page asks the reader to order, and prices one of the supplier's own price elements. */
function ordersPricedDeal(evidence: PageEvidence): boolean {
  const calls = evidence.blocks.some((b) => b.visibility.state === 'visible' && b.text.length <= CALL_LENGTH && ORDER_CALL.test(b.text.trim()));
  return calls && evidence.facts.some((f) => offersDeal(f) && f.kind === 'price-element');
}

/** Front-matter keys that declare a page's kind. */
const KIND_KEYS = ['kind', 'pageKind', 'type', 'layout', 'sidetype', 'category', 'kategori', 'og:type'];

/** A declared kind from a front-matter or config value, or undefined when the value names none. */
function declaredPageKind(value: unknown): PageKind | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase();
  return DECLARED.find(([, words]) => words.test(key))?.[0];
}

export interface PageEvidence {
  /** Front matter, or the HTML page's `<title>` as `title`. */
  meta: Record<string, unknown>;
  blocks: readonly Block[];
  facts: readonly Fact[];
}

/**
 * What kind of page the material is: what the configuration says (`pageKind`), else what its front
 * matter declares, else what its title or first heading names (terms, price list, price-change
 * notice, FAQ), else a page whose headings are mostly questions is an FAQ; a page that states no
 * deal at all (no price, campaign, bonus or binding: a software README in a campaign repository) is
 * `other`; everything else is an offer.
 */
export function classifyPage(evidence: PageEvidence, configured?: PageKind): PageKind {
  if (configured) return configured;
  for (const key of KIND_KEYS) {
    const declared = declaredPageKind(evidence.meta[key]);
    if (declared) return declared;
  }
  const headings = evidence.blocks.filter((b) => (b.kind === 'heading' || b.tag === 'summary' || b.tag === 'dt') && b.visibility.state !== 'hidden');
  const titles = [evidence.meta['title'], evidence.meta['tittel'], evidence.meta['subject'], evidence.meta['emne'], headings[0]?.text].filter((t): t is string => typeof t === 'string');
  // A notice that also makes an offer ("Nye priser fra 1. februar" with an introductory offer for new customers) markets a deal.
  const campaign = evidence.facts.some((f) => f.kind === 'campaign' && !f.negated && f.marker !== 'waived' && f.marker !== 'free');
  const offered = evidence.facts.some((f) => (f.kind === 'campaign' && !f.negated && ['intro', 'first-n', 'limited-time'].includes(f.marker)) || (f.kind === 'bonus' && f.signUp));
  const titled = TITLE.find(([, words]) => titles.some((t) => words.test(t)))?.[0];
  if (titled && !(offered && titled === 'price-change')) return titled;
  // Mostly questions, and neither a campaign nor a button to order a priced deal: a page of answers, not an offer.
  const questions = headings.filter((b) => b.text.trim().endsWith('?')).length;
  if (questions >= 3 && questions * 2 >= headings.length && !campaign && !ordersPricedDeal(evidence)) return 'faq';
  // No price at all, not even a word for one, and no offer by nature: a README that says "campaign" and "binding" offers nothing.
  const namesPrice = (f: Fact) => f.kind === 'campaign' && /pris|price/iu.test(evidence.blocks[f.block]?.text.slice(f.start, f.end) ?? '');
  const deal = offered || evidence.facts.some((f) => (f.kind === 'price-element' && f.element !== 'grid') || f.kind === 'amount' || namesPrice(f));
  return deal ? 'offer' : 'other';
}
