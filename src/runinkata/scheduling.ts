/**
 * Where a pod of a workload can run once it names a RuntimeClass (pure; no React).
 *
 * - `withRuntimeClassScheduling` mirrors the RuntimeClass admission plugin of Kubernetes
 *   (plugin/pkg/admission/runtimeclass/admission.go, `setScheduling`): the class's
 *   `scheduling.nodeSelector` is merged into the pod's nodeSelector (a key with a different value
 *   is a conflict: the pod is refused) and its tolerations are added.
 * - `placementOf` mirrors the scheduler's filter plugins that decide on node labels and state
 *   (pkg/scheduler/framework/plugins: NodeUnschedulable, NodeAffinity for nodeSelector and required
 *   node affinity, TaintToleration for NoSchedule/NoExecute taints). A node that is not Ready
 *   carries the `node.kubernetes.io/not-ready` taint (node lifecycle controller), so it is out too.
 */
import type { NodeKind, RuntimeClassKind } from '../models';
import type { NodeSelectorRequirement, PodSpec, Toleration } from '../models/workloads';

type SelectorConflict = { key: string; workload: string; runtimeClass: string };

export type MergedScheduling = {
  nodeSelector: Record<string, string>;
  tolerations: Toleration[];
  conflicts: SelectorConflict[];
};

export const withRuntimeClassScheduling = (
  spec: PodSpec | undefined,
  rc: RuntimeClassKind | undefined,
): MergedScheduling => {
  const own = spec?.nodeSelector ?? {};
  const nodeSelector = { ...own };
  const conflicts: SelectorConflict[] = [];
  for (const [key, value] of Object.entries(rc?.scheduling?.nodeSelector ?? {})) {
    if (key in own && own[key] !== value) {
      conflicts.push({ key, workload: own[key], runtimeClass: value });
    } else {
      nodeSelector[key] = value;
    }
  }
  return {
    nodeSelector,
    tolerations: [...(spec?.tolerations ?? []), ...(rc?.scheduling?.tolerations ?? [])],
    conflicts,
  };
};

/** core/v1 `Toleration.ToleratesTaint`. */
export const tolerates = (
  t: Toleration,
  taint: { key: string; value?: string; effect: string },
): boolean => {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  // An empty key with operator Exists tolerates everything.
  if (t.operator === 'Exists') return true;
  return (t.value ?? '') === (taint.value ?? '');
};

const requirementHolds = (labels: Record<string, string>, r: NodeSelectorRequirement): boolean => {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const value = has ? labels[r.key] : undefined;
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
    case 'Lt': {
      const a = Number.parseInt(value ?? '', 10);
      const b = Number.parseInt(values[0] ?? '', 10);
      if (Number.isNaN(a) || Number.isNaN(b)) return false;
      return r.operator === 'Gt' ? a > b : a < b;
    }
    default:
      return false;
  }
};

/** Required node affinity: any term whose requirements all hold (no terms = no constraint). */
const affinityHolds = (labels: Record<string, string>, spec: PodSpec | undefined): boolean => {
  const terms =
    spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
      ?.nodeSelectorTerms ?? [];
  if (terms.length === 0) return true;
  return terms.some((term) =>
    (term.matchExpressions ?? []).every((r) => requirementHolds(labels, r)),
  );
};

export type Placement = 'fits' | 'selector' | 'affinity' | 'cordoned' | 'not-ready' | 'taint';

const isReady = (node: NodeKind) =>
  node.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';

/** Whether the scheduler may put a pod with `spec` (after admission) on `node`, or why not. */
export const placementOf = (
  node: NodeKind,
  spec: PodSpec | undefined,
  merged: MergedScheduling,
): Placement => {
  const labels = node.metadata?.labels ?? {};
  if (!Object.entries(merged.nodeSelector).every(([k, v]) => labels[k] === v)) return 'selector';
  if (!affinityHolds(labels, spec)) return 'affinity';
  if (node.spec?.unschedulable) return 'cordoned';
  if (!isReady(node)) return 'not-ready';
  const blocking = (node.spec?.taints ?? []).filter(
    (taint) => taint.effect === 'NoSchedule' || taint.effect === 'NoExecute',
  );
  if (blocking.some((taint) => !merged.tolerations.some((t) => tolerates(t, taint))))
    return 'taint';
  return 'fits';
};
