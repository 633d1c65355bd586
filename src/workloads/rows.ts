/**
 * Kata pods as table rows, grouped by the workload that owns them, with filters and totals
 * (pure; no React). Rows are cached per pod object: a watch event replaces only the pods that
 * changed, so only those are derived again.
 */
import type { PodKind } from '../models/workloads';
import type { Owner } from './owner';
import { ownerKey, ownerOf } from './owner';
import type { Amounts, Limits } from './podResources';
import { ZERO, add, podLimits, podOverhead, podRequests } from './podResources';

export type KataPodRow = {
  uid: string;
  name: string;
  namespace: string;
  runtimeClass: string;
  node: string | undefined;
  /** Pod phase, or `Terminating` while it is being deleted. */
  phase: string;
  owner: Owner | undefined;
  groupKey: string;
  requests: Amounts;
  limits: Limits;
  /** `spec.overhead`: what the scheduler charges beyond the requests; undefined when none. */
  overhead: Amounts | undefined;
  /** The pod holds node resources: not Succeeded or Failed. */
  active: boolean;
};

const rowCache = new WeakMap<PodKind, KataPodRow>();

const phaseOf = (pod: PodKind): string =>
  pod.metadata?.deletionTimestamp ? 'Terminating' : (pod.status?.phase ?? 'Unknown');

const toRow = (pod: PodKind): KataPodRow => {
  const name = pod.metadata?.name ?? '';
  const namespace = pod.metadata?.namespace ?? '';
  const owner = ownerOf(pod);
  const phase = phaseOf(pod);
  return {
    uid: pod.metadata?.uid ?? `${namespace}/${name}`,
    name,
    namespace,
    runtimeClass: pod.spec?.runtimeClassName ?? '',
    // An unscheduled pod has no nodeName (or an empty one).
    node: pod.spec?.nodeName === '' ? undefined : pod.spec?.nodeName,
    phase,
    owner,
    groupKey: ownerKey(namespace, owner, name),
    requests: podRequests(pod.spec),
    limits: podLimits(pod.spec),
    overhead: podOverhead(pod.spec),
    active: pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed',
  };
};

/** The row of one pod, derived once per pod object. */
export const rowOf = (pod: PodKind): KataPodRow => {
  let row = rowCache.get(pod);
  if (!row) {
    row = toRow(pod);
    rowCache.set(pod, row);
  }
  return row;
};

const isKataPod = (pod: PodKind, kataNames: ReadonlySet<string>): boolean => {
  const rc = pod.spec?.runtimeClassName;
  return rc !== undefined && kataNames.has(rc);
};

/** Rows of the pods that run in a Kata class, in the order of the list. */
export const kataPodRows = (
  pods: readonly PodKind[] | undefined,
  kataNames: ReadonlySet<string>,
): KataPodRow[] => {
  const rows: KataPodRow[] = [];
  for (const pod of pods ?? []) if (isKataPod(pod, kataNames)) rows.push(rowOf(pod));
  return rows;
};

export type Totals = {
  pods: number;
  /** Pods that hold node resources (not Succeeded/Failed). */
  active: number;
  /** Sum of `spec.overhead` over the active pods. */
  overhead: Amounts;
  /** Sum of the requests over the active pods. */
  requests: Amounts;
};

export const totalsOf = (rows: readonly KataPodRow[]): Totals => {
  let active = 0;
  let overhead = ZERO;
  let requests = ZERO;
  for (const r of rows) {
    if (!r.active) continue;
    active += 1;
    overhead = add(overhead, r.overhead ?? ZERO);
    requests = add(requests, r.requests);
  }
  return { pods: rows.length, active, overhead, requests };
};
