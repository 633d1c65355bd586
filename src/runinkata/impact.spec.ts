import type { WorkloadKind } from '../models/workloads';
import { KATA_OC, deployment, kataRC, node, pod, runtimeClass } from '../workloads/fixtures';
import { impactOf, nodeUsage, rolloutOf } from './impact';

const Mi = 1024 ** 2;
const Gi = 1024 ** 3;

const nodes = [
  node('kata-0', KATA_OC, { memory: '8Gi', cpu: '4', pods: '110' }),
  node('kata-1', KATA_OC, { memory: '4Gi', cpu: '2', pods: '110' }),
  node('plain-0', {}, { memory: '64Gi', cpu: '32', pods: '110' }),
  node('kata-cordoned', KATA_OC, undefined, { unschedulable: true }),
];

describe('impactOf a Deployment', () => {
  const web = deployment('web', {
    replicas: 3,
    requests: { memory: '1Gi', cpu: '500m' },
    limits: { memory: '1Gi' },
  });

  it('multiplies the class overhead by the replicas', () => {
    const i = impactOf({ workload: web, runtimeClass: kataRC, nodes, usage: new Map() });
    expect(i.replicas).toBe(3);
    expect(i.overheadPerPod).toEqual({ memory: 350 * Mi, cpu: 0.25 });
    expect(i.totalOverhead).toEqual({ memory: 3 * 350 * Mi, cpu: 0.75 });
    expect(i.chargedPerPod).toEqual({ memory: Gi + 350 * Mi, cpu: 0.75 });
    expect(i.vmMemory).toBe(3 * Gi);
  });

  it('lists the nodes the pods can land on (class scheduling) with their room', () => {
    const i = impactOf({ workload: web, runtimeClass: kataRC, nodes, usage: new Map() });
    expect(i.nodes.map((n) => [n.name, n.fit, n.limitedBy])).toEqual([
      // 8Gi / 1374Mi = 5 (memory); 4 cpu / 0.75 = 5 -> 5
      ['kata-0', 5, 'memory'],
      // 4Gi / 1374Mi = 2; 2 / 0.75 = 2
      ['kata-1', 2, 'memory'],
    ]);
    expect(i.excluded).toEqual({ selector: 1, cordoned: 1 });
    expect(i.capacity).toBe(7);
    expect(i.enoughRoom).toBe(true);
  });

  it('counts what the pods already on a node use', () => {
    const usage = nodeUsage([
      pod('big', { node: 'kata-0', requests: { memory: '7Gi', cpu: '1' } }),
      pod('done', { node: 'kata-1', requests: { memory: '4Gi' }, phase: 'Succeeded' }),
    ]);
    const i = impactOf({ workload: web, runtimeClass: kataRC, nodes, usage });
    expect(i.nodes.find((n) => n.name === 'kata-0')?.fit).toBe(0);
    expect(i.nodes.find((n) => n.name === 'kata-1')?.fit).toBe(2);
    expect(i.capacity).toBe(2);
    expect(i.enoughRoom).toBe(false);
  });

  it('says when the pods on the nodes are unknown', () => {
    expect(
      impactOf({ workload: web, runtimeClass: kataRC, nodes, usage: undefined }).usageKnown,
    ).toBe(false);
  });

  it('intersects the class scheduling with the workload nodeSelector', () => {
    const zoned = deployment('web', { replicas: 1, nodeSelector: { zone: 'b' } });
    const i = impactOf({
      workload: zoned,
      runtimeClass: kataRC,
      nodes: [
        node('k-a', { ...KATA_OC, zone: 'a' }),
        node('k-b', { ...KATA_OC, zone: 'b' }),
        node('p-b', { zone: 'b' }),
      ],
      usage: new Map(),
    });
    expect(i.nodes.map((n) => n.name)).toEqual(['k-b']);
  });

  it('has no room anywhere when no node matches', () => {
    const i = impactOf({
      workload: web,
      runtimeClass: kataRC,
      nodes: [node('plain')],
      usage: new Map(),
    });
    expect(i.nodes).toEqual([]);
    expect(i.enoughRoom).toBe(false);
  });

  it('flags containers without a memory limit and requests above the default 2 GiB VM', () => {
    const big = deployment('big', { requests: { memory: '3Gi' } });
    const i = impactOf({ workload: big, runtimeClass: kataRC, nodes, usage: new Map() });
    expect(i.noMemoryLimit).toEqual(['web']);
    expect(i.requestAboveDefaultVm).toBe(true);
    expect(i.vmMemory).toBe(5 * Gi);
    expect(i.replicas).toBe(1);
    const small = impactOf({ workload: web, runtimeClass: kataRC, nodes, usage: new Map() });
    expect(small.noMemoryLimit).toEqual([]);
    expect(small.requestAboveDefaultVm).toBe(false);
  });

  it('reports a node selector conflict with the class', () => {
    const clash = deployment('x', { nodeSelector: { 'node-role.kubernetes.io/kata-oc': 'false' } });
    expect(
      impactOf({ workload: clash, runtimeClass: kataRC, nodes, usage: new Map() }).conflicts,
    ).toHaveLength(1);
  });

  it('charges no overhead for a class without overhead.podFixed', () => {
    const i = impactOf({
      workload: web,
      runtimeClass: runtimeClass('kata', 'kata'),
      nodes,
      usage: new Map(),
    });
    expect(i.overheadPerPod).toBeUndefined();
    expect(i.totalOverhead).toEqual({ memory: 0, cpu: 0 });
    // Without a nodeSelector the class can run anywhere schedulable.
    expect(i.nodes).toHaveLength(3);
  });

  it('names the controller that owns the workload', () => {
    const owned: WorkloadKind = {
      ...web,
      metadata: {
        ...web.metadata,
        ownerReferences: [
          { apiVersion: 'x/v1', kind: 'Operand', name: 'o', uid: 'u', controller: true },
        ],
      },
    };
    expect(
      impactOf({ workload: owned, runtimeClass: kataRC, nodes, usage: new Map() }).managedBy,
    ).toEqual({
      kind: 'Operand',
      name: 'o',
    });
  });
});

describe('impactOf other kinds', () => {
  it('DaemonSet: one pod per targeted node; nodes without Kata would keep their pods Pending', () => {
    const ds = { ...deployment('agent', { kind: 'DaemonSet' }), apiVersion: 'apps/v1' };
    const i = impactOf({ workload: ds, runtimeClass: kataRC, nodes, usage: new Map() });
    // All four nodes are targets (DaemonSet pods tolerate cordoned nodes); 2 can run Kata pods.
    expect(i.replicas).toBe(4);
    expect(i.nodes.map((n) => n.name)).toEqual(['kata-0', 'kata-1']);
    expect(i.daemonSetNodesWithoutKata).toBe(2);
  });

  it('Job: parallelism pods at a time, template immutable', () => {
    const job: WorkloadKind = {
      ...deployment('report', { kind: 'Job' }),
      spec: { ...deployment('report').spec, parallelism: 4, completions: 2 },
    };
    const i = impactOf({ workload: job, runtimeClass: kataRC, nodes, usage: new Map() });
    expect(i.replicas).toBe(2);
    expect(i.rollout).toBe('immutable');
  });

  it.each<[string, WorkloadKind['spec'], string]>([
    ['Deployment', {}, 'rolling'],
    ['Deployment', { strategy: { type: 'Recreate' } }, 'recreate'],
    ['StatefulSet', {}, 'rolling'],
    ['StatefulSet', { updateStrategy: { type: 'OnDelete' } }, 'on-delete'],
    ['DaemonSet', { updateStrategy: { type: 'OnDelete' } }, 'on-delete'],
    ['Job', {}, 'immutable'],
  ])('%s %j rolls out: %s', (kind, spec, expected) => {
    expect(rolloutOf({ kind, spec })).toBe(expected);
  });
});
