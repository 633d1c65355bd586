/**
 * Pure scheduling rules, a small subset of kube-scheduler's default plugins
 * (kubernetes/kubernetes pkg/scheduler/framework/plugins: NodeUnschedulable, TaintToleration,
 * NodeAffinity (nodeSelector + required node affinity), NodeResourcesFit) and its
 * "0/N nodes are available" message. No preemption, no scoring beyond "least requested".
 */
import type { KObject } from '../../types';
import { isRecord } from '../../types';
import type { Taint } from './node';
import { isUnschedulable, readyStatus, taintsOf } from './node';

/** cpu in millicores, anything else in its base unit (bytes). */
export const parseQuantity = (q: unknown, cpu = false): number => {
  if (typeof q === 'number') return cpu ? q * 1000 : q;
  if (typeof q !== 'string') return 0;
  const m = /^([+-]?[0-9.]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(q.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  const mult: Record<string, number> = {
    m: 0.001,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 1024,
    Mi: 1024 ** 2,
    Gi: 1024 ** 3,
    Ti: 1024 ** 4,
    Pi: 1024 ** 5,
    Ei: 1024 ** 6,
  };
  const v = n * (m[2] ? mult[m[2]] : 1);
  return cpu ? Math.round(v * 1000) : v;
};

export const isValidQuantity = (q: unknown): boolean =>
  typeof q === 'number' || (typeof q === 'string' && !Number.isNaN(parseQuantity(q)));

export type Resources = { cpu: number; memory: number };

const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/** Requests of a pod: sum over containers (max with init containers) plus overhead. */
export const podRequests = (pod: KObject): Resources => {
  const spec = rec(pod.spec);
  const sum = (list: unknown): Resources => {
    const out = { cpu: 0, memory: 0 };
    for (const c of Array.isArray(list) ? list.filter(isRecord) : []) {
      const req = rec(rec(c.resources).requests);
      out.cpu += parseQuantity(req.cpu, true) || 0;
      out.memory += parseQuantity(req.memory) || 0;
    }
    return out;
  };
  const main = sum(spec.containers);
  let initMax = { cpu: 0, memory: 0 };
  for (const c of Array.isArray(spec.initContainers) ? spec.initContainers.filter(isRecord) : []) {
    const one = sum([c]);
    initMax = { cpu: Math.max(initMax.cpu, one.cpu), memory: Math.max(initMax.memory, one.memory) };
  }
  const overhead = rec(spec.overhead);
  return {
    cpu: Math.max(main.cpu, initMax.cpu) + (parseQuantity(overhead.cpu, true) || 0),
    memory: Math.max(main.memory, initMax.memory) + (parseQuantity(overhead.memory) || 0),
  };
};

export const allocatable = (node: KObject): Resources => {
  const a = rec(rec(node.status).allocatable);
  return { cpu: parseQuantity(a.cpu, true) || 0, memory: parseQuantity(a.memory) || 0 };
};

type Toleration = { key?: string; operator?: string; value?: string; effect?: string };

export const tolerates = (tolerations: Toleration[], t: Taint): boolean =>
  tolerations.some((tol) => {
    if (tol.effect && tol.effect !== t.effect) return false;
    if (tol.operator === 'Exists') return !tol.key || tol.key === t.key;
    return tol.key === t.key && (tol.value ?? '') === (t.value ?? '');
  });

type MatchExpression = { key: string; operator: string; values?: string[] };

const exprMatches = (labels: Record<string, string>, e: MatchExpression): boolean => {
  const v = Object.prototype.hasOwnProperty.call(labels, e.key) ? labels[e.key] : undefined;
  switch (e.operator) {
    case 'In':
      return v !== undefined && (e.values ?? []).includes(v);
    case 'NotIn':
      return v === undefined || !(e.values ?? []).includes(v);
    case 'Exists':
      return v !== undefined;
    case 'DoesNotExist':
      return v === undefined;
    case 'Gt':
      return v !== undefined && Number(v) > Number((e.values ?? [])[0]);
    case 'Lt':
      return v !== undefined && Number(v) < Number((e.values ?? [])[0]);
    default:
      return false;
  }
};

/** nodeSelector and requiredDuringSchedulingIgnoredDuringExecution node affinity. */
export const matchesNodeAffinity = (pod: KObject, node: KObject): boolean => {
  const spec = rec(pod.spec);
  const labels = node.metadata.labels ?? {};
  const sel = rec(spec.nodeSelector);
  for (const [k, v] of Object.entries(sel)) if (labels[k] !== v) return false;
  const req = rec(
    rec(rec(spec.affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution,
  );
  const terms = Array.isArray(req.nodeSelectorTerms) ? req.nodeSelectorTerms.filter(isRecord) : [];
  if (terms.length === 0) return true;
  return terms.some((t) =>
    (Array.isArray(t.matchExpressions) ? (t.matchExpressions as MatchExpression[]) : []).every(
      (e) => exprMatches(labels, e),
    ),
  );
};

export type Fit = { ok: true } | { ok: false; reason: string };

/** Filter plugins for one node; `used` is what the pods already bound there request. */
export const fits = (pod: KObject, node: KObject, used: Resources): Fit => {
  const spec = rec(pod.spec);
  if (readyStatus(node) !== 'True') return { ok: false, reason: 'notready' };
  const tolerations = (
    Array.isArray(spec.tolerations) ? spec.tolerations.filter(isRecord) : []
  ) as Toleration[];
  if (
    isUnschedulable(node) &&
    !tolerates(tolerations, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })
  )
    return { ok: false, reason: 'unschedulable' };
  for (const t of taintsOf(node)) {
    if (t.effect !== 'NoSchedule' && t.effect !== 'NoExecute') continue;
    if (!tolerates(tolerations, t)) return { ok: false, reason: `taint:${t.key}:${t.value ?? ''}` };
  }
  if (!matchesNodeAffinity(pod, node)) return { ok: false, reason: 'affinity' };
  const want = podRequests(pod);
  const have = allocatable(node);
  if (used.cpu + want.cpu > have.cpu) return { ok: false, reason: 'cpu' };
  if (used.memory + want.memory > have.memory) return { ok: false, reason: 'memory' };
  return { ok: true };
};

/** kube-scheduler's FitError message: "0/N nodes are available: ...". */
export const unschedulableMessage = (reasons: string[]): string => {
  const counts = new Map<string, number>();
  for (const r of reasons) {
    let text: string;
    if (r === 'notready') text = 'node(s) had untolerated taint {node.kubernetes.io/not-ready: }';
    else if (r === 'unschedulable') text = 'node(s) were unschedulable';
    else if (r === 'affinity') text = "node(s) didn't match Pod's node affinity/selector";
    else if (r === 'cpu') text = 'Insufficient cpu';
    else if (r === 'memory') text = 'Insufficient memory';
    else {
      const [, key, value] = r.split(':');
      text = `node(s) had untolerated taint {${key}: ${value}}`;
    }
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const parts = [...counts.entries()].map(([t, n]) => `${String(n)} ${t}`).sort();
  const n = reasons.length;
  return `0/${String(n)} nodes are available: ${parts.join(', ')}. preemption: 0/${String(n)} nodes are available: ${String(n)} Preemption is not helpful for scheduling.`;
};
