/**
 * The Workloads in Kata table's grouping and filters (pure; no React): loaded with the page's view,
 * not before the page paints.
 */
import type { Owner } from './owner';
import type { KataPodRow, Totals } from './rows';
import { totalsOf } from './rows';

export type WorkloadGroup = {
  key: string;
  namespace: string;
  /** The owning workload; undefined for a pod without a controller. */
  owner: Owner | undefined;
  /** The pod's name when it has no owner. */
  podName: string;
  rows: KataPodRow[];
  totals: Totals;
  runtimeClasses: string[];
};

const byName = (a: KataPodRow, b: KataPodRow) => a.name.localeCompare(b.name);

/** Rows grouped by owner, sorted by namespace then owner name; pods by name inside a group. */
export const groupByOwner = (rows: readonly KataPodRow[]): WorkloadGroup[] => {
  const groups = new Map<string, KataPodRow[]>();
  for (const r of rows) {
    const list = groups.get(r.groupKey);
    if (list) list.push(r);
    else groups.set(r.groupKey, [r]);
  }
  return [...groups.entries()]
    .map(([key, list]) => {
      const [first] = list;
      return {
        key,
        namespace: first.namespace,
        owner: first.owner,
        podName: first.name,
        rows: list.sort(byName),
        totals: totalsOf(list),
        runtimeClasses: [...new Set(list.map((r) => r.runtimeClass))].sort(),
      };
    })
    .sort(
      (a, b) =>
        a.namespace.localeCompare(b.namespace) ||
        (a.owner?.name ?? a.podName).localeCompare(b.owner?.name ?? b.podName) ||
        (a.owner?.kind ?? '').localeCompare(b.owner?.kind ?? ''),
    );
};

export type PhaseFilter = 'all' | 'Running' | 'Pending' | 'Succeeded' | 'Failed' | 'other';

export type WorkloadFilters = {
  /** Matches the pod, owner, namespace or node name (case-insensitive substring). */
  text: string;
  phase: PhaseFilter;
  /** A RuntimeClass name, or '' for every Kata class. */
  runtimeClass: string;
};

export const NO_FILTERS: WorkloadFilters = { text: '', phase: 'all', runtimeClass: '' };

const KNOWN_PHASES = new Set(['Running', 'Pending', 'Succeeded', 'Failed']);

const matchesPhase = (phase: string, filter: PhaseFilter) =>
  filter === 'all' || (filter === 'other' ? !KNOWN_PHASES.has(phase) : phase === filter);

export const filterRows = (rows: readonly KataPodRow[], f: WorkloadFilters): KataPodRow[] => {
  const text = f.text.trim().toLowerCase();
  return rows.filter(
    (r) =>
      matchesPhase(r.phase, f.phase) &&
      (f.runtimeClass === '' || r.runtimeClass === f.runtimeClass) &&
      (text === '' ||
        r.name.toLowerCase().includes(text) ||
        r.namespace.toLowerCase().includes(text) ||
        (r.owner?.name.toLowerCase().includes(text) ?? false) ||
        (r.node?.toLowerCase().includes(text) ?? false)),
  );
};
