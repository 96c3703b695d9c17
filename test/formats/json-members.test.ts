import { parse, type ObjectNode } from '@humanwhocodes/momoa';
import { describe, expect, it } from 'vitest';
import { memberValue, membersOf } from '../../src/formats/json/ast.js';

const object = (text: string) => parse(text, { mode: 'json', ranges: true }).body as ObjectNode;

describe('JSON member lookup', () => {
  it('indexes a large object once, however often its members are read', () => {
    const big = object(`{${Array.from({ length: 100_000 }, (_, i) => `"m${i}":${i}`).join(',')}}`);
    expect(membersOf(big)).toBe(membersOf(big));
    expect(memberValue(big, 'm99999')).toMatchObject({ type: 'Number', value: 99_999 });
  });

  it('reads the last of a repeated key, in small and large objects alike, as JSON.parse does', () => {
    expect(memberValue(object('{"a":1,"b":2,"a":3}'), 'a')).toMatchObject({ value: 3 });
    const large = object(`{"a":1,${Array.from({ length: 40 }, (_, i) => `"k${i}":0`).join(',')},"a":2}`);
    expect(memberValue(large, 'a')).toMatchObject({ value: 2 });
    expect(memberValue(large, 'zz')).toBeUndefined();
    expect(memberValue(object('{"constructor":1}'), 'toString')).toBeUndefined();
  });
});
