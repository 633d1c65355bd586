/** meta.k8s.io/v1 Table rendering for `kubectl get` (server-side printing). */
import type { ResourceDef } from './resources';
import type { KObject } from './types';
import { isRecord } from './types';

const age = (ts: string | undefined): string => {
  if (!ts) return '<unknown>';
  const s = Math.max(0, Math.floor((Date.now() - Date.parse(ts)) / 1000));
  if (s < 120) return `${String(s)}s`;
  if (s < 7200) return `${String(Math.floor(s / 60))}m`;
  if (s < 48 * 3600) return `${String(Math.floor(s / 3600))}h`;
  return `${String(Math.floor(s / 86400))}d`;
};

type Column = {
  name: string;
  type: string;
  format?: string;
  cell: (o: KObject) => unknown;
};

const nodeStatus = (o: KObject): string => {
  const st = isRecord(o.status) ? o.status : {};
  const conds = Array.isArray(st.conditions) ? (st.conditions as unknown[]) : [];
  const ready = conds.find((c) => isRecord(c) && c.type === 'Ready');
  const r = isRecord(ready) && ready.status === 'True' ? 'Ready' : 'NotReady';
  const spec = isRecord(o.spec) ? o.spec : {};
  return spec.unschedulable === true ? `${r},SchedulingDisabled` : r;
};

const nodeRoles = (o: KObject): string => {
  const roles = Object.keys(o.metadata.labels ?? {})
    .filter((k) => k.startsWith('node-role.kubernetes.io/'))
    .map((k) => k.slice('node-role.kubernetes.io/'.length))
    .sort();
  return roles.length ? roles.join(',') : '<none>';
};

const jsonPathGet = (o: unknown, p: string): unknown => {
  // Supports the simple forms used in printer columns: .a.b and .a[?(@.type=='X')].b
  const tokens = p.replace(/^\./, '').match(/[^.[\]]+|\[\?\(@\.[^)]+\)\]/g) ?? [];
  let cur: unknown = o;
  for (const t of tokens) {
    const filter = /^\[\?\(@\.(\w+)==['"]([^'"]+)['"]\)\]$/.exec(t);
    if (filter) {
      cur = Array.isArray(cur)
        ? cur.find((x) => isRecord(x) && x[filter[1]] === filter[2])
        : undefined;
    } else {
      cur = isRecord(cur) ? cur[t] : undefined;
    }
  }
  return cur;
};

const columnsFor = (def: ResourceDef, printerColumns: unknown): Column[] => {
  const name: Column = {
    name: 'Name',
    type: 'string',
    format: 'name',
    cell: (o) => o.metadata.name,
  };
  const ageCol: Column = {
    name: 'Age',
    type: 'string',
    cell: (o) => age(o.metadata.creationTimestamp),
  };
  if (def.kind === 'Node') {
    return [
      name,
      { name: 'Status', type: 'string', cell: nodeStatus },
      { name: 'Roles', type: 'string', cell: nodeRoles },
      ageCol,
      {
        name: 'Version',
        type: 'string',
        cell: (o) => jsonPathGet(o, '.status.nodeInfo.kubeletVersion') ?? '',
      },
    ];
  }
  if (def.kind === 'RuntimeClass') {
    return [name, { name: 'Handler', type: 'string', cell: (o) => o.handler ?? '' }, ageCol];
  }
  if (def.kind === 'Namespace') {
    return [
      name,
      {
        name: 'Status',
        type: 'string',
        cell: (o) => jsonPathGet(o, '.status.phase') ?? '',
      },
      ageCol,
    ];
  }
  if (Array.isArray(printerColumns) && printerColumns.length > 0) {
    const cols = (printerColumns as unknown[]).filter(isRecord).map((c): Column => ({
      name: String(c.name),
      type: 'string',
      cell: (o) => {
        if (c.jsonPath === '.metadata.creationTimestamp') return age(o.metadata.creationTimestamp);
        const v = jsonPathGet(o, String(c.jsonPath));
        return v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : v;
      },
    }));
    return [name, ...cols];
  }
  return [name, ageCol];
};

export const renderTable = (
  def: ResourceDef,
  items: KObject[],
  resourceVersion: string,
  next: string | undefined,
): object => {
  const cols = columnsFor(def, def.printerColumns);
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion, ...(next ? { continue: next } : {}) },
    columnDefinitions: cols.map((c) => ({
      name: c.name,
      type: c.type,
      format: c.format ?? '',
      description: c.name,
      priority: 0,
    })),
    rows: items.map((o) => ({
      cells: cols.map((c) => c.cell(o)),
      object: {
        kind: 'PartialObjectMetadata',
        apiVersion: 'meta.k8s.io/v1',
        metadata: o.metadata,
      },
    })),
  };
};
