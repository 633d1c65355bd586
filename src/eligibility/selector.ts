import {
  KATA_RUNTIME_LABEL,
  KATA_RUNTIME_LABEL_VALUE,
  WORKER_ROLE_LABEL,
} from '../models/constants';
import type { KataConfigSpec, NodeKind, Selector } from '../models';
import { isRecord, prop } from '../shared/guards';

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** The value of label `key`, only when it is a string the node really carries. */
const labelValue = (labels: Record<string, unknown>, key: string): string | undefined => {
  if (!hasOwn(labels, key)) return undefined;
  const v = labels[key];
  return typeof v === 'string' ? v : undefined;
};

const matchesExpression = (labels: Record<string, unknown>, expr: unknown): boolean => {
  if (!isRecord(expr) || typeof expr.key !== 'string') return false;
  const value = labelValue(labels, expr.key);
  const values = Array.isArray(expr.values) ? (expr.values as unknown[]) : [];
  switch (expr.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    default:
      // An operator a LabelSelector does not define selects nothing (the API server rejects it).
      return false;
  }
};

/**
 * Kubernetes LabelSelector semantics (metav1.LabelSelectorAsSelector): every matchLabels pair and
 * every matchExpressions requirement must hold. An unset (undefined/null) or empty selector
 * selects everything — for `KataConfig.spec.kataConfigPoolSelector`, "unset = all workers".
 */
export const matchesSelector = (
  labels: Record<string, string> | undefined,
  selector?: Selector | null,
): boolean => {
  if (selector === undefined || selector === null) return true;
  if (!isRecord(selector)) return false;
  const own: Record<string, unknown> = isRecord(labels) ? labels : {};
  const { matchLabels, matchExpressions } = selector as Record<string, unknown>;
  if (matchLabels !== undefined && matchLabels !== null) {
    if (!isRecord(matchLabels)) return false;
    for (const key of Object.keys(matchLabels)) {
      if (labelValue(own, key) !== matchLabels[key]) return false;
    }
  }
  if (matchExpressions !== undefined && matchExpressions !== null) {
    if (!Array.isArray(matchExpressions)) return false;
    for (const expr of matchExpressions as unknown[]) {
      if (!matchesExpression(own, expr)) return false;
    }
  }
  return true;
};

/** The labels of a Kata target decide it: see isKataTarget. */
export const isTargetByLabels = (
  labels: Record<string, unknown>,
  spec: Partial<KataConfigSpec>,
): boolean =>
  Object.hasOwn(labels, WORKER_ROLE_LABEL) &&
  matchesSelector(labels as Record<string, string>, spec.kataConfigPoolSelector) &&
  (spec.checkNodeEligibility !== true || labels[KATA_RUNTIME_LABEL] === KATA_RUNTIME_LABEL_VALUE);

/**
 * Whether a KataConfig with this spec installs Kata on the node: a worker, selected by
 * `kataConfigPoolSelector` (unset = all workers) and, with `checkNodeEligibility: true`, labelled
 * `feature.node.kubernetes.io/runtime.kata=true` (OSC docs › Checking node eligibility).
 */
export const isKataTarget = (node: NodeKind, spec: KataConfigSpec): boolean => {
  const labels = prop(prop(node, 'metadata'), 'labels');
  return isTargetByLabels(isRecord(labels) ? labels : {}, isRecord(spec) ? spec : {});
};
