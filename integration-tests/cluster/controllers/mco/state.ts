/**
 * Pure MachineConfig operator rules, mirrored from openshift/machine-config-operator @7ff337a:
 * node state (pkg/controller/common/layered_node_state.go), pool membership
 * (pkg/helpers/helpers.go GetPoolsForNode), rollout candidates and maxUnavailable
 * (pkg/controller/node/node_controller.go getAllCandidateMachines, maxUnavailable,
 * sortNodeList) and pool status (pkg/controller/node/status.go calculateStatus, the
 * node-annotation path of GetMachinesByState). Image-mode (layered) pools are not modelled.
 */
import type { Selector } from '../../selectors';
import { matchesSelector } from '../../selectors';

export const ANN = {
  current: 'machineconfiguration.openshift.io/currentConfig',
  desired: 'machineconfiguration.openshift.io/desiredConfig',
  state: 'machineconfiguration.openshift.io/state',
  reason: 'machineconfiguration.openshift.io/reason',
  desiredDrain: 'machineconfiguration.openshift.io/desiredDrain',
  lastAppliedDrain: 'machineconfiguration.openshift.io/lastAppliedDrain',
  desiredImage: 'machineconfiguration.openshift.io/desiredImage',
  currentImage: 'machineconfiguration.openshift.io/currentImage',
} as const;

export const STATE = {
  done: 'Done',
  working: 'Working',
  degraded: 'Degraded',
  unreconcilable: 'Unreconcilable',
} as const;

/** What the rules read of a Node. */
export type NodeView = {
  name: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  unschedulable: boolean;
  /** status of the Ready / DiskPressure / NetworkUnavailable conditions, when present */
  conditions: Record<string, string>;
  creationTimestamp: string;
};

export type PoolView = {
  name: string;
  nodeSelector: Selector;
  /** spec.configuration.name: the rendered MachineConfig the pool targets. */
  target: string;
  maxUnavailable?: number | string;
  paused: boolean;
};

/** CheckNodeReady: Ready True, no disk pressure, network available, schedulable. */
const at = (r: Record<string, string>, k: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(r, k) ? r[k] : undefined;

export const isNodeReady = (n: NodeView): boolean => {
  const c = {
    Ready: at(n.conditions, 'Ready'),
    DiskPressure: at(n.conditions, 'DiskPressure'),
    NetworkUnavailable: at(n.conditions, 'NetworkUnavailable'),
  };
  if (c.Ready !== undefined && c.Ready !== 'True') return false;
  if (c.DiskPressure !== undefined && c.DiskPressure !== 'False') return false;
  if (c.NetworkUnavailable !== undefined && c.NetworkUnavailable !== 'False') return false;
  return !n.unschedulable;
};

const mcdState = (n: NodeView, s: string): boolean => {
  const v = at(n.annotations, ANN.state);
  return v !== undefined && v !== '' && v === s;
};

/** IsNodeDone: current == desired (both set), no image annotations, MCD state Done. */
export const isNodeDone = (n: NodeView): boolean => {
  const cur = at(n.annotations, ANN.current);
  const des = at(n.annotations, ANN.desired);
  if (!cur || !des || cur !== des) return false;
  if (ANN.desiredImage in n.annotations || ANN.currentImage in n.annotations) return false;
  return mcdState(n, STATE.done);
};

/** IsNodeMCDFailing: targeting another config and Degraded or Unreconcilable. */
export const isNodeMcdFailing = (n: NodeView): boolean => {
  if (n.annotations[ANN.current] === n.annotations[ANN.desired]) return false;
  return mcdState(n, STATE.degraded) || mcdState(n, STATE.unreconcilable);
};

export const isNodeDegraded = (n: NodeView): boolean =>
  mcdState(n, STATE.degraded) || mcdState(n, STATE.unreconcilable);

/** IsUnavailableForUpdate: not ready, or not done and not failing. */
export const isUnavailableForUpdate = (n: NodeView): boolean => {
  if (!isNodeReady(n)) return true;
  if (isNodeDone(n)) return false;
  return !isNodeMcdFailing(n);
};

/** IsDone for a non-layered pool: node done and its desired config is the pool's target. */
export const isDoneInPool = (n: NodeView, pool: PoolView): boolean =>
  isNodeDone(n) && n.annotations[ANN.desired] === pool.target;

/**
 * GetPoolsForNode: the pools whose nodeSelector matches; one custom pool wins over worker,
 * master wins over a custom pool, two custom pools are an error (undefined: no pool).
 */
export const primaryPool = (n: NodeView, pools: PoolView[]): PoolView | undefined => {
  const matching = pools.filter(
    (p) => p.nodeSelector.length > 0 && matchesSelector(p.nodeSelector, n.labels),
  );
  const master = matching.find((p) => p.name === 'master');
  const worker = matching.find((p) => p.name === 'worker');
  const custom = matching.filter((p) => p.name !== 'master' && p.name !== 'worker');
  if (custom.length > 1) return undefined;
  if (custom.length === 1) return master ?? custom[0];
  return master ?? worker;
};

/** getNodesForPool: nodes selected by the pool whose primary pool it is. */
export const nodesForPool = (pool: PoolView, nodes: NodeView[], pools: PoolView[]): NodeView[] =>
  nodes.filter(
    (n) =>
      matchesSelector(pool.nodeSelector, n.labels) && primaryPool(n, pools)?.name === pool.name,
  );

/** maxUnavailable: int or percent of the pool's nodes (rounded down), default 1, at least 1. */
export const maxUnavailable = (pool: PoolView, nodeCount: number): number => {
  const v = pool.maxUnavailable ?? 1;
  let n: number;
  if (typeof v === 'number') n = v;
  else {
    const m = /^(\d+)%$/.exec(v);
    n = m ? Math.floor((Number(m[1]) * nodeCount) / 100) : Number(v);
  }
  if (!Number.isFinite(n) || n <= 0) return 1;
  return n;
};

/** getAllCandidateMachines: nodes that may start updating now, and how many may. */
export const candidates = (
  pool: PoolView,
  nodes: NodeView[],
  maxUnavail: number,
): { nodes: NodeView[]; capacity: number } => {
  const unavail = nodes.filter(isUnavailableForUpdate).length;
  if (unavail >= maxUnavail) return { nodes: [], capacity: 0 };
  let capacity = maxUnavail - unavail;
  let failingThisConfig = 0;
  const out: NodeView[] = [];
  for (const n of nodes) {
    if (n.annotations[ANN.desired] === pool.target) {
      if (isNodeMcdFailing(n)) failingThisConfig++;
      continue;
    }
    if (!isNodeReady(n)) continue;
    out.push(n);
  }
  // Nodes failing to reach this config count against availability too.
  if (failingThisConfig >= capacity) return { nodes: [], capacity: 0 };
  capacity -= failingThisConfig;
  return { nodes: out, capacity };
};

const ZONE = 'topology.kubernetes.io/zone';

/** sortNodeList: by zone label, nodes without zone last, then oldest first. */
export const sortNodes = (nodes: NodeView[]): NodeView[] =>
  [...nodes].sort((a, b) => {
    const za = at(a.labels, ZONE);
    const zb = at(b.labels, ZONE);
    if (za !== undefined && zb !== undefined && za !== zb) return za < zb ? -1 : 1;
    if (za === undefined && zb !== undefined) return 1;
    if (za !== undefined && zb === undefined) return -1;
    if (a.creationTimestamp !== b.creationTimestamp)
      return a.creationTimestamp < b.creationTimestamp ? -1 : 1;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });

/** The nodes to target now (updateCandidateMachines). */
export const nodesToTarget = (pool: PoolView, nodes: NodeView[]): NodeView[] => {
  if (pool.paused || pool.target === '') return [];
  const c = candidates(pool, nodes, maxUnavailable(pool, nodes.length));
  if (c.nodes.length === 0 || c.capacity <= 0) return [];
  return c.nodes.length > c.capacity ? sortNodes(c.nodes).slice(0, c.capacity) : c.nodes;
};

export type PoolCondition = {
  type: string;
  status: 'True' | 'False';
  reason: string;
  message: string;
};

export type PoolStatusCore = {
  machineCount: number;
  updatedMachineCount: number;
  readyMachineCount: number;
  unavailableMachineCount: number;
  degradedMachineCount: number;
  /** Whether status.configuration moves to the target (all updated). */
  allUpdated: boolean;
  conditions: PoolCondition[];
};

/** calculateStatus (node-annotation path): counts and the Updated/Updating/NodeDegraded/Degraded conditions. */
export const poolStatus = (
  pool: PoolView,
  nodes: NodeView[],
  renderDegraded = false,
): PoolStatusCore => {
  const total = nodes.length;
  const updated = nodes.filter((n) => isDoneInPool(n, pool));
  const ready = updated.filter(isNodeReady);
  const degraded = nodes.filter(isNodeDegraded);
  const unavailable = nodes.filter(isUnavailableForUpdate);
  const allUpdated = updated.length === total && ready.length === total && unavailable.length === 0;
  const line = `MachineConfig ${pool.target}`;
  const conditions: PoolCondition[] = [];
  if (allUpdated) {
    conditions.push(
      {
        type: 'Updated',
        status: 'True',
        reason: '',
        message: `All nodes are updated with ${line}`,
      },
      { type: 'Updating', status: 'False', reason: '', message: '' },
    );
  } else {
    conditions.push({ type: 'Updated', status: 'False', reason: '', message: '' });
    conditions.push(
      pool.paused
        ? {
            type: 'Updating',
            status: 'False',
            reason: '',
            message: `Pool is paused; will not update to ${line}`,
          }
        : {
            type: 'Updating',
            status: 'True',
            reason: '',
            message: `All nodes are updating to ${line}`,
          },
    );
  }
  const reasons = degraded
    .filter((n) => (n.annotations[ANN.reason] ?? '') !== '')
    .map((n) => `Node ${n.name} is reporting: ${JSON.stringify(n.annotations[ANN.reason])}`);
  const nodeDegradedMessage = reasons.join(', ');
  conditions.push(
    degraded.length > 0
      ? {
          type: 'NodeDegraded',
          status: 'True',
          reason: `${String(degraded.length)} nodes are reporting degraded status on sync`,
          message: nodeDegradedMessage,
        }
      : { type: 'NodeDegraded', status: 'False', reason: '', message: '' },
  );
  conditions.push(
    degraded.length > 0 || renderDegraded
      ? {
          type: 'Degraded',
          status: 'True',
          reason: '',
          message: degraded.length > 0 ? nodeDegradedMessage : '',
        }
      : { type: 'Degraded', status: 'False', reason: '', message: '' },
  );
  return {
    machineCount: total,
    updatedMachineCount: updated.length,
    readyMachineCount: ready.length,
    unavailableMachineCount: unavailable.length,
    degradedMachineCount: degraded.length,
    allUpdated,
    conditions,
  };
};
