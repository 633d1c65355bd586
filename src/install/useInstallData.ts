import { useMemo } from 'react';
import { useAccessReview, useK8sWatchResources } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  FLAG_KATACONFIG,
  FLAG_NFD,
  FLAG_NFR_K8S_SIGS,
  FLAG_NFR_OPENSHIFT,
  FLAG_OLM,
} from '../models/constants';
import {
  InfrastructureGVK,
  KataConfigGVK,
  KataConfigModel,
  NodeFeatureDiscoveryGVK,
  NodeFeatureDiscoveryModel,
  NodeFeatureRuleGVK,
  NodeFeatureRuleOpenShiftGVK,
  NodeGVK,
} from '../models';
import type {
  InfrastructureKind,
  KataConfigKind,
  NodeFeatureDiscoveryKind,
  NodeFeatureRuleKind,
  NodeKind,
} from '../models';
import { ClusterServiceVersionGVK, MachineConfigPoolGVK } from '../models/cluster';
import type { ClusterServiceVersionKind, MachineConfigPoolKind } from '../models/cluster';
import type { NfdSupportInput, RuleApi } from '../nfd/support';
import { toApiError } from '../shared/errors';
import { useFlagState } from '../shared/useFlagState';
import type { ApiError } from '../shared/errors';
import type { Access } from './wizard';

type Resources = {
  nodes: NodeKind[];
  kataConfigs: KataConfigKind[];
  nfds: NodeFeatureDiscoveryKind[];
  infrastructure: InfrastructureKind;
  nfrK8sSigs: NodeFeatureRuleKind[];
  nfrOpenShift: NodeFeatureRuleKind[];
  csvs: ClusterServiceVersionKind[];
  pools: MachineConfigPoolKind[];
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
  /** What NFD supports: its ClusterServiceVersion (when readable) and the rule APIs served. */
  nfdSupportInput: NfdSupportInput;
  /** Existing NodeFeatureRules by API group (only the groups served). */
  rules: Partial<Record<RuleApi, NodeFeatureRuleKind[]>>;
  /** MachineConfigPools (a compact cluster puts Kata on its masters); [] when unreadable. */
  pools: MachineConfigPoolKind[];
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
  const k8sSigsFlag = useFlagState(FLAG_NFR_K8S_SIGS);
  const openshiftFlag = useFlagState(FLAG_NFR_OPENSHIFT);
  const olmFlag = useFlagState(FLAG_OLM);
  const olm = olmFlag === true;
  const oscInstalled = oscFlag === true;
  const nfdInstalled = nfdFlag === true;
  // Not loaded while the console has not resolved the operators' flags (no "not installed" flash).
  const flagsResolved = oscFlag !== undefined && nfdFlag !== undefined && olmFlag !== undefined;
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
    // The NFD operator's CSV in its namespace: its version says which rule form its operand
    // reads. OLM copies CSVs into every namespace, so never all namespaces. Without OLM (an
    // operator installed from manifests) there is no CSV API to ask: support comes from the
    // rule APIs served.
    if (nfdInstalled && olm) {
      r.csvs = {
        groupVersionKind: ClusterServiceVersionGVK,
        isList: true,
        namespace: nfdNamespace,
        optional: true,
      };
    }
    if (k8sSigsFlag === true) {
      r.nfrK8sSigs = { groupVersionKind: NodeFeatureRuleGVK, isList: true, optional: true };
    }
    if (openshiftFlag === true) {
      r.nfrOpenShift = {
        groupVersionKind: NodeFeatureRuleOpenShiftGVK,
        isList: true,
        optional: true,
      };
    }
    r.pools = { groupVersionKind: MachineConfigPoolGVK, isList: true, optional: true };
    return r;
  }, [oscInstalled, nfdInstalled, olm, k8sSigsFlag, openshiftFlag, nfdNamespace]);
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
  const listOf = <T>(r: Result<T[]>): T[] | undefined =>
    r?.loaded && !present(r.loadError) ? r.data : undefined;
  const csvs = listOf(results.csvs);
  const rules: Partial<Record<RuleApi, NodeFeatureRuleKind[]>> = {};
  const k8sSigsRules = listOf(results.nfrK8sSigs);
  const openshiftRules = listOf(results.nfrOpenShift);
  if (k8sSigsRules) rules['nfd.k8s-sigs.io'] = k8sSigsRules;
  if (openshiftRules) rules['nfd.openshift.io'] = openshiftRules;
  // A rule list still loading keeps the step waiting rather than missing a carrier.
  const rulesLoading =
    (k8sSigsFlag === true && !results.nfrK8sSigs?.loaded && !results.nfrK8sSigs?.loadError) ||
    (openshiftFlag === true && !results.nfrOpenShift?.loaded && !results.nfrOpenShift?.loadError);
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
    nfdSupportInput: {
      ...(csvs ? { csvs } : {}),
      ruleApis: {
        ...(k8sSigsFlag !== undefined ? { 'nfd.k8s-sigs.io': k8sSigsFlag } : {}),
        ...(openshiftFlag !== undefined ? { 'nfd.openshift.io': openshiftFlag } : {}),
      },
    },
    rules,
    pools: listOf(results.pools) ?? [],
    loaded:
      flagsResolved &&
      !rulesLoading &&
      (nodes?.loaded ?? false) &&
      (!oscInstalled || (kcs?.loaded ?? false)),
    error: rawError ? toApiError(rawError) : undefined,
    access: {
      'create-kataconfig': createKataConfig,
      'create-nfd': createNfd,
      'patch-nodes': patchNodes,
    },
    accessLoading: kcLoading || nfdLoading || nodesLoading,
  };
};
