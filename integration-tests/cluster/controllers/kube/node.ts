/** Pure reads and edits of Node objects shared by the simulated controllers. */
import type { KObject } from '../../types';
import { isRecord } from '../../types';
import type { NodeView } from '../mco/state';

export type Condition = Record<string, unknown> & { type: string; status: string };

export const nodeConditions = (node: KObject): Condition[] => {
  const st = isRecord(node.status) ? node.status : {};
  return Array.isArray(st.conditions)
    ? st.conditions.filter((c): c is Condition => isRecord(c) && typeof c.type === 'string')
    : [];
};

/** Status of the Ready condition: 'True', 'False' or 'Unknown'. */
export const readyStatus = (node: KObject): string =>
  nodeConditions(node).find((c) => c.type === 'Ready')?.status ?? 'Unknown';

export const isUnschedulable = (node: KObject): boolean =>
  isRecord(node.spec) && node.spec.unschedulable === true;

export type Taint = { key: string; value?: string; effect: string; timeAdded?: string };

export const taintsOf = (node: KObject): Taint[] =>
  isRecord(node.spec) && Array.isArray(node.spec.taints)
    ? node.spec.taints.filter(
        (t): t is Taint => isRecord(t) && typeof t.key === 'string' && typeof t.effect === 'string',
      )
    : [];

/** Sets or removes one taint (by key and effect); returns whether it changed. */
export const setTaint = (node: KObject, taint: Taint, on: boolean): boolean => {
  const spec = isRecord(node.spec) ? node.spec : {};
  const cur = taintsOf(node);
  const has = cur.some((t) => t.key === taint.key && t.effect === taint.effect);
  if (has === on) return false;
  const next = on
    ? [...cur, taint]
    : cur.filter((t) => !(t.key === taint.key && t.effect === taint.effect));
  if (next.length > 0) spec.taints = next;
  else Reflect.deleteProperty(spec, 'taints');
  node.spec = spec;
  return true;
};

/** Replaces the Ready condition as the kubelet or the node lifecycle controller writes it. */
export const setReady = (
  node: KObject,
  status: string,
  reason: string,
  message: string,
  now: string,
): void => {
  const st = isRecord(node.status) ? node.status : {};
  const conds = nodeConditions(node);
  const i = conds.findIndex((c) => c.type === 'Ready');
  const old = i >= 0 ? conds[i] : undefined;
  const cond: Condition = {
    type: 'Ready',
    status,
    reason,
    message,
    lastHeartbeatTime: now,
    lastTransitionTime: old?.status === status ? old.lastTransitionTime : now,
  };
  if (i >= 0) conds[i] = cond;
  else conds.push(cond);
  st.conditions = conds;
  node.status = st;
};

/** The MachineConfig operator's view of a node. */
export const nodeView = (node: KObject): NodeView => {
  const conditions: Record<string, string> = {};
  for (const c of nodeConditions(node)) conditions[c.type] = c.status;
  return {
    name: node.metadata.name ?? '',
    labels: node.metadata.labels ?? {},
    annotations: node.metadata.annotations ?? {},
    unschedulable: isUnschedulable(node),
    conditions,
    creationTimestamp: node.metadata.creationTimestamp ?? '',
  };
};
