/** Element names the HTML depth estimate needs to know about. */

/** Void elements: never have content, never nest (the parser's own list). */
export { VOID_ELEMENTS as VOID } from '../../formats/html/elements.js';

/**
 * Elements whose end tag may be left out (or that the parser supplies itself): pages routinely leave
 * `<p>`, `<li>` and table cells unclosed, so counting them would make normal pages look deep.
 */
export const IMPLIED_END = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rtc',
  'rp',
]);

/** Formatting elements: a close tag that jumps over one of these is mis-nesting (the adoption agency case). */
export const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);

/** Elements whose content is raw text up to their own end tag: no markup inside counts. */
export const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
