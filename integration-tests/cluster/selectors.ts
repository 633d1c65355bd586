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
 * Fields a field selector may name, per kind. Every kind has metadata.name and metadata.namespace
 * (apimachinery DefaultMetaV1FieldSelectorConversion); pods add theirs
 * (kubernetes pkg/registry/core/pod/strategy.go, `ToSelectableFields`).
 */
const META_FIELDS = ['metadata.name', 'metadata.namespace'];
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
};

export const checkFieldSelector = (sel: FieldSelector, kind?: string): void => {
  const supported = [...META_FIELDS, ...(kind ? (KIND_FIELDS[kind] ?? []) : [])];
  for (const r of sel) {
    if (!supported.includes(r.field)) {
      throw new SelectorError(`field label not supported: ${r.field}`);
    }
  }
};

/** The field's value as the API server compares it: a string, '' when unset (booleans as text). */
const fieldValue = (obj: Record<string, unknown>, field: string): string => {
  let v: unknown = obj;
  for (const part of field.split('.')) {
    v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[part] : undefined;
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  // pod strategy: spec.hostNetwork is "false" when unset.
  return field === 'spec.hostNetwork' ? 'false' : '';
};

export const matchesFieldSelector = (sel: FieldSelector, obj: object): boolean =>
  sel.every((r) => {
    const v = fieldValue(obj as Record<string, unknown>, r.field);
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
