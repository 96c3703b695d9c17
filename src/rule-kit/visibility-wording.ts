import type { StyleSource, VisibilityCause } from '../document/types.js';
import type { Locale } from './types.js';

/**
 * Why copy is out of sight, in words a user can act on, in the run's language: the one place a
 * visibility cause is put in words ("display:none from `.price-note` in <style>").
 */
export function describeVisibility(cause: VisibilityCause | undefined, locale: Locale): string {
  const nb = locale === 'nb';
  if (!cause) return '';
  switch (cause.code) {
    case 'hidden-attribute':
      return nb ? 'hidden-attributtet' : 'hidden attribute';
    case 'aria-hidden':
      return 'aria-hidden="true"';
    case 'closed-details':
      return nb ? 'inne i en lukket <details> (uten open-attributtet)' : 'inside a closed <details> (no open attribute)';
    case 'alt-text':
      return nb ? 'bare i alt-teksten til et bilde' : 'alt text of an image';
    case 'display-none':
    case 'opacity-zero':
    case 'visibility-hidden':
    case 'font-size-zero':
      return `${cause.css}${sourceText(cause.source, locale)}`;
    case 'off-screen':
      return `${nb ? 'utenfor skjermen' : 'off-screen'} (${cause.css})${sourceText(cause.source, locale)}`;
    case 'clipped':
      return `${nb ? 'klippet bort' : 'clipped'} (${cause.css})${sourceText(cause.source, locale)}`;
    case 'zero-size':
      return `${nb ? 'null i størrelse' : 'zero size'} (${cause.css})${sourceText(cause.source, locale)}`;
    case 'screen-reader-only':
      return `${nb ? 'bare for skjermlesere' : 'screen-reader only'}${sourceText(cause.source, locale)}`;
    case 'closed-collapse':
      return nb ? `klassen ${className(cause.source)} uten show (lukket til den åpnes)` : `class ${className(cause.source)} without show (closed until opened)`;
    case 'attribute-only':
      return nb ? `bare i ${cause.attribute}-attributtet til <${cause.tag}>` : `only in the ${cause.attribute} attribute of <${cause.tag}>`;
    case 'low-contrast': {
      const ratio = cause.ratio.toFixed(1);
      return nb ? `kontrast ${ratio.replace('.', ',')}:1 (${cause.color} på ${cause.background})` : `contrast ${ratio}:1 (${cause.color} on ${cause.background})`;
    }
  }
}

function sourceText(source: StyleSource, locale: Locale): string {
  const nb = locale === 'nb';
  switch (source.from) {
    case 'inline':
      return nb ? ' (inline-stil)' : ' (inline style)';
    case 'stylesheet':
      return nb ? ` fra \`${source.selector}\` i <style>` : ` from \`${source.selector}\` in <style>`;
    case 'class':
      return nb ? ` (klassen ${source.name})` : ` (class ${source.name})`;
  }
}

function className(source: StyleSource): string {
  return source.from === 'class' ? source.name : 'collapse';
}
