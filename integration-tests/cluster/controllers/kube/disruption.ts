/**
 * Pure PodDisruptionBudget rules after kubernetes/kubernetes: the disruption controller's status
 * (pkg/controller/disruption/disruption.go getExpectedPodCount, countHealthyPods,
 * updatePdbStatus) and the eviction subresource's decision
 * (pkg/registry/core/pod/storage/eviction.go Create, checkAndDecrement).
 */
import type { KObject } from '../../types';
import { isRecord } from '../../types';
import type { LabelSelectorObject, Selector } from '../../selectors';
import { fromLabelSelectorObject, matchesSelector } from '../../selectors';
import { str } from '../context';

const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

export const podPhase = (pod: KObject): string => str(rec(pod.status).phase, 'Pending');

export const isPodReady = (pod: KObject): boolean =>
  Array.isArray(rec(pod.status).conditions) &&
  (rec(pod.status).conditions as unknown[]).some(
    (c) => isRecord(c) && c.type === 'Ready' && c.status === 'True',
  );

const selectorOf = (pdb: KObject): Selector | undefined => {
  try {
    return fromLabelSelectorObject(rec(pdb.spec).selector as LabelSelectorObject | undefined);
  } catch {
    return undefined;
  }
};

export const pdbSelects = (pdb: KObject, pod: KObject): boolean => {
  if (pdb.metadata.namespace !== pod.metadata.namespace) return false;
  const sel = selectorOf(pdb);
  return sel !== undefined && matchesSelector(sel, pod.metadata.labels);
};

const scaled = (v: unknown, total: number, roundUp: boolean): number | undefined => {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  const m = /^(\d+)%$/.exec(v);
  if (!m) return Number.isNaN(Number(v)) ? undefined : Number(v);
  const x = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
};

export type PdbStatus = {
  currentHealthy: number;
  desiredHealthy: number;
  disruptionsAllowed: number;
  expectedPods: number;
  disruptedPods: Record<string, string>;
};

/**
 * `pods` are the PDB's pods; `replicasOf` gives the scale of a pod's controller (undefined for a
 * bare pod), which is what percentages and maxUnavailable are computed against.
 */
export const pdbStatus = (
  pdb: KObject,
  pods: KObject[],
  replicasOf: (pod: KObject) => { key: string; replicas: number } | undefined,
): PdbStatus => {
  const spec = rec(pdb.spec);
  const st = rec(pdb.status);
  const live = pods.filter((p) => !p.metadata.deletionTimestamp);
  const controllers = new Map<string, number>();
  let bare = 0;
  for (const p of live) {
    const c = replicasOf(p);
    if (c) controllers.set(c.key, c.replicas);
    else bare++;
  }
  const usesScale = spec.maxUnavailable !== undefined || typeof spec.minAvailable === 'string';
  const expected = usesScale
    ? [...controllers.values()].reduce((a, b) => a + b, 0) + bare
    : live.length;
  let desired: number;
  if (spec.maxUnavailable !== undefined) {
    desired = Math.max(0, expected - (scaled(spec.maxUnavailable, expected, true) ?? 0));
  } else {
    desired = scaled(spec.minAvailable ?? 1, expected, true) ?? 1;
  }
  const disrupted = rec(st.disruptedPods) as Record<string, string>;
  const stillDisrupted: Record<string, string> = {};
  for (const [name, ts] of Object.entries(disrupted)) {
    if (live.some((p) => p.metadata.name === name)) stillDisrupted[name] = ts;
  }
  const healthy = live.filter(
    (p) => isPodReady(p) && !((p.metadata.name ?? '') in stillDisrupted),
  ).length;
  return {
    currentHealthy: healthy,
    desiredHealthy: desired,
    disruptionsAllowed: Math.max(0, healthy - desired),
    expectedPods: expected,
    disruptedPods: stillDisrupted,
  };
};

export type EvictionDecision =
  | { kind: 'delete' }
  | { kind: 'decrement'; pdb: KObject }
  | {
      kind: 'refuse';
      code: number;
      reason: string;
      message: string;
      cause?: { reason: string; message: string };
    };

/** The 429 the eviction subresource answers when a budget says no, with its DisruptionBudget cause. */
const budgetRefusal = (cause: string): EvictionDecision => ({
  kind: 'refuse',
  code: 429,
  reason: 'TooManyRequests',
  message: "Cannot evict pod as it would violate the pod's disruption budget.",
  cause: { reason: 'DisruptionBudget', message: cause },
});

/** What the eviction subresource does with `pod`, given the PodDisruptionBudgets of its namespace. */
export const evictionDecision = (pod: KObject, pdbs: KObject[]): EvictionDecision => {
  const phase = podPhase(pod);
  // Terminal and pending pods are not protected by budgets.
  if (phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending') return { kind: 'delete' };
  if (pod.metadata.deletionTimestamp) return { kind: 'delete' };
  const matching = pdbs.filter((p) => pdbSelects(p, pod));
  if (matching.length === 0) return { kind: 'delete' };
  if (matching.length > 1) {
    return {
      kind: 'refuse',
      code: 500,
      reason: 'InternalError',
      message:
        'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
    };
  }
  const pdb = matching[0];
  const st = rec(pdb.status);
  const spec = rec(pdb.spec);
  if (!isPodReady(pod)) {
    const policy = spec.unhealthyPodEvictionPolicy;
    const current = Number(st.currentHealthy ?? 0);
    const desired = Number(st.desiredHealthy ?? 0);
    if (policy === 'AlwaysAllow' || current >= desired) return { kind: 'delete' };
  }
  const name = pdb.metadata.name ?? '';
  if (Number(st.observedGeneration ?? 0) < (pdb.metadata.generation ?? 1))
    return budgetRefusal(`The disruption budget ${name} is still being processed by the server.`);
  if (Number(st.disruptionsAllowed ?? 0) <= 0)
    return budgetRefusal(
      `The disruption budget ${name} needs ${str(st.desiredHealthy, '0')} healthy pods and has ${str(st.currentHealthy, '0')} currently`,
    );
  return { kind: 'decrement', pdb };
};
