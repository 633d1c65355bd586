/**
 * Pods and the workload controllers "Run in Kata" acts on (core v1, apps/v1, batch/v1): model
 * constants and the parts of each object the plugin reads. Everything is optional: API objects can
 * be partial, and a malformed object must not break a page.
 */
import type {
  K8sGroupVersionKind,
  K8sModel,
  K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';

export type ResourceList = Record<string, string | undefined>;

type ResourceRequirements = { requests?: ResourceList; limits?: ResourceList };

export type ContainerSpec = {
  name: string;
  image?: string;
  resources?: ResourceRequirements;
  /** An init container that keeps running beside the app containers (Kubernetes 1.29+). */
  restartPolicy?: string;
};

export type Toleration = {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
};

export type NodeSelectorRequirement = { key: string; operator: string; values?: string[] };

export type PodSpec = {
  containers?: ContainerSpec[];
  initContainers?: ContainerSpec[];
  nodeName?: string;
  nodeSelector?: Record<string, string>;
  tolerations?: Toleration[];
  affinity?: {
    nodeAffinity?: {
      requiredDuringSchedulingIgnoredDuringExecution?: {
        nodeSelectorTerms?: { matchExpressions?: NodeSelectorRequirement[] }[];
      };
    };
  };
  runtimeClassName?: string;
  /** Set by the RuntimeClass admission plugin from the class's overhead.podFixed. */
  overhead?: ResourceList;
  restartPolicy?: string;
};

type PodTemplateSpec = {
  metadata?: K8sResourceCommon['metadata'];
  spec?: PodSpec;
};

export type PodKind = K8sResourceCommon & {
  spec?: PodSpec;
  status?: {
    phase?: string;
    reason?: string;
    conditions?: { type: string; status: string; reason?: string; message?: string }[];
    containerStatuses?: {
      name: string;
      ready?: boolean;
      restartCount?: number;
      state?: Record<string, { reason?: string; message?: string } | undefined>;
    }[];
  };
};

type Strategy = { type?: string; rollingUpdate?: Record<string, unknown> };

/** Deployment, StatefulSet, DaemonSet or Job: the parts "Run in Kata" reads. */
export type WorkloadKind = K8sResourceCommon & {
  spec?: {
    replicas?: number;
    /** Job */
    parallelism?: number;
    completions?: number;
    suspend?: boolean;
    selector?: { matchLabels?: Record<string, string> };
    template?: PodTemplateSpec;
    /** Deployment */
    strategy?: Strategy;
    /** StatefulSet, DaemonSet */
    updateStrategy?: Strategy;
  };
  status?: {
    replicas?: number;
    readyReplicas?: number;
    /** DaemonSet */
    desiredNumberScheduled?: number;
    /** Job */
    active?: number;
    succeeded?: number;
  };
};

const model = (
  apiGroup: string | undefined,
  kind: string,
  plural: string,
  abbr: string,
): K8sModel => ({
  ...(apiGroup ? { apiGroup } : {}),
  apiVersion: 'v1',
  kind,
  plural,
  abbr,
  label: kind,
  labelPlural: `${kind}s`,
  namespaced: true,
});

export const PodModel = model(undefined, 'Pod', 'pods', 'P');
export const DeploymentModel = model('apps', 'Deployment', 'deployments', 'D');
const StatefulSetModel = model('apps', 'StatefulSet', 'statefulsets', 'SS');
const DaemonSetModel = model('apps', 'DaemonSet', 'daemonsets', 'DS');
const JobModel = model('batch', 'Job', 'jobs', 'J');

/** The kinds "Run in Kata" is offered on, in the order the console lists workloads. */
export const RUN_IN_KATA_MODELS: readonly K8sModel[] = [
  DeploymentModel,
  StatefulSetModel,
  DaemonSetModel,
  JobModel,
];

const gvkOf = (m: K8sModel): K8sGroupVersionKind => ({
  ...(m.apiGroup ? { group: m.apiGroup } : {}),
  version: m.apiVersion,
  kind: m.kind,
});

export const PodGVK = gvkOf(PodModel);

/** The core Namespace kind, for links to a namespace's page. */
export const NamespaceGVK: K8sGroupVersionKind = { version: 'v1', kind: 'Namespace' };
