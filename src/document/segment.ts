import type { LabelPairs } from './label-pairs.js';
import type { Anchor, ParsedDocument, Product, ProductType } from './types.js';
import type { Fact } from '../language/facts.js';
import { classifyProductType } from './product-type.js';
import { ContainerNames, findCards } from './segment/cards.js';
import { findConfiguredProducts } from './segment/configured.js';
import { findListProducts } from './segment/lists.js';
import { readPage, type Page } from './segment/page.js';
import { declaredProductName } from './segment/page-title.js';
import { place, type Draft } from './segment/placement.js';
import { classifySections, sectionTree, type SectionNode } from './segment/sections.js';
import { linkFootnotes, shareGroupNotes, shareTerms, Sharing } from './segment/sharing.js';
import { findTableProducts } from './segment/tables.js';
import { Claims } from './segment/units.js';

/** The products a Markdown or HTML document offers, with their blocks and shared footnotes/terms. */
export function segmentProducts(doc: ParsedDocument, facts: readonly Fact[], pairs?: LabelPairs): Product[] {
  const page = readPage(doc, facts, pairs);
  const claims = new Claims(page.blocks.length);
  const names = new ContainerNames(page);
  const configured = findConfiguredProducts(page, claims, names);
  if (!configured) {
    findTableProducts(page, claims);
    findCards(page, claims, names);
    findListProducts(page, claims);
  }
  const nodes = sectionTree(page, claims);
  const status = classifySections(nodes, page, !configured);
  const placement = place(page, claims, nodes, status);
  const groupNotes = nodes.map((node) => (node.heading >= 0 ? node.direct.slice(1) : [...node.direct]));
  const sharing = new Sharing();
  linkFootnotes(page, nodes, status, placement, groupNotes, sharing);
  // Configured selectors say exactly where products are: copy outside them is no product's notes.
  if (!configured) shareGroupNotes(nodes, status, placement, groupNotes, sharing);
  shareTerms(placement, sharing);
  nameSingleProduct(page, nodes, placement.drafts);
  keepNamedNotesWithTheirProducts(page, placement.drafts, facts);
  // A product named only in hidden copy (a print summary, an inactive tab) is not on offer on the page.
  const shown = placement.drafts.filter((d) => page.blocks[d.anchor.block]?.visibility.state !== 'hidden');
  return finish(page, gatherSummaries(page, mergeSameNames(page, shown)), facts);
}

/**
 * A note shared by the page that names some of its products ("Bruddgebyr for Kvitfonn Fastpris 12:
 * 75 kr per månad") is about those products, not the others beside them. The product a note says
 * another moves on to ("går over til Havbris Dønning") is not what it is about.
 */
function keepNamedNotesWithTheirProducts(page: Page, drafts: Draft[], facts: readonly Fact[]): void {
  const names = drafts.map((d) => anchorText(page, d.anchor).toLowerCase()).filter((n) => n.length >= 3);
  if (names.length < 2) return;
  const successors = new Map<number, Fact[]>();
  for (const f of facts) if (f.kind === 'after-terms' && f.successor) (successors.get(f.block) ?? successors.set(f.block, []).get(f.block)!).push(f);
  const namedIn = new Map<number, Set<string>>();
  const mentions = (b: number) => {
    let found = namedIn.get(b);
    if (!found) {
      let text = page.blocks[b]!.text.toLowerCase();
      for (const f of successors.get(b) ?? []) text = text.slice(0, f.start) + ' '.repeat(f.end - f.start) + text.slice(f.end);
      namedIn.set(b, (found = new Set(names.filter((n) => text.includes(n)))));
    }
    return found;
  };
  for (const draft of drafts) {
    const own = anchorText(page, draft.anchor).toLowerCase();
    // A longer name that contains this one ("Spot" in "Spot Pluss") is not this one.
    draft.shared = draft.shared.filter((b) => {
      const named = mentions(b);
      return named.size === 0 || [...named].some((n) => n === own && ![...named].some((m) => m !== n && m.includes(n)));
    });
  }
}

/** A line led by a product's name: "Tussefall Time: spotpris + 1,89 øre/kWh", "Lune Natt – timespot …". */
const NAME_LEAD = /^\s*[:–—,-]/u;

/**
 * A summary that goes through the products line by line ("Tussefall Time: …", "Tussefall Fast 6:
 * …") gives each line to the product it names; what is left of it is no product of its own unless
 * it still makes a deal.
 */
function gatherSummaries(page: Page, drafts: Draft[]): Draft[] {
  const names = drafts.map((d) => anchorText(page, d.anchor).toLowerCase()).filter((n) => n.length > 0);
  if (names.length < 2) return drafts;
  const byName = new Map(drafts.map((d) => [anchorText(page, d.anchor).toLowerCase(), d] as const));
  const moved = new Set<Draft>();
  for (const draft of drafts) {
    draft.own = draft.own.filter((b) => {
      if (b === draft.anchor.block) return true;
      const text = page.blocks[b]!.text.toLowerCase();
      const name = names.find((n) => text.startsWith(n) && NAME_LEAD.test(text.slice(n.length)));
      const target = name === undefined ? undefined : byName.get(name);
      if (!target || target === draft) return true;
      target.own.push(b);
      moved.add(draft);
      return false;
    });
  }
  return drafts.filter((d) => !moved.has(d) || d.own.some((b) => b !== d.anchor.block && page.deal[b] === 1));
}

/**
 * One product per name on a page: a comparison table, a print summary or a mobile list that names a
 * product again adds its copy to the card that named it first, rather than making a second product
 * without the card's facts.
 */
function mergeSameNames(page: Page, drafts: readonly Draft[]): Draft[] {
  const byName = new Map<string, Draft>();
  const merged: Draft[] = [];
  for (const draft of drafts) {
    const key = anchorText(page, draft.anchor).toLowerCase().replace(/\s+/gu, ' ').trim();
    const first = key === '' ? undefined : byName.get(key);
    if (!first) {
      const copy = { ...draft, own: [...draft.own], shared: [...draft.shared] };
      if (key !== '') byName.set(key, copy);
      merged.push(copy);
      continue;
    }
    for (const b of draft.own) first.own.push(b);
    for (const b of draft.shared) first.shared.push(b);
  }
  return merged;
}

/**
 * A page whose one product sits at the top (the page itself or its h1) takes the name front matter
 * declares (`product:`, `produkt:`) when the heading says something else ("Vinterkampanje!").
 */
function nameSingleProduct(page: Page, nodes: readonly SectionNode[], drafts: Draft[]): void {
  const only = drafts.length === 1 ? drafts[0]! : undefined;
  if (!only || nodes[only.home]!.level > 1) return;
  const declared = declaredProductName(page);
  if (!declared || anchorText(page, declared).toLowerCase() === anchorText(page, only.anchor).toLowerCase()) return;
  only.anchor = declared;
  only.own.push(declared.block);
}

function anchorText(page: Page, anchor: Anchor): string {
  return page.blocks[anchor.block]?.text.slice(anchor.start, anchor.end) ?? '';
}

/** The type the page's own copy (no product's, no chrome) names, when it names one. */
function typeOfPage(page: Page, ownBy: Int32Array, factsOf: ReadonlyMap<number, Fact[]>): ProductType | undefined {
  const facts: Fact[] = [];
  for (let b = 0; b < page.blocks.length; b++) if (ownBy[b]! < 0 && !page.excluded[b]) for (const f of factsOf.get(b) ?? []) facts.push(f);
  const types = new Set(facts.flatMap((f) => (f.kind === 'product-type' && !f.negated ? [f.type] : [])));
  // Hourly spot is spot: a page about both says spot.
  if (types.has('hourly-spot') && types.has('spot')) types.delete('spot');
  return types.size === 1 ? [...types][0] : undefined;
}


/** Products from drafts: blocks deduplicated and in order, shared blocks without the product's own. */
function finish(page: Page, drafts: readonly Draft[], facts: readonly Fact[]): Product[] {
  const factsOf = new Map<number, Fact[]>();
  for (const fact of facts) {
    const list = factsOf.get(fact.block);
    if (list) list.push(fact);
    else factsOf.set(fact.block, [fact]);
  }
  // Which product last took each block as its own, and as shared: dedupes without a set per product.
  const ownBy = new Int32Array(page.blocks.length).fill(-1);
  const sharedBy = new Int32Array(page.blocks.length).fill(-1);
  const products = drafts.map((draft, d): Product => {
    const blocks = draft.own.filter((b) => ownBy[b] !== d && ((ownBy[b] = d), true)).sort((a, b) => a - b);
    const take = (b: number) => ownBy[b] !== d && sharedBy[b] !== d && ((sharedBy[b] = d), true);
    const shared = draft.shared.filter(take).sort((a, b) => a - b);
    const { anchor } = draft;
    const name = anchorText(page, anchor);
    // The type words of a product it moves on to ("deretter går avtalen over til Fjellbris Spot") are not its own.
    const type = classifyProductType(name, blocks.flatMap((b) => (factsOf.get(b) ?? []).filter((f) => !f.aboutSuccessor)));
    return { name, anchor, type, blocks, shared };
  });
  // A type stated once for every product ("Alle avtalene følger spotprisen time for time") is each one's.
  const pageType = typeOfPage(page, ownBy, factsOf);
  if (pageType) for (const product of products) if (product.type === 'other') product.type = pageType;
  return products.sort((a, b) => a.anchor.block - b.anchor.block || a.anchor.start - b.anchor.start);
}
