/**
 * Pod memory/CPU calculator for Kata pods (pure; no React). Follows OSC docs ›
 * Resource requirements (docs/REFERENCES.md): requested container memory is hot-plugged into the VM before the container
 * starts; the scheduler charges the pod's requests plus the RuntimeClass `overhead.podFixed`.
 */
import {
  DEFAULT_VM_MEMORY_BYTES,
  DOCUMENTED_DEFAULT_OVERHEAD,
  ESTIMATED_POD_OVERHEAD_BYTES,
  ESTIMATED_POD_OVERHEAD_WITH_FILE_CACHE_BYTES,
  HOST_PROCESSES_BYTES,
  OPERATOR_DEFAULT_OVERHEAD,
} from './memoryModel';
import type { Overhead } from './memoryModel';
import { checkCalculatorFields } from './form';
import type { CalculatorChecks, CalculatorFields } from './form';
import { parseQuantity } from './quantity';

export type OverheadAnalysis = {
  /** podFixed.memory in bytes; undefined when missing or invalid. */
  memory: number | undefined;
  /** podFixed.cpu in cores; undefined when missing or invalid. */
  cpu: number | undefined;
  /** The RuntimeClass has no overhead.podFixed memory and cpu at all. */
  missing: boolean;
  /** podFixed.memory is below the estimated per-pod overhead (host processes + guest kernel). */
  belowEstimate: boolean;
  /** podFixed.memory is below the estimate including a file buffer cache counted once. */
  belowEstimateWithFileCache: boolean;
  /** The values differ from the documented default 500Mi / 500m (the only supported ones). */
  differsFromDocumentedDefault: boolean;
  /** The values are the current operator's default 350Mi / 250m. */
  matchesOperatorDefault: boolean;
};

const sameAs = (memory: number | undefined, cpu: number | undefined, ref: Overhead) =>
  memory === parseQuantity(ref.memory) && cpu === parseQuantity(ref.cpu);

/** What the cluster's `overhead.podFixed` says relative to the memory model and the defaults. */
export const analyseOverhead = (podFixed: Record<string, string> | undefined): OverheadAnalysis => {
  const memory = parseQuantity(podFixed?.memory);
  const cpu = parseQuantity(podFixed?.cpu);
  return {
    memory,
    cpu,
    missing: podFixed?.memory === undefined && podFixed?.cpu === undefined,
    belowEstimate: (memory ?? 0) < ESTIMATED_POD_OVERHEAD_BYTES,
    belowEstimateWithFileCache: (memory ?? 0) < ESTIMATED_POD_OVERHEAD_WITH_FILE_CACHE_BYTES,
    differsFromDocumentedDefault: !sameAs(memory, cpu, DOCUMENTED_DEFAULT_OVERHEAD),
    matchesOperatorDefault: sameAs(memory, cpu, OPERATOR_DEFAULT_OVERHEAD),
  };
};

export type CalculatorNode = {
  name: string;
  /** Allocatable memory in bytes (status.allocatable.memory). */
  allocatableMemory: number | undefined;
  /** Allocatable CPU in cores (status.allocatable.cpu). */
  allocatableCpu: number | undefined;
  /** Allocatable pod slots (status.allocatable.pods). */
  allocatablePods: number | undefined;
};

export type CalculatorInput = {
  /** Container memory request in bytes (sum over the pod's containers). */
  memoryRequest: number | undefined;
  /** Container memory limit in bytes. */
  memoryLimit: number | undefined;
  /** Container CPU request in cores. */
  cpuRequest: number | undefined;
  /** Number of pods. */
  podCount: number;
  /** The RuntimeClass's overhead.podFixed. */
  podFixed: Record<string, string> | undefined;
  /** Nodes where pods of this RuntimeClass can run. */
  nodes: readonly CalculatorNode[];
};

export type LimitingResource = 'memory' | 'cpu' | 'pods';

export type NodeFit = CalculatorNode & {
  /** Pods of this shape that fit on the (otherwise empty) node; undefined if unknown. */
  fit: number | undefined;
  /** The resource that runs out first. */
  limitedBy: LimitingResource | undefined;
};

type CalculatorFlags = {
  /** No memory limit: the guest kernel can run out of memory and kill other processes. */
  noLimit: boolean;
  overheadBelowEstimate: boolean;
  overheadDiffersFromDocumentedDefault: boolean;
  overheadMatchesOperatorDefault: boolean;
  overheadMissing: boolean;
};

export type CalculatorResult = {
  /** Memory request the scheduler uses: the request, or the limit when only a limit is set. */
  effectiveMemoryRequest: number;
  /** CPU request in cores (0 when none). */
  cpuRequest: number;
  /** Memory hot-plugged into the VM before the container starts. */
  hotPluggedMemory: number;
  /** The VM's default memory (2Gi), given as is: never vmMemory - hotPluggedMemory, which loses it
   * to float precision next to exabytes. */
  vmDefaultMemory: number;
  /** VM memory: the default 2Gi plus the hot-plugged request. */
  vmMemory: number;
  /** Host processes outside the VM (QEMU, virtiofsd, shim), per pod. */
  hostProcessesMemory: number;
  /** Host processes plus guest kernel, per pod: the estimate podFixed should cover. */
  estimatedOverheadMemory: number;
  overheadMemory: number;
  overheadCpu: number;
  /** What the scheduler charges per pod: requests + podFixed. */
  chargedMemoryPerPod: number;
  chargedCpuPerPod: number;
  /** The same for all pods. */
  totalChargedMemory: number;
  totalChargedCpu: number;
  nodes: NodeFit[];
  /** Sum of `fit` over the nodes with a known fit. */
  totalFit: number;
  flags: CalculatorFlags;
};

const fitOf = (available: number | undefined, perPod: number): number | undefined => {
  if (available === undefined) return undefined;
  if (perPod <= 0) return Number.POSITIVE_INFINITY;
  return Math.max(0, Math.floor(available / perPod + 1e-9));
};

/** How many pods charging `memory`/`cpu` fit on an empty node, and what runs out first. */
export const nodeFit = (node: CalculatorNode, memory: number, cpu: number): NodeFit => {
  const candidates: [LimitingResource, number | undefined][] = [
    ['memory', fitOf(node.allocatableMemory, memory)],
    ['cpu', fitOf(node.allocatableCpu, cpu)],
    ['pods', fitOf(node.allocatablePods, 1)],
  ];
  let best: [LimitingResource, number] | undefined;
  for (const [resource, fit] of candidates) {
    if (fit !== undefined && (best === undefined || fit < best[1])) best = [resource, fit];
  }
  if (best === undefined || !Number.isFinite(best[1])) {
    return { ...node, fit: undefined, limitedBy: undefined };
  }
  return { ...node, fit: best[1], limitedBy: best[0] };
};

export const calculate = (input: CalculatorInput): CalculatorResult => {
  const overhead = analyseOverhead(input.podFixed);
  const effectiveMemoryRequest = input.memoryRequest ?? input.memoryLimit ?? 0;
  const cpuRequest = input.cpuRequest ?? 0;
  const overheadMemory = overhead.memory ?? 0;
  const overheadCpu = overhead.cpu ?? 0;
  const chargedMemoryPerPod = effectiveMemoryRequest + overheadMemory;
  const chargedCpuPerPod = cpuRequest + overheadCpu;
  const podCount = Math.max(0, Math.floor(input.podCount));
  const nodes = input.nodes.map((n) => nodeFit(n, chargedMemoryPerPod, chargedCpuPerPod));
  return {
    effectiveMemoryRequest,
    cpuRequest,
    hotPluggedMemory: effectiveMemoryRequest,
    vmDefaultMemory: DEFAULT_VM_MEMORY_BYTES,
    vmMemory: DEFAULT_VM_MEMORY_BYTES + effectiveMemoryRequest,
    hostProcessesMemory: HOST_PROCESSES_BYTES,
    estimatedOverheadMemory: ESTIMATED_POD_OVERHEAD_BYTES,
    overheadMemory,
    overheadCpu,
    chargedMemoryPerPod,
    chargedCpuPerPod,
    totalChargedMemory: chargedMemoryPerPod * podCount,
    totalChargedCpu: chargedCpuPerPod * podCount,
    nodes,
    totalFit: nodes.reduce((s, n) => s + (n.fit ?? 0), 0),
    flags: {
      noLimit: input.memoryLimit === undefined,
      overheadBelowEstimate: overhead.belowEstimate,
      overheadDiffersFromDocumentedDefault: overhead.differsFromDocumentedDefault,
      overheadMatchesOperatorDefault: overhead.matchesOperatorDefault,
      overheadMissing: overhead.missing,
    },
  };
};

/** The calculator as the page shows it: each field's check, and the result when all are valid. */
export type CalculatorView = {
  checks: CalculatorChecks;
  /** undefined while a field is invalid. */
  result: CalculatorResult | undefined;
  /** The memory the breakdown chart shows for the containers: the request, else the limit. */
  requestBytes: number;
};

export const calculatorView = (
  fields: CalculatorFields,
  podFixed: Record<string, string> | undefined,
  nodes: readonly CalculatorNode[],
): CalculatorView => {
  const checks = checkCalculatorFields(fields);
  const valid = Object.values(checks).every((c) => c.error === undefined);
  return {
    checks,
    result: valid
      ? calculate({
          memoryRequest: checks.memoryRequest.value,
          memoryLimit: checks.memoryLimit.value,
          cpuRequest: checks.cpuRequest.value,
          podCount: checks.podCount.value ?? 1,
          podFixed,
          nodes,
        })
      : undefined,
    requestBytes: checks.memoryRequest.value ?? checks.memoryLimit.value ?? 0,
  };
};
