import type { KataConfigKind } from '../models';
import { eligibilityContext } from '../eligibility/context';
import { nodes as eligibleNodes } from '../eligibility/fixtures';
import { kataRC, runtimeClass } from '../workloads/fixtures';
import { NEW, OLD, node as rolloutNode, pool } from '../rollout/fixtures.testing';
import type { OverviewInput } from './overview';
import { buildOverview, nextAction, operatorState } from './overview';
import { rolloutSummary } from './rollout';

const Mi = 1024 ** 2;

const kc = (
  status: KataConfigKind['status'] = {},
  spec: Partial<NonNullable<KataConfigKind['spec']>> = {},
): KataConfigKind => ({
  apiVersion: 'kataconfiguration.openshift.io/v1',
  kind: 'KataConfig',
  metadata: { name: 'example-kataconfig' },
  spec: { checkNodeEligibility: true, ...spec },
  status,
});

const condition = (reason: string, message = '', status: 'True' | 'False' = 'True') => ({
  type: 'InProgress',
  status,
  reason,
  message,
  lastTransitionTime: '2026-01-05T08:00:00Z',
});

describe('rolloutSummary', () => {
  it('is none without a KataConfig', () => {
    expect(rolloutSummary(undefined).state).toBe('none');
  });

  it('counts ready nodes and says installed when all are', () => {
    expect(
      rolloutSummary(
        kc({ kataNodes: { nodeCount: 3, readyNodeCount: 3, installed: ['a', 'b', 'c'] } }),
      ),
    ).toEqual({
      state: 'installed',
      ready: 3,
      total: 3,
      blockingNode: undefined,
      detail: undefined,
    });
  });

  it('is stuck on the node the operator reports Degraded', () => {
    const s = rolloutSummary(
      kc({
        kataNodes: { nodeCount: 3, readyNodeCount: 1, failedToInstall: ['worker-2'] },
        conditions: [
          condition('Failed', 'Node worker-2 Degraded: failed to pull extensions image'),
        ],
      }),
    );
    expect(s).toMatchObject({
      state: 'stuck',
      blockingNode: 'worker-2',
      detail: 'failed to pull extensions image',
    });
  });

  it('is blocked by Kata pods while an uninstall waits for them', () => {
    expect(
      rolloutSummary(
        kc({
          conditions: [
            condition('BlockedByExistingKataPods', 'Existing pods using "kata" RuntimeClass found'),
          ],
        }),
      ).state,
    ).toBe('blocked-by-pods');
  });

  it('is installing while the condition says so, and uninstalling while deleted', () => {
    expect(rolloutSummary(kc({ conditions: [condition('Installing')] })).state).toBe('installing');
    expect(
      rolloutSummary({
        ...kc(),
        metadata: { name: 'x', deletionTimestamp: '2026-01-05T08:00:00Z' },
      }).state,
    ).toBe('uninstalling');
  });
});

describe('rolloutSummary from the rollout model (the progress view and the overview agree)', () => {
  const installing = kc({
    conditions: [condition('Installing')],
    kataNodes: { nodeCount: 3, readyNodeCount: 0, waitingToInstall: ['a', 'b', 'worker-c'] },
  });
  const pools = [pool('master'), pool('worker', { target: OLD }), pool('kata-oc', { target: NEW })];
  const now = Date.parse('2026-11-28T10:01:00Z');

  it('a cordoned node holds the pool: stuck on it, though the operator still says Installing', () => {
    const nodes = [rolloutNode('a'), rolloutNode('b'), rolloutNode('worker-c', { cordoned: true })];
    // The status alone reads "installing"; the pool and the nodes say why nothing moves.
    expect(rolloutSummary(installing).state).toBe('installing');
    const s = rolloutSummary(installing, { nodes, pools, now });
    expect(s).toMatchObject({ state: 'stuck', ready: 0, total: 3, blockingNode: 'worker-c' });
    expect(s.problem).toMatchObject({ kind: 'node-unavailable', cause: 'cordoned' });
    expect(nextAction(true, installing, s)).toMatchObject({
      kind: 'fix-rollout',
      node: 'worker-c',
    });
  });

  it('counts installed nodes of the pool, and carries the daemon reason of a failed one', () => {
    const nodes = [
      rolloutNode('a', { step: 'updated' }),
      rolloutNode('b', { step: 'failed', reason: 'unexpected on-disk state' }),
      rolloutNode('worker-c'),
    ];
    const s = rolloutSummary(installing, { nodes, pools, now });
    expect(s).toMatchObject({
      state: 'stuck',
      ready: 1,
      total: 3,
      blockingNode: 'b',
      detail: 'unexpected on-disk state',
    });
  });

  it('installed once every node of the pool is updated and the RuntimeClass exists', () => {
    const done = kc({ runtimeClasses: ['kata'], kataNodes: { nodeCount: 2, readyNodeCount: 2 } });
    const nodes = [rolloutNode('a', { step: 'updated' }), rolloutNode('b', { step: 'updated' })];
    expect(rolloutSummary(done, { nodes, pools, now })).toMatchObject({
      state: 'installed',
      ready: 2,
      total: 2,
    });
  });

  it('a RHEL node of the pool: installed by the count, not "installing" forever, with the caveat', () => {
    const done = kc({ runtimeClasses: ['kata'], kataNodes: { nodeCount: 2, readyNodeCount: 2 } });
    const nodes = [
      rolloutNode('a', { step: 'updated' }),
      rolloutNode('worker-rhel-0', { step: 'updated', os: 'rhel' }),
    ];
    expect(rolloutSummary(done, { nodes, pools, now })).toMatchObject({
      state: 'installed',
      ready: 2,
      total: 2,
      problem: { kind: 'kata-unusable', nodes: ['worker-rhel-0'] },
    });
  });
});

describe('nextAction', () => {
  it.each<[string, boolean, KataConfigKind | undefined, string]>([
    ['no operator', false, undefined, 'install-operator'],
    ['no KataConfig', true, undefined, 'install'],
    [
      'a failed node',
      true,
      kc({ conditions: [condition('Failed', 'Node worker-2 Degraded: x')] }),
      'fix-rollout',
    ],
    [
      'pods block the uninstall',
      true,
      kc({ conditions: [condition('BlockedByExistingKataPods')] }),
      'remove-kata-pods',
    ],
    ['installing', true, kc({ conditions: [condition('Installing')] }), 'wait'],
    ['installed', true, kc({ kataNodes: { nodeCount: 1, readyNodeCount: 1 } }), 'nothing'],
  ])('%s → %s', (_label, present, k, expected) => {
    expect(nextAction(present, k, rolloutSummary(k)).kind).toBe(expected);
  });

  it('installed, but Kata pods cannot start on a RHEL node: keep them off it, not "nothing"', () => {
    const k = kc({ runtimeClasses: ['kata'], kataNodes: { nodeCount: 2, readyNodeCount: 2 } });
    const problem = { kind: 'kata-unusable' as const, nodes: ['worker-rhel-0'] };
    const rollout = { ...rolloutSummary(k), problem };
    expect(rollout.state).toBe('installed');
    expect(nextAction(true, k, rollout)).toEqual({ kind: 'keep-kata-off', problem });
  });

  it('names the node that blocks the rollout', () => {
    const k = kc({ conditions: [condition('Failed', 'Node worker-2 Degraded: x')] });
    expect(nextAction(true, k, rolloutSummary(k))).toEqual({
      kind: 'fix-rollout',
      node: 'worker-2',
      problem: { kind: 'node-failed', node: 'worker-2', reason: 'x', blocksPool: true },
      detail: 'x',
    });
  });
});

describe('operatorState', () => {
  it('reads the version of the operator CSV', () => {
    expect(
      operatorState(true, [
        { metadata: { name: 'other.v1' }, spec: { version: '1' } },
        {
          metadata: { name: 'sandboxed-containers-operator.v1.8.1' },
          spec: { version: '1.8.1' },
          status: { phase: 'Succeeded' },
        },
      ]),
    ).toEqual({
      present: true,
      csvName: 'sandboxed-containers-operator.v1.8.1',
      version: '1.8.1',
      phase: 'Succeeded',
    });
    expect(operatorState(true, undefined).version).toBeUndefined();
  });
});

describe('buildOverview', () => {
  // Two eligible bare-metal workers (one with Kata installed) and a RHEL worker.
  const nodes = [eligibleNodes.intel, eligibleNodes.amd, eligibleNodes.rhel];
  const intel = eligibleNodes.intel.metadata?.name ?? '';
  const k = kc({ kataNodes: { nodeCount: 1, readyNodeCount: 1, installed: [intel] } });
  const input = (over: Partial<OverviewInput> = {}): OverviewInput => ({
    operatorPresent: true,
    nfdInstalled: true,
    csvs: [],
    kataConfig: k,
    nfds: [],
    nodes,
    context: eligibilityContext({
      infrastructure: { status: { platform: 'BareMetal' } },
      kataConfigs: [k],
      nfdInstalled: true,
      nodeFeatureDiscoveries: [],
    }),
    kataClasses: [kataRC, runtimeClass('kata-remote', 'kata-remote')],
    pods: undefined,
    pools: undefined,
    now: Date.parse('2026-11-28T12:00:00Z'),
    ...over,
  });

  it('summarises nodes, KataConfig, classes and NFD', () => {
    const o = buildOverview(input());
    expect(o.nodes).toEqual({ total: 3, eligible: 2, installed: 1 });
    expect(o.kataConfig).toEqual({
      name: 'example-kataconfig',
      eligibilityRequired: true,
      poolSelector: undefined,
      logLevel: 'info',
      peerPods: false,
    });
    expect(o.runtimeClasses).toEqual([
      { name: 'kata', handler: 'kata', overhead: { memory: 350 * Mi, cpu: 0.25 } },
      { name: 'kata-remote', handler: 'kata-remote', overhead: undefined },
    ]);
    expect(o.nfd).toEqual({ kind: 'no-instance' });
    expect(o.next).toEqual({ kind: 'nothing' });
  });

  it('counts the nodes NFD labelled when an instance runs', () => {
    const o = buildOverview(
      input({ nfds: [{ metadata: { name: 'nfd-kata', namespace: 'openshift-nfd' } }] }),
    );
    expect(o.nfd).toMatchObject({ kind: 'running', name: 'nfd-kata', labelledNodes: 2 });
  });

  it('has no node counts until the nodes are loaded', () => {
    expect(buildOverview(input({ nodes: undefined })).nodes).toBeUndefined();
  });

  it('says NFD is not installed without its operator', () => {
    expect(buildOverview(input({ nfdInstalled: false })).nfd).toEqual({ kind: 'not-installed' });
  });
});
