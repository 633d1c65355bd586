import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { tabOf } from './detailsTabs';
import type { DetailsTab } from './detailsTabs';

/** The KataConfig page's state: the tab (in the URL), the uninstall dialog, a requested delete. */
export const useDetailsPage = () => {
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params.get('tab'));
  const setTab = useCallback(
    (next: DetailsTab) => {
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          if (next === 'details') copy.delete('tab');
          else copy.set('tab', next);
          return copy;
        },
        { replace: false },
      );
    },
    [setParams],
  );
  const [uninstallOpen, setUninstallOpen] = useState(false);
  /** The delete was accepted; the watch may not show the deletionTimestamp yet. */
  const [deleteRequested, setDeleteRequested] = useState(false);
  return { tab, setTab, uninstallOpen, setUninstallOpen, deleteRequested, setDeleteRequested };
};

export type DetailsPageState = ReturnType<typeof useDetailsPage>;
