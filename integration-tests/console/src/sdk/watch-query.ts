/**
 * Pure: a WatchK8sResource plus a model lookup becomes a WatchQuery (or why it cannot), as
 * useK8sWatchResource(s).ts decide: nothing before discovery has loaded (`useModelsLoaded`), a
 * NoModelError once it has and the model is missing (the resource's `optional` plays no part).
 */
import type { K8sModel, WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { selectorToString, type WatchQuery } from './k8s-url';

export type ResolvedWatch =
  | { kind: 'none' }
  | { kind: 'pending'; isList: boolean }
  | { kind: 'noModel'; isList: boolean }
  | { kind: 'query'; query: WatchQuery; isList: boolean };

/** The deprecated `kind` reference (`Node` or `group~version~Kind`), still honoured. */
export const legacyKind = (r: WatchK8sResource): string | undefined =>
  (r as { kind?: string }).kind;

export const resolveWatch = (
  resource: WatchK8sResource | null | undefined,
  lookup: (r: WatchK8sResource) => K8sModel | undefined,
  modelsLoaded = true,
): ResolvedWatch => {
  if (!resource) return { kind: 'none' };
  const isList = resource.isList ?? false;
  const model = lookup(resource);
  if (!model) return modelsLoaded ? { kind: 'noModel', isList } : { kind: 'pending', isList };
  return {
    kind: 'query',
    isList,
    query: {
      model,
      namespace: model.namespaced ? resource.namespace : undefined,
      name: isList ? undefined : resource.name,
      labelSelector: selectorToString(resource.selector),
      fieldSelector: resource.fieldSelector ?? '',
      limit: resource.limit,
    },
  };
};
