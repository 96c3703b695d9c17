import type { ObjectNode, ValueNode } from '@humanwhocodes/momoa';
import type { AdapterNotice, Container, Directive, ParsedDocument, Product } from '../../document/types.js';
import { LineIndex } from '../../document/line-index.js';
import type { AdapterOptions } from '../types.js';
import { effectiveMembers, memberName, membersOf, pointerSegment } from './ast.js';
import { BlockList, productBlocks } from './blocks.js';
import type { ProductList, SheetShape } from './detect.js';
import { objectDirectives } from './directives.js';
import { feedFieldName, productTypeOf } from './fields.js';
import { feedUnit, feedUnitNotice } from './feed-units.js';
import { sheetFacts } from './field-facts.js';
import { duplicateKeyNotices } from './notices.js';
import { schemaNotices } from './schema.js';

type Shape = Exclude<SheetShape, { kind: 'none' }>;

/** Top-level members whose text is copy shared by every product. */
const SHARED_COPY_KEYS = new Set(['supplier', 'description']);

/**
 * Builds the document of a product sheet or feed export: blocks in source order, one container for
 * the product list and one per product, the products with their fields, directives and notices.
 */
export function sheetDocument(filePath: string, source: string, root: ValueNode, shape: Shape, options: AdapterOptions): ParsedDocument {
  const list = new BlockList(source);
  const containers: Container[] = [];
  const products: Product[] = [];
  const shared: number[] = [];
  const directives: Directive[] = [];
  const feed = shape.kind === 'price-portal-feed';
  let supplier: string | undefined;

  const addProducts = (productList: ProductList) => {
    const listContainer: Container = { id: containers.length, parent: -1, tag: 'array', classes: [], firstBlock: list.blocks.length, endBlock: 0 };
    containers.push(listContainer);
    productList.node.elements.forEach((element, index) => {
      if (element.value.type !== 'Object') return;
      const container: Container = { id: containers.length, parent: listContainer.id, tag: 'object', classes: [], role: 'product', firstBlock: list.blocks.length, endBlock: 0 };
      containers.push(container);
      products.push(product(list, element.value, `${productList.pointer}/${index}`, container.id, feed));
      directives.push(...objectDirectives(element.value, element.value.range![0], element.value.range![1]));
      container.endBlock = list.blocks.length;
    });
    listContainer.endBlock = list.blocks.length;
  };

  if (shape.top.type === 'Object') {
    directives.push(...objectDirectives(shape.top, 0, source.length));
    for (const member of effectiveMembers(shape.top)) {
      const key = memberName(member);
      if (shape.list && member.value === shape.list.node) addProducts(shape.list);
      else if (SHARED_COPY_KEYS.has(key) && member.value.type === 'String') {
        const id = list.value(member.value, `/${pointerSegment(key)}`, key, -1);
        if (id !== undefined) shared.push(id);
        if (key === 'supplier') supplier = member.value.value;
      }
    }
  } else if (shape.list) addProducts(shape.list);
  for (const p of products) p.shared = [...shared];

  const notices: AdapterNotice[] = [...duplicateKeyNotices(root)];
  const unit = feed ? feedUnit(shape.list, options.feedPriceUnit) : undefined;
  const unitNotice = unit && feedUnitNotice(unit);
  if (shape.kind === 'stromlint-sheet') notices.push(...schemaNotices(source, root, shape.list?.pointer ?? '/products'));
  else if (unitNotice) notices.push(unitNotice);

  const document: ParsedDocument = {
    filePath,
    format: 'json',
    source,
    lines: new LineIndex(source),
    blocks: list.blocks,
    containers,
    meta: {
      ...(supplier !== undefined ? { supplier } : {}),
      shape: shape.kind,
      productsAt: shape.list?.pointer ?? null,
      ...(unit ? { priceUnit: unit.unit } : {}),
    },
    sheetKind: shape.kind,
    products,
    directives,
    notices,
  };
  return { ...document, fieldFacts: sheetFacts(document) };
}

function product(list: BlockList, object: ObjectNode, pointer: string, container: number, feed: boolean): Product {
  const members = membersOf(object);
  const typeNode = members.get(feed ? 'productType' : 'type')?.value;
  const type = productTypeOf(typeNode?.type === 'String' ? typeNode.value : undefined, feed);
  const nameNode = members.get('name')?.value;
  const named = nameNode?.type === 'String' && nameNode.value.trim() !== '';
  const walked = productBlocks(list, object, pointer, container, feed ? (key) => feedFieldName(key, type) : (key) => key, !named);
  const anchorBlock = named ? walked.fields.name! : walked.firstKey!;
  return {
    name: named ? nameNode.value.trim() : fallbackName(members.get('id')?.value, pointer),
    anchor: { block: anchorBlock, start: 0, end: list.blocks[anchorBlock]!.text.length },
    type,
    blocks: walked.blocks,
    shared: [],
    fields: walked.fields,
  };
}

/** A product without a name goes by its id, or else by where it is in the file. */
function fallbackName(id: ValueNode | undefined, pointer: string): string {
  if (id?.type === 'String' && id.value.trim() !== '') return id.value.trim();
  if (id?.type === 'Number') return String(id.value);
  return pointer;
}
