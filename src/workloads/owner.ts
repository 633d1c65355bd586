/**
 * The workload that owns a pod (pure).
 *
 * The pod's controller owner reference names it, except for Deployments: their pods are owned by
 * a ReplicaSet named `<deployment>-<pod-template-hash>`, and the Deployment controller puts the
 * same hash in the pod's `pod-template-hash` label (kubernetes pkg/controller/deployment/sync.go,
 * `getNewReplicaSet`). Stripping the hash gives the Deployment without watching every ReplicaSet
 * of the cluster (one more list of thousands of objects for a name we can read off the pod).
 */
import type { K8sResourceCommon } from '../models';

export type Owner = {
  kind: string;
  name: string;
  /** apiVersion of the owner (apps/v1, batch/v1, ...), for links. */
  apiVersion: string;
};

const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

export const ownerOf = (pod: K8sResourceCommon): Owner | undefined => {
  const ref = pod.metadata?.ownerReferences?.find((r) => r.controller === true);
  if (!ref) return undefined;
  const hash = pod.metadata?.labels?.[POD_TEMPLATE_HASH_LABEL];
  if (ref.kind === 'ReplicaSet' && hash && ref.name.endsWith(`-${hash}`)) {
    return { kind: 'Deployment', name: ref.name.slice(0, -hash.length - 1), apiVersion: 'apps/v1' };
  }
  return { kind: ref.kind, name: ref.name, apiVersion: ref.apiVersion };
};

/** A stable key for grouping: namespace, kind and name; a bare pod is its own group. */
export const ownerKey = (namespace: string, owner: Owner | undefined, podName: string): string =>
  owner ? `${namespace}/${owner.kind}/${owner.name}` : `${namespace}/Pod/${podName}`;
