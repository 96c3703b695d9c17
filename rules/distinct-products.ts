import { defineRule } from '../src/rule-kit/index.js';
import { unevenCards } from './distinct-products/cards.js';
import { byPlace, Comparison, reportable } from './distinct-products/comparison.js';
import { GENERIC_WORDS } from './distinct-products/names.js';
import { whereText } from './distinct-products/wording.js';

interface Options {
  /** How alike two normalised names must be (1 − edit distance ÷ length of the longer) to be confused. */
  similarity: number;
  /** Words that say nothing about which product it is, besides the built-in ones (strøm, avtale, pris …). */
  genericWords: string[];
  /** Report a card that does not say what kind of agreement it is beside cards that do. */
  compareCards: boolean;
}

export default defineRule<Options>({
  id: 'distinct-products',
  scope: 'run',
  severity: 'warn',
  formats: ['markdown', 'html', 'json'],
  summary: {
    nb: 'Produktene må være lette å skille fra hverandre: ulike navn, ulike vilkår, og kort som viser de samme opplysningene.',
    en: 'Products must be easy to tell apart: distinct names, distinct terms, and cards that show the same facts.',
  },
  rationale: {
    nb: 'Trygg Strømhandel krever at produktene er enkle å skille fra hverandre, og Forbrukertilsynet regner det som villedende når forbrukeren ikke kan se hva som skiller to avtaler (markedsføringsloven §§ 6–8). Regelen ser på alle filene i kjøringen samlet: navn som bare skiller seg i store og små bokstaver, tegnsetting, «+» eller et generelt ord («Spot», «Spot+», «SpotPluss»; navnene sammenlignes med normalisert Levenshtein-avstand og en terskel som kan stilles); to produkter med ulike navn og helt like vilkår; og samme navn med ulike vilkår to steder (nettsiden, produktarket og eksporten til strompris.no skal si det samme — det er ikke et funn når de gjør det). Et produktkort side om side med andre som ikke sier hva slags avtale det er, mens de andre gjør det, kan ikke sammenlignes (`unevenFacts`); kort som mangler pris eller bindingstid meldes av price-elements og duration, som krever dem av hvert produkt. At ett kort er en kampanje og de andre ikke, er en reell forskjell og meldes ikke. Vilkårssider som lister alle produktene, leses ikke av regelen.',
    en: 'Trygg Strømhandel requires products to be easy to tell apart, and Forbrukertilsynet treats it as misleading when consumers cannot see what separates two agreements (Marketing Control Act §§ 6–8). The rule looks at every file of the run together: names that differ only in case, punctuation, a "+" or a generic word ("Spot", "Spot+", "SpotPluss"; names are compared by normalised Levenshtein distance with a configurable threshold); two products with different names and identical terms; and one name with different terms in two places (the web page, the product sheet and the price-portal export should say the same — when they do, that is not a finding). A product card beside others that does not say what kind of agreement it is, while they do, cannot be compared with them (`unevenFacts`); cards that lack a price or a binding period are reported by price-elements and duration, which ask every product for them. One campaign card among ordinary ones is a fair difference and is not reported. Terms pages that list every product are not read by this rule.',
  },
  sources: [
    'Trygg Strømhandel (DNV, Fornybar Norge / Distriktsenergi): products easy to tell apart; openness about all price elements and the duration of products',
    'Forbrukertilsynet: «Opplysninger dere må gi i markedsføring av strømavtaler til forbrukere»',
    'Markedsføringsloven §§ 6–8',
  ],
  messages: {
    similarNames: {
      nb: '«{product}» har nesten samme navn som «{other}» ({where}): navnene skiller seg bare i store og små bokstaver, tegnsetting, «+», et generelt ord eller en bokstav eller to. Gi produktene navn som sier hva som skiller dem, f.eks. «Spotpris Hytte» og «Spotpris Bolig», eller bruk nøyaktig samme navn hvis det er samme produkt.',
      en: '"{product}" is named almost like "{other}" ({where}): the names differ only in case, punctuation, a "+", a generic word or a letter or two. Give the products names that say what sets them apart, e.g. "Spot Cabin" and "Spot Home", or use exactly the same name if it is the same product.',
    },
    identicalTerms: {
      nb: '«{product}» og «{other}» ({where}) kan ikke skilles eller sammenlignes på vilkårene: {detail}.',
      en: '"{product}" and "{other}" ({where}) cannot be told apart or compared by their terms: {detail}.',
    },
    unevenFacts: {
      nb: '«{product}» kan ikke sammenlignes med «{other}» ({where}): {detail}.',
      en: '"{product}" cannot be compared with "{other}" ({where}): {detail}.',
    },
    sameNameDifferentTerms: {
      nb: '«{product}» har andre vilkår her enn i {where}: {detail}. Samme navn må bety samme vilkår: rett opp tallene, eller gi produktene ulike navn, f.eks. «{product} Hytte».',
      en: '"{product}" has other terms here than in {where}: {detail}. One name must mean one set of terms: correct the figures, or give the products different names, e.g. "{product} Cabin".',
    },
  },
  // Terms pages list every product in general terms; they are not offers to tell apart.
  pageKinds: ['offer', 'price-list'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      similarity: { type: 'number', minimum: 0.5, maximum: 1, description: 'How alike two normalised names must be (1 − edit distance ÷ length) to be confused; 1 means only names that normalise alike.' },
      genericWords: { type: 'array', items: { type: 'string', minLength: 2 }, description: 'More words that name no particular product (the supplier name, "kraft" …).' },
      compareCards: { type: 'boolean', description: 'Report a product card that does not say what kind of agreement it is beside cards that do (unevenFacts).' },
    },
  },
  defaultOptions: { similarity: 0.85, genericWords: [], compareCards: true },
  checkRun(all, context) {
    const { similarity, genericWords, compareCards } = context.options;
    const generic = new Set([...GENERIC_WORDS, ...genericWords.map((w) => w.normalize('NFKC').toLowerCase())]);
    const products = [...all].sort(byPlace);
    const comparison = new Comparison(products, generic, similarity);
    comparison.sameNames();
    comparison.alikeNames();
    comparison.identicalTerms();
    const candidates = compareCards ? [...comparison.candidates, ...unevenCards(products)] : comparison.candidates;
    for (const c of reportable(candidates)) {
      const [target, other] = [products[c.target]!, products[c.other]!];
      context.report({ messageId: c.messageId, product: target, data: { other: other.name, where: whereText(target, other, context.locale), detail: c.detail(context.locale) } });
    }
  },
  examples: {
    valid: [
      {
        format: 'markdown',
        lang: 'nb',
        note: '"Fastpris 1 år" and "Fastpris 3 år": alike names, but different terms and a number that tells them apart — a real choice.',
        code: '## Fastpris 1 år\n\nFastpris 89,90 øre/kWh i 12 måneder. Fastbeløp 49 kr/mnd. 12 måneders bindingstid.\n\n## Fastpris 3 år\n\nFastpris 84,50 øre/kWh i 36 måneder. Fastbeløp 49 kr/mnd. 36 måneders bindingstid.\n',
      },
      {
        format: 'html',
        lang: 'en',
        note: 'Two cards side by side that show the same kinds of facts, each with its own terms.',
        code: '<div class="plans">\n  <div class="plan"><h3>Breeze Spot</h3><p>Markup 3.9 øre/kWh</p><p>Monthly fee NOK 39</p><p>No binding period</p></div>\n  <div class="plan"><h3>Breeze Fixed 12</h3><p>Fixed price 89.9 øre/kWh for 12 months</p><p>Monthly fee NOK 49</p><p>12-month binding period</p></div>\n</div>\n',
      },
      {
        format: 'json',
        lang: 'nn',
        note: '"Straum Hytte" and "Straum Bustad": a shared generic word, different terms.',
        code: '{"products":[\n  {"id":"hytte","name":"Straum Hytte","type":"spot","prices":{"markup":{"value":5.9,"unit":"ore/kWh"},"monthlyFee":{"value":29,"unit":"kr/mnd"}},"binding":{"months":0}},\n  {"id":"bustad","name":"Straum Bustad","type":"spot","prices":{"markup":{"value":3.9,"unit":"ore/kWh"},"monthlyFee":{"value":39,"unit":"kr/mnd"}},"binding":{"months":0}}\n]}\n',
      },
    ],
    invalid: [
      {
        format: 'markdown',
        lang: 'nb',
        note: '"Spot" and "Spot+" differ only by a "+": the finding is on the later name.',
        code: '## Spot\n\nPåslag 4,9 øre/kWh, fastbeløp 39 kr/mnd. Ingen bindingstid.\n\n## Spot+\n\nPåslag 2,9 øre/kWh, fastbeløp 59 kr/mnd. Ingen bindingstid.\n',
        findings: [{ messageId: 'similarNames', line: 5, column: 4, endLine: 5, endColumn: 9 }],
      },
      {
        format: 'html',
        lang: 'en',
        note: 'Two cards with different names and identical terms.',
        code: '<div class="plans">\n  <div class="plan"><h3>Breeze Basic</h3><p>Markup 3.9 øre/kWh</p><p>Monthly fee NOK 39</p><p>No binding period</p></div>\n  <div class="plan"><h3>Breeze Easy</h3><p>Markup 3.9 øre/kWh</p><p>Monthly fee NOK 39</p><p>No binding period</p></div>\n</div>\n',
        findings: [{ messageId: 'identicalTerms', line: 3, column: 25, endLine: 3, endColumn: 36 }],
      },
      {
        format: 'html',
        lang: 'en',
        note: 'A card that does not say what kind of agreement it is beside one that does: the reader cannot compare them.',
        code: '<div class="plans">\n  <div class="plan"><h3>Breeze Spot</h3><p>Markup 3.9 øre/kWh</p><p>Monthly fee NOK 39</p><p>No binding period</p></div>\n  <div class="plan"><h3>Breeze Steady</h3><p>89.9 øre/kWh for 12 months</p><p>Monthly fee NOK 49</p><p>Binding period 12 months</p></div>\n</div>\n',
        findings: [{ messageId: 'unevenFacts', line: 3, column: 25, endLine: 3, endColumn: 38 }],
      },
      {
        format: 'json',
        lang: 'nb',
        note: 'One name, two markups in one sheet: the later product is reported.',
        code: '{"products":[\n  {"id":"a","name":"Spotpris Bølge","type":"spot","prices":{"markup":{"value":4.9,"unit":"ore/kWh"},"monthlyFee":{"value":39,"unit":"kr/mnd"}},"binding":{"months":0}},\n  {"id":"b","name":"Spotpris Bølge","type":"spot","prices":{"markup":{"value":3.9,"unit":"ore/kWh"},"monthlyFee":{"value":39,"unit":"kr/mnd"}},"binding":{"months":0}}\n]}\n',
        findings: [{ messageId: 'sameNameDifferentTerms', line: 3, column: 21, endLine: 3, endColumn: 35 }],
      },
    ],
  },
});
