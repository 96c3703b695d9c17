import type { Analysis } from '../analysis.js';
import { Lexicon } from '../phrases.js';

const VAT = new Lexicon<boolean>([
  [
    'inkl mva|inkl. mva|ink. mva|inklusive mva|inklusiv mva|inkludert mva|inkludert merverdiavgift|inklusive merverdiavgift|' +
      'inklusiv merverdiavgift|inkl merverdiavgift|inkl. merverdiavgift|medregnet mva|med mva|m/mva|m/ mva|mva inkludert|mva inkl|' +
      'mva er inkludert|mva er medregnet|incl vat|incl. vat|including vat|inc vat|inc. vat|vat included|vat incl|' +
      'inkl. moms|inkl moms|inklusive moms|inkl. meirverdiavgift|inkludert meirverdiavgift|inklusiv meirverdiavgift|' +
      'inklusive meirverdiavgift',
    true,
  ],
  [
    'eks mva|eks. mva|ekskl mva|ekskl. mva|eksl. mva|eksl mva|ekskludert mva|eksklusive mva|eksklusiv mva|eksklusiv merverdiavgift|' +
      'eksklusive merverdiavgift|ekskl. merverdiavgift|eks. merverdiavgift|ex mva|ex. mva|uten mva|utan mva|u/mva|excl vat|excl. vat|' +
      'excluding vat|ex vat|ex. vat|exclusive of vat|before vat|netto|+ mva|pluss mva|plus vat|+ vat|mva kommer i tillegg|' +
      'mva kjem i tillegg|mva tilkommer|vat is added|vat will be added|mva er ikke inkludert|mva ikke inkludert|mva er ikkje inkludert|' +
      'ikke inkludert mva|ikkje inkludert mva|ikke medregnet mva|ikke inkl. mva|ikke inkl mva|not including vat|vat not included|' +
      'vat is not included|eks. moms|ekskl. moms|eksklusiv meirverdiavgift|eksklusive meirverdiavgift|ekskl. meirverdiavgift|' +
      'utan meirverdiavgift|eks. meirverdiavgift',
    false,
  ],
]);

/** `vat`: whether the prices nearby include VAT ("inkl. mva") or not ("eks. mva", "netto"). */
export function recogniseVat(a: Analysis): void {
  for (const m of VAT.scan(a.ctx)) a.add('vat', m.start, m.end, { included: m.value });
}
