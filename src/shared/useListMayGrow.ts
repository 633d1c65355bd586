import { useEffect, useState } from 'react';
import { mayHaveMorePages, SETTLE_MS } from './paging';

/** True while `count` may be a partial list (until it has stayed put for SETTLE_MS). */
export const useListMayGrow = (count: number): boolean => {
  const [settled, setSettled] = useState<number | undefined>(undefined);
  const fullPages = mayHaveMorePages(count, 0);
  useEffect(() => {
    if (!fullPages) return undefined;
    const timer = setTimeout(() => {
      setSettled(count);
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [count, fullPages]);
  return fullPages && settled !== count;
};
