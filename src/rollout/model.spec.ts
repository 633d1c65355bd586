import { KATA_RUNTIME_LABEL } from '../models/constants';
import type { PodDisruptionBudgetKind, PodKind } from '../models/cluster';
import { drainBlockers } from './drain';
import { kataConfig, NEW, node, pool, T0_MS } from './fixtures.testing';
import { DRAIN_ATTEMPT_MS, kataUnusableOn, rolloutModel, rolloutWatches } from './model';
import { isUnavailableForUpdate, nodeUpdate } from './nodeState';
import { isConvergedCluster, kataPool, maxUnavailable } from './pool';

const pools = [pool('master'), pool('worker'), pool('kata-oc')];

describe('nodeUpdate: each step of the MCO sequence', () => {
  it.each([
    ['waiting', {}, 'waiting'],
    ['picked by the node controller, MCD not started', { step: 'picked' as const }, 'waiting'],
    ['cordoned and evicting', { step: 'draining' as const }, 'draining'],
    ['drained, MCD applying', { step: 'drained' as const }, 'rebooting'],
    ['rebooting (NotReady)', { step: 'rebooting' as const }, 'rebooting'],
    ['back, uncordoning', { step: 'uncordoning' as const }, 'rebooting'],
    ['done', { step: 'updated' as const }, 'updated'],
    ['degraded', { step: 'failed' as const }, 'failed'],
    ['cordoned by an admin before its turn', { cordoned: true }, 'cordoned'],
    ['NotReady before its turn', { ready: 'False' as const }, 'not-ready'],
  ])('%s → %s', (_name, opts, phase) => {
    expect(nodeUpdate(node('n', opts), NEW).phase).toBe(phase);
  });

  it('times: a drain from the cordon taint, a reboot from the Ready condition', () => {
    expect(
      nodeUpdate(node('n', { step: 'draining', cordonedAt: '2026-11-28T10:05:00Z' }), NEW).since,
    ).toBe('2026-11-28T10:05:00Z');
    expect(
      nodeUpdate(node('n', { step: 'rebooting', readySince: '2026-11-28T10:07:00Z' }), NEW).since,
    ).toBe('2026-11-28T10:07:00Z');
  });

  it('a failure carries the daemon’s reason', () => {
    expect(nodeUpdate(node('n', { step: 'failed', reason: 'non-CoreOS node' }), NEW)).toMatchObject(
      {
        phase: 'failed',
        reason: 'non-CoreOS node',
      },
    );
  });

  it('without a pool target nothing has started', () => {
    expect(nodeUpdate(node('n', { step: 'updated' }), undefined).phase).toBe('waiting');
  });
});

describe('isUnavailableForUpdate (the MCO’s budget)', () => {
  it.each([
    ['done and ready', node('n', { step: 'updated' }), false],
    ['waiting, done with its old config', node('n'), false],
    ['cordoned', node('n', { cordoned: true }), true],
    ['NotReady', node('n', { ready: 'False' }), true],
    ['picked, working', node('n', { step: 'picked' }), true],
    ['failing (Degraded), ready', { ...node('n', { step: 'failed' }), spec: {} }, false],
  ])('%s → %s', (_name, n, expected) => {
    expect(isUnavailableForUpdate(n)).toBe(expected);
  });
});

describe('pools', () => {
  it('a converged cluster puts Kata on the masters', () => {
    const compact = [pool('master'), pool('worker', { machineCount: 0 })];
    expect(isConvergedCluster(compact)).toBe(true);
    expect(kataPool(compact)).toMatchObject({
      name: 'master',
      nodeLabel: 'node-role.kubernetes.io/master',
    });
    expect(isConvergedCluster(pools)).toBe(false);
    expect(kataPool(pools)).toMatchObject({
      name: 'kata-oc',
      nodeLabel: 'node-role.kubernetes.io/kata-oc',
    });
  });

  it.each([
    [undefined, 7, 1],
    [2, 7, 2],
    ['2', 7, 2],
    ['50%', 7, 3],
    ['10%', 7, 1],
    [0, 7, 1],
    ['junk', 7, 1],
  ])('maxUnavailable %j of %i nodes → %i', (value, nodes, expected) => {
    expect(maxUnavailable(pool('kata-oc', { maxUnavailable: value }), nodes)).toBe(expected);
  });
});

describe('rolloutModel', () => {
  const model = (
    nodes: ReturnType<typeof node>[],
    o: { now?: number; rc?: string[]; pools?: typeof pools } = {},
  ) =>
    rolloutModel({
      kataConfig: kataConfig({ runtimeClasses: o.rc }),
      nodes,
      pools: o.pools ?? pools,
      now: o.now ?? T0_MS,
    });

  it('healthy rollout: one node at a time, counted against all labelled nodes', () => {
    const m = model([
      node('a', { step: 'updated' }),
      node('b', { step: 'draining' }),
      node('c'),
      node('d'),
    ]);
    expect(m.state).toBe('in-progress');
    expect(m.counts).toEqual({
      labelled: 4,
      installed: 1,
      failed: 0,
      updating: 1,
      waiting: 2,
      unusable: 0,
    });
    expect(m.nodes.map((n) => `${n.name}:${n.phase}`)).toEqual([
      'b:draining',
      'c:waiting',
      'd:waiting',
      'a:updated',
    ]);
    expect(m.problems).toEqual([]);
  });

  it('stuck on a cordoned node: nothing else updates, the page names it', () => {
    const m = model([node('a'), node('b'), node('worker-cordoned-0', { cordoned: true })]);
    expect(m.state).toBe('stuck');
    expect(m.problems).toEqual([
      {
        kind: 'node-unavailable',
        node: 'worker-cordoned-0',
        cause: 'cordoned',
        since: '2026-11-28T10:00:00Z',
        blocksPool: true,
      },
    ]);
  });

  it('a NotReady node with maxUnavailable 2 slows but does not stop the rollout', () => {
    const wide = [pool('master'), pool('worker'), pool('kata-oc', { maxUnavailable: 2 })];
    const m = model(
      [node('a'), node('b', { step: 'draining' }), node('down', { ready: 'False' })],
      { pools: wide },
    );
    expect(m.state).toBe('in-progress');
    expect(m.problems).toEqual([
      expect.objectContaining({
        kind: 'node-unavailable',
        node: 'down',
        cause: 'not-ready',
        blocksPool: false,
      }),
    ]);
  });

  it('a Degraded node stops the pool and is counted as failed with the MCD’s reason', () => {
    const m = model([
      node('a', { step: 'updated' }),
      node('worker-rhel-0', {
        step: 'failed',
        reason: 'error pulling extensions image: unauthorized',
      }),
      node('c'),
    ]);
    expect(m.state).toBe('stuck');
    expect(m.counts).toMatchObject({ labelled: 3, installed: 1, failed: 1, waiting: 1 });
    expect(m.problems).toEqual([
      {
        kind: 'node-failed',
        node: 'worker-rhel-0',
        reason: 'error pulling extensions image: unauthorized',
        blocksPool: true,
      },
    ]);
  });

  it('a drain that outlasts one attempt is reported, and only then are PDBs watched', () => {
    const draining = node('b', { step: 'draining', cordonedAt: '2026-11-28T10:00:00Z' });
    expect(
      rolloutWatches(model([draining], { now: T0_MS + DRAIN_ATTEMPT_MS - 1 })).drainingNodes,
    ).toEqual([]);
    const late = model([draining], { now: T0_MS + DRAIN_ATTEMPT_MS + 1 });
    expect(late.problems).toEqual([
      { kind: 'drain-slow', node: 'b', since: '2026-11-28T10:00:00Z' },
    ]);
    expect(rolloutWatches(late).drainingNodes).toEqual(['b']);
  });

  it('a drain the daemon gave up on after an hour: still look for the budget that holds it', () => {
    const m = model([
      node('b', {
        step: 'failed',
        reason:
          'failed to drain node: b after 1 hour. Please see machine-config-controller logs for more information',
      }),
      node('c'),
    ]);
    expect(rolloutWatches(m).drainingNodes).toEqual(['b']);
    expect(
      rolloutWatches(model([node('x', { step: 'failed', reason: 'other' })])).drainingNodes,
    ).toEqual([]);
  });

  it('every node updated: finishing until the operator has created the RuntimeClass', () => {
    const nodes = [node('a', { step: 'updated' }), node('b', { step: 'updated' })];
    expect(model(nodes).state).toBe('finishing');
    expect(model(nodes, { rc: ['kata'] })).toMatchObject({
      state: 'installed',
      runtimeClassReady: true,
    });
  });

  it('a RHEL node completes (the MCD skips its OS changes): installed by the count, flagged apart', () => {
    const nodes = [
      node('worker-rhel-0', { step: 'updated', os: 'rhel' }),
      node('worker-0', { step: 'updated', os: 'rhcos' }),
    ];
    const m = model(nodes, { rc: ['kata'] });
    expect(m.counts).toMatchObject({ labelled: 2, installed: 2, failed: 0, unusable: 1 });
    expect(m.state).toBe('installed-unusable');
    expect(m.problems).toEqual([{ kind: 'kata-unusable', nodes: ['worker-rhel-0'] }]);
    expect(m.nodes.map((n) => [n.name, n.phase, n.kataUnusable])).toEqual([
      ['worker-0', 'updated', undefined],
      ['worker-rhel-0', 'updated', 'rhel'],
    ]);
    // Before the RuntimeClass exists the operator is still finishing; the caveat is already there.
    expect(model(nodes)).toMatchObject({ state: 'finishing', problems: m.problems });
  });

  it('the caveat shows while the rollout runs, after what holds it, nodes by name', () => {
    const m = model([
      node('worker-rhel-1', { os: 'rhel' }),
      node('worker-rhel-0', { step: 'draining', os: 'rhel' }),
      node('worker-1', { cordoned: true }),
      node('worker-0', { step: 'updated' }),
    ]);
    expect(m.state).toBe('stuck');
    expect(m.problems.map((p) => p.kind)).toEqual(['node-unavailable', 'kata-unusable']);
    expect(m.problems.at(-1)).toEqual({
      kind: 'kata-unusable',
      nodes: ['worker-rhel-0', 'worker-rhel-1'],
    });
  });

  it('an OS read from osImage alone; an OS not reported is no caveat', () => {
    const ubuntu = {
      ...node('u', { step: 'updated' }),
      status: { nodeInfo: { osImage: 'Ubuntu 22.04' } },
    };
    const rhel8 = {
      ...node('r', { step: 'updated' }),
      status: { nodeInfo: { osImage: 'Red Hat Enterprise Linux 8.10 (Ootpa)' } },
    };
    expect(kataUnusableOn(ubuntu)).toBe('other-os');
    expect(kataUnusableOn(rhel8)).toBe('rhel');
    expect(kataUnusableOn(node('n'))).toBeUndefined();
    expect(kataUnusableOn(node('n', { os: 'rhcos' }))).toBeUndefined();
    expect(model([node('a', { step: 'updated' })], { rc: ['kata'] })).toMatchObject({
      state: 'installed',
      problems: [],
      counts: { unusable: 0 },
    });
  });

  it('nodes outside the pool are not counted (the operator’s nodeCount)', () => {
    const outside = {
      ...node('x'),
      metadata: { name: 'x', labels: { 'node-role.kubernetes.io/worker': '' } },
    };
    expect(model([node('a'), outside]).counts.labelled).toBe(1);
  });

  it('checkNodeEligibility with no labelled worker: the operator waits for NFD', () => {
    const unlabelled = {
      metadata: { name: 'w', labels: { 'node-role.kubernetes.io/worker': '' } },
    };
    expect(model([unlabelled])).toMatchObject({
      state: 'starting',
      problems: [{ kind: 'no-eligible-nodes' }],
    });
    const labelled = {
      metadata: {
        name: 'w',
        labels: { 'node-role.kubernetes.io/worker': '', [KATA_RUNTIME_LABEL]: 'true' },
      },
    };
    expect(model([labelled])).toMatchObject({ state: 'starting', problems: [] });
  });

  it('a paused pool stops the rollout', () => {
    const paused = [pool('master'), pool('worker'), pool('kata-oc', { paused: true })];
    expect(model([node('a')], { pools: paused })).toMatchObject({
      state: 'stuck',
      problems: [{ kind: 'pool-paused' }],
    });
  });

  it('compact cluster: the masters are the pool', () => {
    const compact = [pool('master'), pool('worker', { machineCount: 0 })];
    const m = model(
      [node('m0', { pool: 'master', step: 'draining' }), node('m1', { pool: 'master' })],
      {
        pools: compact,
      },
    );
    expect(m.pool.name).toBe('master');
    expect(m.counts.labelled).toBe(2);
  });
});

describe('drainBlockers', () => {
  const pod = (
    name: string,
    o: Partial<{
      node: string;
      ns: string;
      labels: Record<string, string>;
      ds: boolean;
      phase: string;
    }> = {},
  ): PodKind => ({
    metadata: {
      name,
      namespace: o.ns ?? 'shop',
      labels: o.labels ?? { app: 'db' },
      ...(o.ds
        ? { ownerReferences: [{ kind: 'DaemonSet', name: 'x', apiVersion: 'apps/v1', uid: '1' }] }
        : {}),
    },
    spec: { nodeName: o.node ?? 'b' },
    status: { phase: o.phase ?? 'Running' },
  });
  const pdb = (
    name: string,
    allowed: number,
    o: { ns?: string; selector?: object } = {},
  ): PodDisruptionBudgetKind => ({
    metadata: { name, namespace: o.ns ?? 'shop' },
    spec: { selector: o.selector ?? { matchLabels: { app: 'db' } }, minAvailable: 1 },
    status: { disruptionsAllowed: allowed },
  });

  it('names the budget that allows no disruption and its pods on the node', () => {
    const pods = [
      pod('db-0'),
      pod('db-1', { node: 'c' }),
      pod('web-0', { labels: { app: 'web' } }),
    ];
    expect(
      drainBlockers('b', pods, [
        pdb('db-pdb', 0),
        pdb('web-pdb', 1, { selector: { matchLabels: { app: 'web' } } }),
      ]),
    ).toEqual([{ pdb: { name: 'db-pdb', namespace: 'shop' }, pods: ['db-0'] }]);
  });

  it('ignores other namespaces, DaemonSet pods, finished pods and budgets without a selector', () => {
    const pods = [
      pod('db-0', { ns: 'other' }),
      pod('ds-0', { ds: true }),
      pod('job-0', { phase: 'Succeeded' }),
    ];
    expect(drainBlockers('b', pods, [pdb('db-pdb', 0), { ...pdb('none', 0), spec: {} }])).toEqual(
      [],
    );
  });

  it('an empty selector covers every pod of its namespace', () => {
    expect(
      drainBlockers('b', [pod('x', { labels: {} })], [pdb('all', 0, { selector: {} })]),
    ).toEqual([{ pdb: { name: 'all', namespace: 'shop' }, pods: ['x'] }]);
  });
});

describe('rolloutModel without the pool', () => {
  it('falls back on the operator’s lists (pools not readable or not created yet)', () => {
    const kc = {
      ...kataConfig(),
      status: {
        kataNodes: {
          installed: ['a'],
          installing: ['b'],
          failedToInstall: ['c'],
          waitingToInstall: ['d'],
        },
      },
    };
    const m = rolloutModel({
      kataConfig: kc,
      nodes: [node('a'), node('b'), node('c'), node('d')],
      pools: [],
      now: T0_MS,
    });
    expect(m.nodes.map((n) => `${n.name}:${n.phase}`)).toEqual([
      'c:failed',
      'b:updating',
      'd:waiting',
      'a:updated',
    ]);
    expect(m.counts).toEqual({
      labelled: 4,
      installed: 1,
      failed: 1,
      updating: 1,
      waiting: 1,
      unusable: 0,
    });
  });
});
