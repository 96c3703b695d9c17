import type { Format } from '../document/types.js';
import { scanHtml, type HtmlPeaks } from './limits/html-scan.js';
import { scanJson } from './limits/json-scan.js';
import { longestLine } from './limits/line-length.js';
import { markdownBulk } from './limits/markdown-bulk.js';
import { markdownDepth } from './limits/markdown-depth.js';
import { markdownLinks } from './limits/markdown-links.js';
import { frontMatterNesting } from './limits/yaml-nesting.js';
import { limitMessage } from './limits/messages.js';
import { mergePeaks, NO_PEAK, type Peak } from './limits/peak.js';

/** Bounds checked before a file reaches its parser; each is raised with `limits.<key>` in the config. */
export interface Limits {
  maxFileBytes: number;
  maxDepth: number;
  maxAttributes: number;
  /** In characters (UTF-16 code units). */
  maxLineLength: number;
  /** Markdown: `[` link openers in one line. */
  maxLinksPerLine: number;
  /** Markdown: link reference definitions in one file. */
  maxLinkDefinitions: number;
  /** Markdown front matter (and `--rule`): keys that are collections, nested; see `yamlNesting`. */
  maxYamlNesting: number;
  /** Markdown: lines in one file. */
  maxLines: number;
  /** Markdown: table cells (`|`) in one file. */
  maxTableCells: number;
  /** Markdown: runs of `*` or `_` in one paragraph that close no emphasis. */
  maxEmphasisMarkers: number;
  /** JSON: members and list items in one file. */
  maxJsonValues: number;
  /** Facts recognised in one block of copy, checked after recognition: the rules' work grows with them. */
  maxFactsPerBlock: number;
}

export const DEFAULT_LIMITS: Limits = Object.freeze({
  maxFileBytes: 10 * 1024 * 1024,
  maxDepth: 1000,
  maxAttributes: 1000,
  maxLineLength: 1_000_000,
  maxLinksPerLine: 2_000,
  maxLinkDefinitions: 5_000,
  maxYamlNesting: 64,
  maxLines: 100_000,
  maxTableCells: 50_000,
  maxEmphasisMarkers: 2_000,
  maxJsonValues: 250_000,
  maxFactsPerBlock: 100_000,
});

export interface LimitViolation {
  ruleId:
    | 'too-large'
    | 'too-deep'
    | 'too-many-attributes'
    | 'line-too-long'
    | 'too-many-links'
    | 'too-many-lines'
    | 'too-many-cells'
    | 'too-many-emphasis-markers'
    | 'too-many-values'
    | 'too-many-facts';
  limit: number;
  /** The largest value in the file (bytes, levels, attributes in one tag, characters in one line). */
  found: number;
  /** Source offset where the limit was first exceeded (0 for the file size). */
  offset: number;
  /** `limits.maxDepth` …: the config key that raises the limit. */
  configKey: string;
  message: { nb: string; en: string };
}

/**
 * A linear pre-scan of decoded source before parsing. Returns the first limit exceeded, or null.
 * Checked in this order: size, nesting depth (with the keys of YAML front matter), attributes per tag, line length (a deeply nested or
 * attribute-stuffed file is often one long line too; the structural cause is the useful message),
 * then what makes one format's parser slow: links, lines, table cells and emphasis markers in
 * Markdown, members and list items in JSON. Markdown is also scanned as HTML, because its raw HTML
 * goes to an HTML parser.
 */
export function checkLimits(source: string, format: Format, limits: Limits): LimitViolation | null {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: skip the byte count when the text cannot be too large.
  const bytes = source.length * 3 > limits.maxFileBytes ? Buffer.byteLength(source, 'utf8') : source.length;
  if (bytes > limits.maxFileBytes) return violation('too-large', 'maxFileBytes', limits, { found: bytes, offset: 0 });

  const json = format === 'json' ? scanJson(source, limits) : undefined;
  const { depth, attributes } = json ? { depth: json.depth, attributes: NO_PEAK } : structure(source, format, limits);
  if (depth.offset >= 0) return violation('too-deep', 'maxDepth', limits, depth);
  const keys = format === 'markdown' ? frontMatterNesting(source, limits.maxYamlNesting) : NO_PEAK;
  if (keys.offset >= 0) return violation('too-deep', 'maxYamlNesting', limits, keys);
  if (attributes.offset >= 0) return violation('too-many-attributes', 'maxAttributes', limits, attributes);
  const line = longestLine(source, limits.maxLineLength);
  if (line.offset >= 0) return violation('line-too-long', 'maxLineLength', limits, line);
  if (json && json.values.offset >= 0) return violation('too-many-values', 'maxJsonValues', limits, json.values);
  if (format === 'markdown') {
    const links = markdownLinks(source, limits.maxLinksPerLine, limits.maxLinkDefinitions);
    if (links.perLine.offset >= 0) return violation('too-many-links', 'maxLinksPerLine', limits, links.perLine);
    if (links.definitions.offset >= 0) return violation('too-many-links', 'maxLinkDefinitions', limits, links.definitions);
    const bulk = markdownBulk(source, limits);
    if (bulk.lines.offset >= 0) return violation('too-many-lines', 'maxLines', limits, bulk.lines);
    if (bulk.cells.offset >= 0) return violation('too-many-cells', 'maxTableCells', limits, bulk.cells);
    if (bulk.emphasis.offset >= 0) return violation('too-many-emphasis-markers', 'maxEmphasisMarkers', limits, bulk.emphasis);
  }
  return null;
}

/** HTML's nesting and attributes; Markdown's nesting is also its own (quotes, lists, emphasis runs). */
function structure(source: string, format: Format, limits: Limits): HtmlPeaks {
  const html = scanHtml(source, limits);
  if (format === 'html') return html;
  return { depth: mergePeaks(markdownDepth(source, limits.maxDepth), html.depth), attributes: html.attributes };
}

function violation(ruleId: LimitViolation['ruleId'], key: keyof Limits, limits: Limits, peak: Peak): LimitViolation {
  const configKey = `limits.${key}`;
  return { ruleId, limit: limits[key], found: peak.found, offset: peak.offset, configKey, message: limitMessage(ruleId, peak.found, limits[key], configKey) };
}
