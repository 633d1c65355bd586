import { useMemo, useState } from 'react';
import type { NodeKind } from '../models';
import { memoizedEvaluator } from './evaluate';
import type { EligibilityRow, Filters, Sort } from './table';
import { NO_FILTERS, filterRows, sortRows, toRows } from './table';
import type { ClusterCounts, EligibilityContext } from './types';

export type EligibilityRows = {
  /** Every node, evaluated. */
  rows: EligibilityRow[];
  counts: ClusterCounts;
  /** The rows the filters keep, in the chosen order. */
  shown: EligibilityRow[];
  filters: Filters;
  setFilters: (filters: Filters) => void;
  sort: Sort;
  setSort: (sort: Sort) => void;
};

/**
 * The table's model: the nodes evaluated (one memoized evaluator per mounted page, so a watch
 * event re-evaluates only the nodes that changed), the filters and the sort order.
 */
export const useEligibilityRows = (
  nodes: NodeKind[],
  context: EligibilityContext,
): EligibilityRows => {
  const [evaluate] = useState(memoizedEvaluator);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ column: 'name', direction: 'asc' });
  const { rows, counts } = useMemo(() => {
    const result = evaluate(nodes, context);
    return { rows: toRows(nodes, result.evaluations), counts: result.counts };
  }, [evaluate, nodes, context]);
  const shown = useMemo(() => sortRows(filterRows(rows, filters), sort), [rows, filters, sort]);
  return { rows, counts, shown, filters, setFilters, sort, setSort };
};
