/** The console SDK's data hooks, implemented against the simulator through /api/kubernetes. */
import { useEffect, useMemo, useState } from 'react';
import { useFeatureFlag } from '@openshift/dynamic-plugin-sdk';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type {
  K8sResourceCommon,
  WatchK8sResource,
  WatchK8sResultsObject,
} from '@openshift-console/dynamic-plugin-sdk';
import { fetchJSON } from './http';
import { API_PREFIX, watchKey } from './k8s-url';
import { getModel } from './models';
import { acquireWatch, getWatchSnapshot, subscribeWatch } from './watch-store';
import { legacyKind, resolveWatch, type ResolvedWatch } from './watch-query';

class NoModelError extends Error {
  constructor(reference: string) {
    super(`Model does not exist: ${reference}`);
    this.name = 'NoModelError';
  }
}

const lookup = (r: WatchK8sResource) => getModel(r.groupVersionKind ?? legacyKind(r));

const keyOf = (w: ResolvedWatch): string | undefined =>
  w.kind === 'query' ? watchKey(w.query) : undefined;

/** Acquires every watch for the lifetime of the component and re-renders on their flushes. */
const useWatches = (watches: ResolvedWatch[]): void => {
  const [, setTick] = useState(0);
  const keys = JSON.stringify(watches.map(keyOf));
  useEffect(() => {
    const acquired = watches.flatMap((w) => (w.kind === 'query' ? [acquireWatch(w.query)] : []));
    const bump = () => {
      setTick((t) => t + 1);
    };
    const unsubs = acquired.map(({ key }) => subscribeWatch(key, bump));
    bump();
    return () => {
      unsubs.forEach((u) => {
        u();
      });
      acquired.forEach(({ release }) => {
        release();
      });
    };
  }, [keys]);
};

const resultOf = (
  w: ResolvedWatch,
): WatchK8sResultsObject<K8sResourceCommon | K8sResourceCommon[]> => {
  switch (w.kind) {
    case 'none':
      return {
        data: undefined as unknown as K8sResourceCommon,
        loaded: true,
        loadError: undefined,
      };
    case 'noModel':
      return {
        data: undefined as unknown as K8sResourceCommon,
        loaded: true,
        loadError: w.optional ? undefined : new NoModelError(w.reference),
      };
    case 'query': {
      const snap = getWatchSnapshot(watchKey(w.query));
      const data = w.isList ? snap.items : snap.items[0];
      return { data, loaded: snap.loaded, loadError: snap.loadError };
    }
  }
};

export const useK8sWatchResource: typeof SDK.useK8sWatchResource = <
  R extends K8sResourceCommon | K8sResourceCommon[],
>(
  resource: WatchK8sResource | null,
) => {
  const json = JSON.stringify(resource);
  const watch = useMemo(() => resolveWatch(resource, lookup), [json]);
  useWatches([watch]);
  const r = resultOf(watch);
  return [r.data as R, r.loaded, r.loadError];
};

export const useK8sWatchResources: typeof SDK.useK8sWatchResources = <
  R extends SDK.ResourcesObject,
>(
  resources: SDK.WatchK8sResources<R>,
) => {
  const json = JSON.stringify(resources);
  const names = useMemo(() => Object.keys(resources), [json]);
  const watches = useMemo(() => names.map((n) => resolveWatch(resources[n], lookup)), [json]);
  useWatches(watches);
  const results: Record<
    string,
    WatchK8sResultsObject<K8sResourceCommon | K8sResourceCommon[]>
  > = {};
  watches.forEach((w, i) => {
    results[names[i]] = resultOf(w);
  });
  return results as SDK.WatchK8sResults<R>;
};

export const useK8sModel: typeof SDK.useK8sModel = (ref) => {
  // Like the console: undefined until discovery has the model.
  const model: SDK.K8sModel | undefined = getModel(ref);
  return [model, false] as [SDK.K8sModel, boolean];
};

export const useFlag: typeof SDK.useFlag = (flag) => useFeatureFlag(flag)[0] ?? false;

export const useAccessReview: typeof SDK.useAccessReview = (attributes) => {
  const [state, setState] = useState<[boolean, boolean]>([false, true]);
  const json = JSON.stringify(attributes);
  useEffect(() => {
    let live = true;
    setState([false, true]);
    const { group = '', resource, subresource = '', verb, name = '', namespace } = attributes;
    const body = {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: {
        resourceAttributes: {
          group,
          resource,
          subresource,
          verb,
          name,
          ...(namespace ? { namespace } : {}),
        },
      },
    };
    fetchJSON(`${API_PREFIX}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
      .then((res) => {
        const allowed = (res as { status?: { allowed?: boolean } }).status?.allowed ?? false;
        if (live) setState([allowed, false]);
      })
      .catch(() => {
        // Like the console: a failed review does not hide actions; the API will still refuse.
        if (live) setState([true, false]);
      });
    return () => {
      live = false;
    };
  }, [json]);
  return state;
};
