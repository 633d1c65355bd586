import { evaluateCluster } from '../eligibility/evaluate';
import { makeNode } from '../eligibility/fixtures';
import { nfdSupport } from '../nfd/support';
import {
  KataConfigModel,
  NodeFeatureDiscoveryModel,
  NodeFeatureRuleModel,
  NodeFeatureRuleOpenShiftModel,
  NodeModel,
} from '../models';
import type { KataConfigKind, NodeKind } from '../models';
import { buildInstallPlan, defaultAnswers, operationKey } from './plan';
import type { InstallAnswers } from './plan';
import {
  deriveWizard,
  initialDraft,
  initialMethod,
  methodForCheckNodeEligibility,
  methodUnavailableReason,
  missingPermissions,
  nodeChoices,
  objectKey,
  prerequisiteBlockers,
  resolveAnswers,
  watchKey,
  watchedLookup,
} from './wizard';
import type { NodeVerdict } from './wizard';

const WORKER = { 'node-role.kubernetes.io/worker': '' };
const KATA = { 'feature.node.kubernetes.io/runtime.kata': 'true' };
const node = (name: string, labels: Record<string, string> = WORKER): NodeKind => ({
  metadata: { name, labels },
});
const nodes = [
  node('w-b'),
  node('w-a'),
  node('w-c', { ...WORKER, ...KATA }),
  node('w-d', { ...WORKER, pool: 'kata' }),
  node('w-e'),
  node('m-1', { 'node-role.kubernetes.io/master': '' }),
];
const CORDONED = { id: 'schedulable', status: 'warn', hint: 'uncordon-node' } as const;
const verdicts = new Map<string, { verdict: NodeVerdict; warning?: typeof CORDONED }>([
  ['w-a', { verdict: 'eligible' }],
  ['w-b', { verdict: 'not-eligible' }],
  ['w-c', { verdict: 'eligible' }],
  ['w-e', { verdict: 'eligible', warning: CORDONED }],
  ['m-1', { verdict: 'not-eligible' }],
]);

describe('prerequisiteBlockers', () => {
  it.each([
    [true, [], []],
    [false, [], ['osc-missing']],
    [true, [{ metadata: { name: 'k' } }], ['kataconfig-exists']],
    [false, [{ metadata: { name: 'k' } }], ['osc-missing', 'kataconfig-exists']],
  ] as [boolean, KataConfigKind[], string[]][])('osc %s, %j => %j', (osc, kcs, expected) => {
    expect(
      prerequisiteBlockers({ oscInstalled: osc, nfdInstalled: true, kataConfigs: kcs }),
    ).toEqual(expected);
  });
});

describe('methods', () => {
  it.each([
    ['nfd', false, 'nfd-missing'],
    ['nfd', true, undefined],
    ['manual', false, undefined],
    ['all-workers', false, undefined],
  ] as const)('%s with NFD installed %s => %s', (method, nfd, expected) => {
    expect(methodUnavailableReason(method, { nfdInstalled: nfd })).toBe(expected);
  });

  it('starts with NFD when it is installed, else manual', () => {
    expect(initialMethod(true)).toBe('nfd');
    expect(initialMethod(false)).toBe('manual');
  });

  it.each([
    [false, 'nfd', true, 'all-workers'],
    [false, 'manual', true, 'all-workers'],
    [true, 'manual', true, 'manual'],
    [true, 'all-workers', true, 'nfd'],
    [true, 'all-workers', false, 'manual'],
  ] as const)('checkbox %s from %s (NFD %s) => %s', (checked, current, nfd, expected) => {
    expect(methodForCheckNodeEligibility(checked, current, nfd)).toBe(expected);
  });
});

describe('missingPermissions', () => {
  const all = { 'create-kataconfig': true, 'create-nfd': true, 'patch-nodes': true };
  const none = { 'create-kataconfig': false, 'create-nfd': false, 'patch-nodes': false };
  const plan = (a: Partial<InstallAnswers>) =>
    buildInstallPlan(
      { ...defaultAnswers(), ...a },
      { nodes },
      { creates: [{ model: NodeFeatureDiscoveryModel, object: { metadata: { name: 'nfd' } } }] },
    );
  it.each([
    ['nfd, all allowed', plan({}), all, []],
    ['nfd, none allowed', plan({}), none, ['create-nfd', 'create-kataconfig']],
    [
      'manual, none allowed',
      plan({ method: 'manual', manualNodes: ['w-a'] }),
      none,
      ['patch-nodes', 'create-kataconfig'],
    ],
    [
      'all workers needs only the KataConfig',
      plan({ method: 'all-workers' }),
      { ...all, 'create-kataconfig': false },
      ['create-kataconfig'],
    ],
  ])('%s', (_name, p, access, expected) => {
    expect(missingPermissions(p, access)).toEqual(expected);
  });
});

describe('node choices', () => {
  it('lists workers only, eligible first (cordoned last among them), with their label', () => {
    expect(nodeChoices(nodes, verdicts)).toEqual([
      { name: 'w-a', verdict: 'eligible', holdsRollout: false, labelled: false },
      { name: 'w-c', verdict: 'eligible', holdsRollout: false, labelled: true },
      { name: 'w-e', verdict: 'eligible', holdsRollout: true, labelled: false },
      { name: 'w-d', verdict: 'unknown', holdsRollout: false, labelled: false },
      { name: 'w-b', verdict: 'not-eligible', holdsRollout: false, labelled: false },
    ]);
  });
});

describe('resolveAnswers', () => {
  it('derives the defaults: NFD when installed, the eligible nodes for manual labelling', () => {
    const a = resolveAnswers(initialDraft(), { nfdInstalled: true, preselected: ['w-a'] });
    expect(a.method).toBe('nfd');
    expect(a.manualNodes).toEqual(['w-a']);
    expect(a.nfd).toEqual(defaultAnswers().nfd);
    expect(a.kataConfig.checkNodeEligibility).toBe(true);
  });

  it('keeps what the user chose over the defaults', () => {
    const draft = { ...initialDraft(), method: 'all-workers' as const, nodeSelection: [] };
    const a = resolveAnswers(draft, { nfdInstalled: true, preselected: ['w-a'] });
    expect(a.method).toBe('all-workers');
    expect(a.manualNodes).toEqual([]);
    expect(a.kataConfig.checkNodeEligibility).toBe(false);
  });

  it('without NFD installed: manual', () => {
    expect(resolveAnswers(initialDraft(), { nfdInstalled: false, preselected: [] }).method).toBe(
      'manual',
    );
  });
});

describe('deriveWizard on a cluster where NFD has not run yet (the recommended path)', () => {
  const fresh = [
    makeNode({ name: 'w-1', labels: { 'node-role.kubernetes.io/worker': '' } }),
    makeNode({ name: 'w-2', labels: { 'node-role.kubernetes.io/worker': '' } }),
  ];
  const ctx = { platform: 'BareMetal', nfdInstalled: true, nfdPresent: false };
  const view = deriveWizard(initialDraft(), {
    nodes: fresh,
    evaluations: new Map(evaluateCluster(fresh, ctx).evaluations.map((e) => [e.name, e])),
    ctx,
    nfd: {
      support: nfdSupport({ ruleApis: { 'nfd.k8s-sigs.io': true, 'nfd.openshift.io': false } }),
      nfds: [],
      legacy: [],
      rules: { 'nfd.k8s-sigs.io': [] },
    },
    converged: false,
    nfdInstalled: true,
    access: { 'create-kataconfig': true, 'create-nfd': true, 'patch-nodes': true },
    accessLoading: false,
  });

  it('names every worker, NFD deciding for each (never "about 0")', () => {
    expect(view.review.nodes.map((n) => [n.name, n.certainty])).toEqual([
      ['w-1', 'nfd-decides'],
      ['w-2', 'nfd-decides'],
    ]);
  });

  it('plans the NFD instance and the kata NodeFeatureRule before the KataConfig', () => {
    expect(view.plan.operations.map(operationKey)).toEqual([
      'create NodeFeatureDiscovery openshift-nfd/nfd-instance',
      'create NodeFeatureRule openshift-nfd/kata-runtime',
      'create KataConfig example-kataconfig',
    ]);
    expect(view.gate).toEqual({ kind: 'supported' });
  });
});

describe('watchedLookup', () => {
  const lookup = watchedLookup({
    [watchKey(NodeModel)]: nodes,
    [watchKey(NodeFeatureDiscoveryModel)]: [
      { metadata: { name: 'nfd-kata', namespace: 'openshift-nfd' } },
    ],
    [watchKey(NodeFeatureRuleModel)]: [],
  });
  it.each([
    ['a watched node', NodeModel, 'w-a', undefined, 'w-a'],
    ['an absent node', NodeModel, 'nope', undefined, undefined],
    ['an NFD in its namespace', NodeFeatureDiscoveryModel, 'nfd-kata', 'openshift-nfd', 'nfd-kata'],
    ['an NFD in another namespace', NodeFeatureDiscoveryModel, 'nfd-kata', 'other', undefined],
  ])('%s', (_name, model, name, ns, expected) => {
    expect(lookup({ model, name, ns })?.found?.metadata?.name).toBe(expected);
  });

  it('a kind that is not watched is unknown', () => {
    expect(lookup({ model: KataConfigModel, name: 'k' })).toBeUndefined();
  });

  it('asks the API for an object this wizard wrote, which the watch may not show yet', () => {
    const written = new Set([
      objectKey({ model: NodeFeatureRuleModel, name: 'kata-runtime', ns: 'openshift-nfd' }),
      objectKey({ model: NodeModel, name: 'w-a' }),
    ]);
    const after = watchedLookup(
      { [watchKey(NodeModel)]: nodes, [watchKey(NodeFeatureRuleModel)]: [] },
      written,
    );
    expect(
      after({ model: NodeFeatureRuleModel, name: 'kata-runtime', ns: 'openshift-nfd' }),
    ).toBeUndefined();
    expect(after({ model: NodeModel, name: 'w-a' })).toBeUndefined();
    // What it did not write is still answered from the watch.
    expect(after({ model: NodeFeatureRuleModel, name: 'other', ns: 'openshift-nfd' })).toEqual({
      found: undefined,
    });
    expect(after({ model: NodeModel, name: 'w-b' })?.found?.metadata?.name).toBe('w-b');
  });

  it('tells the two NodeFeatureRule groups apart', () => {
    expect(lookup({ model: NodeFeatureRuleModel, name: 'r', ns: 'x' })).toEqual({
      found: undefined,
    });
    expect(lookup({ model: NodeFeatureRuleOpenShiftModel, name: 'r', ns: 'x' })).toBeUndefined();
  });
});
