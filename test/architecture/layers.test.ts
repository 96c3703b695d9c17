import { cruise, type ICruiseResult } from 'dependency-cruiser';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering the code keeps, read from its import graph: the engine and the rules never import each
 * other (the runner hands the rules to the engine), the language layer reads text and nothing of the
 * layers above it, rules see only the rule kit, the document model and the facts, and no two folders
 * import each other, type imports included.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
let graph: Map<string, Set<string>>;

/** The folder a module belongs to: `rules`, `src/<folder>` or a top-level module of `src`. */
function folderOf(file: string): string {
  if (file.startsWith('rules/')) return 'rules';
  const [top, folder] = file.split('/');
  return folder === undefined ? file : `${top}/${folder.replace(/\.ts$/, '')}`;
}

beforeAll(async () => {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const result = await cruise(['src', 'rules'], { tsConfig: { fileName: 'tsconfig.json' }, tsPreCompilationDeps: true, exclude: { path: 'node_modules' } }, undefined, { tsConfig: {} });
    graph = new Map();
    for (const module of (result.output as ICruiseResult).modules) {
      if (!/^(src|rules)\//.test(module.source)) continue;
      const imports = new Set<string>();
      for (const dependency of module.dependencies) if (!dependency.coreModule && /^(src|rules)\//.test(dependency.resolved)) imports.add(dependency.resolved);
      graph.set(module.source, imports);
    }
  } finally {
    process.chdir(cwd);
  }
}, 60_000);

/** Imports from modules under `from` into modules under `to`, as "a -> b". */
function importsBetween(from: RegExp, to: RegExp): string[] {
  return [...graph].flatMap(([source, imports]) => (from.test(source) ? [...imports].filter((i) => to.test(i)).map((i) => `${source} -> ${i}`) : []));
}

describe('the layers', () => {
  it('reads the whole tree', () => {
    expect(graph.has('src/index.ts')).toBe(true);
    expect(graph.has('rules/index.ts')).toBe(true);
    expect(graph.size).toBeGreaterThan(150);
  });

  it('keeps the engine and the rules apart', () => {
    expect(importsBetween(/^src\/engine\//, /^rules\//)).toEqual([]);
    expect(importsBetween(/^rules\//, /^src\/engine\//)).toEqual([]);
  });

  it('lets rules see only the rule kit, the document model and the facts', () => {
    const allowed = /^(rules\/|src\/rule-kit\/index\.ts$|src\/document\/types\.ts$|src\/language\/facts\.ts$)/;
    expect(importsBetween(/^rules\//, /./).filter((edge) => !allowed.test(edge.split(' -> ')[1]!))).toEqual([]);
  });

  it('keeps the language layer to itself: it reads text, not parser output or documents', () => {
    expect(importsBetween(/^src\/language\//, /^(?!src\/language\/)/)).toEqual([]);
  });

  it('has no cycle between folders, type imports included', () => {
    const folders = new Map<string, Set<string>>();
    for (const [source, imports] of graph) {
      const from = folderOf(source);
      for (const target of imports) if (folderOf(target) !== from) (folders.get(from) ?? folders.set(from, new Set()).get(from)!).add(folderOf(target));
    }
    const cycles: string[] = [];
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
      if (from === to) return true;
      if (seen.has(from)) return false;
      seen.add(from);
      return [...(folders.get(from) ?? [])].some((next) => reaches(next, to, seen));
    };
    for (const [from, targets] of folders) for (const to of targets) if (reaches(to, from)) cycles.push(`${from} -> ${to}`);
    expect(cycles).toEqual([]);
  });
});
