import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/document/line-index.js';
import type { Directive, Document } from '../../src/document/types.js';
import { applyDirectives, placeDirectives } from '../../src/engine/directives.js';
import type { Finding } from '../../src/engine/types.js';

const SOURCE = [
  '<!-- stromlint-disable campaign-end -- slutt står i vilkårene -->', // line 1
  'Kampanje A', // 2
  '<!-- stromlint-enable campaign-end -->', // 3
  'Kampanje B', // 4
  '<!-- stromlint-disable-next-line duration -->', // 5
  'Fastpris C', // 6
  'Fastpris D <!-- stromlint-disable-line duration -- står i tabellen -->', // 7
  '<!-- stromlint-disable hidden-price -- gammel widget -->', // 8
].join('\n');

function directive(kind: Directive['kind'], rules: string[], line: number, reason?: string): Directive {
  const lines = new LineIndex(SOURCE);
  const text = lines.lineText(line);
  const start = lines.lineStart(line) + text.indexOf('<!--');
  return { kind, rules, reason, start, end: lines.lineStart(line) + text.length };
}

function doc(directives: Directive[], format: Document['format'] = 'html') {
  return placeDirectives(docOf(directives, format));
}

function docOf(directives: Directive[], format: Document['format']): Document {
  return { filePath: '/x.html', format, source: SOURCE, lines: new LineIndex(SOURCE), blocks: [], containers: [], meta: {}, pageKind: 'offer', products: [], facts: [], directives, notices: [] };
}

function finding(ruleId: string, line: number): Finding {
  const lines = new LineIndex(SOURCE);
  return { ruleId, messageId: 'm', severity: 'error', message: '', line, column: 1, endLine: line, endColumn: 2, offset: lines.lineStart(line) };
}

const options = { locale: 'en' as const, allowWithoutReason: false, knownRules: new Set(['campaign-end', 'duration', 'hidden-price']), activeRules: new Set(['campaign-end', 'duration', 'hidden-price']) };

describe('applyDirectives', () => {
  const directives = [
    directive('disable', ['campaign-end'], 1, 'slutt står i vilkårene'),
    directive('enable', ['campaign-end'], 3),
    directive('disable-next-line', ['duration'], 5),
    directive('disable-line', ['duration'], 7, 'står i tabellen'),
    directive('disable', ['hidden-price'], 8, 'gammel widget'),
  ];

  it('silences findings in disabled regions and lines, and only those', () => {
    const kept = applyDirectives(doc(directives), [finding('campaign-end', 2), finding('campaign-end', 4), finding('duration', 6), finding('duration', 7), finding('hidden-price', 4)], options);
    expect(kept.filter((f) => f.ruleId !== 'directive').map((f) => [f.ruleId, f.line])).toEqual([
      ['campaign-end', 4],
      ['hidden-price', 4],
    ]);
  });

  it('reports a disable without a reason, and a disable that silenced nothing', () => {
    const kept = applyDirectives(doc(directives), [finding('campaign-end', 2), finding('duration', 6), finding('duration', 7)], options);
    const meta = kept.filter((f) => f.ruleId === 'directive').map((f) => [f.messageId, f.severity, f.line, f.column]);
    expect(meta).toEqual([
      ['missingReason', 'error', 5, 1],
      ['unusedDirective', 'warn', 8, 1],
    ]);
  });

  it('accepts disables without reasons when allowed, and flags unknown rule ids', () => {
    const kept = applyDirectives(doc([directive('disable-next-line', ['duraton'], 5)]), [], { ...options, allowWithoutReason: true });
    expect(kept.map((f) => [f.messageId, f.line])).toEqual([['unknownDirectiveRule', 5]]);
  });

  it('treats a JSON directive as covering exactly its object', () => {
    const d: Directive = { kind: 'disable', rules: ['campaign-end'], reason: 'ok', start: 0, end: 40 };
    const kept = applyDirectives(doc([d], 'json'), [finding('campaign-end', 1), finding('campaign-end', 2)], options);
    expect(kept.map((f) => f.line)).toEqual([2]);
  });
});
