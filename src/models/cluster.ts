/**
 * Kinds the install, rollout and uninstall views read besides the operators' own resources: the
 * MachineConfig operator's pools, the NFD operator's ClusterServiceVersion and its older
 * NodeFeatureRule group, and the core kinds that explain a stuck rollout (Pods, PodDisruptionBudgets)
 * or peer pods' configuration (ConfigMap, Secret). Only the fields the plugin reads are typed;
 * MachineConfigPool follows third_party/crds (models.spec.ts checks it).
 */
import type {
  K8sGroupVersionKind,
  K8sModel,
  K8sResourceCommon,
  Selector,
} from '@openshift-console/dynamic-plugin-sdk';

const gvk = (model: K8sModel): K8sGroupVersionKind => ({
  group: model.apiGroup,
  version: model.apiVersion,
  kind: model.kind,
});

// ---------------------------------------------------------------------------------------------
// MachineConfig operator: machineconfiguration.openshift.io/v1 MachineConfigPool
// ---------------------------------------------------------------------------------------------

const MachineConfigPoolModel: K8sModel = {
  apiGroup: 'machineconfiguration.openshift.io',
  apiVersion: 'v1',
  kind: 'MachineConfigPool',
  plural: 'machineconfigpools',
  abbr: 'MCP',
  label: 'MachineConfigPool',
  labelPlural: 'MachineConfigPools',
  namespaced: false,
  crd: true,
};

type MachineConfigPoolCondition = {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
};

export type MachineConfigPoolKind = K8sResourceCommon & {
  spec?: {
    configuration?: { name?: string };
    machineConfigSelector?: Selector;
    nodeSelector?: Selector;
    maxUnavailable?: number | string;
    paused?: boolean;
  };
  status?: {
    configuration?: { name?: string };
    machineCount?: number;
    updatedMachineCount?: number;
    readyMachineCount?: number;
    unavailableMachineCount?: number;
    degradedMachineCount?: number;
    observedGeneration?: number;
    conditions?: MachineConfigPoolCondition[];
  };
};

/**
 * Node annotations of the Machine Config Daemon and the drain controller
 * (machine-config-operator pkg/daemon/constants/constants.go).
 */
export const MCO_ANNOTATIONS = {
  currentConfig: 'machineconfiguration.openshift.io/currentConfig',
  desiredConfig: 'machineconfiguration.openshift.io/desiredConfig',
  state: 'machineconfiguration.openshift.io/state',
  reason: 'machineconfiguration.openshift.io/reason',
  desiredDrain: 'machineconfiguration.openshift.io/desiredDrain',
  lastAppliedDrain: 'machineconfiguration.openshift.io/lastAppliedDrain',
} as const;

// ---------------------------------------------------------------------------------------------
// OLM: operators.coreos.com/v1alpha1 ClusterServiceVersion (the NFD operator's version)
// ---------------------------------------------------------------------------------------------

const ClusterServiceVersionModel: K8sModel = {
  apiGroup: 'operators.coreos.com',
  apiVersion: 'v1alpha1',
  kind: 'ClusterServiceVersion',
  plural: 'clusterserviceversions',
  abbr: 'CSV',
  label: 'ClusterServiceVersion',
  labelPlural: 'ClusterServiceVersions',
  namespaced: true,
  crd: true,
};

export type ClusterServiceVersionKind = K8sResourceCommon & {
  spec?: {
    version?: string;
    displayName?: string;
    customresourcedefinitions?: { owned?: { name: string }[] };
    install?: {
      spec?: {
        deployments?: {
          name?: string;
          spec?: {
            template?: {
              spec?: { containers?: { name?: string; env?: { name: string; value?: string }[] }[] };
            };
          };
        }[];
      };
    };
  };
  status?: { phase?: string };
};

// ---------------------------------------------------------------------------------------------
// Core kinds
// ---------------------------------------------------------------------------------------------

const PodModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Pod',
  plural: 'pods',
  abbr: 'P',
  label: 'Pod',
  labelPlural: 'Pods',
  namespaced: true,
};

export type PodKind = K8sResourceCommon & {
  spec?: { nodeName?: string; runtimeClassName?: string };
  status?: { phase?: string };
};

const PodDisruptionBudgetModel: K8sModel = {
  apiGroup: 'policy',
  apiVersion: 'v1',
  kind: 'PodDisruptionBudget',
  plural: 'poddisruptionbudgets',
  abbr: 'PDB',
  label: 'PodDisruptionBudget',
  labelPlural: 'PodDisruptionBudgets',
  namespaced: true,
};

export type PodDisruptionBudgetKind = K8sResourceCommon & {
  spec?: { selector?: Selector; minAvailable?: number | string; maxUnavailable?: number | string };
  status?: {
    disruptionsAllowed?: number;
    currentHealthy?: number;
    desiredHealthy?: number;
    expectedPods?: number;
  };
};

const ConfigMapModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  plural: 'configmaps',
  abbr: 'CM',
  label: 'ConfigMap',
  labelPlural: 'ConfigMaps',
  namespaced: true,
};

export type ConfigMapKind = K8sResourceCommon & { data?: Record<string, string> };

const SecretModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Secret',
  plural: 'secrets',
  abbr: 'S',
  label: 'Secret',
  labelPlural: 'Secrets',
  namespaced: true,
};

/** Only the keys of a Secret's data are ever read (never the values). */
export type SecretKind = K8sResourceCommon & { data?: Record<string, string> };

export const MachineConfigPoolGVK = gvk(MachineConfigPoolModel);
export const ClusterServiceVersionGVK = gvk(ClusterServiceVersionModel);
export const PodGVK = gvk(PodModel);
export const PodDisruptionBudgetGVK = gvk(PodDisruptionBudgetModel);
export const ConfigMapGVK = gvk(ConfigMapModel);
export const SecretGVK = gvk(SecretModel);
