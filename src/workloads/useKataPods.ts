import { useMemo } from 'react';
import { kataClassNames } from './kataClasses';
import type { KataPodRow } from './rows';
import { kataPodRows } from './rows';
import type { KataPodList, PodScope } from './useKataPodList';
import { useKataPodList } from './useKataPodList';

export type KataPods = Omit<KataPodList, 'pods' | 'runtimeClasses'> & { rows: KataPodRow[] };

/** The Kata pods of a scope as rows (useKataPodList, then one row per Kata pod object: rows.ts). */
export const useKataPods = (scope: PodScope): KataPods => {
  const { pods, runtimeClasses, ...rest } = useKataPodList(scope);
  const rows = useMemo(
    () => kataPodRows(pods, kataClassNames(runtimeClasses)),
    [pods, runtimeClasses],
  );
  return { ...rest, rows };
};
