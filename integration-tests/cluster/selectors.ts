/** Label and field selectors with the API server's syntax. Pure functions. */

export type Requirement =
  | { key: string; op: 'eq' | 'neq'; value: string }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | 'notexists' };

export type Selector = Requirement[];

/** Splits on commas that are not inside parentheses. */
const splitTop = (s: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
};

export class SelectorError extends Error {}

/** Parses a labelSelector query string; throws SelectorError on bad syntax. */
export const parseLabelSelector = (s: string | null | undefined): Selector => {
  if (!s) return [];
  return splitTop(s).map((part): Requirement => {
    const setMatch = /^([^\s!=]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
    if (setMatch) {
      const values = setMatch[3]
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
      return {
        key: setMatch[1],
        op: setMatch[2] === 'in' ? 'in' : 'notin',
        values,
      };
    }
    const neq = /^([^\s!=]+)\s*!=\s*(\S*)$/.exec(part);
    if (neq) return { key: neq[1], op: 'neq', value: neq[2] };
    const eq = /^([^\s!=]+)\s*==?\s*(\S*)$/.exec(part);
    if (eq) return { key: eq[1], op: 'eq', value: eq[2] };
    const notExists = /^!\s*([^\s!=()]+)$/.exec(part);
    if (notExists) return { key: notExists[1], op: 'notexists' };
    if (/^[^\s!=()]+$/.test(part)) return { key: part, op: 'exists' };
    throw new SelectorError(`unable to parse requirement: ${part}`);
  });
};

export const matchesSelector = (
  sel: Selector,
  labels: Record<string, string> | undefined,
): boolean => {
  const l = labels ?? {};
  return sel.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = has ? l[r.key] : undefined;
    switch (r.op) {
      case 'eq':
        return v === r.value;
      case 'neq':
        return v !== r.value;
      case 'in':
        return v !== undefined && r.values.includes(v);
      case 'notin':
        return v === undefined || !r.values.includes(v);
      case 'exists':
        return has;
      case 'notexists':
        return !has;
    }
  });
};

export type FieldSelector = {
  field: string;
  op: 'eq' | 'neq';
  value: string;
}[];

export const parseFieldSelector = (s: string | null | undefined): FieldSelector => {
  if (!s) return [];
  return splitTop(s).map((part) => {
    const neq = /^([^\s!=]+)\s*!=\s*(\S*)$/.exec(part);
    if (neq) return { field: neq[1], op: 'neq' as const, value: neq[2] };
    const eq = /^([^\s!=]+)\s*==?\s*(\S*)$/.exec(part);
    if (eq) return { field: eq[1], op: 'eq' as const, value: eq[2] };
    throw new SelectorError(`invalid selector: '${s}'; can't understand '${part}'`);
  });
};

/**
 * Field selectors each kind supports besides metadata.name / metadata.namespace (the field label
 * conversion functions of kubernetes/kubernetes pkg/apis/core/v1/conversion.go and friends).
 */
const KIND_FIELDS: Record<string, string[]> = {
  Pod: [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.nominatedNodeName',
  ],
  Node: ['spec.unschedulable'],
  Event: [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  Namespace: ['status.phase'],
  ReplicaSet: ['status.replicas'],
};

export const checkFieldSelector = (sel: FieldSelector, kind = ''): void => {
  const ok = ['metadata.name', 'metadata.namespace', ...(KIND_FIELDS[kind] ?? [])];
  for (const r of sel) {
    if (!ok.includes(r.field)) {
      throw new SelectorError(`field label not supported: ${r.field}`);
    }
  }
};

/** The string value a field selector compares (booleans and numbers as the API prints them). */
const fieldValue = (obj: object, field: string): string => {
  if (field === 'source') {
    const src = (obj as Record<string, unknown>).source;
    const component =
      src !== null && typeof src === 'object' ? (src as Record<string, unknown>).component : '';
    return typeof component === 'string' ? component : '';
  }
  let cur: unknown = obj;
  for (const part of field.split('.')) {
    cur =
      cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  }
  if (cur === undefined || cur === null)
    return field === 'spec.unschedulable' || field === 'spec.hostNetwork' ? 'false' : '';
  return typeof cur === 'string' || typeof cur === 'number' || typeof cur === 'boolean'
    ? String(cur)
    : '';
};

export const matchesFieldSelector = (
  sel: FieldSelector,
  obj: { metadata: { name?: string; namespace?: string } },
): boolean =>
  sel.every((r) => {
    const v = fieldValue(obj, r.field);
    return r.op === 'eq' ? v === r.value : v !== r.value;
  });

/** A metav1.LabelSelector (matchLabels / matchExpressions) as used inside objects. */
export type LabelSelectorObject = {
  matchLabels?: Record<string, string> | null;
  matchExpressions?: { key: string; operator: string; values?: string[] }[] | null;
} | null;

export const fromLabelSelectorObject = (o: LabelSelectorObject | undefined): Selector => {
  if (!o) return [];
  const reqs: Requirement[] = Object.entries(o.matchLabels ?? {}).map(([key, value]) => ({
    key,
    op: 'eq' as const,
    value,
  }));
  for (const e of o.matchExpressions ?? []) {
    switch (e.operator) {
      case 'In':
        reqs.push({ key: e.key, op: 'in', values: e.values ?? [] });
        break;
      case 'NotIn':
        reqs.push({ key: e.key, op: 'notin', values: e.values ?? [] });
        break;
      case 'Exists':
        reqs.push({ key: e.key, op: 'exists' });
        break;
      case 'DoesNotExist':
        reqs.push({ key: e.key, op: 'notexists' });
        break;
      default:
        throw new SelectorError(`"${e.operator}" is not a valid label selector operator`);
    }
  }
  return reqs;
};
