/**
 * One node's place in a MachineConfigPool rollout, read from what the MachineConfig operator writes
 * on it (machine-config-operator pkg/daemon/constants: currentConfig, desiredConfig, state, reason,
 * desiredDrain, lastAppliedDrain). Pure.
 *
 * The sequence for each node (pkg/controller/node, pkg/daemon, pkg/controller/drain):
 * node controller sets desiredConfig → MCD state Working, desiredDrain `drain-<config>` → drain
 * controller cordons and evicts (PodDisruptionBudgets can hold it), lastAppliedDrain `drain-…` → MCD
 * applies the config and reboots (the node goes NotReady) → desiredDrain `uncordon-<config>` →
 * uncordoned → MCD state Done, currentConfig = the new config. A failure is state Degraded with a
 * reason.
 */
import type { NodeKind } from '../models';
import { MCO_ANNOTATIONS } from '../models/cluster';

export type NodePhase =
  /** Not picked yet (the pool updates `maxUnavailable` nodes at a time). */
  | 'waiting'
  /** Cordoned by someone other than this rollout: unavailable, so it holds the pool. */
  | 'cordoned'
  /** NotReady while not updating: unavailable, so it holds the pool. */
  | 'not-ready'
  /** Cordoned by the MCO and its pods being evicted. */
  | 'draining'
  /** Drained; the config is applied and the node reboots (NotReady for a while), then uncordons. */
  | 'rebooting'
  /** Being updated, without the detail (only the operator's status is readable). */
  | 'updating'
  | 'updated'
  /** The Machine Config Daemon reports Degraded (or Unreconcilable). */
  | 'failed';

export type NodeUpdate = {
  name: string;
  phase: NodePhase;
  /** When the current phase began, when the API records it (condition or taint times). */
  since?: string;
  /** The MCD's reason for a failure, in English as the daemon wrote it. */
  reason?: string;
  ready: boolean;
  schedulable: boolean;
  /** The MCD has reported on this node (it has the annotations). */
  managed: boolean;
};

const UNSCHEDULABLE_TAINT = 'node.kubernetes.io/unschedulable';
const FAILING_STATES = new Set(['Degraded', 'Unreconcilable']);

const annotationsOf = (node: NodeKind): Partial<Record<string, string>> =>
  node.metadata?.annotations ?? {};

const condition = (node: NodeKind, type: string) =>
  node.status?.conditions?.find((c) => c.type === type);

/** CheckNodeReady of the MCO (layered_node_state.go): Ready, no disk pressure, network, schedulable. */
const isNodeAvailable = (node: NodeKind): boolean => {
  const ready = condition(node, 'Ready');
  if (ready && ready.status !== 'True') return false;
  const disk = condition(node, 'DiskPressure');
  if (disk && disk.status !== 'False') return false;
  const network = condition(node, 'NetworkUnavailable');
  if (network && network.status !== 'False') return false;
  return node.spec?.unschedulable !== true;
};

const isReady = (node: NodeKind) => condition(node, 'Ready')?.status === 'True';

/** When the node was cordoned: the time the unschedulable taint was added. */
const cordonedSince = (node: NodeKind): string | undefined =>
  (node.spec?.taints as { key: string; timeAdded?: string }[] | undefined)?.find(
    (t) => t.key === UNSCHEDULABLE_TAINT,
  )?.timeAdded;

/**
 * The node's phase in a rollout towards `target` (the pool's spec.configuration.name). Without a
 * target (the pool does not exist yet) every node is waiting.
 */
export const nodeUpdate = (node: NodeKind, target: string | undefined): NodeUpdate => {
  const a = annotationsOf(node);
  const current = a[MCO_ANNOTATIONS.currentConfig];
  const desired = a[MCO_ANNOTATIONS.desiredConfig];
  const state = a[MCO_ANNOTATIONS.state];
  const desiredDrain = a[MCO_ANNOTATIONS.desiredDrain];
  const lastDrain = a[MCO_ANNOTATIONS.lastAppliedDrain];
  const ready = isReady(node);
  const schedulable = node.spec?.unschedulable !== true;
  const base = {
    name: node.metadata?.name ?? '',
    ready,
    schedulable,
    managed: current !== undefined,
  };
  const readySince = condition(node, 'Ready')?.lastTransitionTime;

  if (state !== undefined && FAILING_STATES.has(state) && current !== desired) {
    return { ...base, phase: 'failed', reason: a[MCO_ANNOTATIONS.reason] ?? '' };
  }
  if (target !== undefined && current === target && state === 'Done') {
    return { ...base, phase: 'updated' };
  }
  if (target !== undefined && desired === target && current !== target) {
    if (desiredDrain === `drain-${target}` && lastDrain !== desiredDrain) {
      return { ...base, phase: 'draining', since: cordonedSince(node) };
    }
    if (state === 'Working' || desiredDrain === `uncordon-${target}`) {
      return { ...base, phase: 'rebooting', since: ready ? undefined : readySince };
    }
  }
  if (!schedulable) return { ...base, phase: 'cordoned', since: cordonedSince(node) };
  if (!ready) return { ...base, phase: 'not-ready', since: readySince };
  return { ...base, phase: 'waiting' };
};

/**
 * Unavailable for the pool's update budget (IsUnavailableForUpdate): not ready or not schedulable,
 * or not done with its config and not failing.
 */
export const isUnavailableForUpdate = (node: NodeKind): boolean => {
  if (!isNodeAvailable(node)) return true;
  const a = annotationsOf(node);
  const current = a[MCO_ANNOTATIONS.currentConfig];
  const desired = a[MCO_ANNOTATIONS.desiredConfig];
  const state = a[MCO_ANNOTATIONS.state];
  const done = !!current && current === desired && state === 'Done';
  if (done) return false;
  const failing = current !== desired && state !== undefined && FAILING_STATES.has(state);
  return !failing;
};
