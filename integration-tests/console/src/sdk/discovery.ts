/**
 * API discovery through the console's proxy: every group version's resources become K8sModels,
 * keyed by `group~version~kind` (and by bare kind for core resources, like the console).
 */
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { fetchJSON } from './http';
import { API_PREFIX, referenceFor } from './k8s-url';

type APIResource = { name: string; kind: string; namespaced: boolean; shortNames?: string[] };
type APIResourceList = { groupVersion: string; resources: APIResource[] };
type APIGroupList = { groups: { name: string; versions: { groupVersion: string }[] }[] };

export type ModelMap = ReadonlyMap<string, K8sModel>;

const toModel = (group: string, version: string, r: APIResource): K8sModel => ({
  kind: r.kind,
  abbr: r.shortNames?.[0]?.toUpperCase() ?? r.kind.replace(/[a-z]/g, '').slice(0, 4),
  label: r.kind,
  labelPlural: `${r.kind}s`,
  plural: r.name,
  apiVersion: version,
  apiGroup: group || undefined,
  namespaced: r.namespaced,
  crd: group !== '' && !group.endsWith('.k8s.io'),
});

export const modelsFromResourceLists = (lists: APIResourceList[]): Map<string, K8sModel> => {
  const models = new Map<string, K8sModel>();
  lists.forEach(({ groupVersion, resources }) => {
    const [group, version] = groupVersion.includes('/')
      ? (groupVersion.split('/') as [string, string])
      : ['', groupVersion];
    resources
      .filter((r) => !r.name.includes('/'))
      .forEach((r) => {
        const model = toModel(group, version, r);
        models.set(referenceFor(group, version, r.kind), model);
        if (!group) models.set(r.kind, model);
      });
  });
  return models;
};

/** Fetches /api/v1 and every group version under /apis. */
export const discover = async (): Promise<Map<string, K8sModel>> => {
  const groups = (await fetchJSON(`${API_PREFIX}/apis`)) as APIGroupList;
  const groupVersions = groups.groups.flatMap((g) => g.versions.map((v) => v.groupVersion));
  const lists = await Promise.all([
    fetchJSON(`${API_PREFIX}/api/v1`) as Promise<APIResourceList>,
    ...groupVersions.map(
      (gv) =>
        fetchJSON(`${API_PREFIX}/apis/${gv}`).catch(() => ({
          groupVersion: gv,
          resources: [],
        })) as Promise<APIResourceList>,
    ),
  ]);
  return modelsFromResourceLists(lists);
};
