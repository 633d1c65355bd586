/** Pure: a WatchK8sResource plus a model lookup becomes a WatchQuery (or why it cannot). */
import type { K8sModel, WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { selectorToString, type WatchQuery } from './k8s-url';

export type ResolvedWatch =
  | { kind: 'none' }
  | { kind: 'noModel'; optional: boolean; reference: string }
  | { kind: 'query'; query: WatchQuery; isList: boolean };

/** The deprecated `kind` reference (`Node` or `group~version~Kind`), still honoured. */
export const legacyKind = (r: WatchK8sResource): string | undefined =>
  (r as { kind?: string }).kind;

export const resolveWatch = (
  resource: WatchK8sResource | null | undefined,
  lookup: (r: WatchK8sResource) => K8sModel | undefined,
): ResolvedWatch => {
  if (!resource) return { kind: 'none' };
  const model = lookup(resource);
  if (!model) {
    const gvk = resource.groupVersionKind;
    const reference = gvk
      ? `${gvk.group ?? 'core'}~${gvk.version}~${gvk.kind}`
      : (legacyKind(resource) ?? '');
    return { kind: 'noModel', optional: resource.optional ?? false, reference };
  }
  return {
    kind: 'query',
    isList: resource.isList ?? false,
    query: {
      model,
      namespace: model.namespaced ? resource.namespace : undefined,
      name: resource.isList ? undefined : resource.name,
      labelSelector: selectorToString(resource.selector),
      fieldSelector: resource.fieldSelector ?? '',
      limit: resource.limit,
    },
  };
};
