import { IMAGE_NAME_MAX_LENGTH, isFullyQualified, parseImageReference } from './imageRef';

const SHA256 = 'a'.repeat(64);

describe('parseImageReference: valid references are split as the distribution grammar does', () => {
  it.each([
    [
      'registry.redhat.io/openshift4/ose-node-feature-discovery-rhel9:v4.16',
      {
        domain: 'registry.redhat.io',
        path: 'openshift4/ose-node-feature-discovery-rhel9',
        tag: 'v4.16',
      },
    ],
    [
      'quay.io/openshift/origin-node-feature-discovery:4.10',
      { domain: 'quay.io', path: 'openshift/origin-node-feature-discovery', tag: '4.10' },
    ],
    ['localhost:5000/foo/bar:latest', { domain: 'localhost:5000', path: 'foo/bar', tag: 'latest' }],
    ['localhost/foo', { domain: 'localhost', path: 'foo' }],
    ['[2001:db8::1]:5000/img:1', { domain: '[2001:db8::1]:5000', path: 'img', tag: '1' }],
    ['busybox', { path: 'busybox' }],
    ['library/busybox', { path: 'library/busybox' }],
    ['Registry.Example/app', { domain: 'Registry.Example', path: 'app' }],
    ['a/b__c/d--e/f.g', { path: 'a/b__c/d--e/f.g' }],
    [`quay.io/x@sha256:${SHA256}`, { domain: 'quay.io', path: 'x', digest: `sha256:${SHA256}` }],
    [
      `quay.io/x:v1@sha512:${'0'.repeat(128)}`,
      { domain: 'quay.io', path: 'x', tag: 'v1', digest: `sha512:${'0'.repeat(128)}` },
    ],
    [`x:${'T'.repeat(128)}`, { path: 'x', tag: 'T'.repeat(128) }],
  ])('%s', (input, reference) => {
    expect(parseImageReference(input)).toEqual({ ok: true, reference });
  });
});

describe('parseImageReference: what the API would accept but a node could never pull is refused', () => {
  it.each([
    ['', 'required'],
    ['quay.io/foo bar', 'whitespace'],
    [' quay.io/foo', 'whitespace'],
    ['quay.io/Foo/bar', 'uppercase'],
    ['quay.io/foo:', 'invalid'],
    [':tag', 'invalid'],
    ['quay.io/-foo', 'invalid'],
    ['quay.io/foo___bar', 'invalid'],
    ['quay.io/foo/', 'invalid'],
    ['quay.io//foo', 'invalid'],
    ['-quay.io/foo', 'invalid'],
    [`x:${'t'.repeat(129)}`, 'invalid'],
    ['x:-tag', 'invalid'],
    ['quay.io/foo@sha256:abc', 'invalid'],
    [`quay.io/foo@sha256:${'a'.repeat(40)}`, 'digest-invalid'],
    [`quay.io/foo@md5:${'a'.repeat(32)}`, 'digest-invalid'],
    [`quay.io/foo@sha256:${'A'.repeat(64)}`, 'digest-invalid'],
    ['x'.repeat(300), 'name-too-long'],
    ['ｑuay.io/foo', 'invalid'],
  ])('%j -> %s', (input, error) => {
    expect(parseImageReference(input)).toEqual({ ok: false, error });
  });

  it('the name limit is the grammar’s 255 characters, tag and digest not counted', () => {
    const name = `q.io/${'a'.repeat(IMAGE_NAME_MAX_LENGTH - 5)}`;
    expect(parseImageReference(`${name}:v1`).ok).toBe(true);
    expect(parseImageReference(`${name}a:v1`)).toEqual({ ok: false, error: 'name-too-long' });
  });
});

describe('isFullyQualified', () => {
  it('a reference that names its registry is; a Docker Hub short name is not', () => {
    const parse = (s: string) => {
      const r = parseImageReference(s);
      if (!r.ok) throw new Error(r.error);
      return r.reference;
    };
    expect(isFullyQualified(parse('registry.redhat.io/a/b:1'))).toBe(true);
    expect(isFullyQualified(parse('library/busybox'))).toBe(false);
    expect(isFullyQualified(parse('busybox:1'))).toBe(false);
  });
});
