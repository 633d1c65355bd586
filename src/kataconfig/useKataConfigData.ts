import { useMemo } from 'react';
import { useAccessReview, useK8sWatchResources } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResources } from '@openshift-console/dynamic-plugin-sdk';
import { KataConfigGVK, KataConfigModel, NodeGVK, RuntimeClassGVK } from '../models';
import type { KataConfigKind, NodeKind, RuntimeClassKind } from '../models';

type Resources = {
  kataConfigs: KataConfigKind[];
  nodes: NodeKind[];
  runtimeClasses: RuntimeClassKind[];
};

/** One list+watch per kind the page needs, and the user's permissions on KataConfigs. */
export const useKataConfigData = (enabled: boolean) => {
  // Without the KataConfig CRD (operator not installed) nothing is watched.
  const watched = useMemo(
    () =>
      enabled
        ? {
            kataConfigs: { groupVersionKind: KataConfigGVK, isList: true },
            nodes: { groupVersionKind: NodeGVK, isList: true },
            runtimeClasses: { groupVersionKind: RuntimeClassGVK, isList: true },
          }
        : ({} as WatchK8sResources<Resources>),
    [enabled],
  );
  const resources = useK8sWatchResources<Resources>(watched);
  const group = KataConfigModel.apiGroup ?? '';
  const [canUpdate, updateLoading] = useAccessReview({
    group,
    resource: KataConfigModel.plural,
    verb: 'update',
  });
  const [canDelete, deleteLoading] = useAccessReview({
    group,
    resource: KataConfigModel.plural,
    verb: 'delete',
  });
  const kc = resources.kataConfigs as (typeof resources)['kataConfigs'] | undefined;
  const nodes = resources.nodes as (typeof resources)['nodes'] | undefined;
  const rcs = resources.runtimeClasses as (typeof resources)['runtimeClasses'] | undefined;
  return {
    kataConfigs: kc?.data ?? [],
    kataConfigsLoaded: kc?.loaded ?? false,
    kataConfigsError: kc?.loadError as unknown,
    nodes: nodes?.data ?? [],
    nodesLoaded: nodes?.loaded ?? false,
    nodesError: nodes?.loadError as unknown,
    runtimeClasses: rcs?.data ?? [],
    canUpdate: canUpdate && !updateLoading,
    canDelete: canDelete && !deleteLoading,
    accessLoading: updateLoading || deleteLoading,
  };
};

export type KataConfigData = ReturnType<typeof useKataConfigData>;
