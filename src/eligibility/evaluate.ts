/**
 * Node eligibility for OpenShift sandboxed containers (OSC docs › Prerequisites and › Checking
 * node eligibility; see docs/REFERENCES.md): a Node plus the cluster context -> a verdict.
 *
 * Eight checks, each one function below. `evaluateNode` gives what the table and the counts need
 * (the verdict and the check that explains it, with its evidence); `explainNode` gives all eight
 * checks with their evidence, for the checks panel and the Node tab. Pure and total: any JSON,
 * however partial or malformed, yields an answer; nothing here throws.
 */
import {
  CONTROL_PLANE_ROLE_LABEL,
  INSTANCE_TYPE_LABEL,
  KATA_RUNTIME_LABEL,
  KATA_RUNTIME_LABEL_VALUE,
  MASTER_ROLE_LABEL,
  NFD_CPU_SVM_LABEL,
  NFD_CPU_VMX_LABEL,
  NODE_ROLE_PREFIX,
  OS_ID_LABEL,
  WORKER_ROLE_LABEL,
} from '../models/constants';
import type { KataConfigSpec, NodeKind } from '../models';
import { DEFAULT_VM_MEMORY_BYTES, OPERATOR_DEFAULT_OVERHEAD } from '../overhead/memoryModel';
import { parseQuantity } from '../overhead/quantity';
import { isRecord, prop as field } from '../shared/guards';
import type { KataState } from './kataState';
import { kataStateIndex } from './kataState';
import { nodeOs, osFromLabel } from './os';
import type { NodeOs } from './os';
import { isTargetByLabels } from './selector';
import type {
  CheckId,
  CheckOutcome,
  CheckResult,
  CheckStatus,
  ClusterEvaluation,
  EligibilityContext,
  Evidence,
  HintId,
  NodeEvaluation,
  Verdict,
} from './types';

/** Pod overhead the operator puts on the `kata` RuntimeClass, when the page cannot read it. */
const DEFAULT_OVERHEAD_BYTES = parseQuantity(OPERATOR_DEFAULT_OVERHEAD.memory) ?? 0;

/** Prefix NFD uses for CPUID labels; any such label means NFD has labelled the node. */
const NFD_CPUID_PREFIX = 'feature.node.kubernetes.io/cpu-cpuid.';

type Labels = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const labelsOf = (node: unknown): Labels => {
  const labels = field(field(node, 'metadata'), 'labels');
  return isRecord(labels) ? labels : {};
};

/** The value of a label (the keys asked for are ours, none is a property of Object.prototype). */
const label = (labels: Labels, key: string): string | undefined => str(labels[key]);

const labelEvidence = (key: string, value: string): Evidence => ({ source: 'label', key, value });
const fieldEvidence = (key: string, value?: string): Evidence =>
  value === undefined ? { source: 'field', key } : { source: 'field', key, value };

/** The node's name, or '' when it has none. */
const nodeNameOf = (node: unknown): string => str(field(field(node, 'metadata'), 'name')) ?? '';

/** Role names from `node-role.kubernetes.io/<role>` labels, e.g. ['master', 'worker']. */
export const rolesOf = (node: unknown): string[] =>
  Object.keys(labelsOf(node))
    .filter((key) => key.startsWith(NODE_ROLE_PREFIX) && key.length > NODE_ROLE_PREFIX.length)
    .map((key) => key.slice(NODE_ROLE_PREFIX.length))
    .sort();

export const isWorker = (node: unknown): boolean =>
  Object.hasOwn(labelsOf(node), WORKER_ROLE_LABEL);

export const isControlPlane = (node: unknown): boolean => {
  const labels = labelsOf(node);
  return (
    Object.hasOwn(labels, MASTER_ROLE_LABEL) || Object.hasOwn(labels, CONTROL_PLANE_ROLE_LABEL)
  );
};

// ---------------------------------------------------------------------------------------------
// The cluster context, read once per evaluation
// ---------------------------------------------------------------------------------------------

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

type Context = {
  platform: string | undefined;
  platformClass: PlatformClass | undefined;
  nfdInstalled: boolean;
  /** Known to have no NodeFeatureDiscovery. */
  noNfd: boolean;
  nfdKataRule: boolean;
  /** The KataConfig's spec, when a KataConfig exists. */
  spec: Partial<KataConfigSpec> | undefined;
  /** The pod overhead plus the default VM memory: what one Kata pod needs. */
  requiredMemoryBytes: number;
  kataStates: ReadonlyMap<string, KataState>;
};

const readContext = (ctx: unknown): Context => {
  const c = isRecord(ctx) ? ctx : {};
  const platform = str(c.platform);
  const kataConfig = isRecord(c.kataConfig) ? c.kataConfig : undefined;
  const spec = field(kataConfig, 'spec');
  const overhead = parseQuantity(c.podOverheadMemory);
  return {
    platform,
    platformClass: platform === undefined ? undefined : PLATFORMS.get(platform.toLowerCase()),
    nfdInstalled: c.nfdInstalled === true,
    noNfd: c.nfdPresent === false,
    nfdKataRule: c.nfdKataRule === true,
    spec: isRecord(spec) ? spec : undefined,
    requiredMemoryBytes:
      (typeof overhead === 'number' && Number.isFinite(overhead)
        ? overhead
        : DEFAULT_OVERHEAD_BYTES) + DEFAULT_VM_MEMORY_BYTES,
    kataStates: kataStateIndex(kataConfig),
  };
};

// ---------------------------------------------------------------------------------------------
// What the checks read of a node, read once (any JSON: missing or mistyped fields are undefined)
// ---------------------------------------------------------------------------------------------

type NodeFacts = {
  name: string;
  labels: Labels;
  providerID: string | undefined;
  osImage: string | undefined;
  /** The node reports a Ready condition; `readyStatus` is its status. */
  hasReady: boolean;
  readyStatus: string | undefined;
  unschedulable: boolean;
  allocatableMemory: string | undefined;
};

/**
 * A Node as it may arrive: any JSON. Read with plain property access and `?.`, which never throws
 * on JSON values (a string, number or array simply lacks the property); every leaf is then
 * checked with `str` or `=== true`. Plain property access (rather than a `field(obj, key)` helper)
 * keeps reading 5,000 nodes cheap: see integration-tests/bench/RESULTS.md.
 */
interface LooseJson {
  readonly [key: string]: LooseJson | undefined;
}

/**
 * The Ready condition, searched from the end: the kubelet writes MemoryPressure, DiskPressure,
 * PIDPressure, then Ready (kubelet's defaultNodeStatusFuncs), and each condition read is an
 * object the CPU must fetch (npm run bench, A/B at 5,000 nodes: 17–20% of the engine's time).
 */
const readyConditionOf = (conditions: LooseJson | undefined): LooseJson | undefined => {
  if (!Array.isArray(conditions)) return undefined;
  const list = conditions as (LooseJson | undefined)[];
  for (let i = list.length - 1; i >= 0; i--) {
    if ((list[i]?.type as unknown) === 'Ready') return list[i];
  }
  return undefined;
};

const factsOf = (node: unknown): NodeFacts => {
  const n = node as LooseJson | null | undefined;
  const labels = n?.metadata?.labels;
  const ready = readyConditionOf(n?.status?.conditions);
  return {
    name: str(n?.metadata?.name) ?? '',
    labels: isRecord(labels) ? labels : {},
    providerID: str(n?.spec?.providerID),
    osImage: str(n?.status?.nodeInfo?.osImage),
    hasReady: ready !== undefined,
    readyStatus: str(ready?.status),
    unschedulable: (n?.spec?.unschedulable as unknown) === true,
    allocatableMemory: str(n?.status?.allocatable?.memory),
  };
};

// ---------------------------------------------------------------------------------------------
// Checks, in the order the page lists them. Each returns one of its outcomes (listed above it);
// only when asked to explain (the checks panel, the reason of a shown row) does it also say what
// it looked at (evidence) and, for memory, the numbers. The verdict allocates neither.
// ---------------------------------------------------------------------------------------------

type Details = { evidence: Evidence[]; memory?: CheckResult['memory'] };
type Check = (facts: NodeFacts, ctx: Context, details?: Details) => CheckOutcome;

const outcome = (id: CheckId, status: CheckStatus, hint?: HintId): CheckOutcome =>
  Object.freeze(hint === undefined ? { id, status } : { id, status, hint });

const ROLE = { pass: outcome('role', 'pass'), notWorker: outcome('role', 'fail', 'not-worker') };

/** Kata is installed on worker nodes only (OSC docs › Prerequisites); a control-plane node that is also a worker counts. */
const checkRole: Check = ({ labels }, _ctx, details) => {
  if (details) {
    for (const key of [WORKER_ROLE_LABEL, MASTER_ROLE_LABEL, CONTROL_PLANE_ROLE_LABEL]) {
      if (Object.hasOwn(labels, key)) {
        details.evidence.push(labelEvidence(key, str(labels[key]) ?? ''));
      }
    }
  }
  return Object.hasOwn(labels, WORKER_ROLE_LABEL) ? ROLE.pass : ROLE.notWorker;
};

const OS: Record<NodeOs, CheckOutcome> = {
  rhcos: outcome('os', 'pass'),
  rhel: outcome('os', 'fail', 'rhel-not-supported'),
  other: outcome('os', 'fail', 'os-not-supported'),
  unreported: outcome('os', 'unknown', 'os-unreported'),
};

/** RHCOS workers only; RHEL nodes are not supported (OSC docs › Prerequisites, note). */
const checkOs: Check = ({ labels, osImage }, _ctx, details) => {
  const osId = label(labels, OS_ID_LABEL);
  const os = nodeOs(osId, osImage);
  if (details) {
    if (osFromLabel(osId) || os === 'unreported') {
      if (osId !== undefined) details.evidence.push(labelEvidence(OS_ID_LABEL, osId));
    } else if (osImage !== undefined) {
      details.evidence.push(fieldEvidence('status.nodeInfo.osImage', osImage));
    }
  }
  return OS[os];
};

/**
 * What the scheme of `spec.providerID` (the part before `://`, any case) says of the node. One
 * anchored, case-insensitive test per class rather than slicing and lower-casing the scheme:
 * it allocates nothing per node (npm run bench: providerClass was a sixth of the engine's time).
 */
const PROVIDER_SCHEME_TESTS: readonly (readonly [RegExp, PlatformClass])[] = (
  ['bare-metal', 'aws', 'virtualized', 'cloud'] as const
).map((cls) => {
  const schemes = [...PROVIDER_SCHEMES].filter(([, c]) => c === cls).map(([scheme]) => scheme);
  return [new RegExp(`^(?:${schemes.join('|')})://`, 'i'), cls] as const;
});

const providerClass = (providerID: string | undefined): PlatformClass | undefined => {
  if (providerID === undefined) return undefined;
  for (const [test, cls] of PROVIDER_SCHEME_TESTS) if (test.test(providerID)) return cls;
  return undefined;
};

const PLATFORM = {
  pass: outcome('platform', 'pass'),
  awsNotMetal: outcome('platform', 'fail', 'aws-not-metal'),
  nested: outcome('platform', 'fail', 'nested-virtualization'),
  cloud: outcome('platform', 'fail', 'cloud-not-supported'),
  unreported: outcome('platform', 'unknown', 'platform-unreported'),
};

/**
 * On-premise bare metal or an AWS bare-metal (`*.metal`) instance; anything virtualized is nested
 * virtualization, and other clouds' bare-metal instances are not supported (OSC docs ›
 * Prerequisites). The node's own providerID wins over the cluster-wide platform when it says more.
 */
const checkPlatform: Check = ({ labels, providerID }, ctx, details) => {
  const cls = providerClass(providerID) ?? ctx.platformClass;
  if (details) {
    if (ctx.platform !== undefined) {
      details.evidence.push(
        fieldEvidence('Infrastructure status.platformStatus.type', ctx.platform),
      );
    }
    if (providerID !== undefined) {
      details.evidence.push(fieldEvidence('spec.providerID', providerID));
    }
  }
  switch (cls) {
    case 'bare-metal':
      return PLATFORM.pass;
    case 'aws': {
      const instanceType = label(labels, INSTANCE_TYPE_LABEL);
      if (instanceType === undefined) return PLATFORM.unreported;
      details?.evidence.push(labelEvidence(INSTANCE_TYPE_LABEL, instanceType));
      return instanceType.endsWith('.metal') ? PLATFORM.pass : PLATFORM.awsNotMetal;
    }
    case 'virtualized':
      return PLATFORM.nested;
    case 'cloud':
      return PLATFORM.cloud;
    case undefined:
      return PLATFORM.unreported;
  }
};

/** NFD has labelled the node: it carries at least one CPUID label. */
const hasNfdCpuLabels = (labels: Labels): boolean => {
  for (const key in labels) if (key.startsWith(NFD_CPUID_PREFIX)) return true;
  return false;
};

const VIRTUALIZATION = {
  pass: outcome('virtualization', 'pass'),
  manualLabel: outcome('virtualization', 'pass', 'manual-label-trusted'),
  kvmNotLoaded: outcome('virtualization', 'fail', 'kvm-not-loaded'),
  none: outcome('virtualization', 'fail', 'no-hardware-virtualization'),
  installNfd: outcome('virtualization', 'unknown', 'install-nfd'),
  createNfd: outcome('virtualization', 'unknown', 'create-nfd'),
  waitForNfd: outcome('virtualization', 'unknown', 'wait-for-nfd'),
};

/**
 * Hardware virtualization (Intel VMX or AMD SVM), as NFD reports it; the `runtime.kata=true`
 * label means the documented NFD rule matched (OSC docs › Checking node eligibility), or an
 * administrator vouched for the node. Without NFD labels we cannot tell: unknown, not fail.
 */
const checkVirtualization: Check = ({ labels }, ctx, details) => {
  const vmx = label(labels, NFD_CPU_VMX_LABEL);
  const svm = label(labels, NFD_CPU_SVM_LABEL);
  const kata = label(labels, KATA_RUNTIME_LABEL);
  if (details) {
    if (vmx !== undefined) details.evidence.push(labelEvidence(NFD_CPU_VMX_LABEL, vmx));
    if (svm !== undefined) details.evidence.push(labelEvidence(NFD_CPU_SVM_LABEL, svm));
    if (kata !== undefined) details.evidence.push(labelEvidence(KATA_RUNTIME_LABEL, kata));
  }
  if (vmx === 'true' || svm === 'true') {
    // The documented rule needs the kvm modules too (kvm + kvm_intel / kvm_amd): when that rule
    // is deployed and did not label this node, the modules are not loaded.
    return kata !== KATA_RUNTIME_LABEL_VALUE && ctx.nfdKataRule
      ? VIRTUALIZATION.kvmNotLoaded
      : VIRTUALIZATION.pass;
  }
  // NFD's rule sets the label only when VMX/SVM is present, so without a CPU flag the label was
  // applied by hand (the documentation allows it for nodes known to be eligible): trust it.
  if (kata === KATA_RUNTIME_LABEL_VALUE) return VIRTUALIZATION.manualLabel;
  if (hasNfdCpuLabels(labels)) return VIRTUALIZATION.none;
  if (!ctx.nfdInstalled) return VIRTUALIZATION.installNfd;
  return ctx.noNfd ? VIRTUALIZATION.createNfd : VIRTUALIZATION.waitForNfd;
};

const LABEL = {
  pass: outcome('label', 'pass'),
  allWorkers: outcome('label', 'pass', 'all-workers-targeted'),
  notRequiredYet: outcome('label', 'not-applicable', 'label-not-required-yet'),
  missing: outcome('label', 'fail', 'apply-kata-label'),
};

/**
 * What `checkNodeEligibility` makes of the `runtime.kata=true` label (OSC docs › Checking node
 * eligibility): with `true` it is required; with `false` every worker is a target, eligible or not.
 */
const checkLabel: Check = ({ labels }, ctx, details) => {
  const value = label(labels, KATA_RUNTIME_LABEL);
  const spec = ctx.spec;
  const checking = spec?.checkNodeEligibility === true;
  if (details) {
    if (value !== undefined) details.evidence.push(labelEvidence(KATA_RUNTIME_LABEL, value));
    if (spec !== undefined) {
      details.evidence.push(
        fieldEvidence('KataConfig spec.checkNodeEligibility', String(checking)),
      );
    }
  }
  if (spec !== undefined && !checking) return LABEL.allWorkers;
  if (value === KATA_RUNTIME_LABEL_VALUE) return LABEL.pass;
  return spec === undefined ? LABEL.notRequiredYet : LABEL.missing;
};

const READY = {
  pass: outcome('ready', 'pass'),
  notReady: outcome('ready', 'fail', 'node-not-ready'),
  unreported: outcome('ready', 'unknown', 'ready-unreported'),
};

const checkReady: Check = ({ hasReady, readyStatus }, _ctx, details) => {
  if (!hasReady) return READY.unreported;
  details?.evidence.push(fieldEvidence('status.conditions[Ready].status', readyStatus));
  return readyStatus === 'True' ? READY.pass : READY.notReady;
};

const SCHEDULABLE = {
  pass: outcome('schedulable', 'pass'),
  cordoned: outcome('schedulable', 'warn', 'uncordon-node'),
};

/**
 * Cordoned is a warning, not a failure: an administrator cordons a node for maintenance, and the
 * Machine Config Operator cordons and drains every node it updates, Kata's rollout included, then
 * uncordons it after the reboot (OpenShift docs › "Machine configuration overview"). Its hardware,
 * OS and platform still decide; until it is schedulable again it holds a rollout (the install
 * wizard's review says so).
 */
const checkSchedulable: Check = ({ unschedulable }, _ctx, details) => {
  details?.evidence.push(fieldEvidence('spec.unschedulable', String(unschedulable)));
  return unschedulable ? SCHEDULABLE.cordoned : SCHEDULABLE.pass;
};

const MEMORY = {
  pass: outcome('memory', 'pass'),
  notEnough: outcome('memory', 'fail', 'not-enough-memory'),
  unreported: outcome('memory', 'unknown', 'memory-unreported'),
};

/**
 * Room for one Kata pod: the RuntimeClass pod overhead plus the default VM memory (OSC docs ›
 * Resource requirements).
 */
const checkMemory: Check = ({ allocatableMemory }, ctx, details) => {
  const requiredBytes = ctx.requiredMemoryBytes;
  const allocatableBytes = parseQuantity(allocatableMemory);
  if (details) {
    if (allocatableMemory !== undefined) {
      details.evidence.push(fieldEvidence('status.allocatable.memory', allocatableMemory));
    }
    details.memory = { allocatableBytes, requiredBytes };
  }
  if (allocatableBytes === undefined) return MEMORY.unreported;
  return allocatableBytes < requiredBytes ? MEMORY.notEnough : MEMORY.pass;
};

const CHECKS: Readonly<Record<CheckId, Check>> = {
  role: checkRole,
  os: checkOs,
  platform: checkPlatform,
  virtualization: checkVirtualization,
  label: checkLabel,
  ready: checkReady,
  schedulable: checkSchedulable,
  memory: checkMemory,
};

/** The checks in the order the page lists them and the verdict reads them. */
const CHECK_ORDER = Object.keys(CHECKS) as CheckId[];
const CHECK_LIST = CHECK_ORDER.map((id) => CHECKS[id]);

const explain = (id: CheckId, facts: NodeFacts, ctx: Context): CheckResult => {
  const details: Details = { evidence: [] };
  const result: CheckResult = { ...CHECKS[id](facts, ctx, details), evidence: details.evidence };
  if (details.memory !== undefined) result.memory = details.memory;
  return result;
};

// ---------------------------------------------------------------------------------------------
// Verdicts
// ---------------------------------------------------------------------------------------------

/**
 * Any fail => not eligible; else any unknown => unknown; else eligible (a warning does not change
 * the verdict). The explaining check is the first fail, else the first unknown: the checks after
 * a fail cannot change the verdict, so they are not run. The first warning is kept for a node that
 * fails nothing.
 */
const evaluateWith = (node: unknown, ctx: Context): NodeEvaluation => {
  const facts = factsOf(node);
  let failing: CheckOutcome | undefined;
  let unknown: CheckOutcome | undefined;
  let warning: CheckOutcome | undefined;
  for (const check of CHECK_LIST) {
    const result = check(facts, ctx);
    const status = result.status;
    if (status === 'pass') continue;
    if (status === 'fail') {
      failing = result;
      break;
    }
    if (status === 'unknown') unknown ??= result;
    else if (status === 'warn') warning ??= result;
  }
  let verdict: Verdict = 'eligible';
  if (failing) verdict = 'not-eligible';
  else if (unknown) verdict = 'unknown';
  return {
    name: facts.name,
    verdict,
    firstFailing: failing ?? unknown,
    // Always set (maybe undefined): one object shape for every evaluation.
    warning: failing ? undefined : warning,
    kataState: ctx.kataStates.get(facts.name) ?? 'not-installed',
    isTarget: ctx.spec !== undefined && isTargetByLabels(facts.labels, ctx.spec),
  };
};

/** The verdict of one node, the check that explains it, its Kata state and whether it is a target. */
export const evaluateNode = (node: NodeKind, ctx: EligibilityContext): NodeEvaluation =>
  evaluateWith(node, readContext(ctx));

/** All eight checks of one node, with what each looked at (the checks panel, the Node tab). */
export const explainNode = (node: NodeKind, ctx: EligibilityContext): CheckResult[] => {
  const context = readContext(ctx);
  const facts = factsOf(node);
  return CHECK_ORDER.map((id) => explain(id, facts, context));
};

/** One check of one node with its evidence (the reason shown for a row of the table). */
export const explainCheck = (node: NodeKind, ctx: EligibilityContext, id: CheckId): CheckResult =>
  explain(id, factsOf(node), readContext(ctx));

const countEvaluations = (evaluations: readonly NodeEvaluation[]) => {
  const counts = { eligible: 0, notEligible: 0, unknown: 0, installed: 0 };
  for (const e of evaluations) {
    if (e.verdict === 'eligible') counts.eligible += 1;
    else if (e.verdict === 'not-eligible') counts.notEligible += 1;
    else counts.unknown += 1;
    if (e.kataState === 'installed') counts.installed += 1;
  }
  return counts;
};

const listOf = (nodes: unknown): unknown[] => (Array.isArray(nodes) ? nodes : []);

export const evaluateCluster = (nodes: NodeKind[], ctx: EligibilityContext): ClusterEvaluation => {
  const context = readContext(ctx);
  const evaluations = listOf(nodes).map((node) => evaluateWith(node, context));
  return { evaluations, counts: countEvaluations(evaluations) };
};

const sameContext = (a: EligibilityContext, b: EligibilityContext): boolean =>
  a.platform === b.platform &&
  a.kataConfig === b.kataConfig &&
  a.nfdInstalled === b.nfdInstalled &&
  a.nfdPresent === b.nfdPresent &&
  a.nfdKataRule === b.nfdKataRule &&
  a.podOverheadMemory === b.podOverheadMemory;

type Remembered = { node: unknown; rv: string | undefined; evaluation: NodeEvaluation };

/**
 * An evaluator that remembers its last results: a node whose object is the same (or whose
 * `metadata.resourceVersion` is unchanged) keeps its evaluation, unless the context changed,
 * which re-evaluates everything. Watches replace only the objects that changed, so a watch event
 * on one node of 5,000 costs one evaluation (npm run bench: "memoized, 1% changed").
 */
export const memoizedEvaluator = () => {
  let last: { ctx: EligibilityContext; byUid: Map<string, Remembered> } | undefined;
  return (nodes: NodeKind[], ctx: EligibilityContext): ClusterEvaluation => {
    const previous = last !== undefined && sameContext(last.ctx, ctx) ? last.byUid : undefined;
    const context = readContext(ctx);
    const byUid = new Map<string, Remembered>();
    const evaluations = listOf(nodes).map((node) => {
      const meta = field(node, 'metadata');
      const uid = str(field(meta, 'uid')) ?? nodeNameOf(node);
      const rv = str(field(meta, 'resourceVersion'));
      const hit = previous?.get(uid);
      const reuse = hit !== undefined && (hit.node === node || (rv !== undefined && hit.rv === rv));
      const evaluation = reuse ? hit.evaluation : evaluateWith(node, context);
      byUid.set(uid, { node, rv, evaluation });
      return evaluation;
    });
    last = { ctx, byUid };
    return { evaluations, counts: countEvaluations(evaluations) };
  };
};
