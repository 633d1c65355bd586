/**
 * The host's discovered models, like the console's `k8s.RESOURCES` state: empty and not loaded
 * while discovery is in flight (the app already renders), then loaded once and for good
 * (console-dynamic-plugin-sdk/src/app/k8s/reducers/k8s.ts `RESOURCES.loaded` "changes just once
 * to true"; utils/k8s/hooks/useModelsLoaded.ts).
 */
import type { K8sGroupVersionKind, K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { ModelMap } from './discovery';
import { referenceFor } from './k8s-url';

export type ModelsState = { models: ModelMap; loaded: boolean; inFlight: boolean };

let state: ModelsState = { models: new Map(), loaded: false, inFlight: true };
const listeners = new Set<() => void>();

export const getModelsState = (): ModelsState => state;

export const subscribeModels = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};

export const setModels = (models: ModelMap): void => {
  state = { models, loaded: true, inFlight: false };
  listeners.forEach((l) => {
    l();
  });
};

/** A model by `group~version~kind`, bare core kind, or K8sGroupVersionKind. */
export const modelIn = (
  models: ModelMap,
  ref: string | K8sGroupVersionKind | undefined,
): K8sModel | undefined => {
  if (ref === undefined) return undefined;
  if (typeof ref === 'string') return models.get(ref);
  return models.get(referenceFor(ref.group, ref.version, ref.kind));
};

export const getModel = (ref: string | K8sGroupVersionKind | undefined): K8sModel | undefined =>
  modelIn(state.models, ref);

/** True when discovery has the group/version/kind (console.flag/model). */
export const hasModel = (gvk: { group?: string; version?: string; kind?: string }): boolean =>
  [...state.models.values()].some(
    (m) =>
      (m.apiGroup ?? '') === (gvk.group ?? '') &&
      (gvk.version === undefined || m.apiVersion === gvk.version) &&
      (gvk.kind === undefined || m.kind === gvk.kind),
  );
