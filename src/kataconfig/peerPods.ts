/**
 * What the operator needs before `enablePeerPods` can work, from its code
 * (sandboxed-containers-operator controllers/image_generator.go validatePeerPodsConfigs,
 * controllers/utils.go getCloudProviderFromInfra, controllers/credentials_controller.go): the cloud
 * provider comes from the Infrastructure platform (`None` is libvirt); the ConfigMap `peer-pods-cm`
 * and the Secret `peer-pods-secret` in the operator's namespace must hold the provider's keys with
 * non-empty values. On AWS and Azure the operator asks the cloud credential operator for the
 * Secret when none exists. Pure; only the Secret's keys are read, never its values.
 */
import type { ConfigMapKind, SecretKind } from '../models/cluster';

export const OSC_NAMESPACE = 'openshift-sandboxed-containers-operator';
export const PEER_PODS_CONFIGMAP = 'peer-pods-cm';
export const PEER_PODS_SECRET = 'peer-pods-secret';

export type PeerPodsProvider = 'aws' | 'azure' | 'libvirt';

const REQUIRED: Record<PeerPodsProvider, { configMap: string[]; secret: string[] }> = {
  aws: {
    configMap: ['AWS_REGION', 'AWS_SUBNET_ID', 'AWS_VPC_ID', 'AWS_SG_IDS', 'CLOUD_PROVIDER'],
    secret: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
  },
  azure: {
    configMap: ['AZURE_RESOURCE_GROUP', 'AZURE_REGION', 'CLOUD_PROVIDER'],
    secret: ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_SUBSCRIPTION_ID'],
  },
  libvirt: {
    configMap: ['CLOUD_PROVIDER'],
    secret: ['CLOUD_PROVIDER', 'LIBVIRT_URI', 'LIBVIRT_POOL', 'LIBVIRT_VOL_NAME'],
  },
};

export const peerPodsProvider = (platform: string | undefined): PeerPodsProvider | undefined => {
  const p = platform?.toLowerCase();
  if (p === 'aws' || p === 'azure') return p;
  return p === 'none' ? 'libvirt' : undefined;
};

export type PeerPodsIssue =
  | { kind: 'provider-unsupported'; platform?: string }
  | { kind: 'configmap-missing'; keys: string[] }
  | { kind: 'configmap-keys'; keys: string[] }
  /** `fromCloudCredentials`: the operator requests it from the cloud credential operator. */
  | { kind: 'secret-missing'; keys: string[]; fromCloudCredentials: boolean }
  | { kind: 'secret-keys'; keys: string[] };

export type PeerPodsInput = {
  platform?: string;
  /** undefined: not known (loading or not readable); null: it does not exist. */
  configMap?: ConfigMapKind | null;
  secret?: SecretKind | null;
};

/** Keys that are absent or empty (a Secret's data is base64: empty stays empty). */
const missingKeys = (data: Record<string, string> | undefined, keys: readonly string[]) =>
  keys.filter((k) => !data?.[k]);

/** What is missing for peer pods; [] when everything the operator checks is there (or unknown). */
export const peerPodsIssues = ({ platform, configMap, secret }: PeerPodsInput): PeerPodsIssue[] => {
  const provider = peerPodsProvider(platform);
  if (!provider) return [{ kind: 'provider-unsupported', ...(platform ? { platform } : {}) }];
  const need = REQUIRED[provider];
  const issues: PeerPodsIssue[] = [];
  if (configMap === null) issues.push({ kind: 'configmap-missing', keys: need.configMap });
  else if (configMap) {
    const keys = missingKeys(configMap.data, need.configMap);
    if (keys.length > 0) issues.push({ kind: 'configmap-keys', keys });
  }
  if (secret === null) {
    issues.push({
      kind: 'secret-missing',
      keys: need.secret,
      fromCloudCredentials: provider !== 'libvirt',
    });
  } else if (secret) {
    const keys = missingKeys(secret.data, need.secret);
    if (keys.length > 0) issues.push({ kind: 'secret-keys', keys });
  }
  return issues;
};
