import { useMemo } from 'react';
import { useAccessReview, useK8sWatchResources } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { FLAG_KATACONFIG, FLAG_NFD } from '../models/constants';
import {
  InfrastructureGVK,
  KataConfigGVK,
  KataConfigModel,
  NodeFeatureDiscoveryGVK,
  NodeFeatureDiscoveryModel,
  NodeGVK,
} from '../models';
import type {
  InfrastructureKind,
  KataConfigKind,
  NodeFeatureDiscoveryKind,
  NodeKind,
} from '../models';
import { toApiError } from '../shared/errors';
import { useFlagState } from '../shared/useFlagState';
import type { ApiError } from '../shared/errors';
import type { Access } from './wizard';

type Resources = {
  nodes: NodeKind[];
  kataConfigs: KataConfigKind[];
  nfds: NodeFeatureDiscoveryKind[];
  infrastructure: InfrastructureKind;
};

type Result<T> = { data?: T; loaded?: boolean; loadError?: unknown } | undefined;

export type InstallData = {
  oscInstalled: boolean;
  nfdInstalled: boolean;
  nodes: NodeKind[];
  kataConfigs: KataConfigKind[];
  nfds: NodeFeatureDiscoveryKind[];
  /** The NodeFeatureDiscovery list loaded without error (otherwise its content is unknown). */
  nfdsLoaded: boolean;
  infrastructure?: InfrastructureKind;
  /** Nodes and KataConfigs have loaded (the other kinds are optional). */
  loaded: boolean;
  /** Listing nodes or KataConfigs failed. */
  error?: ApiError;
  access: Access;
  accessLoading: boolean;
};

/** The console reports "no error" as '' (its reducer's initial loadError), not undefined. */
const present = (e: unknown): unknown => (e === '' ? undefined : e);

/**
 * One list+watch per kind the wizard needs (nodes, KataConfigs, NodeFeatureDiscoveries and
 * Infrastructure `cluster`, the last two optional), the operators' CRD flags and the user's
 * permissions for what the wizard creates or patches.
 */
export const useInstallData = (nfdNamespace: string): InstallData => {
  const oscFlag = useFlagState(FLAG_KATACONFIG);
  const nfdFlag = useFlagState(FLAG_NFD);
  const oscInstalled = oscFlag === true;
  const nfdInstalled = nfdFlag === true;
  // Not loaded while the console has not resolved the operators' flags (no "not installed" flash).
  const flagsResolved = oscFlag !== undefined && nfdFlag !== undefined;
  const watched = useMemo(() => {
    const r: Partial<Record<keyof Resources, WatchK8sResource>> = {
      nodes: { groupVersionKind: NodeGVK, isList: true },
      infrastructure: { groupVersionKind: InfrastructureGVK, name: 'cluster', optional: true },
    };
    // Kinds whose operator is absent are not watched (their API does not exist).
    if (oscInstalled) r.kataConfigs = { groupVersionKind: KataConfigGVK, isList: true };
    if (nfdInstalled) {
      r.nfds = { groupVersionKind: NodeFeatureDiscoveryGVK, isList: true, optional: true };
    }
    return r;
  }, [oscInstalled, nfdInstalled]);
  const results = useK8sWatchResources<Resources>(
    watched as Parameters<typeof useK8sWatchResources<Resources>>[0],
  ) as Partial<{ [K in keyof Resources]: Result<Resources[K]> }>;

  const [createKataConfig, kcLoading] = useAccessReview({
    group: KataConfigModel.apiGroup,
    resource: KataConfigModel.plural,
    verb: 'create',
  });
  const [createNfd, nfdLoading] = useAccessReview({
    group: NodeFeatureDiscoveryModel.apiGroup,
    resource: NodeFeatureDiscoveryModel.plural,
    verb: 'create',
    namespace: nfdNamespace,
  });
  const [patchNodes, nodesLoading] = useAccessReview({
    group: '',
    resource: 'nodes',
    verb: 'patch',
  });

  const nodes = results.nodes;
  const kcs = results.kataConfigs;
  const rawError =
    present(nodes?.loadError) ?? (oscInstalled ? present(kcs?.loadError) : undefined);
  return {
    oscInstalled,
    nfdInstalled,
    nodes: nodes?.data ?? [],
    kataConfigs: kcs?.data ?? [],
    nfds: results.nfds?.data ?? [],
    nfdsLoaded: (results.nfds?.loaded ?? false) && !results.nfds?.loadError,
    infrastructure: results.infrastructure?.data,
    loaded: flagsResolved && (nodes?.loaded ?? false) && (!oscInstalled || (kcs?.loaded ?? false)),
    error: rawError ? toApiError(rawError) : undefined,
    access: {
      'create-kataconfig': createKataConfig,
      'create-nfd': createNfd,
      'patch-nodes': patchNodes,
    },
    accessLoading: kcLoading || nfdLoading || nodesLoading,
  };
};
