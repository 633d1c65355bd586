import { useMemo } from 'react';
import { useFlag, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { useEligibilityData } from '../eligibility/useEligibilityData';
import type { NodeFeatureDiscoveryKind } from '../models';
import { NodeFeatureDiscoveryGVK } from '../models';
import { FLAG_KATACONFIG, FLAG_NFD, OSC_NAMESPACE } from '../models/constants';
import { totalsOf } from '../workloads/rows';
import { useListMayGrow } from '../shared/useListMayGrow';
import { ALL_NAMESPACES_KEY, POD_PAGE_SIZE, useKataPods } from '../workloads/useKataPods';
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
  /** What buildOverview takes (the view builds the overview: the engine loads with it). */
  input: OverviewInput;
  /** Nodes and the KataConfig have loaded (the page's essentials). */
  loaded: boolean;
  nodesError: string | undefined;
  /** The Kata pods: still loading, not listable by this user, or failed. */
  pods: 'loading' | 'forbidden' | 'error' | 'ready';
};

/**
 * Everything the overview shows, one list+watch per kind: the eligibility inputs (nodes,
 * KataConfig, Infrastructure, NodeFeatureDiscoveries, kata RuntimeClass), the operator's CSV in its
 * namespace, and the pods of all namespaces with the RuntimeClasses (useKataPods).
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
  // The same query as useEligibilityData's, so the console shares one list+watch between them.
  const nfdWatch = useK8sWatchResource<NodeFeatureDiscoveryKind[]>(
    nfdInstalled
      ? { groupVersionKind: NodeFeatureDiscoveryGVK, isList: true, optional: true }
      : null,
  );
  const nfdList = listOf(nfdWatch);
  const kata = useKataPods({ namespace: ALL_NAMESPACES_KEY });
  // Numbers only once every page of pods has arrived: a partial count would be wrong.
  const mayGrow = useListMayGrow(kata.podCount, POD_PAGE_SIZE);
  const podTotals = useMemo(
    () => (kata.loaded && !kata.error && !mayGrow ? totalsOf(kata.rows) : undefined),
    [kata.loaded, kata.error, kata.rows, mayGrow],
  );
  const csvList = listOf(csvWatch);
  const { nodes, context } = eligibility;
  const input = useMemo(
    (): OverviewInput => ({
      operatorPresent,
      nfdInstalled,
      csvs: csvList,
      kataConfig: context.kataConfig,
      nfds: nfdList,
      nodes,
      context,
      kataClasses: kata.kataClasses,
      pods: podTotals,
    }),
    [operatorPresent, nfdInstalled, csvList, nfdList, nodes, context, kata.kataClasses, podTotals],
  );
  let pods: OverviewData['pods'] = 'loading';
  if (kata.allowed === false) pods = 'forbidden';
  else if (kata.error) pods = 'error';
  else if (podTotals) pods = 'ready';
  return {
    input,
    loaded: eligibility.loaded,
    nodesError: eligibility.error?.message,
    pods,
  };
};
