import { useEffect, useState } from 'react';
import type { KataConfigKind, NodeKind } from '../models';
import { KATA_OC_ROLE_LABEL } from '../models/constants';
import { NO_UNINSTALL, trackUninstall } from '../rollout/uninstallWatch';
import type { DetailsPageState } from './useDetailsPage';

/**
 * Follows an uninstallation across watch events (trackUninstall): the Kata pool's nodes when it
 * started, and its end. On a converged cluster the pool is the masters' and no node leaves it:
 * the progress then counts the operator's own lists (uninstallProgress).
 */
export const useUninstallWatch = (
  kataConfig: KataConfigKind | undefined,
  loaded: boolean,
  nodes: readonly NodeKind[],
  page: DetailsPageState,
) => {
  const [watch, setWatch] = useState(NO_UNINSTALL);
  const next = trackUninstall(watch, {
    kataConfig,
    loaded,
    deleteRequested: page.deleteRequested,
    poolNodes: nodes
      .filter((n) => n.metadata?.labels?.[KATA_OC_ROLE_LABEL] !== undefined)
      .map((n) => n.metadata?.name ?? ''),
  });
  // Derived from props during render (React's pattern for state that follows props).
  if (next !== watch) setWatch(next);
  const { deleteRequested, setDeleteRequested } = page;
  useEffect(() => {
    // The request was for the KataConfig that is now gone: a new one starts without it.
    if (next.uninstalled && deleteRequested) setDeleteRequested(false);
  }, [next.uninstalled, deleteRequested, setDeleteRequested]);
  return next;
};
