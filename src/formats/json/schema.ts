import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { ValueNode } from '@humanwhocodes/momoa';
import type { AdapterNotice } from '../../document/types.js';
import { readPackageJson } from '../../package-info.js';
import { pointerSegment, resolvePointer, toData } from './ast.js';
import { MAX_NOTICES } from './notices.js';
import { schemaMessage, type ErrorPlace } from './schema-messages.js';

let validator: ValidateFunction | undefined;

/** Compiled on first use: linting Markdown and HTML never pays for it. */
function sheetValidator(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false }).compile(readPackageJson('schemas/product-sheet.schema.json') as object);
  return validator;
}

/**
 * Checks a stromlint product sheet against `schemas/product-sheet.schema.json`. Each violation is a
 * notice at the offending value (or at the member whose object lacks a field), worded so that
 * whoever maintains the sheet can fix it.
 */
export function schemaNotices(source: string, root: ValueNode, listPointer: string): AdapterNotice[] {
  const validate = sheetValidator();
  if (validate(toData(root))) return [];
  const errors = validate.errors ?? [];
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const notices: AdapterNotice[] = [];
  for (const error of errors) {
    if (notices.length >= MAX_NOTICES) break;
    // An error inside one alternative of a failed anyOf: the anyOf's own message covers it.
    if (anyOfs.some((anyOf) => inBranchOf(error, anyOf))) continue;
    const branches = error.keyword === 'anyOf' ? errors.filter((e) => inBranchOf(e, error)) : [];
    const target = resolvePointer(root, error.instancePath);
    if (!target) continue;
    const [start, end] = span(error, target, root, branches);
    notices.push({
      ruleId: 'product-sheet-schema',
      messageId: 'schema',
      severity: 'error',
      message: schemaMessage(error, place(source, error.instancePath, listPointer, target.node), branches),
      start,
      end,
    });
  }
  return notices.sort((a, b) => a.start - b.start);
}

function inBranchOf(error: ErrorObject, anyOf: ErrorObject): boolean {
  return error.schemaPath.startsWith(`${anyOf.schemaPath}/`) && (error.instancePath === anyOf.instancePath || error.instancePath.startsWith(`${anyOf.instancePath}/`));
}

/**
 * Where a notice points: the unknown key; the key of the member whose object lacks a field (or the
 * object's opening brace when it has no key, e.g. a product in the list); otherwise the value.
 */
function span(error: ErrorObject, target: NonNullable<ReturnType<typeof resolvePointer>>, root: ValueNode, branches: ErrorObject[]): [number, number] {
  const missingField = error.keyword === 'required' || (error.keyword === 'anyOf' && branches.every((b) => b.keyword === 'required'));
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const member = resolvePointer(root, `${error.instancePath}/${pointerSegment(key)}`)?.member;
    if (member) return member.name.range!;
  }
  if (missingField) {
    if (target.member) return target.member.name.range!;
    const start = target.node.range![0];
    return [start, start + 1];
  }
  return target.node.range!;
}

function place(source: string, instancePath: string, listPointer: string, node: ValueNode): ErrorPlace {
  const inList = instancePath.startsWith(`${listPointer}/`) ? instancePath.slice(listPointer.length + 1) : undefined;
  const inProduct = inList !== undefined;
  // Inside a product: drop the product's index; the notice's position says which product it is.
  const rest = inProduct ? inList.replace(/^\d+\/?/, '') : instancePath.slice(1);
  const path =
    rest === ''
      ? ''
      : rest
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
          .reduce((p, s) => (/^\d+$/.test(s) ? `${p}[${s}]` : p ? `${p}.${s}` : s), '');
  return { path, inProduct, found: foundWords(source, node) };
}

/** The value as the user wrote it, short. */
function foundWords(source: string, node: ValueNode): AdapterNotice['message'] {
  switch (node.type) {
    case 'String': {
      const text = node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value;
      return { nb: `«${text}»`, en: `"${text}"` };
    }
    case 'Object':
      return { nb: 'et objekt', en: 'an object' };
    case 'Array':
      return { nb: 'en liste', en: 'a list' };
    default: {
      const text = source.slice(node.range![0], Math.min(node.range![1], node.range![0] + 40));
      return { nb: text, en: text };
    }
  }
}
