import { useMemo } from 'react';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResources } from '@openshift-console/dynamic-plugin-sdk';
import type {
  InfrastructureKind,
  KataConfigKind,
  NodeFeatureDiscoveryKind,
  NodeKind,
  RuntimeClassKind,
} from '../models';
import {
  InfrastructureGVK,
  KataConfigGVK,
  NodeFeatureDiscoveryGVK,
  NodeGVK,
  RuntimeClassGVK,
} from '../models';
import { FLAG_KATACONFIG, FLAG_NFD, KATA_RUNTIME_CLASS } from '../models/constants';
import type { ApiError } from '../shared/errors';
import { useNfdKataRule } from '../nfd/useNfdKataRule';
import { toApiError } from '../shared/errors';
import { useFlagState } from '../shared/useFlagState';
import type { EligibilityContext } from './types';
import { eligibilityContext } from './context';

type Resources = {
  nodes: NodeKind[];
  kataConfigs: KataConfigKind[];
  infrastructure: InfrastructureKind;
  nodeFeatureDiscoveries: NodeFeatureDiscoveryKind[];
  kataRuntimeClass: RuntimeClassKind[];
};

export type EligibilityData = {
  /** Undefined when the nodes are not watched (Node tab) or not loaded yet. */
  nodes: NodeKind[] | undefined;
  /** The nodes (when watched), the KataConfig and (when there is one) the NFD kata rule are known. */
  loaded: boolean;
  /** Failing to list nodes is the page's error; the other kinds are optional context. */
  error: ApiError | undefined;
  context: EligibilityContext;
};

/**
 * One useK8sWatchResources call for everything the eligibility checks need: nodes (unless
 * `withNodes` is false, as on the Node tab), the KataConfig, Infrastructure `cluster`,
 * NodeFeatureDiscoveries and the `kata` RuntimeClass. Kinds whose operator is absent are not
 * watched; the context kinds are optional (a missing or unreadable one is simply unknown).
 */
export const useEligibilityData = (withNodes = true): EligibilityData => {
  const kataConfigFlag = useFlagState(FLAG_KATACONFIG);
  const nfdFlag = useFlagState(FLAG_NFD);
  const hasKataConfig = kataConfigFlag === true;
  const nfdInstalled = nfdFlag === true;
  // Not loaded while the console has not resolved the operators' flags (no "not installed" flash).
  const flagsResolved = kataConfigFlag !== undefined && nfdFlag !== undefined;
  const resources = useMemo(() => {
    const r: Partial<Record<keyof Resources, WatchK8sResource>> = {
      infrastructure: { groupVersionKind: InfrastructureGVK, name: 'cluster', optional: true },
      // A list narrowed to one name, not a named watch: the console keeps a deleted named object
      // in `data` until its 30 s re-fetch, a list drops it on the DELETED event; and a missing
      // `kata` is an empty list, not a 404.
      kataRuntimeClass: {
        groupVersionKind: RuntimeClassGVK,
        isList: true,
        fieldSelector: `metadata.name=${KATA_RUNTIME_CLASS}`,
        optional: true,
      },
    };
    if (withNodes) r.nodes = { groupVersionKind: NodeGVK, isList: true };
    if (hasKataConfig)
      r.kataConfigs = { groupVersionKind: KataConfigGVK, isList: true, optional: true };
    if (nfdInstalled) {
      r.nodeFeatureDiscoveries = {
        groupVersionKind: NodeFeatureDiscoveryGVK,
        isList: true,
        optional: true,
      };
    }
    return r as Record<keyof Resources, WatchK8sResource>;
  }, [withNodes, hasKataConfig, nfdInstalled]);
  const results = useK8sWatchResources<Resources>(resources);
  const { nodes, kataConfigs, infrastructure, nodeFeatureDiscoveries, kataRuntimeClass } =
    results as Partial<typeof results>;

  const kataConfigList =
    kataConfigs?.loaded && !kataConfigs.loadError ? kataConfigs.data : undefined;
  const nfdList =
    nodeFeatureDiscoveries?.loaded && !nodeFeatureDiscoveries.loadError
      ? nodeFeatureDiscoveries.data
      : undefined;
  const infra =
    infrastructure?.loaded && !infrastructure.loadError ? infrastructure.data : undefined;
  const runtimeClass =
    kataRuntimeClass?.loaded && !kataRuntimeClass.loadError
      ? kataRuntimeClass.data.at(0)
      : undefined;
  const nfdKataRule = useNfdKataRule(nfdList);
  const context = useMemo(
    () =>
      eligibilityContext({
        infrastructure: infra,
        kataConfigs: kataConfigList,
        nodeFeatureDiscoveries: nfdList,
        kataRuntimeClass: runtimeClass,
        nfdInstalled,
        nfdKataRule: nfdKataRule.value,
      }),
    [infra, kataConfigList, nfdList, runtimeClass, nfdInstalled, nfdKataRule.value],
  );

  const nodesError: unknown = nodes?.loadError;
  const kataConfigLoaded =
    !hasKataConfig || kataConfigs?.loaded === true || Boolean(kataConfigs?.loadError);
  const nodesLoaded = !withNodes || nodes?.loaded === true;
  return {
    nodes: withNodes && nodes?.loaded ? nodes.data : undefined,
    // A verdict that depends on the NFD kata rule waits for it rather than flipping once it is read.
    loaded: flagsResolved && nodesLoaded && kataConfigLoaded && !nfdKataRule.pending,
    error: nodesError ? toApiError(nodesError) : undefined,
    context,
  };
};
