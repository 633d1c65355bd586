import { useMemo } from 'react';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { useAccessReview, useK8sWatchResources } from '@openshift-console/dynamic-plugin-sdk';
import type { RuntimeClassKind } from '../models';
import { RuntimeClassGVK } from '../models';
import type { PodKind } from '../models/workloads';
import { PodGVK } from '../models/workloads';
import type { ApiError } from '../shared/errors';
import { toApiError } from '../shared/errors';

/**
 * Pods are listed in pages of 2,500 instead of the console's 250 (a watch's `limit` sets the page
 * size of its list). Measured with `npm run bench` at 50,000 pods, all namespaces: every Kata pod
 * counted after 19.2 s with pages of 250 (201 list requests), 6.2 s with 1,000, about 4 s with
 * 2,500, 3.1 s with 5,000; the first row after 0.73, 0.77, 0.88 and 0.95 s; the heap the same. 2,500 keeps
 * a response of a few MB, which an API server serves routinely.
 */
export const POD_PAGE_SIZE = 2500;

/** The console's key for "all namespaces" (useActiveNamespace; SDK constants ALL_NAMESPACES_KEY). */
export const ALL_NAMESPACES_KEY = '#ALL_NS#';

export type PodScope = {
  /** A namespace, or ALL_NAMESPACES_KEY. */
  namespace: string;
  /** Narrow the list on the server, e.g. `spec.nodeName=worker-0` (the Node tab). */
  fieldSelector?: string;
};

export type KataPodList = {
  /** The user may list pods in the scope (SelfSubjectAccessReview); undefined while asking. */
  allowed: boolean | undefined;
  /** The pods of the scope (of every class); undefined until listed. */
  pods: PodKind[] | undefined;
  /** The RuntimeClasses; undefined when not (yet) readable (kataClasses.ts picks the Kata ones). */
  runtimeClasses: RuntimeClassKind[] | undefined;
  /** Pods listed so far (of every class): the list arrives page by page. */
  podCount: number;
  loaded: boolean;
  error: ApiError | undefined;
};

type Resources = { pods: PodKind[]; runtimeClasses: RuntimeClassKind[] };

const isSet = (e: unknown) => e !== undefined && e !== null && e !== '' && e !== false;

/**
 * The pods of a namespace (or of all namespaces) and the Kata RuntimeClasses: one list+watch of
 * pods and one of RuntimeClasses, after a SelfSubjectAccessReview says the user may list pods
 * there. Pods cannot be selected by runtimeClassName on the server (it is not a pod field
 * selector), so the pods of the scope are listed; useKataPods keeps the Kata ones.
 */
export const useKataPodList = ({ namespace, fieldSelector }: PodScope): KataPodList => {
  const all = namespace === ALL_NAMESPACES_KEY;
  const [allowed, checking] = useAccessReview({
    group: '',
    resource: 'pods',
    verb: 'list',
    ...(all ? {} : { namespace }),
  });
  const resources = useMemo(() => {
    const r: Partial<Record<keyof Resources, WatchK8sResource>> = {
      runtimeClasses: { groupVersionKind: RuntimeClassGVK, isList: true, optional: true },
    };
    if (allowed && !checking) {
      r.pods = {
        groupVersionKind: PodGVK,
        isList: true,
        ...(all ? {} : { namespace }),
        ...(fieldSelector ? { fieldSelector } : {}),
        limit: POD_PAGE_SIZE,
      };
    }
    return r as Record<keyof Resources, WatchK8sResource>;
  }, [allowed, checking, all, namespace, fieldSelector]);
  const watched = useK8sWatchResources<Resources>(resources);
  const { pods, runtimeClasses } = watched as Partial<typeof watched>;
  const rcData =
    runtimeClasses?.loaded && !isSet(runtimeClasses.loadError) ? runtimeClasses.data : undefined;
  const podData = pods?.data;
  const podError: unknown = pods?.loadError;
  return {
    allowed: checking ? undefined : allowed,
    pods: podData,
    runtimeClasses: rcData,
    podCount: podData?.length ?? 0,
    // RuntimeClasses are optional context: a user who cannot read them still sees kata/kata-remote.
    loaded:
      pods?.loaded === true &&
      (runtimeClasses?.loaded === true || isSet(runtimeClasses?.loadError)),
    error: isSet(podError) ? toApiError(podError) : undefined,
  };
};
