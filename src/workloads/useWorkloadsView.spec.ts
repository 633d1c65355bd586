import { act, renderHook } from '@testing-library/react';
import { MIXED_PODS, kataDeploymentPod } from './fixtures';
import { NO_FILTERS } from './groups';
import { kataClassNames } from './kataClasses';
import type { KataPodRow } from './rows';
import { kataPodRows } from './rows';
import { useWorkloadsView } from './useWorkloadsView';

const KATA = kataClassNames(undefined);
const rows = kataPodRows(MIXED_PODS, KATA);
/** 25 Deployments of one Kata pod each: two pages of 20 groups. */
const many = kataPodRows(
  Array.from({ length: 25 }, (_, i) => kataDeploymentPod(`d${String(i)}-a`, `d${String(i)}`)),
  KATA,
).map((r, i) => ({ ...r, groupKey: `g${String(i)}` }));

describe('useWorkloadsView', () => {
  it('filters, totals what is shown, and goes back to the first page on a new filter', () => {
    const { result } = renderHook(({ r }: { r: KataPodRow[] }) => useWorkloadsView(r), {
      initialProps: { r: many },
    });
    expect(result.current.shown).toHaveLength(20);
    act(() => {
      result.current.setPage(2);
    });
    expect(result.current.shown).toHaveLength(5);
    act(() => {
      result.current.setFilters({ ...NO_FILTERS, text: 'd1' });
    });
    expect(result.current.page).toBe(1);
    // d1, d10 … d19
    expect(result.current.totals.pods).toBe(11);
  });

  it('shows the last page when pods go away, and keeps which groups are open', () => {
    const { result, rerender } = renderHook(({ r }: { r: KataPodRow[] }) => useWorkloadsView(r), {
      initialProps: { r: many },
    });
    act(() => {
      result.current.setPage(2);
      result.current.toggle('g0');
    });
    rerender({ r: many.slice(0, 10) });
    expect(result.current.page).toBe(1);
    expect(result.current.isExpanded('g0')).toBe(true);
    rerender({ r: rows });
    expect(result.current.runtimeClasses).toEqual(['kata', 'kata-remote']);
  });
});
