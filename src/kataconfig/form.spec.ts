import type { KataConfigKind } from '../models';
import {
  applyFormState,
  defaultFormState,
  formErrorYamlPath,
  hasErrors,
  newKataConfig,
  parseValues,
  toFormState,
  validateForm,
} from './form';
import type { KataConfigFormState } from './form';

const full: KataConfigKind = {
  apiVersion: 'kataconfiguration.openshift.io/v1',
  kind: 'KataConfig',
  metadata: {
    name: 'example-kataconfig',
    resourceVersion: '42',
    uid: 'u-1',
    labels: { team: 'a' },
    annotations: { note: 'keep me' },
  },
  spec: {
    checkNodeEligibility: true,
    kataConfigPoolSelector: {
      matchLabels: { 'custom-kata-pool': 'true' },
      matchExpressions: [{ key: 'zone', operator: 'In', values: ['a', 'b'] }],
    },
    logLevel: 'debug',
    enablePeerPods: false,
    futureField: { nested: [1, 2] },
  } as KataConfigKind['spec'],
  status: {
    runtimeClasses: ['kata'],
    kataNodes: {
      nodeCount: 2,
      readyNodeCount: 1,
      installed: ['w1'],
      installing: ['w2'],
    },
  },
};

const minimal: KataConfigKind = {
  apiVersion: 'kataconfiguration.openshift.io/v1',
  kind: 'KataConfig',
  metadata: { name: 'kc' },
  spec: { checkNodeEligibility: false },
};

describe('toFormState', () => {
  it('reads every field the form edits', () => {
    expect(toFormState(full)).toEqual<KataConfigFormState>({
      name: 'example-kataconfig',
      checkNodeEligibility: true,
      matchLabels: [{ key: 'custom-kata-pool', value: 'true' }],
      matchExpressions: [{ key: 'zone', operator: 'In', values: 'a, b' }],
      logLevel: 'debug',
      enablePeerPods: false,
    });
  });

  it('fills in the CRD defaults for unset fields', () => {
    expect(toFormState({ metadata: { name: 'x' } })).toEqual({
      ...defaultFormState(),
      name: 'x',
    });
  });

  it('treats a null selector as no selector', () => {
    const state = toFormState({
      spec: { checkNodeEligibility: false, kataConfigPoolSelector: null },
    });
    expect(state.matchLabels).toEqual([]);
    expect(state.matchExpressions).toEqual([]);
  });
});

describe('applyFormState', () => {
  it.each([
    ['full', full],
    ['minimal', minimal],
  ])('changes nothing when the form is untouched (%s)', (_n, obj) => {
    expect(applyFormState(obj, toFormState(obj))).toEqual(obj);
  });

  it('keeps unknown spec fields, metadata and status', () => {
    const state = {
      ...toFormState(full),
      logLevel: 'warn',
      enablePeerPods: true,
    };
    const result = applyFormState(full, state);
    expect(result.spec).toEqual({
      ...full.spec,
      logLevel: 'warn',
      enablePeerPods: true,
    });
    expect(result.metadata).toEqual(full.metadata);
    expect(result.status).toEqual(full.status);
  });

  it('does not mutate its input', () => {
    const copy = JSON.parse(JSON.stringify(full)) as KataConfigKind;
    applyFormState(full, {
      ...toFormState(full),
      matchLabels: [],
      matchExpressions: [],
    });
    expect(full).toEqual(copy);
  });

  it('removes the selector when every row is removed', () => {
    const result = applyFormState(full, {
      ...toFormState(full),
      matchLabels: [],
      matchExpressions: [],
    });
    expect(result.spec && 'kataConfigPoolSelector' in result.spec).toBe(false);
  });

  it('writes rows as matchLabels and matchExpressions, ignoring blank rows', () => {
    const result = applyFormState(minimal, {
      ...toFormState(minimal),
      matchLabels: [
        { key: ' role ', value: 'kata ' },
        { key: '', value: '' },
      ],
      matchExpressions: [
        { key: 'zone', operator: 'NotIn', values: 'x,, y' },
        { key: 'gpu', operator: 'DoesNotExist', values: '' },
        { key: '', operator: 'In', values: '' },
      ],
    });
    expect(result.spec?.kataConfigPoolSelector).toEqual({
      matchLabels: { role: 'kata' },
      matchExpressions: [
        { key: 'zone', operator: 'NotIn', values: ['x', 'y'] },
        { key: 'gpu', operator: 'DoesNotExist' },
      ],
    });
  });

  it('keeps an unset logLevel unset unless it is changed', () => {
    const same = applyFormState(minimal, toFormState(minimal));
    expect(same.spec && 'logLevel' in same.spec).toBe(false);
    const changed = applyFormState(minimal, {
      ...toFormState(minimal),
      logLevel: 'trace',
    });
    expect(changed.spec?.logLevel).toBe('trace');
  });

  it('adds checkNodeEligibility when the object lacks it (required by the CRD)', () => {
    const result = applyFormState(
      { metadata: { name: 'x' } },
      toFormState({ metadata: { name: 'x' } }),
    );
    expect(result.spec).toEqual({ checkNodeEligibility: false });
  });
});

describe('newKataConfig', () => {
  it('builds a complete object from the form', () => {
    expect(newKataConfig({ ...defaultFormState(), logLevel: 'debug' })).toEqual({
      apiVersion: 'kataconfiguration.openshift.io/v1',
      kind: 'KataConfig',
      metadata: { name: 'example-kataconfig' },
      spec: { checkNodeEligibility: false, logLevel: 'debug' },
    });
  });
});

describe('validateForm', () => {
  const base = defaultFormState();
  it('accepts the defaults', () => {
    expect(validateForm(base)).toEqual({});
    expect(hasErrors(validateForm(base))).toBe(false);
  });

  it.each<[Partial<KataConfigFormState>, string, string]>([
    [{ name: '' }, 'name', 'required'],
    [{ name: 'Bad_Name' }, 'name', 'name-invalid'],
    [{ logLevel: 'verbose' }, 'logLevel', 'log-level-invalid'],
    [
      { matchLabels: [{ key: 'bad key', value: '' }] },
      'matchLabels.0.key',
      'label-key-name-invalid',
    ],
    [{ matchLabels: [{ key: '', value: 'x' }] }, 'matchLabels.0.key', 'required'],
    [{ matchLabels: [{ key: 'a', value: '-x' }] }, 'matchLabels.0.value', 'label-value-invalid'],
    [
      {
        matchLabels: [
          { key: 'a', value: '1' },
          { key: 'a', value: '2' },
        ],
      },
      'matchLabels.1.key',
      'label-key-duplicate',
    ],
    [
      { matchExpressions: [{ key: 'a', operator: 'In', values: ' , ' }] },
      'matchExpressions.0.values',
      'values-required',
    ],
    [
      { matchExpressions: [{ key: 'a', operator: 'Exists', values: 'x' }] },
      'matchExpressions.0.values',
      'values-forbidden',
    ],
    [
      { matchExpressions: [{ key: '', operator: 'Exists', values: '' }] },
      'matchExpressions.0.key',
      'required',
    ],
    [
      { matchExpressions: [{ key: 'a', operator: 'Gt', values: '1' }] },
      'matchExpressions.0.operator',
      'operator-invalid',
    ],
  ])('flags %j at %s with %s', (patch, path, code) => {
    const errors = validateForm({ ...base, ...patch });
    expect(errors[path]?.code).toBe(code);
    expect(hasErrors(errors)).toBe(true);
  });

  it('ignores blank rows the user added but did not fill', () => {
    expect(
      validateForm({
        ...base,
        matchLabels: [{ key: '', value: '' }],
        matchExpressions: [{ key: '', operator: 'In', values: '' }],
      }),
    ).toEqual({});
  });
});

describe('parseValues', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['a', ['a']],
    ['a, b ,c', ['a', 'b', 'c']],
    [',a,,', ['a']],
  ])('%j -> %j', (text, expected) => {
    expect(parseValues(text)).toEqual(expected);
  });
});

describe('formErrorYamlPath', () => {
  const state = { ...defaultFormState(), matchLabels: [{ key: 'bad key', value: '' }] };
  it.each<[string, string]>([
    ['name', 'metadata.name'],
    ['logLevel', 'spec.logLevel'],
    ['matchLabels.0.key', 'spec.kataConfigPoolSelector.matchLabels["bad key"]'],
    ['matchExpressions.2.values', 'spec.kataConfigPoolSelector.matchExpressions[2].values'],
  ])('%s -> %s', (field, expected) => {
    expect(formErrorYamlPath(field, state)).toBe(expected);
  });
});
