import { useK8sWatchResources } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResources } from '@openshift-console/dynamic-plugin-sdk';
import { KATA_REMOTE_RUNTIME_CLASS, KATA_RUNTIME_CLASS } from '../models/constants';
import type { KataConfigKind, NodeKind, RuntimeClassKind } from '../models';
import { KataConfigGVK, NodeGVK, RuntimeClassGVK } from '../models';
import { toApiError } from '../shared/errors';

type Resources = {
  runtimeClasses: RuntimeClassKind[];
  nodes: NodeKind[];
  kataConfigs: KataConfigKind[];
};

/** One list+watch per kind; the KataConfig CRD may be missing, so that watch is optional. */
const RESOURCES: WatchK8sResources<Resources> = {
  runtimeClasses: { groupVersionKind: RuntimeClassGVK, isList: true },
  nodes: { groupVersionKind: NodeGVK, isList: true },
  kataConfigs: { groupVersionKind: KataConfigGVK, isList: true, optional: true },
};

/** The first item of a watched list; an optional watch whose CRD is missing may have no list. */
const firstKataConfig = (data: unknown): KataConfigKind | undefined =>
  Array.isArray(data) ? (data[0] as KataConfigKind | undefined) : undefined;

const KATA_NAMES = [KATA_RUNTIME_CLASS, KATA_REMOTE_RUNTIME_CLASS];

/** No error is '' in the console (its reducer's initial loadError), undefined in tests. */
const errorMessage = (e: unknown): string | undefined => (e ? toApiError(e).message : undefined);

/**
 * One list+watch per kind the RuntimeClasses page needs: every RuntimeClass (by name), the Kata
 * ones (kata, then kata-remote), the nodes and the installed nodes of the KataConfig.
 */
export const useRuntimeClassData = () => {
  const watched = useK8sWatchResources<Resources>(RESOURCES);
  const rcWatch = watched.runtimeClasses as (typeof watched)['runtimeClasses'] | undefined;
  const nodeWatch = watched.nodes as (typeof watched)['nodes'] | undefined;
  const kcWatch = watched.kataConfigs as (typeof watched)['kataConfigs'] | undefined;
  const runtimeClasses = [...(rcWatch?.data ?? [])].sort((a, b) =>
    (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''),
  );
  return {
    runtimeClasses,
    loaded: rcWatch?.loaded ?? false,
    error: errorMessage(rcWatch?.loadError),
    kataClasses: KATA_NAMES.flatMap((n) => runtimeClasses.filter((rc) => rc.metadata?.name === n)),
    nodes: nodeWatch?.data ?? [],
    nodesLoaded: nodeWatch?.loaded ?? false,
    nodesError: errorMessage(nodeWatch?.loadError),
    // An optional watch whose CRD is missing may have no data at all.
    installedNodes: firstKataConfig(kcWatch?.data)?.status?.kataNodes?.installed,
  };
};

export type RuntimeClassData = ReturnType<typeof useRuntimeClassData>;
