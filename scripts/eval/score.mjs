// Scoring of labelled pages, finding by finding, as ../shared/eval/dev/README.md defines it: per rule,
// reports are matched one to one with expected findings of the same rule within the line tolerance
// (a report and an expectation with the same messageId are paired first, then the nearest); an
// unmatched report near a tolerated spot or a matched expectation of the same messageId is ignored;
// every other unmatched report is a false positive; a rule in a file's mustNotFlag that reports at
// all is a trap failure. Expected findings on page-level content (product null) are not scored.

/**
 * @param {{ruleIds: string[], lineTolerance?: number, files: Record<string, any>}} expected
 * @param {Map<string, Array<{ruleId: string, messageId: string, line: number}>>} reports by file path relative to the set
 */
export function scoreSet(expected, reports) {
  const rules = expected.ruleIds;
  const tol = expected.lineTolerance ?? 2;
  const per = Object.fromEntries(rules.map((r) => [r, { expected: 0, hit: 0, fp: 0, idOk: 0, traps: 0 }]));
  const notes = [];
  for (const [file, spec] of Object.entries(expected.files)) {
    const got = (reports.get(file) ?? []).filter((m) => rules.includes(m.ruleId));
    for (const rule of rules) {
      const want = (spec.findings ?? []).filter((f) => f.rule === rule && f.product !== null).map((f) => ({ ...f, used: false }));
      const mine = got.filter((m) => m.ruleId === rule);
      per[rule].expected += want.length;
      const idNear = (m) => want.some((w) => w.messageId === m.messageId && Math.abs(w.line - m.line) <= tol);
      const unmatched = [];
      for (const m of [...mine].sort((a, b) => idNear(b) - idNear(a) || a.line - b.line)) {
        const candidates = want
          .filter((w) => !w.used && Math.abs(w.line - m.line) <= tol)
          .sort((a, b) => (b.messageId === m.messageId) - (a.messageId === m.messageId) || Math.abs(a.line - m.line) - Math.abs(b.line - m.line));
        if (candidates.length === 0) {
          unmatched.push(m);
          continue;
        }
        candidates[0].used = true;
        per[rule].hit++;
        if (candidates[0].messageId === m.messageId) per[rule].idOk++;
        else notes.push({ kind: 'ID', file, line: m.line, rule, messageId: `${m.messageId} (expected ${candidates[0].messageId})` });
      }
      const tolerated = (spec.tolerated ?? []).filter((t) => t.rule === rule);
      for (const m of unmatched) {
        const benign = tolerated.some((t) => Math.abs(t.line - m.line) <= tol) || want.some((w) => w.messageId === m.messageId && Math.abs(w.line - m.line) <= tol);
        if (!benign) {
          per[rule].fp++;
          notes.push({ kind: 'FP', file, line: m.line, rule, messageId: m.messageId });
        }
      }
      for (const w of want.filter((w) => !w.used)) notes.push({ kind: 'FN', file, line: w.line, rule, messageId: w.messageId });
      if ((spec.mustNotFlag ?? []).includes(rule) && mine.length > 0) {
        per[rule].traps++;
        notes.push({ kind: 'TRAP', file, line: mine[0].line, rule, messageId: `${mine.length} report(s)` });
      }
    }
  }
  const figures = Object.fromEntries(
    Object.entries(per).map(([rule, s]) => [
      rule,
      {
        ...s,
        recall: s.expected ? s.hit / s.expected : 1,
        precision: s.hit + s.fp ? s.hit / (s.hit + s.fp) : s.expected ? 0 : 1,
        messageId: s.hit ? s.idOk / s.hit : 1,
      },
    ]),
  );
  return { figures, notes };
}

/** Sums the counts of several sets' figures and computes the ratios again. */
export function combine(list) {
  const sum = {};
  for (const figures of list) {
    for (const [rule, s] of Object.entries(figures)) {
      sum[rule] ??= { expected: 0, hit: 0, fp: 0, idOk: 0, traps: 0 };
      const t = sum[rule];
      for (const k of Object.keys(t)) t[k] += s[k];
    }
  }
  return Object.fromEntries(
    Object.entries(sum).map(([rule, s]) => [
      rule,
      { ...s, recall: s.expected ? s.hit / s.expected : 1, precision: s.hit + s.fp ? s.hit / (s.hit + s.fp) : s.expected ? 0 : 1, messageId: s.hit ? s.idOk / s.hit : 1 },
    ]),
  );
}
