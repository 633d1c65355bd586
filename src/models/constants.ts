/** Names and labels from the OpenShift sandboxed containers documentation and operator. */

/** The label NFD (or an admin, by hand) puts on nodes that can run Kata (OSC docs › Checking node eligibility). */
export const KATA_RUNTIME_LABEL = 'feature.node.kubernetes.io/runtime.kata';
export const KATA_RUNTIME_LABEL_VALUE = 'true';

/** Node role the operator gives to Kata nodes (MachineConfigPool `kata-oc`). */
export const KATA_OC_ROLE_LABEL = 'node-role.kubernetes.io/kata-oc';
export const WORKER_ROLE_LABEL = 'node-role.kubernetes.io/worker';
export const MASTER_ROLE_LABEL = 'node-role.kubernetes.io/master';
export const CONTROL_PLANE_ROLE_LABEL = 'node-role.kubernetes.io/control-plane';
export const NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';

/** Labels NFD sets from CPUID flags. */
export const NFD_CPU_VMX_LABEL = 'feature.node.kubernetes.io/cpu-cpuid.VMX';
export const NFD_CPU_SVM_LABEL = 'feature.node.kubernetes.io/cpu-cpuid.SVM';
export const INSTANCE_TYPE_LABEL = 'node.kubernetes.io/instance-type';
export const OS_ID_LABEL = 'node.openshift.io/os_id';

export const KATA_RUNTIME_CLASS = 'kata';
export const KATA_REMOTE_RUNTIME_CLASS = 'kata-remote';
export const DEFAULT_KATACONFIG_NAME = 'example-kataconfig';
export const NFD_NAMESPACE = 'openshift-nfd';
export const DEFAULT_NFD_NAME = 'nfd-kata';
export const DEFAULT_NFD_IMAGE = 'quay.io/openshift/origin-node-feature-discovery:4.10';

/** CRI-O log levels accepted by `crio --log-level` (KataConfig spec.logLevel). */
export const CRIO_LOG_LEVELS = [
  'fatal',
  'panic',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
] as const;

/** Feature flags set by console.flag/model extensions (console-extensions.json). */
export const FLAG_KATACONFIG = 'SANDBOXED_CONTAINERS_KATACONFIG';
export const FLAG_NFD = 'SANDBOXED_CONTAINERS_NFD';
/** The cluster serves NodeFeatureRules of NFD 4.19+ / upstream (nfd.k8s-sigs.io/v1alpha1). */
export const FLAG_NFR_K8S_SIGS = 'SANDBOXED_CONTAINERS_NFR_K8S_SIGS';
/** The cluster serves NodeFeatureRules of OpenShift NFD 4.10–4.18 (nfd.openshift.io/v1alpha1). */
export const FLAG_NFR_OPENSHIFT = 'SANDBOXED_CONTAINERS_NFR_OPENSHIFT';
/** The cluster serves OLM's ClusterServiceVersions (the NFD operator's version is read from its CSV). */
export const FLAG_OLM = 'SANDBOXED_CONTAINERS_OLM';

/** Routes of the plugin's pages. */
const BASE_PATH = '/sandboxed-containers';
export const ROUTES = {
  overview: `${BASE_PATH}/overview`,
  workloads: `${BASE_PATH}/workloads`,
  nodes: `${BASE_PATH}/nodes`,
  install: `${BASE_PATH}/install`,
  kataConfig: `${BASE_PATH}/kataconfig`,
  runtimeClasses: `${BASE_PATH}/runtimeclasses`,
} as const;

/** The namespace the OpenShift sandboxed containers operator is installed in (its docs). */
export const OSC_NAMESPACE = 'openshift-sandboxed-containers-operator';
