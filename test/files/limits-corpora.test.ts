import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/files/decode.js';
import { checkLimits, DEFAULT_LIMITS, type Limits, type LimitViolation } from '../../src/files/limits.js';
import type { Format } from '../../src/document/types.js';
// @ts-expect-error plain ESM benchmark module without type declarations
import { generateCorpus } from '../../bench/corpus/generate.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GENERATOR = path.resolve(ROOT, '../shared/corpora/make-adversarial.mjs');
const present = fs.existsSync(GENERATOR);
if (!present) console.warn(`adversarial limit tests skipped: ${GENERATOR} is absent`);
const FORMATS: Record<string, Format> = { '.md': 'markdown', '.html': 'html', '.json': 'json' };

/** The violation (or null) for one file, decoded as stromlint decodes it. */
function check(file: string, limits: Limits): Pick<LimitViolation, 'ruleId' | 'found' | 'offset'> | null {
  const read = decode(fs.readFileSync(file));
  if (read.kind !== 'text') return null;
  const v = checkLimits(read.text, FORMATS[path.extname(file)]!, limits);
  return v && { ruleId: v.ruleId, found: v.found, offset: v.offset };
}

/** Every regular file of a known format directly in `dir`. */
function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && FORMATS[path.extname(e.name)])
    .map((e) => e.name)
    .sort();
}

describe.skipIf(!present)('limits on the adversarial generator’s output (--small)', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stromlint-limits-'));
    execFileSync(process.execPath, [GENERATOR, dir, '--small'], { stdio: 'ignore' });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('catches every deep file that breaks the bare parsers with the default limits, and nothing else deep', () => {
    const deep = {
      'html-misnested-formatting-10k.html': { ruleId: 'too-deep', found: 10_002, offset: 37_957 },
      'html-nested-divs-100k.html': { ruleId: 'too-deep', found: 100_000, offset: 5028 },
      'html-nested-divs-unclosed-100k.html': { ruleId: 'too-deep', found: 100_000, offset: 5028 },
      'html-nested-tables-10k.html': { ruleId: 'too-deep', found: 10_000, offset: 15_000 },
      'json-nested-arrays-100k.json': { ruleId: 'too-deep', found: 100_000, offset: 1000 },
      'json-nested-mixed-100k.json': { ruleId: 'too-deep', found: 100_000, offset: 3000 },
      'json-nested-objects-100k.json': { ruleId: 'too-deep', found: 100_000, offset: 5000 },
      'json-nested-unclosed-100k.json': { ruleId: 'too-deep', found: 100_000, offset: 3000 },
      'md-nested-blockquote-100k.md': { ruleId: 'too-deep', found: 100_000, offset: 1000 },
      'md-nested-brackets-50k.md': { ruleId: 'too-deep', found: 50_000, offset: 1000 },
      'md-nested-emphasis-50k.md': { ruleId: 'too-deep', found: 50_000, offset: 1000 },
      'md-nested-list-50k.md': { ruleId: 'too-deep', found: 50_000, offset: 2000 },
      'md-nested-ordered-list-50k.md': { ruleId: 'too-deep', found: 50_000, offset: 3000 },
    };
    const others = {
      // cheerio takes over 30 s on it.
      'html-many-attributes-100k.html': { ruleId: 'too-many-attributes', found: 100_000, offset: 117 },
      // Single lines over a million characters (micromark takes over 30 s on the backtick runs).
      'json-duplicate-keys-100k.json': { ruleId: 'line-too-long', found: 1_288_891, offset: 0 },
      'md-backtick-runs.md': { ruleId: 'line-too-long', found: 1_128_749, offset: 0 },
      'redos-all-in-one.html': { ruleId: 'line-too-long', found: 1_000_006, offset: 2_800_137 },
      'redos-all-in-one.json': { ruleId: 'line-too-long', found: 3_800_449, offset: 0 },
      // micromark takes about 30 s on 50 000 reference definitions and about a minute on 50 000 unclosed links.
      'md-link-refdefs-50k.md': { ruleId: 'too-many-links', found: 50_000, offset: 2_635_561 },
      'md-unclosed-links-50k.md': { ruleId: 'too-many-links', found: 50_000, offset: 12_000 },
    };
    const flagged = Object.fromEntries(filesIn(dir).flatMap((name) => {
      const v = check(path.join(dir, name), DEFAULT_LIMITS);
      return v ? [[name, v]] : [];
    }));
    expect(flagged).toEqual({ ...deep, ...others });
  });

  it('catches the size files once the size limits are scaled down like the files (--small divides them by 100)', () => {
    const scaled: Limits = { ...DEFAULT_LIMITS, maxFileBytes: Math.floor(DEFAULT_LIMITS.maxFileBytes / 100), maxLineLength: DEFAULT_LIMITS.maxLineLength / 100 };
    const size = (name: string) => fs.statSync(path.join(dir, name)).size;
    expect(check(path.join(dir, 'md-huge-50mib.md'), scaled)).toEqual({ ruleId: 'too-large', found: size('md-huge-50mib.md'), offset: 0 });
    expect(check(path.join(dir, 'html-single-line-20mib.html'), scaled)).toEqual({ ruleId: 'too-large', found: size('html-single-line-20mib.html'), offset: 0 });
    expect(check(path.join(dir, 'json-string-10mib.json'), scaled)).toEqual({ ruleId: 'too-large', found: size('json-string-10mib.json'), offset: 0 });
    expect(check(path.join(dir, 'json-string-escapes-10mib.json'), scaled)).toEqual({ ruleId: 'too-large', found: size('json-string-escapes-10mib.json'), offset: 0 });
    expect(check(path.join(dir, 'md-kampanje-0kr-1mib-line.md'), scaled)).toEqual({ ruleId: 'line-too-long', found: 10_485, offset: 0 });
  });
});

describe.skipIf(!present || !process.env.ADVERSARIAL_FULL)('limits on the full-size adversarial files (ADVERSARIAL_FULL=1)', () => {
  it('catches the multi-megabyte files with the default limits', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stromlint-limits-full-'));
    try {
      execFileSync(process.execPath, [GENERATOR, dir], { stdio: 'ignore' });
      expect(check(path.join(dir, 'md-huge-50mib.md'), DEFAULT_LIMITS)).toEqual({ ruleId: 'too-large', found: 52_428_800, offset: 0 });
      expect(check(path.join(dir, 'html-single-line-20mib.html'), DEFAULT_LIMITS)).toEqual({ ruleId: 'too-large', found: 20_971_520, offset: 0 });
      const size = fs.statSync(path.join(dir, 'json-string-10mib.json')).size;
      expect(check(path.join(dir, 'json-string-10mib.json'), DEFAULT_LIMITS)).toEqual({ ruleId: 'too-large', found: size, offset: 0 });
      expect(check(path.join(dir, 'md-kampanje-0kr-1mib-line.md'), DEFAULT_LIMITS)).toEqual({ ruleId: 'line-too-long', found: 1_048_576, offset: 0 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Every file under `dir` (relative path → bytes). */
function snapshot(dir: string): Record<string, string> {
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(entries.map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), fs.readFileSync(path.join(e.parentPath, e.name), 'latin1')]));
}

describe('limits on realistic campaign material', () => {
  it('come from a generator that writes the same bytes for the same seed', () => {
    const [a, b] = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'stromlint-corpus-seed-'))) as [string, string];
    try {
      const totals = generateCorpus({ files: 40, seed: 3, out: a });
      generateCorpus({ files: 40, seed: 3, out: b });
      expect(snapshot(a)).toEqual(snapshot(b));
      expect(Object.keys(snapshot(a)).length).toBe(41);
      expect(totals.markdown.files + totals.html.files + totals.json.files).toBe(40);
    } finally {
      for (const dir of [a, b]) fs.rmSync(dir, { recursive: true, force: true });
    }
  });


  it('let every file of a generated benchmark corpus through (300 files, all three formats)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stromlint-limits-corpus-'));
    try {
      generateCorpus({ files: 300, seed: 7, out: dir });
      const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && FORMATS[path.extname(e.name)] && e.name !== 'manifest.json');
      expect(files.length).toBe(300);
      const flagged = files.map((e) => path.join(e.parentPath, e.name)).filter((file) => check(file, DEFAULT_LIMITS) !== null);
      expect(flagged).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
