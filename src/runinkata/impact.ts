/**
 * What "Run in Kata" does to a workload before it is done (pure; no React): how many pods, what
 * their overhead adds, which nodes they can land on and whether those have room, and what to watch
 * out for. Follows "Deploying OpenShift sandboxed containers workloads" › "Resource requirements
 * for OpenShift sandboxed containers": every pod becomes a VM (default 2 GiB, requested memory
 * hot-plugged before the container starts); the scheduler charges the requests plus the
 * RuntimeClass's `overhead.podFixed`; without a memory limit the VM's kernel can run out of memory.
 */
import type { NodeKind, RuntimeClassKind } from '../models';
import type { PodKind, WorkloadKind } from '../models/workloads';
import type { CalculatorNode, CalculatorResult } from '../overhead/calculator';
import { calculate } from '../overhead/calculator';
import { DEFAULT_VM_MEMORY_BYTES } from '../overhead/memoryModel';
import { toCalculatorNode } from '../overhead/nodes';
import { parseQuantity } from '../overhead/quantity';
import type { Amounts } from '../workloads/podResources';
import {
  ZERO,
  add,
  containersWithoutMemoryLimit,
  podCharged,
  podLimits,
  podRequests,
} from '../workloads/podResources';
import type { Placement } from './scheduling';
import { placementOf, withRuntimeClassScheduling } from './scheduling';

export type NodeUsage = Amounts & { pods: number };

const usageCache = new WeakMap<readonly PodKind[], ReadonlyMap<string, NodeUsage>>();

/**
 * Requests plus overhead of the pods bound to each node that still hold resources (not Succeeded
 * or Failed): what the scheduler has already handed out (NodeResourcesFit). Cached per list.
 */
export const nodeUsage = (pods: readonly PodKind[]): ReadonlyMap<string, NodeUsage> => {
  const cached = usageCache.get(pods);
  if (cached) return cached;
  const usage = new Map<string, NodeUsage>();
  for (const p of pods) {
    const node = p.spec?.nodeName;
    const phase = p.status?.phase;
    if (!node || phase === 'Succeeded' || phase === 'Failed') continue;
    const prev = usage.get(node) ?? { ...ZERO, pods: 0 };
    usage.set(node, { ...add(prev, podCharged(p.spec)), pods: prev.pods + 1 });
  }
  usageCache.set(pods, usage);
  return usage;
};

export type Rollout = 'rolling' | 'recreate' | 'on-delete' | 'immutable';

/** How the change reaches the pods (Deployment strategy, StatefulSet/DaemonSet updateStrategy). */
export const rolloutOf = (w: WorkloadKind): Rollout => {
  switch (w.kind) {
    case 'Job':
      // batch/v1 Job: spec.template is immutable once created (ValidateJobSpecUpdate).
      return 'immutable';
    case 'Deployment':
      return w.spec?.strategy?.type === 'Recreate' ? 'recreate' : 'rolling';
    default:
      return w.spec?.updateStrategy?.type === 'OnDelete' ? 'on-delete' : 'rolling';
  }
};

type NodeRoom = {
  name: string;
  /** Pods of this workload that fit there now; undefined if the node's allocatable is unknown. */
  fit: number | undefined;
  limitedBy: 'memory' | 'cpu' | 'pods' | undefined;
  free: NodeUsage | undefined;
};

export type Impact = {
  kind: string;
  /** Pods the workload runs (DaemonSet: one per node it targets). */
  replicas: number;
  requestsPerPod: Amounts;
  /** The class's overhead.podFixed; undefined when the class has none. */
  overheadPerPod: Amounts | undefined;
  chargedPerPod: Amounts;
  totalOverhead: Amounts;
  totalCharged: Amounts;
  /** VM memory of one pod: the default 2 GiB plus the hot-plugged request. */
  vmMemory: number;
  /** Containers without a memory limit. */
  noMemoryLimit: string[];
  /** The pod requests more memory than the VM's default 2 GiB. */
  requestAboveDefaultVm: boolean;
  conflicts: ReturnType<typeof withRuntimeClassScheduling>['conflicts'];
  /** Nodes the pods can land on, with their room. */
  nodes: NodeRoom[];
  /** Nodes left out, by the reason the scheduler would give. */
  excluded: Partial<Record<Exclude<Placement, 'fits'>, number>>;
  /** Sum of `fit` over the nodes (undefined when no node's allocatable is known). */
  capacity: number | undefined;
  /** The pods fit: Deployment/StatefulSet/Job in total, DaemonSet on each of its nodes. */
  enoughRoom: boolean | undefined;
  /** Pods already on the nodes were counted; false when they could not be listed. */
  usageKnown: boolean;
  /** DaemonSet: nodes it targets where Kata pods cannot run (they would stay Pending). */
  daemonSetNodesWithoutKata: number;
  rollout: Rollout;
  /** The template's current class, when it has one. */
  currentClass: string | undefined;
  /** A controller owns the workload and may undo the change (an operator, a Helm release...). */
  managedBy: { kind: string; name: string } | undefined;
  calculator: CalculatorResult;
};

/** DaemonSet pods tolerate cordoned and not-ready nodes (the DaemonSet controller adds them). */
const daemonSetTargets = (w: WorkloadKind, nodes: readonly NodeKind[]): NodeKind[] => {
  const spec = w.spec?.template?.spec;
  const merged = withRuntimeClassScheduling(spec, undefined);
  return nodes.filter((n) => {
    const p = placementOf(n, spec, merged);
    return p === 'fits' || p === 'cordoned' || p === 'not-ready';
  });
};

const replicasOf = (w: WorkloadKind, dsTargets: readonly NodeKind[]): number => {
  switch (w.kind) {
    case 'DaemonSet':
      return dsTargets.length;
    case 'Job': {
      const parallelism = w.spec?.parallelism ?? 1;
      return Math.min(parallelism, w.spec?.completions ?? parallelism);
    }
    default:
      return w.spec?.replicas ?? 1;
  }
};

const freeOn = (node: NodeKind, used: NodeUsage | undefined): CalculatorNode => {
  const base = toCalculatorNode(node);
  const minus = (v: number | undefined, u: number) =>
    v === undefined ? undefined : Math.max(0, v - u);
  return {
    name: base.name,
    allocatableMemory: minus(base.allocatableMemory, used?.memory ?? 0),
    allocatableCpu: minus(base.allocatableCpu, used?.cpu ?? 0),
    allocatablePods: minus(base.allocatablePods, used?.pods ?? 0),
  };
};

export type ImpactInput = {
  workload: WorkloadKind;
  runtimeClass: RuntimeClassKind | undefined;
  nodes: readonly NodeKind[];
  /** Node usage from the pods of all namespaces; undefined when they cannot be listed. */
  usage: ReadonlyMap<string, NodeUsage> | undefined;
};

export const impactOf = ({ workload, runtimeClass, nodes, usage }: ImpactInput): Impact => {
  const spec = workload.spec?.template?.spec;
  const requestsPerPod = podRequests(spec);
  const limits = podLimits(spec);
  const podFixed = runtimeClass?.overhead?.podFixed;
  const overheadPerPod =
    podFixed && ('memory' in podFixed || 'cpu' in podFixed)
      ? { memory: parseQuantity(podFixed.memory) ?? 0, cpu: parseQuantity(podFixed.cpu) ?? 0 }
      : undefined;
  const merged = withRuntimeClassScheduling(spec, runtimeClass);
  const isDaemonSet = workload.kind === 'DaemonSet';
  const dsTargets = isDaemonSet ? daemonSetTargets(workload, nodes) : [];
  const excluded: Impact['excluded'] = {};
  const candidates: NodeKind[] = [];
  for (const n of isDaemonSet ? dsTargets : nodes) {
    const placement = placementOf(n, spec, merged);
    if (placement === 'fits') candidates.push(n);
    else excluded[placement] = (excluded[placement] ?? 0) + 1;
  }
  const replicas = replicasOf(workload, dsTargets);
  const calculator = calculate({
    memoryRequest: requestsPerPod.memory,
    memoryLimit: limits.memory,
    cpuRequest: requestsPerPod.cpu,
    podCount: replicas,
    podFixed,
    nodes: candidates.map((n) => freeOn(n, usage?.get(n.metadata?.name ?? ''))),
  });
  const rooms: NodeRoom[] = calculator.nodes
    .map((n) => ({
      name: n.name,
      fit: n.fit,
      limitedBy: n.limitedBy,
      free:
        n.allocatableMemory === undefined || n.allocatableCpu === undefined
          ? undefined
          : { memory: n.allocatableMemory, cpu: n.allocatableCpu, pods: n.allocatablePods ?? 0 },
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const known = rooms.filter((r) => r.fit !== undefined);
  const capacity = known.length > 0 ? calculator.totalFit : undefined;
  let enoughRoom: boolean | undefined;
  if (isDaemonSet)
    enoughRoom = known.length === 0 ? undefined : known.every((r) => (r.fit ?? 0) >= 1);
  else enoughRoom = capacity === undefined ? undefined : capacity >= replicas;
  if (candidates.length === 0 && replicas > 0) enoughRoom = false;
  const owner = workload.metadata?.ownerReferences?.find((r) => r.controller === true);
  return {
    kind: workload.kind ?? '',
    replicas,
    requestsPerPod,
    overheadPerPod,
    chargedPerPod: { memory: calculator.chargedMemoryPerPod, cpu: calculator.chargedCpuPerPod },
    totalOverhead: {
      memory: calculator.overheadMemory * replicas,
      cpu: calculator.overheadCpu * replicas,
    },
    totalCharged: { memory: calculator.totalChargedMemory, cpu: calculator.totalChargedCpu },
    vmMemory: calculator.vmMemory,
    noMemoryLimit: containersWithoutMemoryLimit(spec),
    requestAboveDefaultVm: requestsPerPod.memory > DEFAULT_VM_MEMORY_BYTES,
    conflicts: merged.conflicts,
    nodes: rooms,
    excluded,
    capacity,
    enoughRoom,
    usageKnown: usage !== undefined,
    daemonSetNodesWithoutKata: isDaemonSet ? dsTargets.length - candidates.length : 0,
    rollout: rolloutOf(workload),
    currentClass: spec?.runtimeClassName,
    managedBy: owner ? { kind: owner.kind, name: owner.name } : undefined,
    calculator,
  };
};
