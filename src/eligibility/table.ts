/**
 * What the eligibility table shows: rows, filters, sorting and the window of rows to render.
 * Pure (no React), so the page stays a thin shell and all of this is unit-tested.
 */
import type { NodeKind } from '../models';
import { isControlPlane, isWorker, rolesOf } from './evaluate';
import type { KataState } from './kataState';
import type { NodeEvaluation, Verdict } from './types';

export type EligibilityRow = {
  node: NodeKind;
  evaluation: NodeEvaluation;
  roles: string[];
  worker: boolean;
  controlPlane: boolean;
};

/**
 * Rows already built, by evaluation object. The memoized evaluator hands back the same evaluation
 * for a node that did not change, so a watch event rebuilds only the changed node's row instead of
 * re-deriving the roles of every node (measured by npm run bench at 5,000 nodes).
 */
const rowCache = new WeakMap<NodeEvaluation, EligibilityRow>();

/** Rows for evaluated nodes; `evaluations[i]` belongs to `nodes[i]` (evaluateCluster's order). */
export const toRows = (nodes: readonly NodeKind[], evaluations: readonly NodeEvaluation[]) =>
  evaluations.map((evaluation, i): EligibilityRow => {
    const node = nodes[i];
    const cached = rowCache.get(evaluation);
    if (cached?.node === node) return cached;
    const row = {
      node,
      evaluation,
      roles: rolesOf(node),
      worker: isWorker(node),
      controlPlane: isControlPlane(node),
    };
    rowCache.set(evaluation, row);
    return row;
  });

/** The summary cards and the status select share this filter. */
export type StatusFilter = 'all' | Verdict | 'kata-installed';
export type RoleFilter = 'all' | 'worker' | 'control-plane';

export type Filters = { text: string; status: StatusFilter; role: RoleFilter };
export const NO_FILTERS: Filters = { text: '', status: 'all', role: 'all' };

const matchesStatus = (row: EligibilityRow, status: StatusFilter): boolean => {
  switch (status) {
    case 'all':
      return true;
    case 'kata-installed':
      return row.evaluation.kataState === 'installed';
    case 'eligible':
    case 'not-eligible':
    case 'unknown':
      return row.evaluation.verdict === status;
  }
};

const matchesRole = (row: EligibilityRow, role: RoleFilter): boolean => {
  switch (role) {
    case 'all':
      return true;
    case 'worker':
      return row.worker;
    case 'control-plane':
      return row.controlPlane;
  }
};

/** Name contains the text (case-insensitive), status and role match. */
export const filterRows = (rows: readonly EligibilityRow[], filters: Filters): EligibilityRow[] => {
  const text = filters.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (text === '' || row.evaluation.name.toLowerCase().includes(text)) &&
      matchesStatus(row, filters.status) &&
      matchesRole(row, filters.role),
  );
};

export type SortColumn = 'name' | 'verdict' | 'kataState';
type SortDirection = 'asc' | 'desc';
export type Sort = { column: SortColumn; direction: SortDirection };

/**
 * Ascending verdict order puts what needs attention first: an eligible node with a warning
 * (cordoned) before the eligible ones without.
 */
const VERDICT_ORDER: Record<Verdict, number> = { 'not-eligible': 0, unknown: 1, eligible: 3 };
const verdictRank = ({ verdict, warning }: NodeEvaluation): number =>
  verdict === 'eligible' && warning !== undefined ? 2 : VERDICT_ORDER[verdict];

/** Ascending Kata state order: problems, then work in progress, then settled states. */
const KATA_STATE_ORDER: Record<KataState, number> = {
  failed: 0,
  'failed-to-uninstall': 1,
  installing: 2,
  waiting: 3,
  uninstalling: 4,
  'waiting-to-uninstall': 5,
  installed: 6,
  'not-installed': 7,
};

const NAME_COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** A sorted copy; ties (same verdict or state) keep name order. */
export const sortRows = (rows: readonly EligibilityRow[], sort: Sort): EligibilityRow[] => {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byName = (a: EligibilityRow, b: EligibilityRow) =>
    NAME_COLLATOR.compare(a.evaluation.name, b.evaluation.name);
  const primary = (a: EligibilityRow, b: EligibilityRow): number => {
    switch (sort.column) {
      case 'name':
        return 0;
      case 'verdict':
        return verdictRank(a.evaluation) - verdictRank(b.evaluation);
      case 'kataState':
        return KATA_STATE_ORDER[a.evaluation.kataState] - KATA_STATE_ORDER[b.evaluation.kataState];
    }
  };
  return [...rows].sort((a, b) => sign * (primary(a, b) || byName(a, b)));
};

export type Range = { start: number; end: number };

/**
 * The rows to render for a fixed row height: [start, end) covering the viewport plus `overscan`
 * rows on each side, clamped to [0, rowCount]. Garbage in (negative, NaN) gives a valid range.
 */
export const visibleRange = (
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan: number,
): Range => {
  const count = Number.isFinite(rowCount) ? Math.max(0, Math.floor(rowCount)) : 0;
  if (count === 0 || !(rowHeight > 0)) return { start: 0, end: 0 };
  const top = Number.isFinite(scrollTop) ? Math.max(0, scrollTop) : 0;
  const height = Number.isFinite(viewportHeight) ? Math.max(0, viewportHeight) : 0;
  const extra = Number.isFinite(overscan) ? Math.max(0, Math.floor(overscan)) : 0;
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + height) / rowHeight);
  const start = Math.min(count, Math.max(0, first - extra));
  const end = Math.min(count, Math.max(start, last + extra));
  return { start, end };
};
