/**
 * A pod's memory and CPU requests, limits and overhead, as the scheduler counts them (pure).
 *
 * Mirrors `PodRequests` / `AggregateContainerRequests` of Kubernetes
 * (k8s.io/component-helpers/resource/helpers.go): the app containers and the restartable ("sidecar")
 * init containers add up; a plain init container runs alone (beside the sidecars started before
 * it), so the pod needs the larger of the two; `spec.overhead` (set by the RuntimeClass admission
 * plugin) comes on top. Like the API server's defaulting, a container with a limit and no request
 * requests its limit.
 */
import { parseQuantity } from '../overhead/quantity';
import type { ContainerSpec, PodSpec, ResourceList } from '../models/workloads';

/** Memory in bytes and CPU in cores. */
export type Amounts = { memory: number; cpu: number };

export const ZERO: Amounts = { memory: 0, cpu: 0 };

const amount = (list: ResourceList | undefined, key: 'memory' | 'cpu'): number =>
  parseQuantity(list?.[key]) ?? 0;

export const amountsOf = (list: ResourceList | undefined): Amounts => ({
  memory: amount(list, 'memory'),
  cpu: amount(list, 'cpu'),
});

export const add = (a: Amounts, b: Amounts): Amounts => ({
  memory: a.memory + b.memory,
  cpu: a.cpu + b.cpu,
});

const max = (a: Amounts, b: Amounts): Amounts => ({
  memory: Math.max(a.memory, b.memory),
  cpu: Math.max(a.cpu, b.cpu),
});

/** The container's requests after defaulting: a resource with only a limit requests the limit. */
const containerRequests = (c: ContainerSpec): Amounts => {
  const { requests, limits } = c.resources ?? {};
  return {
    memory: amount(requests?.memory !== undefined ? requests : limits, 'memory'),
    cpu: amount(requests?.cpu !== undefined ? requests : limits, 'cpu'),
  };
};

const isSidecar = (c: ContainerSpec) => c.restartPolicy === 'Always';

const aggregate = (spec: PodSpec | undefined, of: (c: ContainerSpec) => Amounts): Amounts => {
  let sum = (spec?.containers ?? []).reduce((s, c) => add(s, of(c)), ZERO);
  let sidecars = ZERO;
  let init = ZERO;
  for (const c of spec?.initContainers ?? []) {
    if (isSidecar(c)) {
      sum = add(sum, of(c));
      sidecars = add(sidecars, of(c));
      init = max(init, sidecars);
    } else {
      init = max(init, add(of(c), sidecars));
    }
  }
  return max(sum, init);
};

/** What the containers request (without overhead). */
export const podRequests = (spec: PodSpec | undefined): Amounts =>
  aggregate(spec, containerRequests);

/** `spec.overhead` of a pod (set at admission), or undefined when none was charged. */
export const podOverhead = (spec: PodSpec | undefined): Amounts | undefined =>
  spec?.overhead && (spec.overhead.memory !== undefined || spec.overhead.cpu !== undefined)
    ? amountsOf(spec.overhead)
    : undefined;

/** Requests plus overhead: what the scheduler subtracts from the node. */
export const podCharged = (spec: PodSpec | undefined): Amounts =>
  add(podRequests(spec), podOverhead(spec) ?? ZERO);

/** Per resource, the pod's limit; undefined when an app container has none (unbounded). */
export type Limits = { memory: number | undefined; cpu: number | undefined };

export const podLimits = (spec: PodSpec | undefined): Limits => {
  const containers = [
    ...(spec?.containers ?? []),
    ...(spec?.initContainers ?? []).filter(isSidecar),
  ];
  const bounded = (key: 'memory' | 'cpu') =>
    containers.length > 0 && containers.every((c) => c.resources?.limits?.[key] !== undefined);
  const limits = aggregate(spec, (c) => amountsOf(c.resources?.limits));
  return {
    memory: bounded('memory') ? limits.memory : undefined,
    cpu: bounded('cpu') ? limits.cpu : undefined,
  };
};

/** App and sidecar containers without a memory limit. */
export const containersWithoutMemoryLimit = (spec: PodSpec | undefined): string[] =>
  [...(spec?.containers ?? []), ...(spec?.initContainers ?? []).filter(isSidecar)]
    .filter((c) => c.resources?.limits?.memory === undefined)
    .map((c) => c.name);
