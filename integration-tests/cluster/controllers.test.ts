/**
 * The simulated operators together, in simulated time (no waiting): NFD, the MachineConfig
 * operator and the OSC operator as their code behaves (see FIDELITY.md for the sources).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';
import type { Simulation } from './testing';
import { simulate } from './testing';
import type { KObject } from './types';

const RUNTIME_KATA = 'feature.node.kubernetes.io/runtime.kata';
const KATA_OC = 'node-role.kubernetes.io/kata-oc';
const STATE = 'machineconfiguration.openshift.io/state';
const REASON = 'machineconfiguration.openshift.io/reason';

/** mixed: the workers nfd-worker labels with the seed rule (not the masters, not the NotReady one). */
const MIXED_NFD_LABELLED = [
  'worker-amd-0',
  'worker-amd-1',
  'worker-cordoned-0',
  'worker-intel-0',
  'worker-intel-1',
  'worker-rhel-0',
];

const fixture = (name: string): KObject =>
  load(fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8')) as KObject;

type Rec = Record<string, unknown>;
const status = (o: KObject | undefined): Rec => (o?.status ?? {}) as Rec;
const kataNodes = (s: Simulation): Rec => (status(s.kataConfig()).kataNodes ?? {}) as Rec;
const inProgress = (s: Simulation): Rec | undefined =>
  ((status(s.kataConfig()).conditions ?? []) as Rec[]).find((c) => c.type === 'InProgress');
const poolCondition = (s: Simulation, pool: string, type: string): Rec | undefined =>
  ((status(s.pool(pool)).conditions ?? []) as Rec[]).find((c) => c.type === type);
const runtimeClasses = (s: Simulation): string[] =>
  (s.cluster.list('node.k8s.io/v1', 'RuntimeClass') as KObject[]).map((r) => r.metadata.name ?? '');
const unschedulable = (n: KObject): boolean => (n.spec as Rec | undefined)?.unschedulable === true;
const ready = (n: KObject): string =>
  ((status(n).conditions ?? []) as Rec[]).find((c) => c.type === 'Ready')?.status as string;

const kataConfig = (spec: Rec = { checkNodeEligibility: true }): KObject => ({
  apiVersion: 'kataconfiguration.openshift.io/v1',
  kind: 'KataConfig',
  metadata: { name: 'example-kataconfig' },
  spec,
});

let sim: Simulation;
afterEach(() => {
  sim.close();
});

describe('NFD', () => {
  it('labels with the seed nfd.yaml (4.10 operand) the workers only: not masters, not the NotReady node', () => {
    sim = simulate('mixed');
    sim.apply(fixture('nfd.yaml'));
    sim.run(1);
    expect(sim.labelled(RUNTIME_KATA, 'true')).toEqual(MIXED_NFD_LABELLED);
    // cpuid labels minus the default blacklist (SSE4 is blacklisted).
    expect(sim.labelled('feature.node.kubernetes.io/cpu-cpuid.VMX')).toContain('worker-nokvm-0');
    expect(sim.labelled('feature.node.kubernetes.io/cpu-cpuid.SSE4')).toEqual([]);
    expect(sim.labelled('feature.node.kubernetes.io/cpu-cpuid.SVM')).toEqual([
      'worker-amd-0',
      'worker-amd-1',
    ]);
  });

  it('reads no legacy matchOn rule with the operator-managed operand: the seed rule labels nothing', () => {
    sim = simulate('mixed');
    const nfd = fixture('nfd.yaml');
    delete ((nfd.spec as Rec).operand as Rec).image;
    sim.apply(nfd);
    sim.run(1);
    expect(sim.labelled(RUNTIME_KATA)).toEqual([]);
    expect(sim.labelled('feature.node.kubernetes.io/cpu-cpuid.VMX').length).toBeGreaterThan(0);
  });

  it('evaluates a NodeFeatureRule with matchAny over cpu.cpuid and kernel.loadedmodule', () => {
    sim = simulate('mixed');
    const nfd = fixture('nfd.yaml');
    delete ((nfd.spec as Rec).operand as Rec).image;
    sim.apply(nfd);
    sim.apply({
      apiVersion: 'nfd.k8s-sigs.io/v1alpha1',
      kind: 'NodeFeatureRule',
      metadata: { name: 'kata', namespace: 'openshift-nfd' },
      spec: {
        rules: [
          {
            name: 'kata',
            labels: { 'feature.node.kubernetes.io/runtime.kata': 'true' },
            matchAny: [
              {
                matchFeatures: [
                  { feature: 'cpu.cpuid', matchExpressions: { VMX: { op: 'Exists' } } },
                  {
                    feature: 'kernel.loadedmodule',
                    matchExpressions: { kvm_intel: { op: 'Exists' } },
                  },
                ],
              },
              {
                matchFeatures: [
                  { feature: 'cpu.cpuid', matchExpressions: { SVM: { op: 'Exists' } } },
                  {
                    feature: 'kernel.loadedmodule',
                    matchExpressions: { kvm_amd: { op: 'Exists' } },
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    sim.run(1);
    expect(sim.labelled(RUNTIME_KATA, 'true')).toEqual(MIXED_NFD_LABELLED);
  });

  it('ignores a NodeFeatureDiscovery outside the operator namespace', () => {
    sim = simulate('mixed');
    sim.apply({ ...fixture('nfd.yaml'), metadata: { name: 'elsewhere', namespace: 'default' } });
    sim.run(2);
    expect(sim.labelled(RUNTIME_KATA)).toEqual([]);
    const nfd = sim.cluster.get(
      'nfd.openshift.io/v1',
      'NodeFeatureDiscovery',
      'elsewhere',
      'default',
    ) as KObject;
    expect(nfd.metadata.finalizers).toBeUndefined();
    expect(nfd.status).toBeUndefined();
  });

  it('keeps the labels when the NFD is deleted, removes them with prunerOnDelete (PruneOnDelete)', () => {
    sim = simulate('mixed');
    sim.apply(fixture('nfd.yaml'));
    sim.run(1);
    const nfd = sim.cluster.get(
      'nfd.openshift.io/v1',
      'NodeFeatureDiscovery',
      'nfd-kata',
      'openshift-nfd',
    ) as KObject;
    expect(nfd.metadata.finalizers).toEqual(['nfd-finalizer']);
    expect(
      ((nfd.status as Rec).conditions as Rec[]).map(
        (c) => `${String(c.type)}=${String(c.status)}:${String(c.reason)}`,
      ),
    ).toEqual([
      'Available=True:AllInstanceComponentsAreDeployedSuccessfuly',
      'Upgradeable=True:CanBeUpgraded',
      'Progressing=False:ConditionNotBeingMetCurrently',
      'Degraded=False:ConditionNotBeingMetCurrently',
      'OperandImagePinned=True:OperandImageSetExplicitly',
    ]);
    const nfdDef = sim.cluster.defFor('nfd.openshift.io/v1', 'NodeFeatureDiscovery');
    if (!nfdDef) throw new Error('no NFD kind');
    sim.cluster.store.delete(nfdDef, 'openshift-nfd', 'nfd-kata');
    sim.run(1);
    expect(sim.cluster.list('nfd.openshift.io/v1', 'NodeFeatureDiscovery')).toEqual([]);
    expect(sim.labelled(RUNTIME_KATA)).toHaveLength(6);

    sim.apply({
      ...fixture('nfd.yaml'),
      spec: { ...(fixture('nfd.yaml').spec as Rec), prunerOnDelete: true },
    });
    sim.run(1);
    sim.cluster.store.delete(nfdDef, 'openshift-nfd', 'nfd-kata');
    sim.run(1);
    expect(sim.labelled(RUNTIME_KATA)).toEqual([]);
    expect(sim.labelled('feature.node.kubernetes.io/cpu-cpuid.VMX')).toEqual([]);
  });
});

describe('OSC + MachineConfig operator', () => {
  it('labels every target at once and then waits: a cordoned target keeps the whole pool waiting', () => {
    sim = simulate('mixed');
    sim.apply(fixture('nfd.yaml'));
    sim.run(1);
    sim.apply(kataConfig());
    sim.run(60);
    expect(sim.labelled(KATA_OC)).toEqual(MIXED_NFD_LABELLED);
    expect(kataNodes(sim).nodeCount).toBe(6);
    expect([...(kataNodes(sim).waitingToInstall as string[])].sort()).toEqual(MIXED_NFD_LABELLED);
    expect(kataNodes(sim).installed).toBeUndefined();
    expect(inProgress(sim)).toMatchObject({ status: 'True', reason: 'Installing' });
    expect(runtimeClasses(sim)).toEqual([]);
    expect(status(sim.pool('kata-oc'))).toMatchObject({
      machineCount: 6,
      updatedMachineCount: 0,
      unavailableMachineCount: 1,
    });
    expect(poolCondition(sim, 'kata-oc', 'Updating')?.status).toBe('True');
    expect(
      sim.cluster.get(
        'machineconfiguration.openshift.io/v1',
        'MachineConfig',
        '50-enable-sandboxed-containers-extension',
      ),
    ).toMatchObject({
      metadata: {
        labels: { 'machineconfiguration.openshift.io/role': 'kata-oc', app: 'example-kataconfig' },
      },
      spec: { extensions: ['kata-containers'] },
    });

    // kubectl uncordon: the rollout starts, one node at a time (maxUnavailable 1).
    const n = sim.node('worker-cordoned-0');
    n.spec = {};
    sim.apply(n);
    let maxBusy = 0;
    for (let i = 0; i < 12 * 8; i++) {
      sim.run(5);
      const busy = sim
        .nodes()
        .filter(
          (x) => KATA_OC in (x.metadata.labels ?? {}) && (unschedulable(x) || ready(x) !== 'True'),
        );
      maxBusy = Math.max(maxBusy, busy.length);
    }
    expect(maxBusy).toBe(1);
    expect([...(kataNodes(sim).installed as string[])].sort()).toEqual(MIXED_NFD_LABELLED);
    // The NotReady worker keeps the worker pool Updating, so the operator never finishes.
    expect(poolCondition(sim, 'worker', 'Updating')?.status).toBe('True');
    expect(inProgress(sim)).toMatchObject({ reason: 'Installing' });
    expect(runtimeClasses(sim)).toEqual([]);
  });

  it('installs on a healthy cluster: cordon, drain, reboot (NotReady), uncordon; RuntimeClass only once the pool is updated', () => {
    sim = simulate('baremetal');
    sim.apply(fixture('nfd.yaml'));
    sim.run(1);
    sim.apply(kataConfig());
    const seen = new Set<string>();
    let rcBeforeDone = false;
    for (let i = 0; i < 60; i++) {
      sim.run(1);
      for (const x of sim.nodes()) {
        const a = x.metadata.annotations ?? {};
        if (unschedulable(x)) seen.add(`${x.metadata.name ?? ''}:cordoned`);
        if (ready(x) === 'Unknown') seen.add(`${x.metadata.name ?? ''}:rebooting`);
        if (a[STATE] === 'Working') seen.add(`${x.metadata.name ?? ''}:working`);
      }
      if (
        runtimeClasses(sim).length > 0 &&
        poolCondition(sim, 'kata-oc', 'Updated')?.status !== 'True'
      )
        rcBeforeDone = true;
    }
    expect(seen).toContain('worker-intel-0:cordoned');
    expect(seen).toContain('worker-intel-0:rebooting');
    expect(seen).toContain('worker-intel-0:working');
    expect(rcBeforeDone).toBe(false);
    expect([...(kataNodes(sim).installed as string[])].sort()).toEqual([
      'worker-amd-0',
      'worker-amd-1',
      'worker-intel-0',
      'worker-intel-1',
    ]);
    expect(kataNodes(sim)).toMatchObject({ nodeCount: 4, readyNodeCount: 4 });
    expect(inProgress(sim)).toMatchObject({ status: 'False', reason: '', message: '' });
    expect(status(sim.kataConfig()).runtimeClasses).toEqual(['kata']);
    expect(sim.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata')).toMatchObject({
      handler: 'kata',
      overhead: { podFixed: { cpu: '250m', memory: '350Mi' } },
      scheduling: { nodeSelector: { [KATA_OC]: '' } },
    });
    expect(sim.nodes().every((x) => !unschedulable(x) && ready(x) === 'True')).toBe(true);
  });

  it('a node the MCD cannot update goes Degraded and blocks the pool: failedToInstall, Failed, no RuntimeClass', () => {
    sim = simulate('baremetal');
    const n = sim.node('worker-intel-0');
    n.metadata.annotations = {
      ...n.metadata.annotations,
      'simulator.example/mcd-fails': 'error pulling extensions image: unauthorized',
    };
    sim.apply(n);
    sim.apply(kataConfig({ checkNodeEligibility: false }));
    sim.run(120);
    expect(sim.node('worker-intel-0').metadata.annotations?.[STATE]).toBe('Degraded');
    expect(kataNodes(sim).failedToInstall).toEqual(['worker-intel-0']);
    expect(inProgress(sim)).toMatchObject({
      status: 'True',
      reason: 'Failed',
      message: 'Node worker-intel-0 Degraded: error pulling extensions image: unauthorized',
    });
    expect((kataNodes(sim).waitingToInstall as string[]).length).toBeGreaterThan(0);
    expect(runtimeClasses(sim)).toEqual([]);
    expect(poolCondition(sim, 'kata-oc', 'NodeDegraded')).toMatchObject({
      status: 'True',
      reason: '1 nodes are reporting degraded status on sync',
      message: 'Node worker-intel-0 is reporting: "error pulling extensions image: unauthorized"',
    });
    expect(poolCondition(sim, 'kata-oc', 'Degraded')?.status).toBe('True');
  });

  it('defers an uninstall while installing, then uninstalls; the RuntimeClass goes by garbage collection', () => {
    sim = simulate('baremetal');
    sim.apply(kataConfig({ checkNodeEligibility: false }));
    sim.run(5);
    const kcDef = sim.cluster.defFor('kataconfiguration.openshift.io/v1', 'KataConfig');
    if (!kcDef) throw new Error('no KataConfig kind');
    sim.cluster.store.delete(kcDef, undefined, 'example-kataconfig');
    sim.run(10);
    // Still there, still installing.
    expect(sim.kataConfig()?.metadata.deletionTimestamp).toBeDefined();
    expect(inProgress(sim)).toMatchObject({ reason: 'Installing' });
    sim.run(120);
    expect(sim.kataConfig()).toBeUndefined();
    expect(runtimeClasses(sim)).toEqual([]);
    expect(sim.pool('kata-oc')).toBeUndefined();
    expect(sim.labelled(KATA_OC)).toEqual([]);
    expect(
      sim
        .nodes()
        .filter((x) => 'node-role.kubernetes.io/worker' in (x.metadata.labels ?? {}))
        .every((x) =>
          (
            x.metadata.annotations?.['machineconfiguration.openshift.io/currentConfig'] ?? ''
          ).startsWith('rendered-worker-'),
        ),
    ).toBe(true);
  });

  it('blocks the uninstall while a pod uses the kata RuntimeClass (installed scenario)', () => {
    sim = simulate('installed');
    expect(inProgress(sim)).toMatchObject({ status: 'False', reason: '' });
    expect(status(sim.kataConfig()).runtimeClasses).toEqual(['kata']);
    const pod = sim.cluster.get('v1', 'Pod', 'sandboxed-nginx', 'sandboxed-apps') as KObject;
    expect(pod.spec).toMatchObject({
      overhead: { cpu: '500m', memory: '500Mi' },
      nodeSelector: { [KATA_OC]: '' },
    });
    expect(status(pod).phase).toBe('Running');
    const kcDef = sim.cluster.defFor('kataconfiguration.openshift.io/v1', 'KataConfig');
    if (!kcDef) throw new Error('no KataConfig kind');
    sim.cluster.store.delete(kcDef, undefined, 'example-kataconfig');
    sim.run(5);
    expect(inProgress(sim)).toMatchObject({
      status: 'False',
      reason: 'BlockedByExistingKataPods',
      message:
        'existing pods using "kata" RuntimeClass found. Please delete the pods manually for KataConfig deletion to proceed',
    });
    const podDef = sim.cluster.defFor('v1', 'Pod');
    if (!podDef) throw new Error('no Pod kind');
    sim.cluster.store.delete(podDef, 'sandboxed-apps', 'sandboxed-nginx', false, {
      gracePeriodSeconds: 0,
    });
    sim.run(60);
    expect(sim.kataConfig()).toBeUndefined();
    expect(runtimeClasses(sim)).toEqual([]);
  });

  it('checkNodeEligibility without any labelled node: no finalizer, no status; installs once NFD labels nodes', () => {
    sim = simulate('baremetal');
    sim.apply(kataConfig());
    sim.run(10);
    expect(sim.kataConfig()?.metadata.finalizers).toBeUndefined();
    expect(sim.kataConfig()?.status).toBeUndefined();
    sim.apply(fixture('nfd.yaml'));
    sim.run(2);
    expect(sim.kataConfig()?.metadata.finalizers).toEqual([
      'kataconfiguration.openshift.io/finalizer',
    ]);
    expect(sim.labelled(KATA_OC)).toHaveLength(4);
  });

  it('an invalid kataConfigPoolSelector leaves the KataConfig untouched', () => {
    sim = simulate('baremetal');
    sim.apply(
      kataConfig({
        checkNodeEligibility: false,
        kataConfigPoolSelector: { matchExpressions: [{ key: 'a', operator: 'Bogus' }] },
      }),
    );
    sim.run(10);
    expect(sim.kataConfig()?.metadata.finalizers).toBeUndefined();
    expect(sim.kataConfig()?.status).toBeUndefined();
    expect(sim.labelled(KATA_OC)).toEqual([]);
  });

  it('installs through the master pool on a compact cluster', () => {
    sim = simulate('compact');
    sim.apply(kataConfig({ checkNodeEligibility: false }));
    sim.run(90);
    expect(sim.pool('kata-oc')).toBeUndefined();
    expect(sim.labelled(KATA_OC)).toEqual([]);
    expect(kataNodes(sim)).toMatchObject({ nodeCount: 3, readyNodeCount: 3 });
    expect(sim.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata')).toMatchObject({
      scheduling: { nodeSelector: { 'node-role.kubernetes.io/master': '' } },
    });
  });
});

describe('scenarios', () => {
  it('stuck-cordoned: nothing leaves waitingToInstall until the cordoned target is uncordoned', () => {
    sim = simulate('stuck-cordoned');
    sim.run(120);
    expect(sim.labelled(KATA_OC)).toEqual([
      'worker-amd-0',
      'worker-intel-0',
      'worker-intel-1',
      'worker-intel-2',
    ]);
    expect(kataNodes(sim).waitingToInstall).toHaveLength(4);
    expect(runtimeClasses(sim)).toEqual([]);
    const n = sim.node('worker-intel-2');
    n.spec = {};
    sim.apply(n);
    sim.run(60);
    expect(kataNodes(sim)).toMatchObject({ nodeCount: 4, readyNodeCount: 4 });
    expect(runtimeClasses(sim)).toEqual(['kata']);
  });

  it('pdb-blocked: the drain retries, the node degrades after an hour, and goes on once the budget allows it', () => {
    sim = simulate('pdb-blocked');
    sim.run(30);
    const cordoned = sim.nodes().filter(unschedulable);
    expect(cordoned).toHaveLength(1);
    const name = cordoned[0].metadata.name ?? '';
    expect(sim.node(name).metadata.annotations?.[STATE]).toBe('Working');
    const pdb = sim.cluster.get('policy/v1', 'PodDisruptionBudget', 'payments', 'shop') as KObject;
    expect(status(pdb)).toMatchObject({
      currentHealthy: 2,
      desiredHealthy: 2,
      disruptionsAllowed: 0,
      expectedPods: 2,
    });
    sim.run(40);
    expect(sim.node(name).metadata.annotations).toMatchObject({
      [STATE]: 'Degraded',
      [REASON]: `failed to drain node: ${name} after 1 hour. Please see machine-config-controller logs for more information`,
    });
    expect(inProgress(sim)).toMatchObject({ reason: 'Failed' });
    // kubectl scale deployment payments --replicas=3: one more healthy pod, one disruption allowed.
    const dep = sim.cluster.get('apps/v1', 'Deployment', 'payments', 'shop') as KObject;
    dep.spec = { ...(dep.spec as Rec), replicas: 3 };
    sim.apply(dep);
    sim.run(60);
    expect(sim.node(name).metadata.annotations?.[STATE]).toBe('Done');
    sim.run(60);
    expect(kataNodes(sim)).toMatchObject({ nodeCount: 3, readyNodeCount: 3 });
    expect(
      (sim.cluster.list('v1', 'Pod') as KObject[]).filter((p) => status(p).phase === 'Running'),
    ).toHaveLength(3);
  });

  it('degraded-worker: the node the MCD cannot update stays Degraded and cordoned, the rest waits', () => {
    sim = simulate('degraded-worker');
    sim.run(120);
    expect(sim.node('worker-0').metadata.annotations?.[STATE]).toBe('Degraded');
    expect(unschedulable(sim.node('worker-0'))).toBe(true);
    expect(kataNodes(sim)).toMatchObject({
      failedToInstall: ['worker-0'],
      waitingToInstall: ['worker-1', 'worker-2'],
    });
    expect(inProgress(sim)).toMatchObject({ reason: 'Failed' });
    expect(runtimeClasses(sim)).toEqual([]);
  });

  it('rhel-worker: the RHEL node is listed installed; a kata pod on it cannot start', () => {
    sim = simulate('rhel-worker');
    sim.run(60);
    expect([...(kataNodes(sim).installed as string[])].sort()).toEqual([
      'worker-0',
      'worker-rhel-0',
    ]);
    expect(runtimeClasses(sim)).toEqual(['kata']);
    sim.cluster.apply({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'on-rhel', namespace: 'sandboxed-apps' },
      spec: {
        runtimeClassName: 'kata',
        nodeName: 'worker-rhel-0',
        containers: [{ name: 'c', image: 'registry.example/app:1' }],
      },
    });
    sim.run(1);
    const pod = sim.cluster.get('v1', 'Pod', 'on-rhel', 'sandboxed-apps') as KObject;
    expect(status(pod).phase).toBe('Pending');
    expect(((status(pod).containerStatuses as Rec[])[0].state as Rec).waiting).toEqual({
      reason: 'ContainerCreating',
    });
    const events = (sim.cluster.list('v1', 'Event') as KObject[]).filter(
      (e) => (e.involvedObject as Rec).name === 'on-rhel',
    );
    expect(events.map((e) => e.reason)).toEqual(['FailedCreatePodSandBox']);
    expect(events[0].message).toContain('no runtime for "kata" is configured');
  });

  it('baremetal-40: one node at a time, about 9 minutes each', () => {
    sim = simulate('baremetal-40');
    let maxUnavailable = 0;
    let minutes = 0;
    while ((kataNodes(sim).installed as string[] | undefined)?.length !== 40 && minutes < 12 * 60) {
      sim.run(5);
      minutes += 5;
      maxUnavailable = Math.max(
        maxUnavailable,
        Number(status(sim.pool('kata-oc')).unavailableMachineCount ?? 0),
      );
    }
    expect(maxUnavailable).toBe(1);
    expect(minutes).toBeGreaterThan(5 * 60);
    expect(minutes).toBeLessThan(8 * 60);
    expect(runtimeClasses(sim)).toEqual(['kata']);
  });

  it('nfd-current: the NodeFeatureRule labels the kata-capable workers', () => {
    sim = simulate('nfd-current');
    sim.run(1);
    expect(sim.labelled(RUNTIME_KATA, 'true')).toEqual(['worker-amd-0', 'worker-intel-0']);
  });
});
