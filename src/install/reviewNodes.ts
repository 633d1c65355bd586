/**
 * The nodes an installation will put in the Kata pool (and reboot), named one by one with what
 * the eligibility engine says of each and what that means for the rollout. Pure.
 *
 * The operator targets workers that match `kataConfigPoolSelector` and, with checkNodeEligibility,
 * carry `feature.node.kubernetes.io/runtime.kata=true` (openshift_controller.go
 * getKataConfigNodeSelectorAsLabelSelector, updateNodeLabels); on a converged cluster it installs on
 * every master. With NFD the label comes from the kata rule: known from NFD's CPU labels where NFD
 * has run, otherwise NFD decides once it has.
 */
import {
  KATA_RUNTIME_LABEL,
  KATA_RUNTIME_LABEL_VALUE,
  MASTER_ROLE_LABEL,
  NFD_CPU_SVM_LABEL,
  NFD_CPU_VMX_LABEL,
  WORKER_ROLE_LABEL,
} from '../models/constants';
import type { KataConfigSpec, NodeKind } from '../models';
import type {
  CheckOutcome,
  CheckResult,
  EligibilityContext,
  NodeEvaluation,
  Verdict,
} from '../eligibility/types';
import { explainNode } from '../eligibility/evaluate';
import { matchesSelector } from '../eligibility/selector';
import type { EligibilityMethod } from './plan';

/** What a node's eligibility means once it is in the Kata pool. */
export type ReviewWarning =
  /** NotReady: it counts as unavailable and holds the whole pool until it is Ready. */
  | 'blocks-not-ready'
  /** Cordoned: the same, until it is schedulable. */
  | 'blocks-cordoned'
  /**
   * Not RHCOS: the Machine Config Daemon skips OS changes on other systems ("updating the OS on
   * non-CoreOS nodes is not supported", pkg/daemon/update.go), so the Kata extension never lands and
   * Kata pods fail there; a daemon that fails instead degrades the pool and stops the rollout.
   */
  | 'not-rhcos'
  /** No hardware virtualization (or nested): Kata installs, but Kata pods fail there. */
  | 'kata-pods-fail'
  /** Less allocatable memory than one Kata pod needs. */
  | 'low-memory';

export type ReviewNode = {
  name: string;
  /** `nfd-decides`: NFD has not reported this node's hardware yet; its rule will decide. */
  certainty: 'certain' | 'nfd-decides';
  verdict: Verdict;
  /** The check that explains a verdict other than eligible. */
  reason?: CheckResult;
  warnings: ReviewWarning[];
};

export type ReviewNodes = {
  nodes: ReviewNode[];
  certain: number;
  nfdDecides: number;
  /** Nodes that hold the whole rollout (NotReady or cordoned). */
  blocking: number;
  /** Candidates that will not get the label, and why, by name. */
  notLabelled: { name: string; reason: NotLabelledReason }[];
  /** Nodes chosen for labelling that the KataConfig will not select anyway. */
  ignoredChoices: string[];
};

export type ReviewInput = {
  method: EligibilityMethod;
  nodes: readonly NodeKind[];
  /** The KataConfig spec the plan creates. */
  spec: KataConfigSpec;
  evaluations: ReadonlyMap<string, NodeEvaluation>;
  /** What the evaluations were made with: the listed nodes' checks are explained with it. */
  ctx: EligibilityContext;
  manualNodes: readonly string[];
  /** A deployed kata rule is already applied by NFD (its absence on a VMX node is a verdict). */
  kataRuleActive: boolean | undefined;
  converged: boolean;
};

const WARNING_OF: Partial<Record<CheckResult['id'], ReviewWarning>> = {
  ready: 'blocks-not-ready',
  schedulable: 'blocks-cordoned',
  os: 'not-rhcos',
  platform: 'kata-pods-fail',
  virtualization: 'kata-pods-fail',
  memory: 'low-memory',
};
const BLOCKING: ReadonlySet<ReviewWarning> = new Set(['blocks-not-ready', 'blocks-cordoned']);

const nameOf = (n: NodeKind) => n.metadata?.name ?? '';
const label = (n: NodeKind, key: string) => n.metadata?.labels?.[key];
/** The annotation nfd-master keeps on every node it labels (the labels it manages). */
const NFD_FEATURE_LABELS_ANNOTATION = 'nfd.node.kubernetes.io/feature-labels';
const NFD_LABEL_PREFIX = 'feature.node.kubernetes.io/';

/**
 * NFD has reported this node's hardware: nfd-master's annotation, or any feature label besides
 * the kata one (kernel version, OS release and CPU labels come with every node NFD has seen).
 */
const nfdHasRun = (n: NodeKind) =>
  n.metadata?.annotations?.[NFD_FEATURE_LABELS_ANNOTATION] !== undefined ||
  Object.keys(n.metadata?.labels ?? {}).some(
    (k) => k.startsWith(NFD_LABEL_PREFIX) && k !== KATA_RUNTIME_LABEL,
  );

const isReady = (n: NodeKind) =>
  n.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';

/** Why a candidate does not get the label. */
export type NotLabelledReason =
  /** NFD reports neither VMX nor SVM. */
  | 'no-virtualization'
  /** VMX/SVM, but the kata rule already applied did not label it: the kvm modules are missing. */
  | 'kvm-not-loaded'
  /** NFD's worker does not run on a node that is not Ready: no label until it is. */
  | 'not-ready'
  /** Manual method: neither chosen nor labelled already. */
  | 'not-chosen';

type Prediction = 'certain' | 'nfd-decides' | NotLabelledReason;

/** Whether NFD's kata rule will label this worker. */
const nfdPrediction = (n: NodeKind, kataRuleActive: boolean | undefined): Prediction => {
  if (label(n, KATA_RUNTIME_LABEL) === KATA_RUNTIME_LABEL_VALUE) return 'certain';
  if (!nfdHasRun(n)) return isReady(n) ? 'nfd-decides' : 'not-ready';
  const virt = label(n, NFD_CPU_VMX_LABEL) === 'true' || label(n, NFD_CPU_SVM_LABEL) === 'true';
  if (!virt) return 'no-virtualization';
  // With the rule already applied, a VMX/SVM node it did not label lacks the kvm modules.
  return kataRuleActive === true ? 'kvm-not-loaded' : 'certain';
};

/**
 * What the checks that fail or warn mean for the rollout. A warning counts: a cordoned node is
 * eligible, yet in the pool it holds every other node until it is schedulable again.
 */
const warningsOf = (checks: readonly CheckOutcome[]): ReviewWarning[] => {
  const out: ReviewWarning[] = [];
  for (const c of checks) {
    const w = c.status === 'fail' || c.status === 'warn' ? WARNING_OF[c.id] : undefined;
    if (w && !out.includes(w)) out.push(w);
  }
  return out;
};

export const reviewNodes = (input: ReviewInput): ReviewNodes => {
  const { method, spec, evaluations } = input;
  const chosen = new Set(input.manualNodes);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const candidates = input.converged
    ? input.nodes.filter((n) => label(n, MASTER_ROLE_LABEL) !== undefined)
    : input.nodes.filter(
        (n) =>
          label(n, WORKER_ROLE_LABEL) !== undefined &&
          matchesSelector(n.metadata?.labels, spec.kataConfigPoolSelector),
      );
  const candidateNames = new Set(candidates.map(nameOf));
  const notLabelled: { name: string; reason: NotLabelledReason }[] = [];
  const result: ReviewNode[] = [];
  for (const n of candidates) {
    let prediction: Prediction = 'certain';
    if (!input.converged && spec.checkNodeEligibility) {
      const labelled = label(n, KATA_RUNTIME_LABEL) === KATA_RUNTIME_LABEL_VALUE;
      if (method === 'nfd') prediction = nfdPrediction(n, input.kataRuleActive);
      else prediction = labelled || chosen.has(nameOf(n)) ? 'certain' : 'not-chosen';
    }
    if (prediction !== 'certain' && prediction !== 'nfd-decides') {
      notLabelled.push({ name: nameOf(n), reason: prediction });
      continue;
    }
    const evaluation = evaluations.get(nameOf(n));
    const verdict = evaluation?.verdict ?? 'unknown';
    // Only the listed nodes are explained (the engine gives verdicts; checks on demand).
    const checks = evaluation ? explainNode(n, input.ctx) : [];
    const reason = checks.find((c) => c.id === evaluation?.firstFailing?.id);
    result.push({
      name: nameOf(n),
      certainty: prediction,
      verdict,
      ...(verdict !== 'eligible' && reason ? { reason } : {}),
      warnings: warningsOf(checks),
    });
  }
  result.sort(
    (a, b) =>
      Number(b.warnings.some((w) => BLOCKING.has(w))) -
        Number(a.warnings.some((w) => BLOCKING.has(w))) ||
      b.warnings.length - a.warnings.length ||
      byName(a, b),
  );
  return {
    nodes: result,
    certain: result.filter((r) => r.certainty === 'certain').length,
    nfdDecides: result.filter((r) => r.certainty === 'nfd-decides').length,
    blocking: result.filter((r) => r.warnings.some((w) => BLOCKING.has(w))).length,
    notLabelled: notLabelled.sort(byName),
    ignoredChoices:
      method === 'manual' && spec.checkNodeEligibility
        ? [...chosen].filter((c) => !candidateNames.has(c)).sort((a, b) => a.localeCompare(b))
        : [],
  };
};

// -------------------------------------------------------------------------------------------
// The manual path: which nodes "select all" picks, which choice needs a confirmation
// -------------------------------------------------------------------------------------------

/** What the manual node picker knows of a worker. */
type Choice = {
  name: string;
  verdict: Verdict;
  /** Cordoned: eligible, but once labelled it holds the whole rollout until it is schedulable. */
  holdsRollout: boolean;
};

/**
 * "Select all" picks the nodes known to be eligible that can update now: never one the checks
 * call Not eligible, nor a cordoned one (it would hold every other node of the pool).
 */
export const selectAllNames = (choices: readonly Choice[]): string[] =>
  choices.filter((c) => c.verdict === 'eligible' && !c.holdsRollout).map((c) => c.name);

/**
 * Labelling a node the checks call Not eligible (the label vouches for it), or a cordoned one
 * (it holds the rollout), asks first: which question, or undefined.
 */
export const confirmationOf = (
  choice: Pick<Choice, 'verdict' | 'holdsRollout'>,
): 'not-eligible' | 'holds-rollout' | undefined => {
  if (choice.verdict === 'not-eligible') return 'not-eligible';
  return choice.holdsRollout ? 'holds-rollout' : undefined;
};
