/**
 * The objects the install wizard writes, applied with kubectl to the simulator, label and install
 * exactly the nodes the wizard's review predicted; and the progress view's model agrees with the
 * operator's own status at the end. Everything the wizard decides comes from its pure cores
 * (src/nfd, src/install, src/rollout); the simulator runs the operators on simulated time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import yaml from 'js-yaml';
import type { KataConfigKind } from '../../src/models';
import { buildKataConfig, defaultAnswers } from '../../src/install/plan';
import { platformGate } from '../../src/install/platformGate';
import { reviewNodes } from '../../src/install/reviewNodes';
import { nfdStepPlan } from '../../src/nfd/plan';
import type { NfdStepAnswers } from '../../src/nfd/plan';
import { rolloutModel } from '../../src/rollout/model';
import { isConvergedCluster, kataPool } from '../../src/rollout/pool';
import { CRD_FILES, crdErrors } from '../../src/shared/crds.testing';
import type { SimCluster } from '../cluster/cluster';
import type { Running } from '../cluster/testing';
import { startCluster } from '../cluster/testing';
import { facts, kubectlFor, labelled } from './cluster-facts';
import type { Facts, Kubectl } from './cluster-facts';

const MINUTE = 60_000;
const NFD_ANSWERS: NfdStepAnswers = {
  adopt: true,
  name: 'nfd-instance',
  namespace: 'openshift-nfd',
  image: '',
  ruleName: 'kata-runtime',
};

const crdFor = (o: { apiVersion?: string; kind?: string }): string => {
  if (o.kind === 'KataConfig') return CRD_FILES.kataConfig;
  if (o.kind === 'NodeFeatureDiscovery') return CRD_FILES.nodeFeatureDiscovery;
  return o.apiVersion?.startsWith('nfd.openshift.io/')
    ? CRD_FILES.nodeFeatureRuleOpenShift
    : CRD_FILES.nodeFeatureRule;
};

let sim: Running;
let cluster: SimCluster;
let kubectl: Kubectl;

const start = async (scenario: string) => {
  // timeScale 1: nothing moves on its own within the test; fastForward runs the operators.
  sim = await startCluster({ scenario, timeScale: 1 });
  cluster = sim.cluster as unknown as SimCluster;
  kubectl = kubectlFor(sim.url);
};

afterEach(async () => {
  kubectl.dispose();
  await sim.close();
});

const review = (f: Facts, spec: NonNullable<KataConfigKind['spec']>) =>
  reviewNodes({
    method: 'nfd',
    nodes: f.nodes,
    spec,
    evaluations: f.evaluations,
    ctx: f.ctx,
    manualNodes: [],
    kataRuleActive: f.kataRuleActive,
    converged: isConvergedCluster(f.pools),
  });

/** The wizard's NFD-method plan on this cluster, applied with `kubectl create -f`. */
const install = async () => {
  const before = facts(cluster);
  const nfd = nfdStepPlan(NFD_ANSWERS, {
    support: before.support,
    nfds: before.nfds,
    legacy: before.legacy,
    rules: before.rules,
  });
  const kc = buildKataConfig(defaultAnswers());
  const objects = [...nfd.creates.map((c) => c.object), kc];
  for (const o of objects)
    expect({ kind: o.kind, errors: crdErrors(crdFor(o), o) }).toEqual({
      kind: o.kind,
      errors: null,
    });
  const file = path.join(kubectl.dir, 'install.yaml');
  fs.writeFileSync(file, objects.map((o) => yaml.dump(o)).join('---\n'));
  const created = await kubectl('create', '-f', file);
  expect(created).toMatchObject({ code: 0, stderr: '' });
  return {
    before,
    nfd,
    spec: kc.spec ?? { checkNodeEligibility: true },
    predicted: review(before, kc.spec ?? { checkNodeEligibility: true }),
  };
};

const names = (r: ReturnType<typeof reviewNodes>) => r.nodes.map((n) => n.name).sort();

/** Run the operators until NFD has labelled and the operator has put its targets in the pool. */
const afterLabelling = (spec: NonNullable<KataConfigKind['spec']>) => {
  cluster.clock.fastForward(10 * MINUTE);
  const f = facts(cluster);
  return { f, review: review(f, spec), pool: labelled(f.nodes, kataPool(f.pools).nodeLabel) };
};

const finalModel = (hours: number) => {
  cluster.clock.fastForward(hours * 60 * MINUTE);
  const f = facts(cluster);
  if (!f.kataConfig) throw new Error('no KataConfig');
  const model = rolloutModel({
    kataConfig: f.kataConfig,
    nodes: f.nodes,
    pools: f.pools,
    now: Date.now(),
  });
  const status = f.kataConfig.status?.kataNodes;
  // The model counts what the operator counts: nodeCount = the pool, readyNodeCount = installed.
  expect(model.counts.labelled).toBe(status?.nodeCount);
  expect(model.counts.installed).toBe(status?.readyNodeCount ?? 0);
  const installed = model.nodes
    .filter((n) => n.phase === 'updated')
    .map((n) => n.name)
    .sort();
  expect(installed).toEqual([...(status?.installed ?? [])].sort());
  return { f, model, installed };
};

describe('the wizard’s objects on the simulated operators', () => {
  it('bare metal: the review names the workers NFD will label; exactly those get Kata', async () => {
    await start('baremetal');
    const { nfd, spec, predicted } = await install();
    expect(nfd.creates.map((c) => `${c.object.apiVersion ?? ''}/${c.object.kind ?? ''}`)).toEqual([
      'nfd.openshift.io/v1/NodeFeatureDiscovery',
      'nfd.k8s-sigs.io/v1alpha1/NodeFeatureRule',
    ]);
    // Before NFD has run: every worker is listed, NFD decides; none is forgotten.
    expect(predicted.certain + predicted.nfdDecides).toBeGreaterThan(0);
    const { review: after, pool } = afterLabelling(spec);
    expect(after.nfdDecides).toBe(0);
    expect(pool).toEqual(names(after));
    expect(names(predicted)).toEqual(expect.arrayContaining(pool));
    expect(after.notLabelled).toEqual([{ name: 'worker-nokvm-0', reason: 'kvm-not-loaded' }]);
    const { model, installed } = finalModel(6);
    expect(model.state).toBe('installed');
    expect(installed).toEqual(pool);
  });

  it('mixed: the review flags the cordoned worker, leaves out the NotReady one, and the rollout stops', async () => {
    await start('mixed');
    const { spec, predicted } = await install();
    // Before NFD has run the NotReady worker is already known not to be labelled: NFD cannot run there.
    expect(predicted.notLabelled).toEqual([{ name: 'worker-notready-0', reason: 'not-ready' }]);
    const { review: after, pool } = afterLabelling(spec);
    expect(pool).toEqual(names(after));
    const blocking = after.nodes
      .filter((n) => n.warnings.some((w) => w.startsWith('blocks-')))
      .map((n) => n.name);
    expect(blocking).toEqual(['worker-cordoned-0']);
    expect(after.notLabelled).toEqual([
      { name: 'worker-nokvm-0', reason: 'kvm-not-loaded' },
      { name: 'worker-notready-0', reason: 'not-ready' },
    ]);
    const { model, installed } = finalModel(6);
    expect(model.state).toBe('stuck');
    expect(installed).toEqual([]);
    expect(model.problems).toEqual([
      expect.objectContaining({
        kind: 'node-unavailable',
        node: 'worker-cordoned-0',
        cause: 'cordoned',
        blocksPool: true,
      }),
      // NFD labels the RHEL worker (VMX and kvm): it joins the pool, where Kata pods cannot run.
      { kind: 'kata-unusable', nodes: ['worker-rhel-0'] },
    ]);
  });

  it('current NFD with a kata NodeFeatureRule: the wizard adopts it and creates no NFD object', async () => {
    await start('nfd-current');
    cluster.clock.fastForward(10 * MINUTE);
    const { nfd, spec } = await install();
    expect(nfd.adopted).toMatchObject({
      kind: 'rule',
      api: 'nfd.k8s-sigs.io',
      name: 'kata-runtime',
    });
    expect(nfd.creates).toEqual([]);
    const { review: after, pool } = afterLabelling(spec);
    expect(pool).toEqual(names(after));
    expect(after.notLabelled).toEqual([{ name: 'worker-nokvm-0', reason: 'kvm-not-loaded' }]);
    const { model, installed } = finalModel(4);
    expect(model.state).toBe('installed');
    expect(installed).toEqual(pool);
  });

  it('compact cluster: Kata goes on the masters, through the master pool', async () => {
    await start('compact');
    const { spec } = await install();
    const { f, review: after } = afterLabelling(spec);
    expect(kataPool(f.pools).name).toBe('master');
    const { model, installed } = finalModel(6);
    expect(model.state).toBe('installed');
    expect(installed).toEqual(names(after));
  });

  it('AWS with some .metal workers: the gate says only those can run Kata; NFD labels only them', async () => {
    await start('aws');
    const before = facts(cluster);
    const gate = platformGate(before.platform, before.nodes, before.ctx);
    expect(gate.kind).toBe('partly');
    const { spec } = await install();
    const { review: after, pool } = afterLabelling(spec);
    expect(pool).toEqual(names(after));
    expect(gate.kind === 'partly' ? gate.metal : []).toEqual(expect.arrayContaining(pool));
    const { model, installed } = finalModel(6);
    expect(model.state).toBe('installed');
    expect(installed).toEqual(pool);
  });
});
