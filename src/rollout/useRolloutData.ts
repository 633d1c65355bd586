import { useEffect, useMemo, useState } from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { MachineConfigPoolGVK, PodDisruptionBudgetGVK, PodGVK } from '../models/cluster';
import type { MachineConfigPoolKind, PodDisruptionBudgetKind, PodKind } from '../models/cluster';
import { drainBlockers } from './drain';
import type { DrainBlocker } from './drain';
import type { RolloutModel } from './model';
import { rolloutWatches } from './model';

/** The SDK's [data, loaded, error] of a list watch, typed (the error is whatever the fetch threw). */
const watched = <T>(result: readonly unknown[]): [T[], boolean, unknown] => [
  Array.isArray(result[0]) ? (result[0] as T[]) : [],
  result[1] === true,
  result[2],
];

/** The MachineConfigPools (a handful per cluster): one list+watch. */
export const useMachineConfigPools = (enabled: boolean) => {
  const resource = useMemo<WatchK8sResource | null>(
    () => (enabled ? { groupVersionKind: MachineConfigPoolGVK, isList: true } : null),
    [enabled],
  );
  const [pools, loaded, error] = watched<MachineConfigPoolKind>(useK8sWatchResource(resource));
  // Without the pools (no permission, or an error) the operator's status still tells the phases.
  return {
    pools: error ? [] : ((pools as MachineConfigPoolKind[] | undefined) ?? []),
    loaded: loaded || !!error,
  };
};

/** A clock for "since" times, ticking every `ms` (no API calls: only re-renders). */
export const useNow = (ms = 30_000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => {
      setNow(Date.now());
    }, ms);
    return () => {
      window.clearInterval(id);
    };
  }, [ms]);
  return now;
};

/**
 * What holds a slow drain: watched only while one lasts longer than a drain attempt
 * (PodDisruptionBudgets of every namespace, and the pods of that node by field selector).
 */
export const useDrainBlockers = (
  model: RolloutModel | undefined,
): ReadonlyMap<string, readonly DrainBlocker[] | undefined> => {
  const node = model ? rolloutWatches(model).drainingNodes.at(0) : undefined;
  const pdbResource = useMemo<WatchK8sResource | null>(
    () => (node ? { groupVersionKind: PodDisruptionBudgetGVK, isList: true } : null),
    [node],
  );
  const podResource = useMemo<WatchK8sResource | null>(
    () =>
      node
        ? { groupVersionKind: PodGVK, isList: true, fieldSelector: `spec.nodeName=${node}` }
        : null,
    [node],
  );
  const [pdbs, pdbsLoaded, pdbsError] = watched<PodDisruptionBudgetKind>(
    useK8sWatchResource(pdbResource),
  );
  const [pods, podsLoaded, podsError] = watched<PodKind>(useK8sWatchResource(podResource));
  return useMemo(() => {
    const map = new Map<string, readonly DrainBlocker[] | undefined>();
    if (!node) return map;
    const ready = pdbsLoaded && podsLoaded && !pdbsError && !podsError;
    map.set(node, ready ? drainBlockers(node, pods, pdbs) : undefined);
    return map;
  }, [node, pdbs, pods, pdbsLoaded, podsLoaded, pdbsError, podsError]);
};
