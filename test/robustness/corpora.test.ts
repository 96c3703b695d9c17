import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

/**
 * Third-party inputs (JSON, HTML and Markdown test suites, naughty strings, odd encodings) and the
 * adversarial generator, from ../shared/corpora beside the project when it is there. Every file must
 * be linted without an exception: exit code 0 or 1, no internal error, the run finishes.
 */
const CORPORA = path.resolve(ROOT, '../shared/corpora');
const present = fs.existsSync(CORPORA);
if (!present) console.warn(`robustness corpora skipped: ${CORPORA} is absent`);

interface Result {
  filePath: string;
  messages: Array<{ ruleId: string; fatal?: boolean; message: string }>;
}

/** Lints folders through the built command line on worker threads, with a per-file time budget. */
function lintFolders(folders: string[], extensions: Record<string, string> = {}): { status: number | null; results: Result[]; stderr: string } {
  const dir = tempTree({ 'config.json': JSON.stringify({ extensions, limits: { maxFileBytes: 60 * 1024 * 1024 } }) });
  const out = path.join(dir, 'out.json');
  const run = cli([...folders, '-c', path.join(dir, 'config.json'), '-f', `json:${out}`, '--concurrency', '2', '--file-timeout', '60', '--no-baseline'], {
    cwd: dir,
    timeoutMs: 300_000,
  });
  const results = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, 'utf8')) as Result[]) : [];
  return { status: run.status, results, stderr: run.stderr };
}

function expectClean(run: ReturnType<typeof lintFolders>, minFiles: number) {
  expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  expect([0, 1]).toContain(run.status);
  expect(run.results.length).toBeGreaterThanOrEqual(minFiles);
  const broken = run.results.filter((r) => r.messages.some((m) => m.ruleId === 'internal-error' || m.ruleId === 'timeout'));
  expect(broken.map((r) => `${r.filePath}: ${r.messages[0]!.message}`)).toEqual([]);
}

describe.skipIf(!present)('robustness on third-party corpora', { timeout: 300_000 }, () => {
  it('JSONTestSuite: y_ files never give a parse error, n_ files always a fatal finding', () => {
    const run = lintFolders([path.join(CORPORA, 'json/JSONTestSuite')]);
    expectClean(run, 340);
    const parseError = (r: Result) => r.messages.some((m) => m.ruleId === 'parse-error');
    const byPrefix = (prefix: string) => run.results.filter((r) => path.basename(r.filePath).startsWith(prefix));
    expect(
      byPrefix('y_')
        .filter(parseError)
        .map((r) => path.basename(r.filePath)),
    ).toEqual([]);
    // Deep nesting is refused by the depth limit before parsing: a fatal finding of its own. An
    // empty file (0 bytes, or a byte-order mark alone) holds nothing to check: no finding at all.
    const fatal = (r: Result) => r.messages.some((m) => m.fatal);
    const empty = ['n_structure_UTF8_BOM_no_data.json', 'n_structure_no_data.json'];
    expect(
      byPrefix('n_')
        .filter((r) => !fatal(r))
        .map((r) => path.basename(r.filePath)),
    ).toEqual(empty);
    expect(
      byPrefix('n_')
        .filter((r) => !parseError(r))
        .map((r) => path.basename(r.filePath)),
    ).toEqual([...empty, 'n_structure_100000_opening_arrays.json', 'n_structure_open_array_object.json'].sort());
    expect(byPrefix('n_').length).toBe(188);
  });

  it('html5lib-tests: every malformed page is linted', () => {
    expectClean(lintFolders([path.join(CORPORA, 'html/html5lib-tests')], { '.test': 'json', '.dat': 'html' }), 1900);
  });

  it('CommonMark, GFM and markdown-it examples are linted', () => {
    expectClean(lintFolders([path.join(CORPORA, 'markdown')], { '.txt': 'markdown' }), 1600);
  });

  it('naughty strings and real text in many encodings are linted', () => {
    expectClean(lintFolders([path.join(CORPORA, 'strings'), path.join(CORPORA, 'encodings')], { '.txt': 'markdown', '.xml': 'html' }), 100);
  });

  it('the adversarial generator’s inputs stay within the limits, including the symlink loop', () => {
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'stromlint-adversarial-'));
    try {
      execFileSync(process.execPath, [path.join(CORPORA, 'make-adversarial.mjs'), target, '--small'], { stdio: 'ignore' });
      const run = lintFolders([target], { '.bin': 'markdown' });
      expectClean(run, 100);
      // Files past a limit get a finding that names the limit's config key.
      const limited = run.results.flatMap((r) => r.messages).filter((m) => ['too-large', 'too-deep', 'too-many-attributes', 'line-too-long', 'too-many-links'].includes(m.ruleId));
      expect(limited.length).toBeGreaterThan(0);
      expect(limited.every((m) => /limits\.\w+/.test(m.message))).toBe(true);
    } finally {
      fs.rmSync(target, { recursive: true, force: true });
    }
  });
});
