import {
  validateDns1123Subdomain,
  validateLabelKey,
  validateLabelValue,
  validateLogLevel,
  validateSelectorRequirement,
} from './validation';

const codes = (errors: { code: string }[]) => errors.map((e) => e.code);

describe('validateLabelKey (apimachinery IsQualifiedName)', () => {
  it.each([
    'simple',
    'now-with-dashes',
    '1-starts-with-num',
    '1234',
    'simple/simple',
    'now-with-dashes/simple',
    'now-with-dashes/now-with-dashes',
    'now.with.dots/simple',
    'now-with.dashes-and.dots/simple',
    '1-num.2-num/3-num',
    '1234/5678',
    '1.2.3.4/5678',
    'Uppercase_Is_OK_123',
    'example.com/Uppercase_Is_OK_123',
    'requests.storage-foo',
    'feature.node.kubernetes.io/runtime.kata',
    'node-role.kubernetes.io/kata-oc',
    'a'.repeat(63),
    `${'a'.repeat(253)}/${'b'.repeat(63)}`,
  ])('accepts %s', (key) => {
    expect(validateLabelKey(key)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['', ['required']],
    ['nospecialchars%^=@', ['label-key-name-invalid']],
    ['cantendwithadash-', ['label-key-name-invalid']],
    ['-cantstartwithadash-', ['label-key-name-invalid']],
    ['only/one/slash', ['label-key-too-many-slashes']],
    ['Example.com/abc', ['label-key-prefix-invalid']],
    ['example_com/abc', ['label-key-prefix-invalid']],
    ['example.com/', ['label-key-name-empty']],
    ['/simple', ['label-key-prefix-empty']],
    ['a'.repeat(64), ['label-key-name-too-long']],
    [`${'a'.repeat(254)}/abc`, ['label-key-prefix-too-long']],
    ['has space', ['label-key-name-invalid']],
    ['.dot', ['label-key-name-invalid']],
    ['dot.', ['label-key-name-invalid']],
  ])('rejects %j with %j', (key, expected) => {
    expect(codes(validateLabelKey(key))).toEqual(expected);
  });

  it('reports the limit for a name part that is too long', () => {
    expect(validateLabelKey('a'.repeat(64))).toEqual([
      { code: 'label-key-name-too-long', max: 63 },
    ]);
  });
});

describe('validateLabelValue (apimachinery IsValidLabelValue)', () => {
  it.each([
    '',
    'simple',
    'now-with-dashes',
    '1-starts-with-num',
    'end-with-num-1',
    '1234',
    'true',
    'Mixed_Case.and-dots',
    'a'.repeat(63),
  ])('accepts %j', (value) => {
    expect(validateLabelValue(value)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['nospecialchars%^=@', ['label-value-invalid']],
    ['Tama-nui-te-rā.is.Māori.sun', ['label-value-invalid']],
    ['\\backslashes\\are\\bad', ['label-value-invalid']],
    ['-starts-with-dash', ['label-value-invalid']],
    ['ends-with-dash-', ['label-value-invalid']],
    ['.starts.with.dot', ['label-value-invalid']],
    ['has/slash', ['label-value-invalid']],
    ['a'.repeat(64), ['label-value-too-long']],
    [`${'a'.repeat(63)}-`, ['label-value-too-long', 'label-value-invalid']],
  ])('rejects %j with %j', (value, expected) => {
    expect(codes(validateLabelValue(value))).toEqual(expected);
  });
});

describe('validateDns1123Subdomain (resource names)', () => {
  it.each([
    'a',
    'ab',
    'abc',
    'a1',
    'a-1',
    'a--1--2--b',
    '0',
    '01',
    '1.a',
    'a.b.c.d.e',
    'example-kataconfig',
    'a'.repeat(253),
  ])('accepts %j', (name) => {
    expect(validateDns1123Subdomain(name)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['', ['required']],
    ['A', ['name-invalid']],
    ['ABC', ['name-invalid']],
    ['aBc', ['name-invalid']],
    ['a@b', ['name-invalid']],
    ['a,b', ['name-invalid']],
    ['a_b', ['name-invalid']],
    ['-', ['name-invalid']],
    ['a-', ['name-invalid']],
    ['-a', ['name-invalid']],
    ['1-', ['name-invalid']],
    ['.a', ['name-invalid']],
    ['a.', ['name-invalid']],
    ['a..b', ['name-invalid']],
    ['a.-b', ['name-invalid']],
    ['a'.repeat(254), ['name-too-long']],
  ])('rejects %j with %j', (name, expected) => {
    expect(codes(validateDns1123Subdomain(name))).toEqual(expected);
  });
});

describe('validateSelectorRequirement (ValidateLabelSelectorRequirement)', () => {
  it.each([
    { key: 'a', operator: 'In', values: ['x'] },
    { key: 'a', operator: 'NotIn', values: ['x', 'y', ''] },
    { key: 'a', operator: 'Exists' },
    { key: 'example.com/a', operator: 'DoesNotExist', values: [] },
  ])('accepts %j', (req) => {
    const result = validateSelectorRequirement(req);
    expect(result).toEqual({ key: [], operator: [], values: [] });
  });

  it.each<[{ key: string; operator: string; values?: string[] }, string, string[]]>([
    [{ key: 'a', operator: 'In', values: [] }, 'values', ['values-required']],
    [{ key: 'a', operator: 'NotIn' }, 'values', ['values-required']],
    [{ key: 'a', operator: 'Exists', values: ['x'] }, 'values', ['values-forbidden']],
    [{ key: 'a', operator: 'DoesNotExist', values: ['x'] }, 'values', ['values-forbidden']],
    [{ key: 'a', operator: 'in', values: ['x'] }, 'operator', ['operator-invalid']],
    [{ key: 'a', operator: 'Gt', values: ['1'] }, 'operator', ['operator-invalid']],
    [{ key: 'a', operator: '' }, 'operator', ['required']],
    [{ key: 'a', operator: 'In', values: ['bad value'] }, 'values', ['label-value-invalid']],
    [{ key: '', operator: 'Exists' }, 'key', ['required']],
    [{ key: 'a/b/c', operator: 'Exists' }, 'key', ['label-key-too-many-slashes']],
  ])('rejects %j in %s with %j', (req, field, expected) => {
    const result = validateSelectorRequirement(req);
    expect(codes(result[field as keyof typeof result])).toEqual(expected);
  });

  it('names the offending value', () => {
    expect(
      validateSelectorRequirement({
        key: 'a',
        operator: 'In',
        values: ['ok', 'no way'],
      }).values,
    ).toEqual([{ code: 'label-value-invalid', value: 'no way' }]);
  });
});

describe('validateLogLevel (CRI-O levels)', () => {
  it.each(['fatal', 'panic', 'error', 'warn', 'info', 'debug', 'trace'])('accepts %s', (level) => {
    expect(validateLogLevel(level)).toEqual([]);
  });
  it.each(['', 'INFO', 'warning', 'verbose'])('rejects %j', (level) => {
    expect(codes(validateLogLevel(level))).toEqual(['log-level-invalid']);
  });
});
