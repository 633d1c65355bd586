/**
 * What the cluster's Node Feature Discovery can read, from its operator's ClusterServiceVersion and
 * the NodeFeatureRule APIs the cluster serves. Pure.
 *
 * Facts, from the operators' code:
 * - Legacy `sources.custom[].matchOn` rules (the form of nfd.yaml in "Checking whether cluster nodes
 *   are eligible to run OpenShift sandboxed containers") are read by OpenShift NFD up to 4.14 and
 *   upstream NFD before v0.16; later operands ignore them (node-feature-discovery commit 7d1df8730,
 *   "source/custom: drop support for the legacy rule format").
 * - NodeFeatureRules are read from `nfd.openshift.io/v1alpha1` by OpenShift NFD 4.10 to 4.18 and from
 *   `nfd.k8s-sigs.io/v1alpha1` from 4.19 and by upstream NFD (the operand's
 *   pkg/apis/nfd/v1alpha1/register.go on each release branch).
 * - A NodeFeatureDiscovery without `spec.operand.image` runs the operator's own operand from
 *   NFD 4.17 (internal/controllers/nodefeaturediscovery_reconciler.go); earlier operators need it set.
 */
import type { ClusterServiceVersionKind } from '../models/cluster';

export type RuleApi = 'nfd.k8s-sigs.io' | 'nfd.openshift.io';

export type NfdVersion = { major: number; minor: number };

/** The CRD the NFD operator owns: how its ClusterServiceVersion is recognised. */
const NFD_CRD = 'nodefeaturediscoveries.nfd.openshift.io';
/** The operand image the operator runs when a NodeFeatureDiscovery names none. */
const OPERAND_IMAGE_ENV = 'NODE_FEATURE_DISCOVERY_IMAGE';

/** `4.16.0-202410011135` → 4.16; `v0.16.3` → 0.16; anything else → undefined. */
export const parseNfdVersion = (value: string | undefined): NfdVersion | undefined => {
  const m = value === undefined ? null : /^v?(\d+)\.(\d+)(?:[.-]|$)/.exec(value);
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
};

/** The version an operand image's tag names (`…:4.10`, `…:v4.16`), undefined for a digest or none. */
export const operandImageVersion = (image: string | undefined): NfdVersion | undefined => {
  if (!image) return undefined;
  const withoutDigest = image.split('@')[0];
  const tag = /:([^:/]+)$/.exec(withoutDigest)?.[1];
  return parseNfdVersion(tag);
};

const isOpenShiftNfd = (v: NfdVersion) => v.major >= 4;

/** The operand of this version still reads legacy `matchOn` rules. */
export const readsLegacyRules = (v: NfdVersion): boolean =>
  isOpenShiftNfd(v) ? v.major === 4 && v.minor < 15 : v.minor < 16;

/** The NodeFeatureRule API an operand of this version reads, if any. */
export const ruleApiOf = (v: NfdVersion): RuleApi | undefined => {
  if (!isOpenShiftNfd(v)) return v.minor >= 10 ? 'nfd.k8s-sigs.io' : undefined;
  if (v.major > 4 || v.minor >= 19) return 'nfd.k8s-sigs.io';
  return v.minor >= 10 ? 'nfd.openshift.io' : undefined;
};

/** The operator needs `spec.operand.image` (OpenShift NFD before 4.17). */
const needsOperandImage = (v: NfdVersion): boolean =>
  isOpenShiftNfd(v) && v.major === 4 && v.minor < 17;

export type NfdOperator = {
  name: string;
  namespace: string;
  version?: NfdVersion;
  /** The operand image the operator deploys by default. */
  operandImage?: string;
};

/** The NFD operator's ClusterServiceVersion among `csvs` (the succeeded one when there are several). */
export const nfdOperatorOf = (
  csvs: readonly ClusterServiceVersionKind[],
): NfdOperator | undefined => {
  const owners = csvs.filter((csv) =>
    (csv.spec?.customresourcedefinitions?.owned ?? []).some((crd) => crd.name === NFD_CRD),
  );
  const csv = owners.find((c) => c.status?.phase === 'Succeeded') ?? owners.at(0);
  if (!csv) return undefined;
  const env = (csv.spec?.install?.spec?.deployments ?? [])
    .flatMap((d) => d.spec?.template?.spec?.containers ?? [])
    .flatMap((c) => c.env ?? []);
  const operandImage = env.find((e) => e.name === OPERAND_IMAGE_ENV)?.value;
  return {
    name: csv.metadata?.name ?? '',
    namespace: csv.metadata?.namespace ?? '',
    version: parseNfdVersion(csv.spec?.version),
    ...(operandImage ? { operandImage } : {}),
  };
};

export type NfdSupportInput = {
  /** ClusterServiceVersions where the NFD operator may be; undefined when they could not be read. */
  csvs?: readonly ClusterServiceVersionKind[];
  /** Whether the cluster serves each NodeFeatureRule API; undefined while discovery is unknown. */
  ruleApis: Partial<Record<RuleApi, boolean>>;
};

export type NfdSupport = {
  operator?: NfdOperator;
  /** The NodeFeatureRule API the operator's operand reads; undefined when none or unknown. */
  ruleApi?: RuleApi;
  /** The operator's own operand reads legacy `matchOn` rules; undefined when unknown. */
  legacyRules?: boolean;
  /** A new NodeFeatureDiscovery must name its operand image; undefined when unknown. */
  operandImageRequired?: boolean;
  /** Still finding out (discovery of the NodeFeatureRule APIs not known yet). */
  pending: boolean;
};

/**
 * What the cluster's NFD supports. The ClusterServiceVersion's version decides when it is known;
 * without it the NodeFeatureRule APIs served say what they can: `nfd.k8s-sigs.io` is served from
 * OpenShift NFD 4.19 (which no longer reads legacy rules or needs an operand image), only
 * `nfd.openshift.io` means 4.10 to 4.18 (legacy rules and the image depend on the exact version).
 */
export const nfdSupport = (input: NfdSupportInput): NfdSupport => {
  const operator = input.csvs ? nfdOperatorOf(input.csvs) : undefined;
  const served = (api: RuleApi) => input.ruleApis[api];
  const version = operator?.version;
  if (version) {
    const api = ruleApiOf(version);
    return {
      operator,
      // An operand that reads an API the cluster does not serve cannot use it.
      ruleApi: api !== undefined && served(api) !== false ? api : undefined,
      legacyRules: readsLegacyRules(version),
      operandImageRequired: needsOperandImage(version),
      pending: false,
    };
  }
  const k8sSigs = served('nfd.k8s-sigs.io');
  const openshift = served('nfd.openshift.io');
  if (k8sSigs === true) {
    return {
      ...(operator ? { operator } : {}),
      ruleApi: 'nfd.k8s-sigs.io',
      legacyRules: false,
      operandImageRequired: false,
      pending: false,
    };
  }
  if (k8sSigs === undefined || openshift === undefined) {
    return { ...(operator ? { operator } : {}), pending: true };
  }
  return {
    ...(operator ? { operator } : {}),
    ruleApi: openshift ? 'nfd.openshift.io' : undefined,
    // Without either API the operator predates 4.10: only legacy rules exist.
    legacyRules: openshift ? undefined : true,
    operandImageRequired: true,
    pending: false,
  };
};

/**
 * The operand a NodeFeatureDiscovery runs: its own image when it names one, else the operator's;
 * with the version that image's tag names (or the operator's version for the operator's image).
 */
export const effectiveOperand = (
  image: string | undefined,
  support: NfdSupport,
): { image?: string; version?: NfdVersion } => {
  if (image) return { image, version: operandImageVersion(image) };
  const operator = support.operator;
  return {
    ...(operator?.operandImage ? { image: operator.operandImage } : {}),
    ...(operator?.version ? { version: operator.version } : {}),
  };
};
