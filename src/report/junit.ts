import type { FileResult, Finding } from '../engine/types.js';
import { LABELS, type Labels } from './labels.js';
import { displayPath } from './paths.js';
import type { ReportContext, Reporter } from './types.js';
import { xmlAttribute, xmlText } from './xml.js';

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join('');
}

/** What a failure says beyond its message: where, which product, where the rule is documented. */
function details(f: Finding, labels: Labels): string {
  const lines = [`${labels.severity[f.severity]}: ${labels.line} ${f.line}, ${labels.column} ${f.column}`, f.message];
  if (f.product !== undefined) lines.push(`${labels.product}: ${f.product}`);
  if (f.docsUrl !== undefined) lines.push(`${labels.docs}: ${f.docsUrl}`);
  return xmlText(lines.join('\n'));
}

/**
 * One testcase per finding: errors and warnings fail, a file that could not be linted is an
 * <error>, info passes and prints its message. A clean file is one passing testcase.
 */
function testcase(file: string, f: Finding, labels: Labels): string {
  const head = `    <testcase${attributes({ classname: file, name: `${f.line}:${f.column} ${f.ruleId}` })}>`;
  const body = details(f, labels);
  const element = f.fatal ? 'error' : f.severity === 'info' ? undefined : 'failure';
  const inner = element ? `<${element}${attributes({ type: f.ruleId, message: f.message })}>${body}</${element}>` : `<system-out>${body}</system-out>`;
  return `${head}\n      ${inner}\n    </testcase>`;
}

function testsuite(result: FileResult, context: ReportContext): { xml: string; tests: number; failures: number; errors: number; skipped: number } {
  const labels = LABELS[context.locale];
  const file = displayPath(result.filePath, context.cwd);
  const errors = result.findings.filter((f) => f.fatal).length;
  const failures = result.findings.filter((f) => !f.fatal && f.severity !== 'info').length;
  let cases: string[];
  let skipped = 0;
  if (result.findings.length > 0) cases = result.findings.map((f) => testcase(file, f, labels));
  else if (result.skipped !== undefined) {
    skipped = 1;
    cases = [`    <testcase${attributes({ classname: file, name: file })}>\n      <skipped${attributes({ message: result.skipped })}/>\n    </testcase>`];
  } else cases = [`    <testcase${attributes({ classname: file, name: labels.noProblems })}/>`];
  const tests = cases.length;
  const head = `  <testsuite${attributes({ name: file, tests, failures, errors, skipped })}>`;
  return { xml: `${head}\n${cases.join('\n')}\n  </testsuite>`, tests, failures, errors, skipped };
}

/** JUnit XML: one testsuite per file, for CI systems that show test reports. */
export const junit: Reporter = (results, context) => {
  const suites = results.map((r) => testsuite(r, context));
  const sum = (key: 'tests' | 'failures' | 'errors' | 'skipped') => suites.reduce((n, s) => n + s[key], 0);
  const head = `<testsuites${attributes({ name: 'stromlint', tests: sum('tests'), failures: sum('failures'), errors: sum('errors'), skipped: sum('skipped') })}>`;
  const body = suites.map((s) => `${s.xml}\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${body}</testsuites>\n`;
};
