import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { KATA_RUNTIME_LABEL } from '../models/constants';
import type { NodeKind } from '../models';
import { nfdStepPlan, defaultNfdStepAnswers } from '../nfd/plan';
import { nfdSupport } from '../nfd/support';
import { CRD_FILES, crdErrors } from '../shared/crds.testing';
import {
  buildInstallPlan,
  buildKataConfig,
  defaultAnswers,
  escapeJsonPointer,
  kataLabelPatch,
  operationKey,
  validateAnswers,
} from './plan';
import type { InstallAnswers, PlanOperation } from './plan';

const fixture = (name: string): unknown =>
  yaml.load(fs.readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8'));

/** The NFD step on a current cluster (NFD 4.19+: nfd.k8s-sigs.io served), with no NFD yet. */
const currentNfd = nfdStepPlan(defaultNfdStepAnswers(), {
  support: nfdSupport({ ruleApis: { 'nfd.k8s-sigs.io': true, 'nfd.openshift.io': false } }),
  nfds: [],
  legacy: [],
  rules: { 'nfd.k8s-sigs.io': [] },
});
const NO_NFD = { creates: [] };

const crdFile = (op: PlanOperation & { kind: 'create' }) => {
  if (op.model.kind === 'KataConfig') return CRD_FILES.kataConfig;
  if (op.model.kind === 'NodeFeatureDiscovery') return CRD_FILES.nodeFeatureDiscovery;
  return op.model.apiGroup === 'nfd.openshift.io'
    ? CRD_FILES.nodeFeatureRuleOpenShift
    : CRD_FILES.nodeFeatureRule;
};

const node = (name: string, labels: Record<string, string> = {}): NodeKind => ({
  metadata: { name, labels },
});
const cluster = { nodes: [node('worker-a'), node('worker-b'), node('worker-c')] };

const answers = (patch: Partial<InstallAnswers>): InstallAnswers => ({
  ...defaultAnswers(),
  ...patch,
});

const objects = (ops: PlanOperation[]) =>
  ops.flatMap((op) => (op.kind === 'create' ? [op.object] : []));

describe('default objects follow the documentation', () => {
  it('the default KataConfig (NFD method) equals the documented kata-config.yaml', () => {
    expect(buildKataConfig(defaultAnswers())).toEqual(fixture('kata-config.yaml'));
  });

  it('the default plan on a current cluster: the NFD instance and the kata NodeFeatureRule first, then the KataConfig', () => {
    const plan = buildInstallPlan(defaultAnswers(), cluster, currentNfd);
    expect(plan.operations.map(operationKey)).toEqual([
      'create NodeFeatureDiscovery openshift-nfd/nfd-instance',
      'create NodeFeatureRule openshift-nfd/kata-runtime',
      'create KataConfig example-kataconfig',
    ]);
    expect(objects(plan.operations).at(-1)).toEqual(fixture('kata-config.yaml'));
  });
});

describe('objects validate against the real CRD schemas', () => {
  const cases: [string, InstallAnswers][] = [
    ['nfd default', defaultAnswers()],
    ['manual', answers({ method: 'manual', manualNodes: ['worker-a'] })],
    [
      'all workers with every spec field',
      answers({
        method: 'all-workers',
        kataConfig: {
          name: 'kc',
          checkNodeEligibility: true,
          matchLabels: [{ key: 'pool', value: 'kata' }],
          matchExpressions: [{ key: 'zone', operator: 'In', values: 'a, b' }],
          logLevel: 'debug',
          enablePeerPods: true,
        },
      }),
    ],
  ];
  it.each(cases)('%s', (_name, a) => {
    for (const op of buildInstallPlan(a, cluster, currentNfd).operations) {
      if (op.kind !== 'create') continue;
      expect({ kind: op.model.kind, errors: crdErrors(crdFile(op), op.object) }).toEqual({
        kind: op.model.kind,
        errors: null,
      });
    }
  });
});

describe('eligibility methods', () => {
  it('manual: no NFD, labels exactly the chosen existing nodes, checkNodeEligibility true', () => {
    const plan = buildInstallPlan(
      answers({ method: 'manual', manualNodes: ['worker-c', 'worker-a', 'worker-a', 'gone'] }),
      cluster,
      currentNfd,
    );
    expect(plan.operations.map(operationKey)).toEqual([
      'label-node worker-a',
      'label-node worker-c',
      'create KataConfig example-kataconfig',
    ]);
    expect(plan.operations[0]).toEqual({
      kind: 'label-node',
      node: 'worker-a',
      patch: [
        {
          op: 'add',
          path: '/metadata/labels/feature.node.kubernetes.io~1runtime.kata',
          value: 'true',
        },
      ],
    });
    expect(objects(plan.operations)).toEqual([
      expect.objectContaining({ spec: { checkNodeEligibility: true } }),
    ]);
  });

  it('all-workers: no NFD, no labels, checkNodeEligibility false', () => {
    const plan = buildInstallPlan(
      answers({ method: 'all-workers', manualNodes: ['worker-a'] }),
      cluster,
      currentNfd,
    );
    expect(plan.operations.map(operationKey)).toEqual(['create KataConfig example-kataconfig']);
    expect(objects(plan.operations)).toEqual([
      expect.objectContaining({ spec: { checkNodeEligibility: false } }),
    ]);
  });

  it('nfd adopting a working kata rule creates only the KataConfig', () => {
    const a = defaultAnswers();
    expect(buildInstallPlan(a, cluster, NO_NFD).operations.map(operationKey)).toEqual([
      'create KataConfig example-kataconfig',
    ]);
    expect(buildKataConfig(a).spec?.checkNodeEligibility).toBe(true);
  });

  it('the KataConfig checkbox cannot override the method', () => {
    const a = answers({
      method: 'nfd',
      kataConfig: { ...defaultAnswers().kataConfig, checkNodeEligibility: false },
    });
    expect(buildKataConfig(a).spec?.checkNodeEligibility).toBe(true);
  });
});

describe('JSON pointer escaping', () => {
  it.each([
    [KATA_RUNTIME_LABEL, 'feature.node.kubernetes.io~1runtime.kata'],
    ['a~b/c', 'a~0b~1c'],
    ['plain', 'plain'],
  ])('%s => %s', (input, expected) => {
    expect(escapeJsonPointer(input)).toBe(expected);
  });

  it('the label patch adds the runtime.kata label', () => {
    expect(kataLabelPatch()).toEqual([
      {
        op: 'add',
        path: '/metadata/labels/feature.node.kubernetes.io~1runtime.kata',
        value: 'true',
      },
    ]);
  });
});

describe('validation', () => {
  it('manual with no node chosen blocks; other methods ignore node choice', () => {
    expect(validateAnswers(answers({ method: 'manual' })).noNodes).toBe(true);
    expect(validateAnswers(answers({ method: 'all-workers' })).noNodes).toBe(false);
  });

  it('the KataConfig step needs a valid form', () => {
    const base = defaultAnswers();
    expect(validateAnswers(base).kataConfig).toEqual({});
    expect(
      validateAnswers({ ...base, kataConfig: { ...base.kataConfig, name: 'Bad Name' } }).kataConfig
        .name,
    ).toEqual({ code: 'name-invalid' });
  });
});
