/**
 * Three malformed product pages and, in each, a marker text whose source offset a parser must report.
 * Every page is otherwise ordinary campaign copy.
 */
export const MALFORMED = [
  {
    name: 'unclosed <p> before a table',
    html: '<!DOCTYPE html>\n<html lang="nb"><body>\n<h1>Vestavind Spot</h1>\n<p>Påslag 4,9 øre/kWh, inkl. mva.\n<table class="pris"><tr><th>Fastbeløp</th><td>39 kr/mnd</td></tr></table>\n<p>Ingen bindingstid.</p>\n</body></html>\n',
    marker: '39 kr/mnd',
  },
  {
    name: 'stray </div>',
    html: '<!DOCTYPE html>\n<html lang="nb"><body>\n<div class="kort"><h2>Nordlys Timespot</h2><p>Påslag 2,9 øre/kWh</p></div></div>\n<p class="vilkar">Kampanjen gjeld til og med 31.12.2026.</p>\n</body></html>\n',
    marker: 'Kampanjen gjeld til og med 31.12.2026.',
  },
  {
    name: 'unquoted attribute, ">" in the text',
    html: '<!DOCTYPE html>\n<html lang="nb"><body>\n<p class=pris data-omrade=NO5>Spotpris > 0 kr: påslag 0 øre/kWh de første 3 månedene</p>\n<a href=/bestill?produkt=spot>Bestill > nå</a>\n</body></html>\n',
    marker: 'påslag 0 øre/kWh de første 3 månedene',
  },
];

/**
 * Checks a parser's text nodes against the page: the marker must be reported at its source offset.
 * Also counts text nodes whose range does not slice out their own text (the HTML5 tree builder
 * merges text that it moves, such as whitespace after `</body>`, so its range spans markup).
 */
export function checkPositions(page, texts) {
  const expected = page.html.indexOf(page.marker);
  const node = texts.find((t) => t.text.includes(page.marker));
  const found = node ? node.start + node.text.indexOf(page.marker) : undefined;
  const spanning = texts.filter((t) => page.html.slice(t.start, t.end) !== t.text).length;
  return { expected, found, path: node?.path ?? '(not found)', spanning, ok: found === expected };
}
