import * as fs from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';
import type { Running } from './testing';
import { startCluster, waitFor } from './testing';

const KC = '/apis/kataconfiguration.openshift.io/v1/kataconfigs';
const NFD = '/apis/nfd.openshift.io/v1/namespaces/openshift-nfd/nodefeaturediscoveries';
const RUNTIME_KATA = 'feature.node.kubernetes.io/runtime.kata';

const fixture = (name: string): Record<string, unknown> =>
  load(fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8')) as Record<string, unknown>;

type Node = { metadata: { name: string; labels: Record<string, string> } };
type KataConfig = {
  metadata: { finalizers?: string[] };
  status?: {
    runtimeClasses?: string[];
    kataNodes?: Record<string, unknown>;
    conditions?: {
      type: string;
      status: string;
      reason: string;
      message: string;
    }[];
  };
};

let sim: Running;

afterEach(async () => {
  await sim.close();
});

const nodesWith = (key: string, value?: string): string[] =>
  (sim.cluster.list('v1', 'Node') as Node[])
    .filter(
      (n) => key in n.metadata.labels && (value === undefined || n.metadata.labels[key] === value),
    )
    .map((n) => n.metadata.name)
    .sort();

const kataConfig = (name = 'example-kataconfig'): KataConfig | undefined =>
  sim.cluster.get('kataconfiguration.openshift.io/v1', 'KataConfig', name) as
    KataConfig | undefined;

const inProgress = (
  kc: KataConfig | undefined,
): { status: string; reason: string; message: string } | undefined =>
  kc?.status?.conditions?.find((c) => c.type === 'InProgress');

describe('NFD controller', () => {
  it('labels exactly the VMX/SVM + kvm nodes after the seed nfd.yaml is created, and unlabels on delete', async () => {
    sim = await startCluster({ scenario: 'mixed', timeScale: 0.01 });
    expect(nodesWith(RUNTIME_KATA)).toEqual([]);
    expect((await sim.call('POST', NFD, fixture('nfd.yaml'))).status).toBe(201);
    await waitFor(() => nodesWith(RUNTIME_KATA).length > 0);
    expect(nodesWith(RUNTIME_KATA, 'true')).toEqual([
      'master-0',
      'master-1',
      'master-2',
      'worker-amd-0',
      'worker-amd-1',
      'worker-cordoned-0',
      'worker-intel-0',
      'worker-intel-1',
      'worker-notready-0',
      'worker-rhel-0',
    ]);
    expect(nodesWith('feature.node.kubernetes.io/cpu-cpuid.SVM')).toEqual([
      'worker-amd-0',
      'worker-amd-1',
    ]);
    expect(nodesWith('feature.node.kubernetes.io/cpu-cpuid.VMX')).toContain('worker-nokvm-0');
    await waitFor(() => {
      const nfd = sim.cluster.get(
        'nfd.openshift.io/v1',
        'NodeFeatureDiscovery',
        'nfd-kata',
        'openshift-nfd',
      ) as { status?: unknown };
      return nfd.status !== undefined;
    });
    await sim.call('DELETE', `${NFD}/nfd-kata`);
    await waitFor(() => nodesWith(RUNTIME_KATA).length === 0);
    expect(nodesWith('feature.node.kubernetes.io/cpu-cpuid.VMX')).toEqual([]);
  });

  it('evaluates NodeFeatureRule objects (cpu.cpuid, kernel.loadedmodule)', async () => {
    sim = await startCluster({ scenario: 'aws', timeScale: 0.01 });
    await sim.call('POST', NFD, { metadata: { name: 'plain' }, spec: {} });
    const rule = await sim.call(
      'POST',
      '/apis/nfd.k8s-sigs.io/v1alpha1/namespaces/openshift-nfd/nodefeaturerules',
      {
        metadata: { name: 'kvm' },
        spec: {
          rules: [
            {
              name: 'kvm capable',
              labels: { 'example.com/kvm': 'true' },
              matchFeatures: [
                {
                  feature: 'cpu.cpuid',
                  matchExpressions: { VMX: { op: 'Exists' } },
                },
                {
                  feature: 'kernel.loadedmodule',
                  matchExpressions: { kvm: { op: 'Exists' } },
                },
              ],
            },
          ],
        },
      },
    );
    expect(rule.status).toBe(201);
    await waitFor(() => nodesWith('example.com/kvm').length > 0);
    expect(nodesWith('example.com/kvm')).toEqual([
      'ip-10-0-1-20.ec2.internal',
      'ip-10-0-2-21.ec2.internal',
    ]);
  });
});

describe('OSC controller', () => {
  it('rolls out to exactly the labelled workers, creates the kata RuntimeClass and refuses a second KataConfig', async () => {
    sim = await startCluster({ scenario: 'mixed', timeScale: 0.01 });
    await sim.call('POST', NFD, fixture('nfd.yaml'));
    await waitFor(() => nodesWith(RUNTIME_KATA).length > 0);
    const created = await sim.call('POST', KC, fixture('kataconfig.yaml'));
    expect(created.status).toBe(201);
    await waitFor(() => inProgress(kataConfig())?.reason === 'Installing');
    const second = await sim.call('POST', KC, {
      metadata: { name: 'another' },
      spec: { checkNodeEligibility: false },
    });
    expect(second.status).toBe(403);
    expect(String(second.body.message)).toContain(
      'A KataConfig instance already exists, refusing to create a duplicate',
    );
    await waitFor(() => (kataConfig()?.status?.runtimeClasses ?? []).length > 0);
    const kc = kataConfig();
    expect(kc?.metadata.finalizers).toEqual(['kataconfiguration.openshift.io/finalizer']);
    expect(kc?.status?.kataNodes).toEqual({
      nodeCount: 5,
      readyNodeCount: 5,
      installed: [
        'worker-amd-0',
        'worker-amd-1',
        'worker-cordoned-0',
        'worker-intel-0',
        'worker-intel-1',
      ],
      failedToInstall: ['worker-notready-0', 'worker-rhel-0'],
    });
    expect(inProgress(kc)).toMatchObject({ status: 'True', reason: 'Failed' });
    expect(inProgress(kc)?.message).toMatch(/^Node worker-notready-0 Degraded: /);
    expect(nodesWith('node-role.kubernetes.io/kata-oc')).toEqual(kc?.status?.kataNodes?.installed);
    const rc = sim.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata');
    expect(rc).toMatchObject({
      handler: 'kata',
      overhead: { podFixed: { cpu: '250m', memory: '350Mi' } },
      scheduling: { nodeSelector: { 'node-role.kubernetes.io/kata-oc': '' } },
      metadata: {
        ownerReferences: [{ kind: 'KataConfig', name: 'example-kataconfig', controller: true }],
      },
    });
  });

  it('adds and removes nodes when the pool selector changes, then uninstalls on delete', async () => {
    sim = await startCluster({ scenario: 'mixed', timeScale: 0.01 });
    await sim.call('POST', KC, {
      metadata: { name: 'kc' },
      spec: {
        checkNodeEligibility: false,
        enablePeerPods: true,
        kataConfigPoolSelector: {
          matchLabels: { 'kubernetes.io/hostname': 'worker-intel-0' },
        },
      },
    });
    await waitFor(() => (kataConfig('kc')?.status?.runtimeClasses ?? []).length > 0);
    expect(kataConfig('kc')?.status?.runtimeClasses).toEqual(['kata', 'kata-remote']);
    expect(nodesWith('node-role.kubernetes.io/kata-oc')).toEqual(['worker-intel-0']);
    await sim.call(
      'PATCH',
      `${KC}/kc`,
      {
        spec: {
          kataConfigPoolSelector: {
            matchLabels: null,
            matchExpressions: [
              {
                key: 'kubernetes.io/hostname',
                operator: 'In',
                values: ['worker-intel-1', 'worker-amd-0'],
              },
            ],
          },
        },
      },
      'application/merge-patch+json',
    );
    await waitFor(() => inProgress(kataConfig('kc'))?.reason === 'Updating');
    await waitFor(() => inProgress(kataConfig('kc'))?.reason === '');
    expect(nodesWith('node-role.kubernetes.io/kata-oc')).toEqual([
      'worker-amd-0',
      'worker-intel-1',
    ]);
    const del = await sim.call('DELETE', `${KC}/kc`);
    expect(del.body).toMatchObject({
      kind: 'KataConfig',
      metadata: { deletionTimestamp: expect.any(String) as unknown },
    });
    await waitFor(() => kataConfig('kc') === undefined);
    expect(nodesWith('node-role.kubernetes.io/kata-oc')).toEqual([]);
    expect(sim.cluster.list('node.k8s.io/v1', 'RuntimeClass')).toEqual([]);
  });

  it('blocks deletion while pods use the kata RuntimeClass (installed scenario)', async () => {
    sim = await startCluster({ scenario: 'installed', timeScale: 0.01 });
    const kc = kataConfig();
    expect(inProgress(kc)).toMatchObject({ status: 'False', reason: '' });
    expect(kc?.status?.kataNodes).toMatchObject({
      installed: ['worker-0', 'worker-1', 'worker-2'],
      readyNodeCount: 3,
    });
    expect(sim.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata')).toMatchObject({
      overhead: { podFixed: { cpu: '500m', memory: '500Mi' } },
    });
    await sim.call('DELETE', `${KC}/example-kataconfig`);
    await waitFor(() => inProgress(kataConfig())?.reason === 'BlockedByExistingKataPods');
    expect(inProgress(kataConfig())).toMatchObject({
      status: 'False',
      message:
        'existing pods using "kata" RuntimeClass found. Please delete the pods manually for KataConfig deletion to proceed',
    });
    await sim.call('DELETE', '/api/v1/namespaces/sandboxed-apps/pods/sandboxed-nginx');
    await waitFor(() => inProgress(kataConfig())?.reason === 'Uninstalling');
    await waitFor(() => kataConfig() === undefined);
    expect(sim.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata')).toBeUndefined();
  });

  it('fails on nested-virtualization nodes (vsphere) and on metal-less AWS workers', async () => {
    sim = await startCluster({ scenario: 'vsphere', timeScale: 0.01 });
    await sim.call('POST', KC, {
      metadata: { name: 'kc' },
      spec: { checkNodeEligibility: false },
    });
    await waitFor(
      () =>
        inProgress(kataConfig('kc'))?.reason === 'Failed' &&
        kataConfig('kc')?.status?.kataNodes?.installing === undefined,
    );
    await waitFor(() => kataConfig('kc')?.status?.kataNodes?.waitingToInstall === undefined);
    expect(kataConfig('kc')?.status?.kataNodes).toMatchObject({
      failedToInstall: ['worker-0', 'worker-1', 'worker-2'],
    });
    expect(inProgress(kataConfig('kc'))?.message).toContain('nested virtualization');
    const degraded = sim.cluster.get('v1', 'Node', 'worker-0') as {
      metadata: { annotations: Record<string, string> };
    };
    expect(degraded.metadata.annotations).toMatchObject({
      'machineconfiguration.openshift.io/state': 'Degraded',
      'machineconfiguration.openshift.io/reason': expect.stringContaining('nested') as unknown,
    });
    await sim.call('DELETE', `${KC}/kc`);
    await waitFor(() => kataConfig('kc') === undefined);
    const cleaned = sim.cluster.get('v1', 'Node', 'worker-0') as typeof degraded;
    expect(cleaned.metadata.annotations['machineconfiguration.openshift.io/state']).toBe('Done');
    expect(cleaned.metadata.annotations).not.toHaveProperty(
      'machineconfiguration.openshift.io/reason',
    );
  });
});

describe('large scenario', () => {
  it('generates 5,000 deterministic workers plus 3 masters', async () => {
    sim = await startCluster({ scenario: 'large' });
    const nodes = sim.cluster.list('v1', 'Node') as Node[];
    expect(nodes).toHaveLength(5003);
    const page = await sim.call(
      'GET',
      '/api/v1/nodes?limit=500&labelSelector=node.openshift.io/os_id%3Drhel',
    );
    expect((page.body.items as unknown[]).length).toBe(500);
    expect(page.body.metadata).not.toHaveProperty('continue');
    const first = await sim.call('GET', '/api/v1/nodes?limit=250');
    expect((first.body.metadata as { remainingItemCount: number }).remainingItemCount).toBe(4753);
  });
});
