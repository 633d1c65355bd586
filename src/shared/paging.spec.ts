import { act, renderHook } from '@testing-library/react';
import { mayHaveMorePages, SETTLE_MS } from './paging';
import { useListMayGrow } from './useListMayGrow';

describe('mayHaveMorePages', () => {
  it.each([
    [0, 0, false],
    [249, 0, false],
    [250, 0, true],
    [500, SETTLE_MS - 1, true],
    [500, SETTLE_MS, false],
    [5003, 0, false],
  ])('%i items, last grown %i ms ago -> %s', (count, since, expected) => {
    expect(mayHaveMorePages(count, since)).toBe(expected);
  });
});

describe('useListMayGrow', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('is true while pages of 250 arrive, false once the count has settled or is not a page', () => {
    const { result, rerender } = renderHook(({ n }) => useListMayGrow(n), {
      initialProps: { n: 250 },
    });
    expect(result.current).toBe(true);
    act(() => {
      jest.advanceTimersByTime(SETTLE_MS / 2);
    });
    rerender({ n: 500 });
    expect(result.current).toBe(true);
    rerender({ n: 503 });
    expect(result.current).toBe(false);
  });

  it('takes an exact multiple of 250 as the total once it stays unchanged', () => {
    const { result } = renderHook(() => useListMayGrow(750));
    expect(result.current).toBe(true);
    act(() => {
      jest.advanceTimersByTime(SETTLE_MS + 10);
    });
    expect(result.current).toBe(false);
  });
});
