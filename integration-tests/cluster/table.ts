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

const containerStatuses = (o: KObject): Record<string, unknown>[] => {
  const cs = jsonPathGet(o, '.status.containerStatuses');
  return Array.isArray(cs) ? cs.filter(isRecord) : [];
};

/** kubectl's READY column: ready containers of all containers. */
const podReady = (o: KObject): string => {
  const all = jsonPathGet(o, '.spec.containers');
  const total = Array.isArray(all) ? all.length : 0;
  return `${String(containerStatuses(o).filter((c) => c.ready === true).length)}/${String(total)}`;
};

/** kubectl's STATUS column: Terminating, a waiting reason (ContainerCreating...), else the phase. */
const podStatus = (o: KObject): string => {
  if (o.metadata.deletionTimestamp) return 'Terminating';
  for (const c of containerStatuses(o)) {
    const waiting =
      isRecord(c.state) && isRecord(c.state.waiting) ? c.state.waiting.reason : undefined;
    if (typeof waiting === 'string') return waiting;
  }
  const phase = jsonPathGet(o, '.status.phase');
  return typeof phase === 'string' ? phase : 'Pending';
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
  if (def.kind === 'Pod' && def.group === '') {
    return [
      name,
      { name: 'Ready', type: 'string', cell: podReady },
      { name: 'Status', type: 'string', cell: podStatus },
      { name: 'Restarts', type: 'integer', cell: () => 0 },
      ageCol,
    ];
  }
  if (def.kind === 'Deployment' && def.group === 'apps') {
    return [
      name,
      {
        name: 'Ready',
        type: 'string',
        cell: (o) =>
          `${String(Number(jsonPathGet(o, '.status.readyReplicas') ?? 0))}/${String(Number(jsonPathGet(o, '.spec.replicas') ?? 1))}`,
      },
      {
        name: 'Up-to-date',
        type: 'integer',
        cell: (o) => jsonPathGet(o, '.status.updatedReplicas') ?? 0,
      },
      {
        name: 'Available',
        type: 'integer',
        cell: (o) => jsonPathGet(o, '.status.availableReplicas') ?? 0,
      },
      ageCol,
    ];
  }
  if (def.kind === 'PodDisruptionBudget') {
    return [
      name,
      {
        name: 'Min Available',
        type: 'string',
        cell: (o) => jsonPathGet(o, '.spec.minAvailable') ?? 'N/A',
      },
      {
        name: 'Max Unavailable',
        type: 'string',
        cell: (o) => jsonPathGet(o, '.spec.maxUnavailable') ?? 'N/A',
      },
      {
        name: 'Allowed Disruptions',
        type: 'integer',
        cell: (o) => jsonPathGet(o, '.status.disruptionsAllowed') ?? 0,
      },
      ageCol,
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
