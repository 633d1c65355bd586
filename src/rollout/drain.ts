/**
 * What holds a node's drain: the PodDisruptionBudgets that allow no disruption and cover pods still
 * on the node. The MCO's drain controller evicts through the Eviction API, which refuses an eviction
 * a PodDisruptionBudget forbids, and retries (pkg/controller/drain, kubectl's drain helper);
 * DaemonSet pods are not evicted and finished pods are deleted without an eviction. Pure.
 */
import { matchesSelector } from '../eligibility/selector';
import type { PodDisruptionBudgetKind, PodKind } from '../models/cluster';

export type DrainBlocker = {
  pdb: { name: string; namespace: string };
  /** Pods on the node the budget protects, by name. */
  pods: string[];
};

const isEvicted = (pod: PodKind): boolean => {
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return false;
  if (pod.metadata?.deletionTimestamp) return false;
  // Mirror (static) pods and DaemonSet pods are left in place by the drain.
  if (pod.metadata?.annotations?.['kubernetes.io/config.mirror'] !== undefined) return false;
  return !(pod.metadata?.ownerReferences ?? []).some((o) => o.kind === 'DaemonSet');
};

export const drainBlockers = (
  node: string,
  pods: readonly PodKind[],
  pdbs: readonly PodDisruptionBudgetKind[],
): DrainBlocker[] => {
  const onNode = pods.filter((p) => p.spec?.nodeName === node && isEvicted(p));
  const blockers: DrainBlocker[] = [];
  for (const pdb of pdbs) {
    if ((pdb.status?.disruptionsAllowed ?? 0) > 0) continue;
    const ns = pdb.metadata?.namespace ?? '';
    const selector = pdb.spec?.selector;
    // An empty selector in policy/v1 selects every pod of the namespace; an absent one none.
    if (!selector) continue;
    const covered = onNode
      .filter((p) => p.metadata?.namespace === ns && matchesSelector(p.metadata.labels, selector))
      .map((p) => p.metadata?.name ?? '')
      .sort((a, b) => a.localeCompare(b));
    if (covered.length > 0)
      blockers.push({ pdb: { name: pdb.metadata?.name ?? '', namespace: ns }, pods: covered });
  }
  return blockers.sort(
    (a, b) =>
      a.pdb.namespace.localeCompare(b.pdb.namespace) || a.pdb.name.localeCompare(b.pdb.name),
  );
};
