import type { MemberNode, ObjectNode, ValueNode } from '@humanwhocodes/momoa';

/** A member's key as decoded text. */
export function memberName(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name;
}

/** Objects with more members than this get a name index; smaller ones are scanned, which is cheaper. */
const INDEX_FROM = 16;
/** Name indexes, kept as long as their object: looking up one member must not cost the whole object again. */
const indexes = new WeakMap<ObjectNode, ReadonlyMap<string, MemberNode>>();

/** An object's members by name; a repeated key keeps its last value, as JSON.parse does. */
export function membersOf(object: ObjectNode): ReadonlyMap<string, MemberNode> {
  const indexed = indexes.get(object);
  if (indexed) return indexed;
  const map = new Map<string, MemberNode>();
  for (const member of object.members) map.set(memberName(member), member);
  if (object.members.length > INDEX_FROM) indexes.set(object, map);
  return map;
}

/** The members that count, in source order (a repeated key's earlier values left out). */
export function effectiveMembers(object: ObjectNode): MemberNode[] {
  const byName = membersOf(object);
  return object.members.filter((m) => byName.get(memberName(m)) === m);
}

/** The value of member `name`, if `node` is an object that has one (the last, when the key repeats). */
export function memberValue(node: ValueNode | undefined, name: string): ValueNode | undefined {
  if (node?.type !== 'Object') return undefined;
  if (node.members.length > INDEX_FROM) return membersOf(node).get(name)?.value;
  for (let i = node.members.length - 1; i >= 0; i--) if (memberName(node.members[i]!) === name) return node.members[i]!.value;
  return undefined;
}

/** Members whose key repeats an earlier key of the same object, anywhere in the tree. */
export function repeatedMembers(root: ValueNode): MemberNode[] {
  const out: MemberNode[] = [];
  const stack: ValueNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'Array') for (const e of node.elements) stack.push(e.value);
    else if (node.type === 'Object') {
      const seen = new Set<string>();
      for (const m of node.members) {
        const name = memberName(m);
        if (seen.has(name)) out.push(m);
        seen.add(name);
        stack.push(m.value);
      }
    }
  }
  return out.sort((a, b) => a.range![0] - b.range![0]);
}

/**
 * Plain data of a node, as JSON.parse would give it but with null-prototype objects, so keys such
 * as `__proto__` and `constructor` are ordinary keys. Iterative: depth is bounded by the pre-scan,
 * not by the call stack.
 */
export function toData(root: ValueNode): unknown {
  const top: { value?: unknown } = {};
  const stack: Array<{ node: ValueNode; put: (value: unknown) => void }> = [{ node: root, put: (v) => (top.value = v) }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, put } = item;
    if (node.type === 'Object') {
      const object: Record<string, unknown> = Object.create(null);
      put(object);
      for (const m of effectiveMembers(node)) stack.push({ node: m.value, put: (v) => (object[memberName(m)] = v) });
    } else if (node.type === 'Array') {
      const array: unknown[] = new Array(node.elements.length);
      put(array);
      node.elements.forEach((e, i) => {
        stack.push({
          node: e.value,
          put: (v) => {
            array[i] = v;
          },
        });
      });
    } else put(node.type === 'Null' ? null : 'value' in node ? node.value : null);
  }
  return top.value;
}

/** The node a JSON Pointer (RFC 6901) names, and the member holding it when it is an object member. */
export function resolvePointer(root: ValueNode, pointer: string): { node: ValueNode; member?: MemberNode } | undefined {
  let node: ValueNode | undefined = root;
  let member: MemberNode | undefined;
  if (pointer === '') return { node };
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node?.type === 'Object') {
      member = membersOf(node).get(segment);
      node = member?.value;
    } else if (node?.type === 'Array' && /^(0|[1-9]\d*)$/.test(segment)) {
      member = undefined;
      node = node.elements[Number(segment)]?.value;
    } else return undefined;
    if (!node) return undefined;
  }
  return member ? { node, member } : { node };
}

/** Escapes one JSON Pointer segment. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
