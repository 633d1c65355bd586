import { NodeFeatureDiscoveryModel } from '../models';
import { DEFAULT_NFD_IMAGE, DEFAULT_NFD_NAME, NFD_NAMESPACE } from '../models/constants';
import { buildLegacyNfd } from '../nfd/forms';
import { kataLabelPatch } from './plan';
import type { PlanOperation } from './plan';
import { differingFields, reconcileOperation } from './reconcile';

/** The documented nfd.yaml (the legacy form of the NFD step). */
const LEGACY = { name: DEFAULT_NFD_NAME, namespace: NFD_NAMESPACE, image: DEFAULT_NFD_IMAGE };

const nfd = buildLegacyNfd(LEGACY);
const createNfd: PlanOperation = { kind: 'create', model: NodeFeatureDiscoveryModel, object: nfd };
const label: PlanOperation = { kind: 'label-node', node: 'w1', patch: kataLabelPatch() };

describe('reconcileOperation: create', () => {
  it.each([
    ['absent => create', undefined, { action: 'create' }],
    [
      'same spec plus server defaults => adopt',
      {
        ...nfd,
        metadata: { ...nfd.metadata, uid: '1' },
        spec: { ...nfd.spec, instance: 'x', operand: { ...nfd.spec?.operand, extra: 1 } },
        status: {},
      },
      { action: 'adopt' },
    ],
    [
      'different image => conflict',
      { ...nfd, spec: { ...nfd.spec, operand: { ...nfd.spec?.operand, image: 'other' } } },
      { action: 'conflict', fields: ['spec.operand.image'] },
    ],
    [
      'no spec at all => conflict on every field we set',
      { metadata: nfd.metadata },
      { action: 'conflict', fields: ['spec'] },
    ],
  ])('%s', (_name, existing, expected) => {
    expect(reconcileOperation(createNfd, existing)).toEqual(expected);
  });
});

describe('reconcileOperation: label-node', () => {
  it.each([
    ['node missing', undefined, { action: 'missing' }],
    [
      'label absent => patch',
      { metadata: { name: 'w1', labels: { a: 'b' } } },
      { action: 'patch', patch: kataLabelPatch() },
    ],
    [
      'no labels map => create it first',
      { metadata: { name: 'w1' } },
      {
        action: 'patch',
        patch: [{ op: 'add', path: '/metadata/labels', value: {} }, ...kataLabelPatch()],
      },
    ],
    [
      'label already true => skip',
      { metadata: { name: 'w1', labels: { 'feature.node.kubernetes.io/runtime.kata': 'true' } } },
      { action: 'skip' },
    ],
    [
      'label with another value => conflict, never overwritten',
      { metadata: { name: 'w1', labels: { 'feature.node.kubernetes.io/runtime.kata': 'false' } } },
      { action: 'conflict', fields: ['metadata.labels.feature.node.kubernetes.io/runtime.kata'] },
    ],
  ])('%s', (_name, existing, expected) => {
    expect(reconcileOperation(label, existing)).toEqual(expected);
  });
});

describe('differingFields', () => {
  it.each([
    [{ a: 1 }, { a: 1, b: 2 }, []],
    [{ a: { b: [1, 2] } }, { a: { b: [1, 2] } }, []],
    [{ a: { b: [1, 2] } }, { a: { b: [2, 1] } }, ['x.a.b']],
    [{ a: undefined }, {}, []],
    [{ a: false }, {}, ['x.a']],
  ])('%j vs %j', (ours, theirs, expected) => {
    expect(differingFields(ours, theirs, 'x')).toEqual(expected);
  });
});
