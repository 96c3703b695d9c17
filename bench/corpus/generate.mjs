import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeContext } from './copy.mjs';
import { htmlPage } from './html-page.mjs';
import { feedExport, productSheet } from './json-files.mjs';
import { markdownPage } from './markdown-page.mjs';
import { makeProduct } from './products.mjs';
import { createRandom } from './random.mjs';
import { fileSize, neediestFormat } from './sizes.mjs';
import { slugify, SUPPLIERS } from './suppliers.mjs';

/** Target share of the corpus bytes per format. */
export const SHARES = { markdown: 0.4, html: 0.4, json: 0.2 };
/** Sub-folder of the corpus per format. */
export const FOLDERS = { markdown: 'md', html: 'html', json: 'json' };

const KINDS = {
  markdown: [['kampanje', markdownPage], ['produkt', markdownPage], ['nyhetsbrev', markdownPage], ['landingsside', markdownPage], ['annonse', markdownPage]],
  html: [['produktside', htmlPage], ['kampanje', htmlPage], ['prisliste', htmlPage], ['bestill', htmlPage]],
  json: [['produktark', productSheet], ['produktark', productSheet], ['prisportal-eksport', feedExport]],
};
const EXTENSIONS = { markdown: '.md', html: '.html', json: '.json' };

/**
 * Writes `files` generated files into `out` (its md/, html/ and json/ folders and manifest.json
 * are replaced; nothing else is touched). Deterministic for a given seed. Returns files and bytes
 * per format.
 */
export function generateCorpus({ files, seed, out }) {
  for (const folder of Object.values(FOLDERS)) fs.rmSync(path.join(out, folder), { recursive: true, force: true });
  const r = createRandom(seed);
  const totals = Object.fromEntries(Object.keys(SHARES).map((f) => [f, { files: 0, bytes: 0 }]));
  for (let i = 0; i < files; i++) {
    const target = fileSize(r);
    const format = neediestFormat(totals, SHARES, target);
    const page = makePage(r, i);
    const [kind, build] = r.pick(KINDS[format]);
    const text = (page.bom ? '\uFEFF' : '') + build(page, target);
    const name = `${kind}-${slugify(page.products[0].p.name)}-${String(i).padStart(4, '0')}${EXTENSIONS[format]}`;
    const file = path.join(out, FOLDERS[format], page.supplier.slug, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    totals[format].files++;
    totals[format].bytes += Buffer.byteLength(text);
  }
  const manifest = { generator: 'bench/generate-corpus.mjs', source: generatorSource(), seed, files, formats: totals };
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return totals;
}

/** A hash of the generator's own code: a corpus made by other code is stale. */
export function generatorSource() {
  const folder = path.dirname(fileURLToPath(import.meta.url));
  const hash = crypto.createHash('sha256');
  for (const name of fs.readdirSync(folder).sort()) hash.update(name).update(fs.readFileSync(path.join(folder, name)));
  return hash.digest('hex').slice(0, 12);
}

/** One page's setting: supplier, language, its first products, and the mess it carries. */
function makePage(r, index) {
  const supplier = r.pick(SUPPLIERS);
  const lang = r.weighted([[60, 'nb'], [25, 'nn'], [15, 'en']]);
  const page = {
    r,
    lang,
    supplier,
    products: [],
    crlf: r.chance(0.08),
    bom: r.chance(0.02),
    mess: r.chance(0.3),
    entities: r.chance(0.15),
  };
  let count = 0;
  page.newProduct = () => {
    const context = makeContext(r, lang, supplier, makeProduct(r, supplier, `${index}-${count++}`));
    page.products.push(context);
    return context;
  };
  for (let k = r.int(1, 3); k > 0; k--) page.newProduct();
  return page;
}
