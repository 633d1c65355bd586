/**
 * The console SDK's data hooks, implemented against the simulator through /api/kubernetes, with
 * the values the console's own hooks return at each stage (console-dynamic-plugin-sdk/src/utils/
 * k8s/hooks/useK8sWatchResource.ts, useK8sWatchResources.ts, k8s-watcher.ts, utils/flags.ts).
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useFeatureFlag } from '@openshift/dynamic-plugin-sdk';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type {
  K8sResourceCommon,
  WatchK8sResource,
  WatchK8sResultsObject,
} from '@openshift-console/dynamic-plugin-sdk';
import { fetchJSON } from './http';
import { API_PREFIX, watchKey } from './k8s-url';
import { getModelsState, modelIn, subscribeModels } from './models';
import {
  acquireObjectWatch,
  getObjectSnapshot,
  objectKey,
  subscribeObjectWatch,
} from './object-watch';
import { acquireWatch, getWatchSnapshot, subscribeWatch } from './watch-store';
import { legacyKind, resolveWatch, type ResolvedWatch } from './watch-query';

/** k8s-watcher.ts `NoModelError`: the message is the console's. */
export class NoModelError extends Error {
  constructor() {
    super('Model does not exist');
    this.name = 'NoModelError';
  }
}

const useModels = () => useSyncExternalStore(subscribeModels, getModelsState);

const useResolved = (resources: (WatchK8sResource | null)[], json: string): ResolvedWatch[] => {
  const { models, loaded } = useModels();
  return useMemo(
    () =>
      resources.map((r) =>
        resolveWatch(r, (x) => modelIn(models, x.groupVersionKind ?? legacyKind(x)), loaded),
      ),
    [json, models, loaded],
  );
};

type Acquired = { key: string; release: () => void; subscribe: (l: () => void) => () => void };

const acquire = (w: ResolvedWatch): Acquired[] => {
  if (w.kind !== 'query') return [];
  if (w.isList) {
    const a = acquireWatch(w.query);
    return [{ ...a, subscribe: (l) => subscribeWatch(a.key, l) }];
  }
  const a = acquireObjectWatch(w.query);
  return [{ ...a, subscribe: (l) => subscribeObjectWatch(a.key, l) }];
};

const keyOf = (w: ResolvedWatch): string | undefined => {
  if (w.kind !== 'query') return w.kind;
  return w.isList ? watchKey(w.query) : objectKey(w.query);
};

/** Acquires every watch for the lifetime of the component and re-renders on their updates. */
const useWatches = (watches: ResolvedWatch[]): void => {
  const [, setTick] = useState(0);
  const keys = JSON.stringify(watches.map(keyOf));
  useEffect(() => {
    const acquired = watches.flatMap(acquire);
    const bump = () => {
      setTick((t) => t + 1);
    };
    const unsubs = acquired.map((a) => a.subscribe(bump));
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

type Result = WatchK8sResultsObject<K8sResourceCommon | K8sResourceCommon[]>;

/** `[] / {}` as the console's hooks give before the watch has an entry. */
const empty = (isList: boolean) =>
  (isList ? [] : {}) as unknown as K8sResourceCommon | K8sResourceCommon[];

const resultOf = (w: ResolvedWatch): Result => {
  switch (w.kind) {
    case 'none':
      return {
        data: undefined as unknown as K8sResourceCommon,
        loaded: true,
        loadError: undefined,
      };
    case 'pending':
      return { data: empty(w.isList), loaded: false, loadError: undefined };
    case 'noModel':
      return { data: empty(w.isList), loaded: true, loadError: new NoModelError() };
    case 'query': {
      if (w.isList) {
        const snap = getWatchSnapshot(watchKey(w.query));
        return { data: snap.items, loaded: snap.loaded, loadError: snap.loadError };
      }
      const snap = getObjectSnapshot(objectKey(w.query));
      if (!snap) return { data: empty(false), loaded: false, loadError: undefined };
      return {
        data: snap.data as unknown as K8sResourceCommon,
        loaded: snap.loaded,
        loadError: snap.loadError,
      };
    }
  }
};

export const useK8sWatchResource: typeof SDK.useK8sWatchResource = <
  R extends K8sResourceCommon | K8sResourceCommon[],
>(
  resource: WatchK8sResource | null,
) => {
  const json = JSON.stringify(resource);
  const [watch] = useResolved([resource], json) as [ResolvedWatch];
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
  const watches = useResolved(
    names.map((n) => resources[n]),
    json,
  );
  useWatches(watches);
  const results: Record<string, Result> = {};
  watches.forEach((w, i) => {
    results[names[i] ?? ''] = resultOf(w);
  });
  return results as SDK.WatchK8sResults<R>;
};

/** useK8sModel.ts: `[model, inFlight]`, the model undefined until discovery has it. */
export const useK8sModel: typeof SDK.useK8sModel = (ref) => {
  const { models, inFlight } = useModels();
  return [modelIn(models, ref), inFlight] as [SDK.K8sModel, boolean];
};

/**
 * utils/flags.ts: the flag's value in the FLAGS store, `undefined` until it has been set
 * ("the boolean value of the requested feature flag or undefined"). The host sets the
 * console.flag/model flags when discovery has loaded (main.tsx).
 */
export const useFlag = ((flag: string) => useFeatureFlag(flag)[0]) as typeof SDK.useFlag;

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
