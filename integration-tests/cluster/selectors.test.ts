import {
  checkFieldSelector,
  SelectorError,
  fromLabelSelectorObject,
  matchesFieldSelector,
  matchesSelector,
  parseFieldSelector,
  parseLabelSelector,
} from './selectors';

const labels = {
  app: 'web',
  tier: 'gold',
  'node-role.kubernetes.io/worker': '',
};

describe('parseLabelSelector + matchesSelector', () => {
  it.each([
    ['', true],
    ['app=web', true],
    ['app==web', true],
    ['app=db', false],
    ['app!=db', true],
    ['app!=web', false],
    ['missing!=x', true],
    ['app in (web, db)', true],
    ['app in (db)', false],
    ['app notin (db)', true],
    ['missing notin (db)', true],
    ['app notin (web)', false],
    ['node-role.kubernetes.io/worker', true],
    ['node-role.kubernetes.io/master', false],
    ['!node-role.kubernetes.io/master', true],
    ['!app', false],
    ['app=web,tier in (gold,silver),!missing', true],
    ['app=web,tier=silver', false],
    ['node-role.kubernetes.io/worker=', true],
  ])('%j => %s', (sel, expected) => {
    expect(matchesSelector(parseLabelSelector(sel), labels)).toBe(expected);
  });

  it.each(['a in b', 'a b', '=x'])('rejects %j', (sel) => {
    expect(() => parseLabelSelector(sel)).toThrow(SelectorError);
  });
});

describe('field selectors', () => {
  it.each([
    ['metadata.name=a', { name: 'a' }, true],
    ['metadata.name!=a', { name: 'a' }, false],
    ['metadata.namespace=ns,metadata.name==b', { name: 'b', namespace: 'ns' }, true],
    ['metadata.namespace=ns', { name: 'b' }, false],
  ])('%j on %j => %s', (sel, meta, expected) => {
    expect(matchesFieldSelector(parseFieldSelector(sel), { metadata: meta })).toBe(expected);
  });

  const pod = {
    metadata: { name: 'web-1', namespace: 'ns' },
    spec: { nodeName: 'worker-0' },
    status: { phase: 'Running' },
  };

  it.each([
    ['spec.nodeName=worker-0', true],
    ['spec.nodeName!=worker-0', false],
    ['status.phase=Running,spec.nodeName=worker-0', true],
    ['status.phase=Pending', false],
  ])('pod fields (kubectl drain): %j => %s', (sel, expected) => {
    const fields = parseFieldSelector(sel);
    expect(() => {
      checkFieldSelector(fields, 'Pod');
    }).not.toThrow();
    expect(matchesFieldSelector(fields, pod)).toBe(expected);
  });

  it('accepts only the fields a kind supports, with the API server message', () => {
    expect(() => {
      checkFieldSelector(parseFieldSelector('spec.nodeName=x'), 'Namespace');
    }).toThrow('field label not supported: spec.nodeName');
    expect(() => {
      checkFieldSelector(parseFieldSelector('spec.unschedulable=true'), 'Node');
    }).not.toThrow();
  });

  it('compares an unset boolean as false (spec.unschedulable)', () => {
    const node = { metadata: { name: 'n' }, spec: {} };
    expect(matchesFieldSelector(parseFieldSelector('spec.unschedulable=false'), node)).toBe(true);
  });
});

describe('fromLabelSelectorObject', () => {
  it.each([
    [null, true],
    [{ matchLabels: { app: 'web' } }, true],
    [{ matchLabels: { app: 'db' } }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['gold'] }] }, true],
    [
      {
        matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['gold'] }],
      },
      false,
    ],
    [{ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
  ])('%j => %s', (o, expected) => {
    expect(matchesSelector(fromLabelSelectorObject(o), labels)).toBe(expected);
  });

  it('rejects an unknown operator', () => {
    expect(() =>
      fromLabelSelectorObject({
        matchExpressions: [{ key: 'a', operator: 'Gt' }],
      }),
    ).toThrow(SelectorError);
  });
});
