import { isKataTarget } from '../eligibility/selector';
import { KataConfigModel, NodeFeatureDiscoveryModel, NodeModel } from '../models';
import type { KataConfigKind, NodeKind } from '../models';
import { buildInstallPlan, defaultAnswers } from './plan';
import type { InstallAnswers } from './plan';
import {
  expectedTargets,
  initialDraft,
  initialMethod,
  methodForCheckNodeEligibility,
  methodUnavailableReason,
  missingPermissions,
  nodeChoices,
  preselectedNodes,
  prerequisiteBlockers,
  resolveAnswers,
  rolloutDone,
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
  node('m-1', { 'node-role.kubernetes.io/master': '' }),
];
const verdicts = new Map<string, NodeVerdict>([
  ['w-a', 'eligible'],
  ['w-b', 'not-eligible'],
  ['w-c', 'eligible'],
  ['m-1', 'not-eligible'],
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
    buildInstallPlan({ ...defaultAnswers(), ...a }, { nodes });
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
  it('lists workers only, eligible first, with their label', () => {
    expect(nodeChoices(nodes, verdicts)).toEqual([
      { name: 'w-a', verdict: 'eligible', labelled: false },
      { name: 'w-c', verdict: 'eligible', labelled: true },
      { name: 'w-d', verdict: 'unknown', labelled: false },
      { name: 'w-b', verdict: 'not-eligible', labelled: false },
    ]);
  });

  it('preselects only nodes known to be eligible', () => {
    expect(preselectedNodes(nodeChoices(nodes, verdicts))).toEqual(['w-a', 'w-c']);
  });
});

describe('expectedTargets', () => {
  const spec = { checkNodeEligibility: true };
  const opts = { manualNodes: ['w-b'], verdicts };
  it.each([
    ['manual: chosen plus already labelled', 'manual', spec, ['w-b', 'w-c'], true],
    ['nfd: eligible (estimate)', 'nfd', spec, ['w-a', 'w-c'], false],
    [
      'all workers',
      'all-workers',
      { checkNodeEligibility: false },
      ['w-a', 'w-b', 'w-c', 'w-d'],
      true,
    ],
    [
      'all workers narrowed by the pool selector',
      'all-workers',
      { checkNodeEligibility: false, kataConfigPoolSelector: { matchLabels: { pool: 'kata' } } },
      ['w-d'],
      true,
    ],
  ] as const)('%s', (_name, method, s, names, exact) => {
    expect(expectedTargets(method, nodes, s, isKataTarget, opts)).toEqual({ names, exact });
  });
});

describe('rolloutDone', () => {
  const kc = (nodeCount: number, ready: number, inProgress: 'True' | 'False'): KataConfigKind => ({
    metadata: { name: 'k' },
    status: {
      kataNodes: { nodeCount, readyNodeCount: ready },
      conditions: [
        { type: 'InProgress', status: inProgress, reason: '', message: '', lastTransitionTime: '' },
      ],
    },
  });
  it.each([
    ['no KataConfig', undefined, false],
    ['no status yet', { metadata: { name: 'k' } }, false],
    ['zero nodes counted', kc(0, 0, 'False'), false],
    ['partly ready', kc(3, 1, 'True'), false],
    ['all ready but still in progress', kc(3, 3, 'True'), false],
    ['all ready', kc(3, 3, 'False'), true],
  ])('%s => %s', (_name, k, expected) => {
    expect(rolloutDone(k)).toBe(expected);
  });
});

describe('resolveAnswers', () => {
  const reusable = [{ metadata: { name: 'nfd-x', namespace: 'nfd-ns' } }];
  it('derives the defaults: NFD when installed, eligible nodes, reuse of a Kata NFD', () => {
    const a = resolveAnswers(initialDraft(), {
      nfdInstalled: true,
      preselected: ['w-a'],
      reusableNfds: reusable,
    });
    expect(a.method).toBe('nfd');
    expect(a.manualNodes).toEqual(['w-a']);
    expect(a.nfd).toEqual({
      mode: 'reuse',
      create: defaultAnswers().nfd.create,
      reuse: { name: 'nfd-x', namespace: 'nfd-ns' },
    });
    expect(a.kataConfig.checkNodeEligibility).toBe(true);
  });

  it('keeps what the user chose over the defaults', () => {
    const draft = {
      ...initialDraft(),
      method: 'all-workers' as const,
      nodeSelection: [],
      nfd: { ...initialDraft().nfd, mode: 'create' as const },
    };
    const a = resolveAnswers(draft, {
      nfdInstalled: true,
      preselected: ['w-a'],
      reusableNfds: reusable,
    });
    expect(a.method).toBe('all-workers');
    expect(a.manualNodes).toEqual([]);
    expect(a.nfd.mode).toBe('create');
    expect(a.kataConfig.checkNodeEligibility).toBe(false);
  });

  it('without NFD installed or reusable: manual, create', () => {
    const a = resolveAnswers(initialDraft(), {
      nfdInstalled: false,
      preselected: [],
      reusableNfds: [],
    });
    expect(a.method).toBe('manual');
    expect(a.nfd.mode).toBe('create');
    expect(a.nfd.reuse).toBeUndefined();
  });
});

describe('watchedLookup', () => {
  const lookup = watchedLookup({
    Node: nodes,
    NodeFeatureDiscovery: [{ metadata: { name: 'nfd-kata', namespace: 'openshift-nfd' } }],
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
});
