/** Group/version/kind of an owner reference's apiVersion + kind, for ResourceLink (pure). */
import type { K8sGroupVersionKind } from '@openshift-console/dynamic-plugin-sdk';

export const gvkOfRef = (apiVersion: string, kind: string): K8sGroupVersionKind => {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return { ...(group ? { group } : {}), version, kind };
};
