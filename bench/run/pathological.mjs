// Inputs built to make a parser, matcher or reporter slow: each is timed once, in process, on the
// built modules. The tests check what these inputs give; how long they take is measured here only.
import { performance } from 'node:perf_hooks';
import { seconds } from '../lib/stats.mjs';

const dist = new URL('../../dist/src/', import.meta.url);
const load = (file) => import(new URL(file, dist).href);

/** Each case: a name and a function that does the work once. */
async function cases() {
  const { htmlAdapter } = await load('formats/html.js');
  const { jsonAdapter } = await load('formats/json.js');
  const { stylish } = await load('report/stylish.js');
  const { lintText } = await load('index.js');
  const html = (source) => () => htmlAdapter.parse('side.html', source, {});
  const attributes = Array.from({ length: 100_000 }, (_, i) => `data-a${i}="${i}"`).join(' ');
  const selector = `.x ${'.a '.repeat(300)}.c, ${'.a > '.repeat(200)}.c`;
  const longLine = `${'kampanje 0 kr '.repeat(75_000)}slutt`;
  const column = 14 * 50_000 + 1;
  const finding = { ruleId: 'campaign-end', messageId: 'missingEnd', severity: 'error', message: 'Finding', line: 1, column, endLine: 1, endColumn: column + 8 };
  const manySections = ['# Våre strømavtaler', ...Array.from({ length: 20_000 }, (_, i) => `## Spot ${i}\n\nPåslag ${i % 9} øre/kWh.`)].join('\n\n');
  return [
    ['HTML: 100 000 nested divs', html(`${'<div>'.repeat(100_000)}<p>Fastpris 89,9 øre/kWh</p>${'</div>'.repeat(100_000)}`)],
    ['HTML: 100 000 unclosed divs and stray end tags', html(`${'<div>'.repeat(100_000)}Spotpris${'</span>'.repeat(100_000)}`)],
    ['HTML: one element with 100 000 attributes', html(`<p ${attributes} class="d-none" title="Påslag 2 øre">Skjult pris</p>`)],
    ['HTML: 10 000 nested tables', html(`${'<table><tr><td>'.repeat(10_000)}Celle`)],
    [
      'HTML: selectors built to stall a matcher',
      html(`<style>${selector} { display:none } ${'.a'.repeat(5_000)} { color: red }</style>${'<div class="a">'.repeat(1_500)}<p class="c">Pris</p>`),
    ],
    ['JSON: 100 000 nested arrays', () => jsonAdapter.parse('dypt.json', '['.repeat(100_000), {})],
    [
      'stylish: 200 findings on a 1 MB line',
      () =>
        stylish([{ filePath: '/x/lang.md', source: longLine, products: [], findings: Array.from({ length: 200 }, () => finding) }], {
          locale: 'en',
          color: false,
          cwd: '/x',
          rules: [],
          version: '0',
        }),
    ],
    ['lint: a page of 20 000 product sections', () => lintText(manySections, 'mange.md', { locale: 'en' })],
  ];
}

/** Prints each case's time as a Markdown table. */
export async function benchPathological(printTable) {
  const rows = [];
  for (const [name, run] of await cases()) {
    const started = performance.now();
    await run();
    rows.push([name, seconds(performance.now() - started)]);
  }
  printTable(['input', 'time'], rows);
}
