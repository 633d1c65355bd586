/**
 * K8s model constants and TypeScript types for every kind the plugin touches.
 * Custom-resource types follow the real CRDs vendored in third_party/crds/ (checked by models.spec.ts).
 */
import type {
  K8sGroupVersionKind,
  K8sModel,
  K8sResourceCommon,
  Selector,
} from '@openshift-console/dynamic-plugin-sdk';

export type { K8sModel, K8sResourceCommon, Selector };

const gvk = (model: K8sModel): K8sGroupVersionKind => ({
  group: model.apiGroup,
  version: model.apiVersion,
  kind: model.kind,
});

// ---------------------------------------------------------------------------------------------
// Core kinds
// ---------------------------------------------------------------------------------------------

export const NodeModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Node',
  plural: 'nodes',
  abbr: 'N',
  label: 'Node',
  labelPlural: 'Nodes',
  namespaced: false,
};

type NodeCondition = {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
};

/** The parts of a Node the plugin reads. Everything is optional: API objects can be partial. */
export type NodeKind = K8sResourceCommon & {
  spec?: {
    providerID?: string;
    unschedulable?: boolean;
    taints?: { key: string; value?: string; effect: string }[];
  };
  status?: {
    capacity?: Record<string, string>;
    allocatable?: Record<string, string>;
    conditions?: NodeCondition[];
    nodeInfo?: {
      osImage?: string;
      kernelVersion?: string;
      containerRuntimeVersion?: string;
      kubeletVersion?: string;
      architecture?: string;
      operatingSystem?: string;
    };
  };
};

export const RuntimeClassModel: K8sModel = {
  apiGroup: 'node.k8s.io',
  apiVersion: 'v1',
  kind: 'RuntimeClass',
  plural: 'runtimeclasses',
  abbr: 'RC',
  label: 'RuntimeClass',
  labelPlural: 'RuntimeClasses',
  namespaced: false,
};

export type RuntimeClassKind = K8sResourceCommon & {
  handler?: string;
  overhead?: { podFixed?: Record<string, string> };
  scheduling?: {
    nodeSelector?: Record<string, string>;
    tolerations?: { key?: string; operator?: string; value?: string; effect?: string }[];
  };
};

const InfrastructureModel: K8sModel = {
  apiGroup: 'config.openshift.io',
  apiVersion: 'v1',
  kind: 'Infrastructure',
  plural: 'infrastructures',
  abbr: 'I',
  label: 'Infrastructure',
  labelPlural: 'Infrastructures',
  namespaced: false,
  crd: true,
};

/** `config.openshift.io/v1` Infrastructure (the singleton named `cluster`). */
export type InfrastructureKind = K8sResourceCommon & {
  spec?: { platformSpec?: { type?: string } };
  status?: {
    platform?: string;
    platformStatus?: { type?: string };
    controlPlaneTopology?: string;
    infrastructureTopology?: string;
  };
};

// ---------------------------------------------------------------------------------------------
// OpenShift sandboxed containers operator: kataconfiguration.openshift.io/v1 KataConfig
// ---------------------------------------------------------------------------------------------

export const KataConfigModel: K8sModel = {
  apiGroup: 'kataconfiguration.openshift.io',
  apiVersion: 'v1',
  kind: 'KataConfig',
  plural: 'kataconfigs',
  abbr: 'KC',
  label: 'KataConfig',
  labelPlural: 'KataConfigs',
  namespaced: false,
  crd: true,
};

export type KataConfigSpec = {
  /** Required by the CRD (defaulted to false). */
  checkNodeEligibility: boolean;
  kataConfigPoolSelector?: Selector | null;
  logLevel?: string;
  enablePeerPods?: boolean;
};

export type KataConfigCondition = {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  lastTransitionTime: string;
  reason: string;
  message: string;
};

export type KataNodesStatus = {
  nodeCount?: number;
  readyNodeCount?: number;
  installed?: string[];
  installing?: string[];
  waitingToInstall?: string[];
  failedToInstall?: string[];
  uninstalling?: string[];
  waitingToUninstall?: string[];
  failedToUninstall?: string[];
};

type KataConfigStatus = {
  runtimeClasses?: string[];
  kataNodes?: KataNodesStatus;
  conditions?: KataConfigCondition[];
  waitingForMcoToStart?: boolean;
};

export type KataConfigKind = K8sResourceCommon & {
  spec?: KataConfigSpec;
  status?: KataConfigStatus;
};

// ---------------------------------------------------------------------------------------------
// Node Feature Discovery operator
// ---------------------------------------------------------------------------------------------

export const NodeFeatureDiscoveryModel: K8sModel = {
  apiGroup: 'nfd.openshift.io',
  apiVersion: 'v1',
  kind: 'NodeFeatureDiscovery',
  plural: 'nodefeaturediscoveries',
  abbr: 'NFD',
  label: 'NodeFeatureDiscovery',
  labelPlural: 'NodeFeatureDiscoveries',
  namespaced: true,
  crd: true,
};

export type NodeFeatureDiscoveryKind = K8sResourceCommon & {
  spec?: {
    operand?: {
      image?: string;
      imagePullPolicy?: string;
      servicePort?: number;
    };
    workerConfig?: { configData?: string };
    instance?: string;
    extraLabelNs?: string[];
    labelWhiteList?: string;
  };
  status?: {
    conditions?: { type: string; status: string; reason?: string; message?: string }[];
  };
};

/** NodeFeatureRule is served in one group or the other, with the same schema (support.ts). */
const nodeFeatureRuleModel = (apiGroup: string): K8sModel => ({
  apiGroup,
  apiVersion: 'v1alpha1',
  kind: 'NodeFeatureRule',
  plural: 'nodefeaturerules',
  abbr: 'NFR',
  label: 'NodeFeatureRule',
  labelPlural: 'NodeFeatureRules',
  namespaced: true,
  crd: true,
});

/** The group of upstream NFD and OpenShift NFD 4.19+. */
export const NodeFeatureRuleModel = nodeFeatureRuleModel('nfd.k8s-sigs.io');
/** The group OpenShift NFD 4.10 to 4.18 reads. */
export const NodeFeatureRuleOpenShiftModel = nodeFeatureRuleModel('nfd.openshift.io');

export type FeatureMatcherTerm = {
  feature: string;
  matchExpressions?: Record<string, { op: string; value?: string[] }>;
  matchName?: { op: string; value?: string[] };
};

export type NodeFeatureRuleKind = K8sResourceCommon & {
  spec?: {
    rules?: {
      name: string;
      labels?: Record<string, string>;
      matchFeatures?: FeatureMatcherTerm[];
      matchAny?: { matchFeatures: FeatureMatcherTerm[] }[];
    }[];
  };
};

// ---------------------------------------------------------------------------------------------
// Group/version/kind references for useK8sWatchResource(s)
// ---------------------------------------------------------------------------------------------

export const NodeGVK = gvk(NodeModel);
export const RuntimeClassGVK = gvk(RuntimeClassModel);
export const InfrastructureGVK = gvk(InfrastructureModel);
export const KataConfigGVK = gvk(KataConfigModel);
export const NodeFeatureDiscoveryGVK = gvk(NodeFeatureDiscoveryModel);
export const NodeFeatureRuleGVK = gvk(NodeFeatureRuleModel);
export const NodeFeatureRuleOpenShiftGVK = gvk(NodeFeatureRuleOpenShiftModel);
