/**
 * What deleting the KataConfig does, and how far it has got, as the operator runs it
 * (openshift_controller.go Reconcile and processKataConfigDeleteRequest): nothing starts while an
 * installation or update is in progress; pods using a Kata RuntimeClass block it
 * (BlockedByExistingKataPods); then the operator takes the nodes out of the Kata pool, which
 * reboots each one back to the worker configuration one at a time, and removes the MachineConfig,
 * the pool and the RuntimeClasses (owned by the KataConfig). NodeFeatureDiscovery, NodeFeatureRules
 * and the `runtime.kata` labels are not the operator's: they stay. Pure.
 */
import type { KataConfigKind, NodeKind } from '../models';
import type { MachineConfigPoolKind, PodKind } from '../models/cluster';
import { nodeUpdate } from './nodeState';
import type { NodeUpdate } from './nodeState';
import { kataPool, kataPoolNodes, poolTarget } from './pool';

const inProgress = (kc: KataConfigKind) =>
  kc.status?.conditions?.find((c) => c.type === 'InProgress' && c.status === 'True');

/** The operator defers deletion while it installs or updates (isInstalling / isUpdating). */
export const deletionDeferred = (kc: KataConfigKind): boolean => {
  const c = inProgress(kc);
  return c?.reason === 'Installing' || c?.reason === 'Updating';
};

export type KataPod = { namespace: string; name: string; runtimeClass: string };

/** Pods using a RuntimeClass the KataConfig created: the operator refuses to uninstall while any exist. */
export const kataPods = (pods: readonly PodKind[], runtimeClasses: readonly string[]): KataPod[] =>
  pods
    // The operator counts every pod, finished ones too (listKataPods).
    .filter((p) => {
      const rc = p.spec?.runtimeClassName;
      return rc !== undefined && runtimeClasses.includes(rc);
    })
    .map((p) => ({
      namespace: p.metadata?.namespace ?? '',
      name: p.metadata?.name ?? '',
      runtimeClass: p.spec?.runtimeClassName ?? '',
    }))
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));

export type UninstallPreview = {
  /** Nodes that leave the Kata pool and reboot. */
  rebootNodes: string[];
  /** RuntimeClasses removed with the KataConfig. */
  runtimeClasses: string[];
  /** An installation or update is running: deletion waits for it to finish. */
  waitsForRollout: boolean;
  /** Pods that block the uninstall; undefined while pods are not known. */
  blockingPods?: KataPod[];
};

export const uninstallPreview = ({
  kataConfig,
  nodes,
  pools,
  pods,
}: {
  kataConfig: KataConfigKind;
  nodes: readonly NodeKind[];
  pools: readonly MachineConfigPoolKind[];
  pods?: readonly PodKind[];
}): UninstallPreview => {
  const runtimeClasses = [...(kataConfig.status?.runtimeClasses ?? [])].sort();
  return {
    rebootNodes: kataPoolNodes(nodes, kataPool(pools))
      .map((n) => n.metadata?.name ?? '')
      .sort((a, b) => a.localeCompare(b)),
    runtimeClasses,
    waitsForRollout: deletionDeferred(kataConfig),
    ...(pods ? { blockingPods: kataPods(pods, runtimeClasses) } : {}),
  };
};

export type UninstallProgress =
  | { kind: 'waiting-for-rollout' }
  | { kind: 'blocked-by-pods'; message: string }
  | { kind: 'uninstalling'; nodes: NodeUpdate[]; done: number; total: number; failed: number }
  /** Every node is back; the operator removes the pool, the RuntimeClasses and its finalizer. */
  | { kind: 'finishing' };

/**
 * The progress of a deletion. `startNodes` are the nodes the preview said would reboot (remembered
 * by the page), so finished nodes still count; without them, the operator's lists are the total.
 */
export const uninstallProgress = ({
  kataConfig,
  nodes,
  pools,
  startNodes,
}: {
  kataConfig: KataConfigKind;
  nodes: readonly NodeKind[];
  pools: readonly MachineConfigPoolKind[];
  startNodes?: readonly string[];
}): UninstallProgress => {
  if (deletionDeferred(kataConfig)) return { kind: 'waiting-for-rollout' };
  const c = kataConfig.status?.conditions?.find((x) => x.type === 'InProgress');
  if (c?.reason === 'BlockedByExistingKataPods')
    return { kind: 'blocked-by-pods', message: c.message };
  const k = kataConfig.status?.kataNodes;
  const pending = new Set([
    ...(k?.uninstalling ?? []),
    ...(k?.waitingToUninstall ?? []),
    ...(k?.failedToUninstall ?? []),
    // Nodes still in the Kata pool have not been released yet.
    ...kataPoolNodes(nodes, kataPool(pools)).map((n) => n.metadata?.name ?? ''),
  ]);
  const all = new Set([...(startNodes ?? []), ...pending]);
  if (pending.size === 0) return { kind: 'finishing' };
  // Released nodes roll back to the worker pool's configuration (the master pool's when converged).
  const converged = kataPool(pools).converged;
  const target = poolTarget(
    pools.find((p) => p.metadata?.name === (converged ? 'master' : 'worker')),
  );
  const byName = new Map(nodes.map((n) => [n.metadata?.name ?? '', n]));
  const updates = [...all]
    .flatMap((name) => {
      const node = byName.get(name);
      return node
        ? [
            pending.has(name)
              ? nodeUpdate(node, target)
              : { ...nodeUpdate(node, target), phase: 'updated' as const },
          ]
        : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    kind: 'uninstalling',
    nodes: updates,
    done: [...all].filter((n) => !pending.has(n)).length,
    total: all.size,
    failed: updates.filter((u) => u.phase === 'failed').length,
  };
};
