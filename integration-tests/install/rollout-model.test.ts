/**
 * The progress view's model (src/rollout) read from the simulated operators at each step of the
 * scenarios that go wrong: it must say what the operator's status says (nodeCount, installed) and
 * name what holds the rollout the way the MachineConfig operator would.
 */
import { buildKataConfig, defaultAnswers } from '../../src/install/plan';
import { drainBlockers } from '../../src/rollout/drain';
import { rolloutModel, rolloutWatches } from '../../src/rollout/model';
import type { RolloutModel } from '../../src/rollout/model';
import { uninstallPreview, uninstallProgress } from '../../src/rollout/uninstall';
import type { PodDisruptionBudgetKind, PodKind } from '../../src/models/cluster';
import type { SimCluster } from '../cluster/cluster';
import { simulate, startCluster } from '../cluster/testing';
import type { Simulation } from '../cluster/testing';
import { facts } from './cluster-facts';

const MINUTE = 60_000;
let sim: Simulation;

afterEach(() => {
  sim.close();
});

/**
 * `ahead`: how much later than the wall clock to look. The simulator stamps conditions and taints
 * with the wall clock while its controllers run on simulated time, so minutes run in a test
 * leave the timestamps seconds old.
 */
const model = (ahead = 0): RolloutModel => {
  const f = facts(sim.cluster);
  if (!f.kataConfig) throw new Error('no KataConfig');
  const m = rolloutModel({
    kataConfig: f.kataConfig,
    nodes: f.nodes,
    pools: f.pools,
    now: Date.now() + ahead,
  });

  // Always what the operator itself counts.
  expect(m.counts.labelled).toBe(f.kataConfig.status?.kataNodes?.nodeCount ?? 0);
  expect(m.counts.installed).toBe(f.kataConfig.status?.kataNodes?.readyNodeCount ?? 0);
  return m;
};

describe('rollout model on the simulated operators', () => {
  it('stuck on a cordoned node: named as the blocker; once uncordoned the rollout completes', () => {
    sim = simulate('stuck-cordoned');
    sim.run(60);
    const stuck = model();
    expect(stuck.state).toBe('stuck');
    expect(stuck.counts.installed).toBe(0);
    expect(stuck.problems).toEqual([
      expect.objectContaining({
        kind: 'node-unavailable',
        node: 'worker-intel-2',
        cause: 'cordoned',
        blocksPool: true,
      }),
    ]);
    const n = sim.node('worker-intel-2');
    const spec = (n.spec ?? {}) as Record<string, unknown>;
    sim.apply({ ...n, spec: { ...spec, unschedulable: false } });
    sim.run(240);
    const done = model();
    expect(done.state).toBe('installed');
    expect(done.problems).toEqual([]);
  });

  it('drain held by a PodDisruptionBudget: the node drains, the budget and its pod are named', () => {
    sim = simulate('pdb-blocked');
    let m = model();
    for (let i = 0; i < 30 && !m.nodes.some((x) => x.phase === 'draining'); i += 1) {
      sim.run(1);
      m = model();
    }
    const draining = m.nodes.find((x) => x.phase === 'draining');
    expect(draining).toBeDefined();
    const node = draining?.name ?? '';
    // Within one drain attempt (90 s) nothing is reported; five minutes later the drain is slow.
    expect(rolloutWatches(model()).drainingNodes).toEqual([]);
    sim.run(5);
    m = model(5 * MINUTE);
    const watched = rolloutWatches(m).drainingNodes;
    expect(watched).toContain(node);
    const c = sim.cluster;
    const pods = (c.list('v1', 'Pod') as PodKind[]).filter((p) => p.spec?.nodeName === node);
    const pdbs = c.list('policy/v1', 'PodDisruptionBudget') as PodDisruptionBudgetKind[];
    expect(drainBlockers(node, pods, pdbs)).toEqual([
      { pdb: { name: 'payments', namespace: 'shop' }, pods: [expect.stringMatching(/^payments-/)] },
    ]);
    expect(m.state).not.toBe('installed');
  });

  it('a node the daemon cannot update: failed with its reason, the pool stops, counted as failed', () => {
    sim = simulate('degraded-worker');
    sim.run(120);
    const m = model();
    expect(m.state).toBe('stuck');
    expect(m.counts.failed).toBe(1);
    expect(
      m.problems.map((p) => (p.kind === 'node-failed' ? [p.kind, p.node, p.blocksPool] : [p.kind])),
    ).toEqual([['node-failed', 'worker-0', true]]);
    expect(m.nodes.find((x) => x.name === 'worker-0')?.reason).toMatch(
      /^error pulling extensions image/,
    );
  });

  it('RHEL worker: the pool completes and the operator lists it installed (Kata pods fail there)', () => {
    sim = simulate('rhel-worker');
    sim.run(240);
    const m = model();
    // Installed by the operator's count, yet no clean success: the RHEL node cannot run Kata pods.
    expect(m.state).toBe('installed-unusable');
    expect(m.counts).toMatchObject({ labelled: 2, installed: 2, failed: 0, unusable: 1 });
    expect(m.nodes.map((n) => `${n.name}:${n.phase}:${n.kataUnusable ?? ''}`)).toEqual([
      'worker-0:updated:',
      'worker-rhel-0:updated:rhel',
    ]);
    expect(m.problems).toEqual([{ kind: 'kata-unusable', nodes: ['worker-rhel-0'] }]);
  });

  it('uninstall during an installation waits; then every node rolls back and the KataConfig goes', async () => {
    const running = await startCluster({ scenario: 'baremetal', timeScale: 1 });
    const c = running.cluster as unknown as SimCluster;
    try {
      const kc = buildKataConfig(defaultAnswers());
      // checkNodeEligibility false: every worker, so the baremetal scenario needs no NFD.
      const created = await running.call(
        'POST',
        '/apis/kataconfiguration.openshift.io/v1/kataconfigs',
        {
          ...kc,
          spec: { checkNodeEligibility: false },
        },
      );
      expect(created.status).toBe(201);
      c.clock.fastForward(15 * MINUTE);
      const during = facts(c);
      if (!during.kataConfig) throw new Error('no KataConfig');
      const preview = uninstallPreview({
        kataConfig: during.kataConfig,
        nodes: during.nodes,
        pools: during.pools,
        pods: [],
      });
      expect(preview.waitsForRollout).toBe(true);
      const startNodes = preview.rebootNodes;
      expect(startNodes.length).toBe(5);
      const deleted = await running.call(
        'DELETE',
        '/apis/kataconfiguration.openshift.io/v1/kataconfigs/example-kataconfig',
      );
      expect(deleted.status).toBe(200);
      c.clock.fastForward(MINUTE);
      const deferred = facts(c);
      if (!deferred.kataConfig) throw new Error('gone too early');
      expect(
        uninstallProgress({
          kataConfig: deferred.kataConfig,
          nodes: deferred.nodes,
          pools: deferred.pools,
          startNodes,
        }),
      ).toEqual({
        kind: 'waiting-for-rollout',
      });
      // Run until the uninstallation is under way, then to the end.
      const totals = new Set<string>();
      for (let i = 0; i < 120 && facts(c).kataConfig; i += 1) {
        c.clock.fastForward(5 * MINUTE);
        const f = facts(c);
        if (!f.kataConfig) break;
        const p = uninstallProgress({
          kataConfig: f.kataConfig,
          nodes: f.nodes,
          pools: f.pools,
          startNodes,
        });
        if (p.kind === 'uninstalling')
          totals.add(`${String(p.total)} (done ≤ total: ${String(p.done <= p.total)})`);
      }
      expect([...totals]).toEqual(['5 (done ≤ total: true)']);
      const end = facts(c);
      expect(end.kataConfig).toBeUndefined();
      expect(
        end.nodes.filter(
          (n) => n.metadata?.labels?.['node-role.kubernetes.io/kata-oc'] !== undefined,
        ),
      ).toEqual([]);
    } finally {
      await running.close();
    }
  });
});
