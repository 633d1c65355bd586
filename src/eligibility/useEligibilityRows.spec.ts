import { act, renderHook } from '@testing-library/react';
import type { NodeKind } from '../models';
import { kataConfig, nodes } from './fixtures';
import type { EligibilityContext } from './types';
import { useEligibilityRows } from './useEligibilityRows';

const ctx: EligibilityContext = {
  platform: 'BareMetal',
  nfdInstalled: true,
  nfdPresent: true,
  kataConfig: kataConfig(),
};
const list: NodeKind[] = [nodes.intel, nodes.rhel, nodes.master];
const names = (rows: { evaluation: { name: string } }[]) => rows.map((r) => r.evaluation.name);

describe('useEligibilityRows', () => {
  it('evaluates every node and counts the verdicts', () => {
    const { result } = renderHook(() => useEligibilityRows(list, ctx));
    expect(result.current.counts).toEqual({
      eligible: 1,
      notEligible: 2,
      unknown: 0,
      installed: 0,
    });
    expect(names(result.current.shown)).toEqual([
      'compute-0.example.com',
      'master-0.example.com',
      'rhel-worker-0.example.com',
    ]);
  });

  it('filters and sorts what it shows, keeping every row', () => {
    const { result } = renderHook(() => useEligibilityRows(list, ctx));
    act(() => {
      result.current.setFilters({ text: '', status: 'not-eligible', role: 'all' });
    });
    expect(names(result.current.shown)).toEqual([
      'master-0.example.com',
      'rhel-worker-0.example.com',
    ]);
    act(() => {
      result.current.setSort({ column: 'name', direction: 'desc' });
    });
    expect(names(result.current.shown)).toEqual([
      'rhel-worker-0.example.com',
      'master-0.example.com',
    ]);
    expect(result.current.rows).toHaveLength(3);
  });

  it('keeps the evaluation of a node whose object did not change on the next watch event', () => {
    const { result, rerender } = renderHook(({ n }) => useEligibilityRows(n, ctx), {
      initialProps: { n: list },
    });
    const before = result.current.rows[0].evaluation;
    rerender({ n: [...list] });
    expect(result.current.rows[0].evaluation).toBe(before);
  });
});
