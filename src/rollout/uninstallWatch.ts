/**
 * What the KataConfig page remembers of an uninstallation across watch events, so that it ends on
 * a clear "uninstalled" once the KataConfig it saw being deleted is gone (the operator removes its
 * finalizer last, after every node is back: openshift_controller.go processKataConfigDeleteRequest).
 * Its own module: the page shell needs it, not the rest of uninstall.ts. Pure.
 */
import type { KataConfigKind } from '../models';

/** What the KataConfig page remembers of an uninstallation across watch events. */
export type UninstallWatch = {
  /** The KataConfig being deleted (its uid): a later KataConfig is another story. */
  uid?: string;
  /** The Kata pool's nodes when the deletion was first seen (uninstallProgress's startNodes). */
  startNodes?: readonly string[];
  /** The KataConfig this page saw being deleted is gone: the uninstallation has ended. */
  uninstalled: boolean;
};

export const NO_UNINSTALL: UninstallWatch = { uninstalled: false };

/**
 * The next UninstallWatch from what the watches show now. The page ends on "uninstalled" only
 * when it saw the deletion itself (its own delete request, or a deletionTimestamp) and the list,
 * loaded, no longer has the KataConfig; a page opened on a cluster without one shows no such end.
 */
export const trackUninstall = (
  prev: UninstallWatch,
  seen: {
    kataConfig?: KataConfigKind;
    /** This page's delete request was accepted (the watch may not show it yet). */
    deleteRequested: boolean;
    loaded: boolean;
    /** The nodes in the Kata pool now. */
    poolNodes: readonly string[];
  },
): UninstallWatch => {
  const { kataConfig } = seen;
  if (!kataConfig) {
    if (!seen.loaded || prev.startNodes === undefined || prev.uninstalled) return prev;
    return { ...prev, uninstalled: true };
  }
  const uid = kataConfig.metadata?.uid;
  const deleting = seen.deleteRequested || kataConfig.metadata?.deletionTimestamp !== undefined;
  if (!deleting) return prev === NO_UNINSTALL ? prev : NO_UNINSTALL;
  if (prev.startNodes !== undefined && prev.uid === uid && !prev.uninstalled) return prev;
  return { uid, startNodes: [...seen.poolNodes].sort(), uninstalled: false };
};
