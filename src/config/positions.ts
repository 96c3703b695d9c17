import fs from 'node:fs';

/** A key's path in a configuration: names of mapping keys and indexes of list items. */
export type KeyPath = Array<string | number>;

/**
 * The line and column (1-based) of a key, or of its value, in a YAML or JSON config file (JSON is
 * read as YAML, which keeps the positions). Undefined for a JavaScript config, or a path that is
 * not in the file; the deepest part of the path that is there is used otherwise.
 */
export async function locateKey(filePath: string, path: KeyPath, at: 'key' | 'value'): Promise<{ line: number; column: number } | undefined> {
  if (/\.(c|m)?js$/.test(filePath)) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
  const { default: YAML } = await import('yaml');
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter });
  let node: unknown = doc.contents;
  let range: [number, number, number] | undefined = (node as { range?: [number, number, number] } | null)?.range;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (YAML.isMap(node)) {
      const pair = node.items.find((p) => YAML.isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      range =
        last && at === 'key'
          ? (pair.key as { range?: [number, number, number] }).range
          : ((pair.value as { range?: [number, number, number] } | null)?.range ?? (pair.key as { range?: [number, number, number] }).range);
      node = pair.value;
    } else if (YAML.isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      range = (node as { range?: [number, number, number] }).range;
    } else break;
  }
  if (!range) return undefined;
  const { line, col } = lineCounter.linePos(range[0]);
  return { line, column: col };
}
