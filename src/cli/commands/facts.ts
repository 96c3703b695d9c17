import path from 'node:path';
import type { Document } from '../../document/types.js';
import { RULES } from '../../../rules/index.js';
import { configOf, prepareRun } from '../../engine/setup.js';
import { completeDocument } from '../../document/complete-document.js';
import { locateAnchor } from '../../document/positions.js';
import { formatOf } from '../../files/formats.js';
import { readSource } from '../../files/read.js';
import { loadAdapter } from '../../formats/load.js';
import type { Fact } from '../../language/facts.js';
import { UsageError } from '../exit-codes.js';

export interface FactsOptions {
  config?: string;
  json?: boolean;
}

/**
 * `stromlint facts <file>`: the products and facts stromlint finds in a file, with positions — for
 * tuning product selectors and for understanding a finding.
 */
export async function printFacts(file: string, options: FactsOptions): Promise<string> {
  const cwd = process.cwd();
  const setup = await prepareRun({ cwd, configFile: options.config, rules: RULES });
  const filePath = path.resolve(cwd, file);
  const config = await configOf(setup, filePath);
  const format = formatOf(filePath, config.extensions);
  if (!format) throw new UsageError(`${file}: not a Markdown, HTML or JSON file`);
  const read = await readSource(filePath, config.limits.maxFileBytes);
  if (read.kind !== 'text') throw new UsageError(`${file}: cannot be read (${read.kind === 'error' ? read.message : read.kind})`);
  if (read.text === '') return `${file}: skipped (empty file)\n`;
  const adapter = await loadAdapter(format);
  const parsed = adapter.parse(filePath, read.text, { html: config.loaded.config.html, feedPriceUnit: config.loaded.config.feed?.priceUnit });
  if (parsed.kind === 'skip') return `${file}: skipped (${parsed.reason})\n`;
  if (parsed.kind === 'parse-error') throw new UsageError(`${file}: ${parsed.message}`);
  const document = completeDocument(parsed.document);
  return options.json ? `${JSON.stringify(factsAsData(document), null, 2)}\n` : factsAsText(document);
}

function place(document: Document, fact: Pick<Fact, 'block' | 'start' | 'end'>): string {
  const at = locateAnchor(document, fact);
  return `${at.line}:${at.column}-${at.endLine}:${at.endColumn}`;
}

function factData(fact: Fact): Record<string, unknown> {
  const { kind: _kind, block: _block, start: _start, end: _end, ...data } = fact;
  return data;
}

function factsAsData(document: Document) {
  const factJson = (f: Fact) => ({ kind: f.kind, at: place(document, f), text: document.blocks[f.block]?.text.slice(f.start, f.end), ...factData(f) });
  const inProduct = new Set<number>();
  const products = document.products.map((p) => {
    const own = new Set([...p.blocks, ...p.shared]);
    own.forEach((b) => inProduct.add(b));
    return {
      name: p.name,
      type: p.type,
      at: place(document, p.anchor),
      blocks: p.blocks.length,
      shared: p.shared.length,
      facts: document.facts.filter((f) => own.has(f.block)).map(factJson),
    };
  });
  return {
    file: document.filePath,
    format: document.format,
    pageKind: document.pageKind,
    blocks: document.blocks.length,
    products,
    outsideProducts: document.facts.filter((f) => !inProduct.has(f.block)).map(factJson),
  };
}

function factsAsText(document: Document): string {
  const data = factsAsData(document);
  const out = [`${data.file} (${data.format}, ${data.pageKind}, ${data.blocks} blocks, ${data.products.length} products)`];
  const factLine = (f: { kind: string; at: string; text?: string }) => {
    const { kind, at, text, ...rest } = f;
    const extra = Object.entries(rest).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    return `    ${at.padEnd(16)} ${kind.padEnd(16)} «${text ?? ''}» ${extra}`.trimEnd();
  };
  for (const p of data.products) {
    out.push('', `  ${p.name} [${p.type}] at ${p.at} (${p.blocks} blocks, ${p.shared} shared)`);
    out.push(...p.facts.map(factLine));
  }
  if (data.outsideProducts.length > 0) out.push('', '  outside any product:', ...data.outsideProducts.map(factLine));
  return `${out.join('\n')}\n`;
}
