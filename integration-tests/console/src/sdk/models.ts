/** The host's discovered models (loaded once before the app renders). */
import type { K8sGroupVersionKind, K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { ModelMap } from './discovery';
import { referenceFor } from './k8s-url';

let models: ModelMap = new Map();

export const setModels = (m: ModelMap): void => {
  models = m;
};

/** A model by `group~version~kind`, bare core kind, or K8sGroupVersionKind. */
export const getModel = (ref: string | K8sGroupVersionKind | undefined): K8sModel | undefined => {
  if (ref === undefined) return undefined;
  if (typeof ref === 'string') return models.get(ref);
  return models.get(referenceFor(ref.group, ref.version, ref.kind));
};

/** True when discovery has the group/version/kind (console.flag/model). */
export const hasModel = (gvk: { group?: string; version?: string; kind?: string }): boolean =>
  [...models.values()].some(
    (m) =>
      (m.apiGroup ?? '') === (gvk.group ?? '') &&
      (gvk.version === undefined || m.apiVersion === gvk.version) &&
      (gvk.kind === undefined || m.kind === gvk.kind),
  );
