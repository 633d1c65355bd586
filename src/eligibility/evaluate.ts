/**
 * Node eligibility for OpenShift sandboxed containers (OSC docs › Prerequisites, › Checking node eligibility; see docs/REFERENCES.md): a Node plus the
 * cluster context -> a verdict with one result per check. Pure and total: any JSON, however partial
 * or malformed, yields an evaluation; nothing here throws, compiles a regex or clones an object.
 */
import * as C from '../models/constants';
import type { KataConfigKind, KataConfigSpec, NodeKind } from '../models';
import { parseQuantity } from '../overhead/quantity';
import { kataStateIndex } from './kataState';
import { matchesSelector } from './selector';
import type {
  CheckResult,
  ClusterEvaluation,
  EligibilityContext,
  Evidence,
  NodeEvaluation,
  Verdict,
} from './types';

// Module-level copies: bundlers turn imported bindings into getters, which add up over 5,000 nodes.
const CONTROL_PLANE_ROLE_LABEL = C.CONTROL_PLANE_ROLE_LABEL;
const INSTANCE_TYPE_LABEL = C.INSTANCE_TYPE_LABEL;
const KATA_RUNTIME_LABEL = C.KATA_RUNTIME_LABEL;
const KATA_RUNTIME_LABEL_VALUE = C.KATA_RUNTIME_LABEL_VALUE;
const MASTER_ROLE_LABEL = C.MASTER_ROLE_LABEL;
const NFD_CPU_SVM_LABEL = C.NFD_CPU_SVM_LABEL;
const NFD_CPU_VMX_LABEL = C.NFD_CPU_VMX_LABEL;
const NODE_ROLE_PREFIX = C.NODE_ROLE_PREFIX;
const OS_ID_LABEL = C.OS_ID_LABEL;
const WORKER_ROLE_LABEL = C.WORKER_ROLE_LABEL;

const MI = 1024 * 1024;
/** Memory given to each Kata VM by default (OSC docs › Resource requirements). */
export const DEFAULT_VM_MEMORY_BYTES = 2048 * MI;
/** Pod overhead the operator puts on the `kata` RuntimeClass today (third_party/crds/KATACONFIG-STATUS.md). */
export const DEFAULT_POD_OVERHEAD_MEMORY_BYTES = 350 * MI;

/** Prefix NFD uses for CPUID labels; any such label means NFD has labelled the node. */
const NFD_CPUID_PREFIX = 'feature.node.kubernetes.io/cpu-cpuid.';

type Labels = Record<string, unknown>;
const NO_LABELS: Labels = Object.freeze({});

// Built-ins captured once: in a sandboxed global (jest's vm context, some hosts) every global
// look-up of `Array`/`Object` is slow, and these run several times per node.
const isArray = Array.isArray;
const objectKeys = Object.keys;
const objectHasOwn = Object.hasOwn;
const isFiniteNumber = Number.isFinite;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !isArray(v);

const hasOwn = (o: object, key: string): boolean => objectHasOwn(o, key);

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const labelsOf = (node: unknown): Labels => {
  const labels: unknown = isRecord(node) && isRecord(node.metadata) ? node.metadata.labels : null;
  return isRecord(labels) ? labels : NO_LABELS;
};

const label = (labels: Labels, key: string): string | undefined =>
  hasOwn(labels, key) ? str(labels[key]) : undefined;

const field = (obj: unknown, key: string): unknown => (isRecord(obj) ? obj[key] : undefined);

/**
 * Label evidence is interned: the labels we cite (roles, OS, CPU flags, instance types) take few
 * values, so 5,000 nodes share a handful of frozen objects instead of allocating tens of thousands.
 */
const labelEvidenceCache = new Map<string, Map<string, Evidence>>();
const labelEvidence = (key: string, value: string): Evidence => {
  let byValue = labelEvidenceCache.get(key);
  if (byValue === undefined) {
    byValue = new Map();
    labelEvidenceCache.set(key, byValue);
  }
  let evidence = byValue.get(value);
  if (evidence === undefined) {
    evidence = Object.freeze<Evidence>({ source: 'label', key, value });
    // Bounded: an odd label with many values stops being interned rather than growing the cache.
    if (byValue.size < 256) byValue.set(value, evidence);
  }
  return evidence;
};
const fieldEvidence = (key: string, value?: string): Evidence =>
  value === undefined ? { source: 'field', key } : { source: 'field', key, value };

/** Bounded memo of single-argument results keyed by a string (nodes of one type share values). */
const boundedCache = <V>(limit: number) => {
  const map = new Map<string, V>();
  return {
    get: (key: string) => map.get(key),
    set: (key: string, value: V) => {
      if (map.size >= limit) map.clear();
      map.set(key, value);
    },
    clear: () => {
      map.clear();
    },
  };
};

/** The node's name, or '' when it has none. */
export const nodeNameOf = (node: unknown): string =>
  str(field(field(node, 'metadata'), 'name')) ?? '';

/** Role names from `node-role.kubernetes.io/<role>` labels, e.g. ['master', 'worker']. */
export const rolesOf = (node: unknown): string[] => {
  const labels = labelsOf(node);
  const roles: string[] = [];
  for (const key of objectKeys(labels)) {
    if (key.startsWith(NODE_ROLE_PREFIX) && key.length > NODE_ROLE_PREFIX.length) {
      roles.push(key.slice(NODE_ROLE_PREFIX.length));
    }
  }
  return roles.sort();
};

export const isWorker = (node: unknown): boolean => hasOwn(labelsOf(node), WORKER_ROLE_LABEL);

export const isControlPlane = (node: unknown): boolean => {
  const labels = labelsOf(node);
  return hasOwn(labels, MASTER_ROLE_LABEL) || hasOwn(labels, CONTROL_PLANE_ROLE_LABEL);
};

const hasKataLabel = (labels: Labels): boolean =>
  label(labels, KATA_RUNTIME_LABEL) === KATA_RUNTIME_LABEL_VALUE;

const specOf = (kataConfig: unknown): Partial<KataConfigSpec> | undefined => {
  const spec = field(kataConfig, 'spec');
  return isRecord(spec) ? spec : undefined;
};

/**
 * Whether a KataConfig with this spec installs Kata on the node: a worker, selected by
 * `kataConfigPoolSelector` (unset = all workers) and, with `checkNodeEligibility: true`, labelled
 * `feature.node.kubernetes.io/runtime.kata=true` (OSC docs › Checking node eligibility).
 */
export const isKataTarget = (node: NodeKind, spec: KataConfigSpec): boolean => {
  const labels = labelsOf(node);
  if (!hasOwn(labels, WORKER_ROLE_LABEL)) return false;
  const s: unknown = spec;
  const selector = field(s, 'kataConfigPoolSelector');
  if (
    !matchesSelector(
      labels as Record<string, string>,
      selector as KataConfigSpec['kataConfigPoolSelector'],
    )
  ) {
    return false;
  }
  return field(s, 'checkNodeEligibility') !== true || hasKataLabel(labels);
};

// ---------------------------------------------------------------------------------------------
// Checks, in the order the page lists them
// ---------------------------------------------------------------------------------------------

/** Kata is installed on worker nodes only (OSC docs › Prerequisites); a control-plane node that is also a worker counts. */
const checkRole = (labels: Labels): CheckResult => {
  const evidence: Evidence[] = [];
  for (const key of [WORKER_ROLE_LABEL, MASTER_ROLE_LABEL, CONTROL_PLANE_ROLE_LABEL]) {
    if (hasOwn(labels, key)) evidence.push(labelEvidence(key, str(labels[key]) ?? ''));
  }
  if (hasOwn(labels, WORKER_ROLE_LABEL)) return { id: 'role', status: 'pass', evidence };
  return { id: 'role', status: 'fail', evidence, hint: 'not-worker' };
};

/** RHCOS workers only; RHEL nodes are not supported (OSC docs › Prerequisites, note). */
const osImageResults = boundedCache<CheckResult>(256);
const OS_ID_RHCOS: CheckResult = Object.freeze({
  id: 'os',
  status: 'pass',
  evidence: Object.freeze([labelEvidence(OS_ID_LABEL, 'rhcos')]) as Evidence[],
});
const OS_ID_RHEL: CheckResult = Object.freeze({
  id: 'os',
  status: 'fail',
  evidence: Object.freeze([labelEvidence(OS_ID_LABEL, 'rhel')]) as Evidence[],
  hint: 'rhel-not-supported',
});

const checkOs = (labels: Labels, node: unknown): CheckResult => {
  const osId = label(labels, OS_ID_LABEL);
  if (osId === 'rhcos') return OS_ID_RHCOS;
  if (osId === 'rhel') return OS_ID_RHEL;
  const osImage = str(field(field(field(node, 'status'), 'nodeInfo'), 'osImage'));
  if (osImage === undefined || osImage.trim() === '') {
    const evidence = osId === undefined ? [] : [labelEvidence(OS_ID_LABEL, osId)];
    return { id: 'os', status: 'unknown', evidence, hint: 'os-unreported' };
  }
  // Every node of a pool reports the same osImage: share one frozen result per value.
  const cached = osImageResults.get(osImage);
  if (cached) return cached;
  const result = Object.freeze(osImageCheck(osImage));
  osImageResults.set(osImage, result);
  return result;
};

const osImageCheck = (osImage: string): CheckResult => {
  const evidence = [fieldEvidence('status.nodeInfo.osImage', osImage)];
  const lower = osImage.toLowerCase();
  if (lower.includes('red hat enterprise linux coreos') || lower.includes('rhcos')) {
    return { id: 'os', status: 'pass', evidence };
  }
  if (lower.includes('red hat enterprise linux')) {
    return { id: 'os', status: 'fail', evidence, hint: 'rhel-not-supported' };
  }
  return { id: 'os', status: 'fail', evidence, hint: 'os-not-supported' };
};

type PlatformClass = 'bare-metal' | 'aws' | 'virtualized' | 'cloud';

/** Infrastructure platform types (lower case) -> what they mean for Kata. */
const PLATFORMS: ReadonlyMap<string, PlatformClass> = new Map<string, PlatformClass>([
  ['baremetal', 'bare-metal'],
  ['none', 'bare-metal'],
  ['aws', 'aws'],
  ['vsphere', 'virtualized'],
  ['openstack', 'virtualized'],
  ['kubevirt', 'virtualized'],
  ['ovirt', 'virtualized'],
  ['nutanix', 'virtualized'],
  ['gcp', 'cloud'],
  ['azure', 'cloud'],
  ['ibmcloud', 'cloud'],
  ['alibabacloud', 'cloud'],
  ['powervs', 'cloud'],
  ['equinixmetal', 'cloud'],
]);

/** `spec.providerID` schemes (the part before `://`) -> what they mean for Kata. */
const PROVIDER_SCHEMES: ReadonlyMap<string, PlatformClass> = new Map<string, PlatformClass>([
  ['baremetalhost', 'bare-metal'],
  ['metal3', 'bare-metal'],
  ['aws', 'aws'],
  ['vsphere', 'virtualized'],
  ['openstack', 'virtualized'],
  ['kubevirt', 'virtualized'],
  ['ovirt', 'virtualized'],
  ['nutanix', 'virtualized'],
  ['gce', 'cloud'],
  ['azure', 'cloud'],
  ['ibm', 'cloud'],
  ['ibmcloud', 'cloud'],
  ['alicloud', 'cloud'],
  ['ibmpowervs', 'cloud'],
  ['equinixmetal', 'cloud'],
  ['packet', 'cloud'],
]);

let lastPlatformEvidence: Evidence | undefined;
/** One Evidence object per platform value (it is the same for every node of the cluster). */
const platformEvidence = (platform: string): Evidence => {
  if (lastPlatformEvidence?.value !== platform) {
    lastPlatformEvidence = Object.freeze(
      fieldEvidence('Infrastructure status.platformStatus.type', platform),
    );
  }
  return lastPlatformEvidence;
};

const schemeOf = (providerID: string): string | undefined => {
  const i = providerID.indexOf('://');
  return i > 0 ? providerID.slice(0, i).toLowerCase() : undefined;
};

/**
 * On-premise bare metal or an AWS bare-metal (`*.metal`) instance; anything virtualized is nested
 * virtualization, and other clouds' bare-metal instances are not supported (OSC docs › Prerequisites).
 * The node's own providerID wins over the cluster-wide platform when it says more.
 */
const checkPlatform = (
  labels: Labels,
  node: unknown,
  platform: string | undefined,
): CheckResult => {
  const providerID = str(field(field(node, 'spec'), 'providerID'));
  const scheme = providerID === undefined ? undefined : schemeOf(providerID);
  const byProvider = scheme === undefined ? undefined : PROVIDER_SCHEMES.get(scheme);
  const byPlatform = platform === undefined ? undefined : PLATFORMS.get(platform.toLowerCase());
  const cls = byProvider ?? byPlatform;
  const evidence: Evidence[] = [];
  if (platform !== undefined) evidence.push(platformEvidence(platform));
  if (providerID !== undefined) evidence.push(fieldEvidence('spec.providerID', providerID));
  switch (cls) {
    case 'bare-metal':
      return { id: 'platform', status: 'pass', evidence };
    case 'aws': {
      const instanceType = label(labels, INSTANCE_TYPE_LABEL);
      if (instanceType === undefined) {
        return { id: 'platform', status: 'unknown', evidence, hint: 'platform-unreported' };
      }
      evidence.push(labelEvidence(INSTANCE_TYPE_LABEL, instanceType));
      if (instanceType.endsWith('.metal')) return { id: 'platform', status: 'pass', evidence };
      return { id: 'platform', status: 'fail', evidence, hint: 'aws-not-metal' };
    }
    case 'virtualized':
      return { id: 'platform', status: 'fail', evidence, hint: 'nested-virtualization' };
    case 'cloud':
      return { id: 'platform', status: 'fail', evidence, hint: 'cloud-not-supported' };
    case undefined:
      return { id: 'platform', status: 'unknown', evidence, hint: 'platform-unreported' };
  }
};

const hasNfdCpuLabels = (labels: Labels): boolean => {
  for (const key of objectKeys(labels)) {
    if (key.startsWith(NFD_CPUID_PREFIX)) return true;
  }
  return false;
};

/**
 * Hardware virtualization (Intel VMX or AMD SVM), as NFD reports it; the
 * `runtime.kata=true` label means the documented NFD rule matched (OSC docs › Checking node eligibility), or an administrator
 * vouched for the node. Without NFD labels we cannot tell: unknown, not fail.
 */
const checkVirtualization = (labels: Labels, ctx: EligibilityContext): CheckResult => {
  const evidence: Evidence[] = [];
  const vmx = label(labels, NFD_CPU_VMX_LABEL);
  const svm = label(labels, NFD_CPU_SVM_LABEL);
  if (vmx !== undefined) evidence.push(labelEvidence(NFD_CPU_VMX_LABEL, vmx));
  if (svm !== undefined) evidence.push(labelEvidence(NFD_CPU_SVM_LABEL, svm));
  const kata = label(labels, KATA_RUNTIME_LABEL);
  if (kata !== undefined) evidence.push(labelEvidence(KATA_RUNTIME_LABEL, kata));
  if (vmx === 'true' || svm === 'true') {
    // The documented rule needs the kvm modules too (kvm + kvm_intel / kvm_amd): when that rule is
    // deployed and did not label this node, the modules are not loaded.
    if (kata !== KATA_RUNTIME_LABEL_VALUE && ctx.nfdKataRule === true) {
      return { id: 'virtualization', status: 'fail', evidence, hint: 'kvm-not-loaded' };
    }
    return { id: 'virtualization', status: 'pass', evidence };
  }
  if (kata === KATA_RUNTIME_LABEL_VALUE) {
    // NFD's rule sets the label only when VMX/SVM is present, so without a CPU flag the label was
    // applied by hand (the documentation allows it for nodes known to be eligible): trust it, say so.
    return { id: 'virtualization', status: 'pass', evidence, hint: 'manual-label-trusted' };
  }
  if (hasNfdCpuLabels(labels)) {
    return { id: 'virtualization', status: 'fail', evidence, hint: 'no-hardware-virtualization' };
  }
  let hint: CheckResult['hint'] = 'wait-for-nfd';
  if (!ctx.nfdInstalled) hint = 'install-nfd';
  else if (ctx.nfdPresent === false) hint = 'create-nfd';
  return { id: 'virtualization', status: 'unknown', evidence, hint };
};

const CHECK_ELIGIBILITY_TRUE = Object.freeze(
  fieldEvidence('KataConfig spec.checkNodeEligibility', 'true'),
);
const CHECK_ELIGIBILITY_FALSE = Object.freeze(
  fieldEvidence('KataConfig spec.checkNodeEligibility', 'false'),
);

/**
 * What `checkNodeEligibility` makes of the `runtime.kata=true` label (OSC docs › Checking node eligibility): with `true`
 * it is required; with `false` every worker is a target, eligible or not.
 */
const checkLabel = (labels: Labels, kataConfig: KataConfigKind | undefined): CheckResult => {
  const value = label(labels, KATA_RUNTIME_LABEL);
  const evidence = value === undefined ? [] : [labelEvidence(KATA_RUNTIME_LABEL, value)];
  const spec = specOf(kataConfig);
  const check = spec?.checkNodeEligibility;
  if (spec !== undefined)
    evidence.push(check === true ? CHECK_ELIGIBILITY_TRUE : CHECK_ELIGIBILITY_FALSE);
  if (spec !== undefined && check !== true) {
    return { id: 'label', status: 'pass', evidence, hint: 'all-workers-targeted' };
  }
  if (value === KATA_RUNTIME_LABEL_VALUE) return { id: 'label', status: 'pass', evidence };
  if (spec === undefined) {
    return { id: 'label', status: 'not-applicable', evidence, hint: 'label-not-required-yet' };
  }
  return { id: 'label', status: 'fail', evidence, hint: 'apply-kata-label' };
};

// Results that do not depend on the node are shared (frozen) to spare 5,000 allocations each.
const READY_PASS: CheckResult = Object.freeze({
  id: 'ready',
  status: 'pass',
  evidence: Object.freeze([fieldEvidence('status.conditions[Ready].status', 'True')]) as Evidence[],
});
const READY_UNKNOWN: CheckResult = Object.freeze({
  id: 'ready',
  status: 'unknown',
  evidence: Object.freeze([]) as unknown as Evidence[],
  hint: 'ready-unreported',
});
const SCHEDULABLE_PASS: CheckResult = Object.freeze({
  id: 'schedulable',
  status: 'pass',
  evidence: Object.freeze([fieldEvidence('spec.unschedulable', 'false')]) as Evidence[],
});
const SCHEDULABLE_FAIL: CheckResult = Object.freeze({
  id: 'schedulable',
  status: 'fail',
  evidence: Object.freeze([fieldEvidence('spec.unschedulable', 'true')]) as Evidence[],
  hint: 'uncordon-node',
});

const checkReady = (node: unknown): CheckResult => {
  const conditions = field(field(node, 'status'), 'conditions');
  if (isArray(conditions)) {
    for (const c of conditions as unknown[]) {
      if (field(c, 'type') !== 'Ready') continue;
      const status = str(field(c, 'status'));
      if (status === 'True') return READY_PASS;
      const evidence = [fieldEvidence('status.conditions[Ready].status', status)];
      return { id: 'ready', status: 'fail', evidence, hint: 'node-not-ready' };
    }
  }
  return READY_UNKNOWN;
};

const checkSchedulable = (node: unknown): CheckResult =>
  field(field(node, 'spec'), 'unschedulable') === true ? SCHEDULABLE_FAIL : SCHEDULABLE_PASS;

const memoryResults = boundedCache<CheckResult>(1024);
let memoryResultsRequired = -1;

/** Room for one Kata pod: the RuntimeClass pod overhead plus the default VM memory (OSC docs › Resource requirements). */
const checkMemory = (node: unknown, ctx: EligibilityContext): CheckResult => {
  const overhead =
    typeof ctx.podOverheadMemoryBytes === 'number' && isFiniteNumber(ctx.podOverheadMemoryBytes)
      ? ctx.podOverheadMemoryBytes
      : DEFAULT_POD_OVERHEAD_MEMORY_BYTES;
  const requiredBytes = overhead + DEFAULT_VM_MEMORY_BYTES;
  const raw = str(field(field(field(node, 'status'), 'allocatable'), 'memory'));
  if (raw === undefined) {
    return {
      id: 'memory',
      status: 'unknown',
      evidence: [],
      hint: 'memory-unreported',
      memory: { requiredBytes },
    };
  }
  // The result depends only on (raw, requiredBytes): share one frozen result per value.
  if (requiredBytes !== memoryResultsRequired) {
    memoryResults.clear();
    memoryResultsRequired = requiredBytes;
  }
  const cached = memoryResults.get(raw);
  if (cached) return cached;
  const allocatableBytes = parseQuantity(raw);
  const evidence = [fieldEvidence('status.allocatable.memory', raw)];
  let result: CheckResult;
  if (allocatableBytes === undefined) {
    result = {
      id: 'memory',
      status: 'unknown',
      evidence,
      hint: 'memory-unreported',
      memory: { requiredBytes },
    };
  } else if (allocatableBytes < requiredBytes) {
    result = {
      id: 'memory',
      status: 'fail',
      evidence,
      hint: 'not-enough-memory',
      memory: { allocatableBytes, requiredBytes },
    };
  } else {
    result = {
      id: 'memory',
      status: 'pass',
      evidence,
      memory: { allocatableBytes, requiredBytes },
    };
  }
  Object.freeze(evidence);
  Object.freeze(result.memory);
  memoryResults.set(raw, Object.freeze(result));
  return result;
};

// ---------------------------------------------------------------------------------------------
// Verdicts
// ---------------------------------------------------------------------------------------------

/** Any fail => not eligible; else any unknown => unknown; else eligible. */
export const verdictOf = (checks: readonly CheckResult[]): Verdict => {
  let unknown = false;
  for (const c of checks) {
    if (c.status === 'fail') return 'not-eligible';
    if (c.status === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'eligible';
};

/** The check that explains the verdict: the first fail, else the first unknown. */
const explainingCheck = (checks: readonly CheckResult[]): CheckResult | undefined =>
  checks.find((c) => c.status === 'fail') ?? checks.find((c) => c.status === 'unknown');

export const evaluateNode = (node: NodeKind, ctx: EligibilityContext): NodeEvaluation => {
  const n: unknown = node;
  const safeCtx: EligibilityContext = isRecord(ctx) ? ctx : { nfdInstalled: false };
  const labels = labelsOf(n);
  const platform = str(safeCtx.platform);
  const kataConfig = isRecord(safeCtx.kataConfig) ? safeCtx.kataConfig : undefined;
  const checks: CheckResult[] = [
    checkRole(labels),
    checkOs(labels, n),
    checkPlatform(labels, n, platform),
    checkVirtualization(labels, safeCtx),
    checkLabel(labels, kataConfig),
    checkReady(n),
    checkSchedulable(n),
    checkMemory(n, safeCtx),
  ];
  const name = nodeNameOf(n);
  const spec = specOf(kataConfig);
  return {
    name,
    verdict: verdictOf(checks),
    checks,
    firstFailing: explainingCheck(checks),
    kataState: kataStateIndex(kataConfig).get(name) ?? 'not-installed',
    isTarget: spec !== undefined && isKataTarget(node, spec as KataConfigSpec),
  };
};

export const countEvaluations = (evaluations: readonly NodeEvaluation[]) => {
  const counts = { eligible: 0, notEligible: 0, unknown: 0, installed: 0 };
  for (const e of evaluations) {
    if (e.verdict === 'eligible') counts.eligible += 1;
    else if (e.verdict === 'not-eligible') counts.notEligible += 1;
    else counts.unknown += 1;
    if (e.kataState === 'installed') counts.installed += 1;
  }
  return counts;
};

export const evaluateCluster = (nodes: NodeKind[], ctx: EligibilityContext): ClusterEvaluation => {
  const list: unknown[] = isArray(nodes) ? nodes : [];
  const evaluations = list.map((node) => evaluateNode(node as NodeKind, ctx));
  return { evaluations, counts: countEvaluations(evaluations) };
};

/**
 * An evaluator that remembers its last results: a node whose object is the same (or whose
 * `metadata.resourceVersion` is unchanged) keeps its evaluation, unless the context changed,
 * which re-evaluates everything. Watches replace only the objects that changed, so a watch event
 * on one node of 5,000 costs one evaluation.
 */
export const memoizedEvaluator = () => {
  let lastCtx: EligibilityContext | undefined;
  let cache = new Map<
    string,
    { node: unknown; rv: string | undefined; evaluation: NodeEvaluation }
  >();
  return (nodes: NodeKind[], ctx: EligibilityContext): ClusterEvaluation => {
    const sameCtx =
      lastCtx !== undefined &&
      lastCtx.platform === ctx.platform &&
      lastCtx.kataConfig === ctx.kataConfig &&
      lastCtx.nfdInstalled === ctx.nfdInstalled &&
      lastCtx.nfdPresent === ctx.nfdPresent &&
      lastCtx.nfdKataRule === ctx.nfdKataRule &&
      lastCtx.podOverheadMemoryBytes === ctx.podOverheadMemoryBytes;
    lastCtx = ctx;
    const next = new Map<
      string,
      { node: unknown; rv: string | undefined; evaluation: NodeEvaluation }
    >();
    const list: unknown[] = isArray(nodes) ? nodes : [];
    const evaluations = list.map((node) => {
      const meta = field(node, 'metadata');
      const uid = str(field(meta, 'uid')) ?? nodeNameOf(node);
      const rv = str(field(meta, 'resourceVersion'));
      const hit = sameCtx ? cache.get(uid) : undefined;
      const reuse = hit !== undefined && (hit.node === node || (rv !== undefined && hit.rv === rv));
      const evaluation = reuse ? hit.evaluation : evaluateNode(node as NodeKind, ctx);
      next.set(uid, { node, rv, evaluation });
      return evaluation;
    });
    cache = next;
    return { evaluations, counts: countEvaluations(evaluations) };
  };
};
