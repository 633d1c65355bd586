import { PatchError, jsonPatch, mergePatch } from './patch';

describe('mergePatch (RFC 7386)', () => {
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])('%j + %j = %j', (target, patch, expected) => {
    expect(mergePatch(target, patch)).toEqual(expected);
  });
});

describe('jsonPatch (RFC 6902)', () => {
  const doc = { a: { b: 'c' }, list: [1, 2, 3], 'x/y': { '~z': 1 } };
  const codeOf = (ops: unknown): number | undefined => {
    try {
      jsonPatch(doc, ops);
      return undefined;
    } catch (e) {
      return e instanceof PatchError ? e.code : -1;
    }
  };

  it.each([
    [[{ op: 'add', path: '/a/d', value: 1 }], { ...doc, a: { b: 'c', d: 1 } }],
    [[{ op: 'add', path: '/list/1', value: 9 }], { ...doc, list: [1, 9, 2, 3] }],
    [[{ op: 'add', path: '/list/-', value: 9 }], { ...doc, list: [1, 2, 3, 9] }],
    [[{ op: 'remove', path: '/list/0' }], { ...doc, list: [2, 3] }],
    [[{ op: 'replace', path: '/a/b', value: 'z' }], { ...doc, a: { b: 'z' } }],
    [[{ op: 'move', from: '/a/b', path: '/moved' }], { ...doc, a: {}, moved: 'c' }],
    [[{ op: 'copy', from: '/a', path: '/copy' }], { ...doc, copy: { b: 'c' } }],
    [[{ op: 'test', path: '/x~1y/~0z', value: 1 }], doc],
    [[{ op: 'test', path: '/a', value: { b: 'c' } }], doc],
  ])('%j', (ops, expected) => {
    expect(jsonPatch(doc, ops)).toEqual(expected);
  });

  it.each([
    [[{ op: 'test', path: '/a/b', value: 'nope' }], 422],
    [[{ op: 'remove', path: '/missing' }], 422],
    [[{ op: 'replace', path: '/missing', value: 1 }], 422],
    [[{ op: 'add', path: '/no/such/parent', value: 1 }], 422],
    [[{ op: 'add', path: '/list/7', value: 1 }], 422],
    [[{ op: 'frobnicate', path: '/a' }], 400],
    [{ op: 'add' }, 400],
  ])('%j fails with %d', (ops, code) => {
    expect(codeOf(ops)).toBe(code);
  });

  const messageOf = (ops: unknown): string => {
    try {
      jsonPatch(doc, ops);
      return '';
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  };

  it.each([
    [[{ op: 'test', path: '/a/b', value: 'nope' }], 'testing value /a/b failed: test failed'],
    [
      [{ op: 'remove', path: '/a/missing' }],
      'unable to remove nonexistent key: missing: missing value',
    ],
    [
      [{ op: 'replace', path: '/a/missing', value: 1 }],
      'replace operation does not apply: doc is missing key: /a/missing: missing value',
    ],
    [[{ op: 'add', path: '/no/such/parent', value: 1 }], 'doc is missing path: "/no/such/parent"'],
    [[{ op: 'add', path: '/list/7', value: 1 }], 'array index out of bounds in path: "/list/7"'],
    [[{ op: 'add', path: '/list/x', value: 1 }], 'invalid array index in path: "/list/x"'],
    [[{ op: 'frobnicate', path: '/a' }], 'Unexpected kind: frobnicate'],
  ])('%j says what the API server says', (ops, message) => {
    expect(messageOf(ops)).toBe(message);
  });

  it('does not modify its input', () => {
    const input = { a: [1] };
    jsonPatch(input, [{ op: 'add', path: '/a/-', value: 2 }]);
    expect(input).toEqual({ a: [1] });
  });
});
