import { useMemo, useState } from 'react';
import type { WorkloadFilters } from './groups';
import { NO_FILTERS, filterRows, groupByOwner } from './groups';
import type { KataPodRow } from './rows';
import { totalsOf } from './rows';

export const PER_PAGE_OPTIONS = [20, 50, 100];

/**
 * State of the workloads table: filters, the page of owner groups and which groups are open.
 * Everything else is derived from the rows.
 */
export const useWorkloadsView = (rows: readonly KataPodRow[]) => {
  const [filters, setFiltersState] = useState<WorkloadFilters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [perPage, setPerPageState] = useState(PER_PAGE_OPTIONS[0]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const filtered = useMemo(() => filterRows(rows, filters), [rows, filters]);
  const groups = useMemo(() => groupByOwner(filtered), [filtered]);
  const totals = useMemo(() => totalsOf(filtered), [filtered]);
  const runtimeClasses = useMemo(
    () => [...new Set(rows.map((r) => r.runtimeClass))].sort(),
    [rows],
  );
  // A page past the end (pods went away) shows the last page.
  const lastPage = Math.max(1, Math.ceil(groups.length / perPage));
  const current = Math.min(page, lastPage);
  const shown = groups.slice((current - 1) * perPage, current * perPage);

  return {
    filters,
    setFilters: (f: WorkloadFilters) => {
      setFiltersState(f);
      setPage(1);
    },
    groups,
    shown,
    totals,
    runtimeClasses,
    page: current,
    perPage,
    setPage,
    setPerPage: (n: number) => {
      setPerPageState(n);
      setPage(1);
    },
    isExpanded: (key: string) => expanded.has(key),
    toggle: (key: string) => {
      setExpanded((prev) => {
        const next = new Set(prev);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      });
    },
  };
};

export type WorkloadsView = ReturnType<typeof useWorkloadsView>;
