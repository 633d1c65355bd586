import { useMemo } from 'react';
import { useFlag, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { useEligibilityData } from '../eligibility/useEligibilityData';
import type { RuntimeClassKind } from '../models';
import { MachineConfigPoolGVK } from '../models/cluster';
import type { MachineConfigPoolKind } from '../models/cluster';
import { FLAG_KATACONFIG, FLAG_NFD, OSC_NAMESPACE } from '../models/constants';
import { useListMayGrow } from '../shared/useListMayGrow';
import type { PodKind } from '../models/workloads';
import { ALL_NAMESPACES_KEY, POD_PAGE_SIZE, useKataPodList } from '../workloads/useKataPodList';
import type { CsvKind, OverviewInput } from './overview';

const CSV_GVK = {
  group: 'operators.coreos.com',
  version: 'v1alpha1',
  kind: 'ClusterServiceVersion',
};

/** The list of a watch that loaded without error (an optional kind may have no list). */
const listOf = <T>(watch: [T[] | undefined, boolean, unknown]): T[] | undefined => {
  const [data, loaded, error] = watch;
  return loaded && !error && Array.isArray(data) ? data : undefined;
};

export type OverviewData = {
  /**
   * What buildOverview takes but the Kata classes and the pods' totals: the view derives those and
   * builds the overview, so the engine and the pod rows load with it, not before the page paints.
   */
  input: Omit<OverviewInput, 'pods' | 'kataClasses' | 'now'>;
  /** The RuntimeClasses (the view picks the Kata ones); undefined when not readable. */
  runtimeClasses: readonly RuntimeClassKind[] | undefined;
  /** Every pod of the cluster, once the whole list has arrived. */
  allPods: readonly PodKind[] | undefined;
  /** Nodes and the KataConfig have loaded (the page's essentials). */
  loaded: boolean;
  nodesError: string | undefined;
  /** The Kata pods: still loading, not listable by this user, or failed. */
  pods: 'loading' | 'forbidden' | 'error' | 'ready';
};

/**
 * Everything the overview shows, one list+watch per kind: the eligibility inputs (nodes,
 * KataConfig, Infrastructure, NodeFeatureDiscoveries, kata RuntimeClass), the operator's CSV in its
 * namespace, and the pods of all namespaces with the RuntimeClasses (useKataPodList).
 */
export const useOverviewData = (): OverviewData => {
  const operatorPresent = useFlag(FLAG_KATACONFIG);
  const nfdInstalled = useFlag(FLAG_NFD);
  const eligibility = useEligibilityData(true);
  const csvWatch = useK8sWatchResource<CsvKind[]>(
    operatorPresent
      ? { groupVersionKind: CSV_GVK, namespace: OSC_NAMESPACE, isList: true, optional: true }
      : null,
  );
  // The Kata pool and the others (a handful): the rollout summary is the progress view's.
  const poolWatch = useK8sWatchResource<MachineConfigPoolKind[]>(
    operatorPresent ? { groupVersionKind: MachineConfigPoolGVK, isList: true } : null,
  );
  const kata = useKataPodList({ namespace: ALL_NAMESPACES_KEY });
  // Numbers only once every page of pods has arrived: a partial count would be wrong.
  const mayGrow = useListMayGrow(kata.podCount, POD_PAGE_SIZE);
  const complete = kata.loaded && !kata.error && !mayGrow;
  const allPods = complete ? kata.pods : undefined;
  const csvList = listOf(csvWatch);
  const poolList = listOf(poolWatch);
  const { nodes, context, nfds: nfdList } = eligibility;
  const input = useMemo(
    (): OverviewData['input'] => ({
      operatorPresent,
      nfdInstalled,
      csvs: csvList,
      kataConfig: context.kataConfig,
      nfds: nfdList,
      nodes,
      context,
      pools: poolList,
    }),
    [operatorPresent, nfdInstalled, csvList, nfdList, nodes, context, poolList],
  );
  let pods: OverviewData['pods'] = 'loading';
  if (kata.allowed === false) pods = 'forbidden';
  else if (kata.error) pods = 'error';
  else if (allPods) pods = 'ready';
  return {
    input,
    runtimeClasses: kata.runtimeClasses,
    allPods,
    loaded: eligibility.loaded,
    nodesError: eligibility.error?.message,
    pods,
  };
};
