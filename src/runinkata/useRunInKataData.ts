import { useMemo } from 'react';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { useAccessReview, useK8sWatchResources } from '@openshift-console/dynamic-plugin-sdk';
import type { NodeKind, RuntimeClassKind } from '../models';
import { NodeGVK, RuntimeClassGVK } from '../models';
import type { PodKind } from '../models/workloads';
import { PodGVK } from '../models/workloads';
import { kataRuntimeClasses } from '../workloads/kataClasses';
import { POD_PAGE_SIZE } from '../workloads/useKataPodList';
import type { NodeUsage } from './impact';
import { nodeUsage } from './impact';

type Resources = { nodes: NodeKind[]; runtimeClasses: RuntimeClassKind[]; pods: PodKind[] };

export type RunInKataData = {
  nodes: NodeKind[] | undefined;
  kataClasses: RuntimeClassKind[];
  runtimeClassesLoaded: boolean;
  /** What the pods already on each node use; undefined while loading or when not listable. */
  usage: ReadonlyMap<string, NodeUsage> | undefined;
  /** The pods of all namespaces cannot be listed by this user (room is then unknown). */
  podsForbidden: boolean;
};

const ok = <T>(r: { data: T; loaded: boolean; loadError: unknown } | undefined): T | undefined =>
  r?.loaded && !r.loadError ? r.data : undefined;

/**
 * What the impact needs: nodes, RuntimeClasses, and the pods of all namespaces (what each node
 * already holds). The pod list is the same query as the workloads page's "all namespaces", so the
 * console shares one list+watch between them; it is skipped for users who may not list it.
 */
export const useRunInKataData = (): RunInKataData => {
  const [canListPods, checking] = useAccessReview({ group: '', resource: 'pods', verb: 'list' });
  const resources = useMemo(() => {
    const r: Partial<Record<keyof Resources, WatchK8sResource>> = {
      nodes: { groupVersionKind: NodeGVK, isList: true },
      runtimeClasses: { groupVersionKind: RuntimeClassGVK, isList: true },
    };
    // The same query as the workloads page's for all namespaces: the console shares the watch.
    if (canListPods && !checking)
      r.pods = { groupVersionKind: PodGVK, isList: true, limit: POD_PAGE_SIZE };
    return r as Record<keyof Resources, WatchK8sResource>;
  }, [canListPods, checking]);
  const watched = useK8sWatchResources<Resources>(resources);
  const { nodes, runtimeClasses, pods } = watched as Partial<typeof watched>;
  const podList = ok(pods);
  const rcList = ok(runtimeClasses);
  const usage = useMemo(() => (podList ? nodeUsage(podList) : undefined), [podList]);
  const kataClasses = useMemo(() => kataRuntimeClasses(rcList), [rcList]);
  return {
    nodes: ok(nodes),
    kataClasses,
    runtimeClassesLoaded: runtimeClasses?.loaded === true || Boolean(runtimeClasses?.loadError),
    usage,
    podsForbidden: !checking && !canListPods,
  };
};
