/** Resource definitions (built-in kinds and kinds from CRD objects) and discovery documents. */
import type { CrValidator } from './schema';
import { makeValidator } from './schema';
import type { KObject } from './types';
import { isRecord } from './types';

export type ResourceDef = {
  group: string;
  version: string;
  kind: string;
  listKind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  verbs: string[];
  shortNames: string[];
  hasStatus: boolean;
  /** Set for kinds defined by a CRD. */
  validator?: CrValidator;
  crdName?: string;
  /** additionalPrinterColumns of the CRD version. */
  printerColumns?: unknown;
  /** Subresources besides status (pods/eviction, deployments/scale...). */
  subresources?: {
    name: string;
    kind: string;
    group?: string;
    version?: string;
    verbs: string[];
  }[];
};

export const apiVersionOf = (d: { group: string; version: string }): string =>
  d.group ? `${d.group}/${d.version}` : d.version;

/** `plural` or `plural.group`, as in API-server messages. */
export const qualifiedName = (d: ResourceDef): string =>
  d.group ? `${d.plural}.${d.group}` : d.plural;

export const resourceId = (group: string, plural: string): string => `${group}/${plural}`;
export const idOf = (d: ResourceDef): string => resourceId(d.group, d.plural);

const ALL_VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

const builtin = (
  group: string,
  version: string,
  kind: string,
  plural: string,
  namespaced: boolean,
  extra: Partial<ResourceDef> = {},
): ResourceDef => ({
  group,
  version,
  kind,
  listKind: `${kind}List`,
  plural,
  singular: kind.toLowerCase(),
  namespaced,
  verbs: ALL_VERBS,
  shortNames: [],
  hasStatus: true,
  ...extra,
});

const scale = {
  name: 'scale',
  kind: 'Scale',
  group: 'autoscaling',
  version: 'v1',
  verbs: ['get', 'patch', 'update'],
};

export const BUILTINS: ResourceDef[] = [
  builtin('', 'v1', 'Namespace', 'namespaces', false, { shortNames: ['ns'] }),
  builtin('', 'v1', 'Node', 'nodes', false, { shortNames: ['no'] }),
  builtin('', 'v1', 'Pod', 'pods', true, {
    shortNames: ['po'],
    subresources: [
      { name: 'eviction', kind: 'Eviction', group: 'policy', version: 'v1', verbs: ['create'] },
    ],
  }),
  builtin('', 'v1', 'ConfigMap', 'configmaps', true, { shortNames: ['cm'], hasStatus: false }),
  builtin('', 'v1', 'Event', 'events', true, { shortNames: ['ev'], hasStatus: false }),
  builtin('apps', 'v1', 'Deployment', 'deployments', true, {
    shortNames: ['deploy'],
    subresources: [scale],
  }),
  builtin('apps', 'v1', 'ReplicaSet', 'replicasets', true, {
    shortNames: ['rs'],
    subresources: [scale],
  }),
  builtin('apps', 'v1', 'DaemonSet', 'daemonsets', true, { shortNames: ['ds'] }),
  builtin('policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true, {
    shortNames: ['pdb'],
  }),
  builtin('node.k8s.io', 'v1', 'RuntimeClass', 'runtimeclasses', false, {
    hasStatus: false,
  }),
  builtin(
    'apiextensions.k8s.io',
    'v1',
    'CustomResourceDefinition',
    'customresourcedefinitions',
    false,
    {
      shortNames: ['crd', 'crds'],
    },
  ),
  builtin('config.openshift.io', 'v1', 'Infrastructure', 'infrastructures', false),
  builtin(
    'security.openshift.io',
    'v1',
    'SecurityContextConstraints',
    'securitycontextconstraints',
    false,
    {
      shortNames: ['scc'],
      hasStatus: false,
    },
  ),
  builtin(
    'machineconfiguration.openshift.io',
    'v1',
    'ContainerRuntimeConfig',
    'containerruntimeconfigs',
    false,
    { shortNames: ['ctrcfg'] },
  ),
  builtin(
    'authorization.k8s.io',
    'v1',
    'SelfSubjectAccessReview',
    'selfsubjectaccessreviews',
    false,
    {
      verbs: ['create'],
      hasStatus: false,
    },
  ),
];

/** Builds the resource definition of the served storage version of a CRD object. */
export const defFromCrd = (crd: KObject): ResourceDef | undefined => {
  const spec = crd.spec;
  if (!isRecord(spec) || !isRecord(spec.names) || !Array.isArray(spec.versions)) return undefined;
  const names = spec.names;
  const version = (spec.versions as unknown[]).find(
    (v): v is Record<string, unknown> => isRecord(v) && v.served === true,
  );
  if (!version) return undefined;
  const schema =
    isRecord(version.schema) && isRecord(version.schema.openAPIV3Schema)
      ? version.schema.openAPIV3Schema
      : { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
  const kind = String(names.kind);
  return {
    group: String(spec.group),
    version: String(version.name),
    kind,
    listKind: typeof names.listKind === 'string' ? names.listKind : `${kind}List`,
    plural: String(names.plural),
    singular: typeof names.singular === 'string' ? names.singular : kind.toLowerCase(),
    namespaced: spec.scope === 'Namespaced',
    verbs: ALL_VERBS,
    shortNames: Array.isArray(names.shortNames) ? (names.shortNames as string[]) : [],
    hasStatus: isRecord(version.subresources) && isRecord(version.subresources.status),
    validator: makeValidator(schema),
    crdName: crd.metadata.name,
    printerColumns: version.additionalPrinterColumns,
  };
};

export class Registry {
  private defs = new Map<string, ResourceDef>();

  constructor() {
    for (const d of BUILTINS) this.defs.set(idOf(d), d);
  }

  add(d: ResourceDef): void {
    this.defs.set(idOf(d), d);
  }

  removeCrd(crdName: string): void {
    for (const [id, d] of this.defs) if (d.crdName === crdName) this.defs.delete(id);
  }

  all(): ResourceDef[] {
    return [...this.defs.values()];
  }

  byPlural(group: string, version: string, plural: string): ResourceDef | undefined {
    const d = this.defs.get(resourceId(group, plural));
    return d?.version === version ? d : undefined;
  }

  byKind(apiVersion: string, kind: string): ResourceDef | undefined {
    return this.all().find((d) => apiVersionOf(d) === apiVersion && d.kind === kind);
  }

  groups(): { group: string; version: string }[] {
    const seen = new Map<string, string>();
    for (const d of this.all()) if (d.group) seen.set(d.group, d.version);
    return [...seen.entries()].sort().map(([group, version]) => ({ group, version }));
  }

  // ---- discovery documents ----

  apiVersions(): object {
    return {
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }],
    };
  }

  apiGroupList(): object {
    return {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: this.groups().map(({ group, version }) => {
        const gv = { groupVersion: `${group}/${version}`, version };
        return { name: group, versions: [gv], preferredVersion: gv };
      }),
    };
  }

  apiGroup(group: string): object | undefined {
    const g = this.groups().find((x) => x.group === group);
    if (!g) return undefined;
    const gv = { groupVersion: `${group}/${g.version}`, version: g.version };
    return {
      kind: 'APIGroup',
      apiVersion: 'v1',
      name: group,
      versions: [gv],
      preferredVersion: gv,
    };
  }

  resourceList(group: string, version: string): object | undefined {
    const defs = this.all().filter((d) => d.group === group && d.version === version);
    if (defs.length === 0) return undefined;
    const resources: object[] = [];
    for (const d of defs) {
      resources.push({
        name: d.plural,
        singularName: d.singular,
        namespaced: d.namespaced,
        kind: d.kind,
        verbs: d.verbs,
        ...(d.shortNames.length ? { shortNames: d.shortNames } : {}),
      });
      if (d.hasStatus) {
        resources.push({
          name: `${d.plural}/status`,
          singularName: '',
          namespaced: d.namespaced,
          kind: d.kind,
          verbs: ['get', 'patch', 'update'],
        });
      }
      for (const sub of d.subresources ?? []) {
        resources.push({
          name: `${d.plural}/${sub.name}`,
          singularName: '',
          namespaced: d.namespaced,
          ...(sub.group !== undefined ? { group: sub.group, version: sub.version } : {}),
          kind: sub.kind,
          verbs: sub.verbs,
        });
      }
    }
    return {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: apiVersionOf({ group, version }),
      resources,
    };
  }
}
