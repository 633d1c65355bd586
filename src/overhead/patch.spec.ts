import type { RuntimeClassKind } from '../models';
import { buildOverheadPatch, isStaleVersionError } from './patch';

const rc = (overhead?: RuntimeClassKind['overhead']): RuntimeClassKind => ({
  metadata: { name: 'kata', resourceVersion: '42' },
  handler: 'kata',
  overhead,
});

const values = { memory: '500Mi', cpu: '500m' };
const test = { op: 'test', path: '/metadata/resourceVersion', value: '42' };

describe('buildOverheadPatch', () => {
  it.each<[string, RuntimeClassKind, unknown[]]>([
    [
      'replaces both values',
      rc({ podFixed: { memory: '350Mi', cpu: '250m' } }),
      [
        test,
        { op: 'replace', path: '/overhead/podFixed/memory', value: '500Mi' },
        { op: 'replace', path: '/overhead/podFixed/cpu', value: '500m' },
      ],
    ],
    [
      'adds a missing key',
      rc({ podFixed: { memory: '350Mi' } }),
      [
        test,
        { op: 'replace', path: '/overhead/podFixed/memory', value: '500Mi' },
        { op: 'add', path: '/overhead/podFixed/cpu', value: '500m' },
      ],
    ],
    ['adds podFixed', rc({}), [test, { op: 'add', path: '/overhead/podFixed', value: values }]],
    ['adds overhead', rc(), [test, { op: 'add', path: '/overhead', value: { podFixed: values } }]],
  ])('%s, after the resourceVersion test', (_name, loaded, expected) => {
    expect(buildOverheadPatch(loaded, values)).toEqual(expected);
  });
});

describe('isStaleVersionError', () => {
  it.each<[number | undefined, string, boolean]>([
    [409, 'the object has been modified', true],
    [422, 'testing value /metadata/resourceVersion failed: test failed', true],
    [422, 'overhead.podFixed.memory: Invalid value', false],
    [403, 'forbidden', false],
    [500, 'testing value /metadata/resourceVersion failed', false],
    [undefined, 'network', false],
  ])('%s %j -> %s', (code, message, expected) => {
    expect(isStaleVersionError({ code, message, causes: [] })).toBe(expected);
  });
});
