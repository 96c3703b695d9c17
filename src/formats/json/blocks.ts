import type { MemberNode, ObjectNode, ValueNode } from '@humanwhocodes/momoa';
import { VISIBLE, type Block, type BlockKind } from '../../document/types.js';
import { TextBuilder } from '../../document/offset-map.js';
import { effectiveMembers, memberName, pointerSegment } from './ast.js';
import { DIRECTIVES_KEY } from './directives.js';
import { jsonStringText } from './strings.js';

/** Members whose string value is marketing copy whatever it looks like. */
const FREE_TEXT_KEYS = new Set(['name', 'description', 'label', 'otherConditions', 'note', 'aboveMax', 'method', 'example']);
/** Members whose string value is never copy, even with spaces in it. */
const NEVER_COPY_KEYS = new Set(['id', 'productId', 'orderUrl', 'url', '$schema']);

/** The blocks of one JSON document, built from the source so each maps back to it exactly. */
export class BlockList {
  readonly blocks: Block[] = [];

  constructor(private readonly source: string) {}

  /**
   * A block for a scalar value: a string's decoded text, or a number, boolean or null as written.
   * Empty strings give no block (there is nothing to point into).
   */
  value(node: ValueNode, pointer: string, key: string, container: number): number | undefined {
    const [start, end] = node.range!;
    if (node.type === 'String') return this.add('field', jsonStringText(this.source, start, end), pointer, isCopy(key, node.value), container);
    return this.add('field', new TextBuilder().verbatim(this.source.slice(start, end), start), pointer, false, container);
  }

  /** A block for a member's key (not copy), so findings about an object or list can point at it. */
  key(member: MemberNode, pointer: string, container: number): number | undefined {
    const [start, end] = member.name.range!;
    return this.add('key', jsonStringText(this.source, start, end), pointer, false, container);
  }

  /** A one-character block on an object's opening brace: an anchor for an object without keys. */
  brace(object: ObjectNode, pointer: string, container: number): number {
    const start = object.range![0];
    return this.add('key', new TextBuilder().verbatim('{', start), pointer, false, container)!;
  }

  private add(kind: BlockKind, text: TextBuilder, pointer: string, copy: boolean, container: number): number | undefined {
    if (text.length === 0) return undefined;
    const id = this.blocks.length;
    this.blocks.push({ id, kind, text: text.toString(), map: text.map, visibility: VISIBLE, copy, container, pointer });
    return id;
  }
}

/** Free-text members, and any other string with a space and a letter in it, are copy. */
function isCopy(key: string, text: string): boolean {
  if (FREE_TEXT_KEYS.has(key)) return true;
  return !NEVER_COPY_KEYS.has(key) && /\s/.test(text) && /\p{L}/u.test(text);
}

/** One product's blocks in source order, and its field names → block ids. */
export interface ProductBlocks {
  blocks: number[];
  fields: Record<string, number>;
  /** The first key block (only when asked for): the product's anchor when it has no name. */
  firstKey?: number;
}

interface Item {
  node: ValueNode;
  pointer: string;
  field: string;
  /** The member key the value belongs to (an array's key for its elements): decides copy. */
  key: string;
  member?: MemberNode;
}

/**
 * Turns a product object into blocks: every scalar a `field` block, every member holding an object
 * or list a `key` block. `fieldName` maps the product's own member keys to normalised field names
 * (nested members extend their parent's name: `prices.markup.value`, `noticeChannels.0`).
 * The `$stromlint` member is skipped. Iterative, in source order.
 */
export function productBlocks(list: BlockList, product: ObjectNode, pointer: string, container: number, fieldName: (key: string) => string, needKeyAnchor: boolean): ProductBlocks {
  const blocks: number[] = [];
  const fields: Record<string, number> = Object.create(null);
  let firstKey: number | undefined;
  const stack: Item[] = [];
  pushChildren(stack, { node: product, pointer, field: '', key: '' }, fieldName);
  for (let item = stack.pop(); item; item = stack.pop()) {
    const composite = item.node.type === 'Object' || item.node.type === 'Array';
    if (item.member && (composite || (needKeyAnchor && firstKey === undefined))) {
      const id = list.key(item.member, item.pointer, container);
      if (id !== undefined) {
        blocks.push(id);
        firstKey ??= id;
        if (composite) fields[item.field] = id;
      }
    }
    if (composite) pushChildren(stack, item, null);
    // A null field is a field not set ("endDate": null, "kwPrice": null): absent, as a missing key is.
    else if (item.node.type !== 'Null') {
      const id = list.value(item.node, item.pointer, item.key, container);
      if (id !== undefined) {
        blocks.push(id);
        fields[item.field] = id;
      }
    }
  }
  if (needKeyAnchor && firstKey === undefined) {
    firstKey = list.brace(product, pointer, container);
    blocks.unshift(firstKey);
  }
  return { blocks, fields, ...(firstKey !== undefined ? { firstKey } : {}) };
}

/** Pushes an object's members or an array's elements so that they pop in source order. */
function pushChildren(stack: Item[], parent: Item, topFieldName: ((key: string) => string) | null): void {
  const children: Item[] = [];
  const { node, pointer, field } = parent;
  if (node.type === 'Object') {
    for (const member of effectiveMembers(node)) {
      const key = memberName(member);
      if (topFieldName && key === DIRECTIVES_KEY) continue;
      const name = topFieldName ? topFieldName(key) : `${field}.${key}`;
      children.push({ node: member.value, pointer: `${pointer}/${pointerSegment(key)}`, field: name, key, member });
    }
  } else if (node.type === 'Array') {
    node.elements.forEach((e, i) => {
      children.push({ node: e.value, pointer: `${pointer}/${i}`, field: `${field}.${i}`, key: parent.key });
    });
  }
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
}
