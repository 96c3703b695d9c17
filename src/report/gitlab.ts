import type { Finding } from '../engine/types.js';
import { fingerprinter } from './fingerprint.js';
import { displayPath } from './paths.js';
import type { Reporter } from './types.js';

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number; end: number } };
}

function severity(f: Finding): CodeQualitySeverity {
  // A file that could not be linted hides every finding it may hold: rank it above plain errors.
  if (f.fatal) return 'critical';
  return f.severity === 'error' ? 'major' : f.severity === 'warn' ? 'minor' : 'info';
}

/** GitLab Code Quality report (a subset of the Code Climate issue format). */
export const gitlab: Reporter = (results, context) => {
  const fingerprint = fingerprinter(context.cwd);
  const issues: CodeQualityIssue[] = results.flatMap((result) =>
    result.findings.map((f) => ({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: fingerprint(result.filePath, f),
      severity: severity(f),
      location: { path: displayPath(result.filePath, context.cwd), lines: { begin: f.line, end: Math.max(f.line, f.endLine) } },
    })),
  );
  return `${JSON.stringify(issues, null, 2)}\n`;
};
