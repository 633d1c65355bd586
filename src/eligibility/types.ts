import type { KataConfigKind } from '../models';
import type { KataState } from './kataState';

export type CheckId =
  'role' | 'os' | 'platform' | 'virtualization' | 'label' | 'ready' | 'schedulable' | 'memory';

/**
 * `warn`: a caveat that does not change the verdict: a passing state of the node (cordoned for
 * maintenance, or by the Machine Config Daemon while it updates the node), not a property of its
 * hardware, OS or platform.
 */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'not-applicable';

export type Verdict = 'eligible' | 'not-eligible' | 'unknown';

/** What a check looked at. No prose: the UI turns ids into translated sentences. */
export type Evidence = { source: 'label' | 'field'; key: string; value?: string };

/** Remediation or caveat a check attaches to its result; the UI translates it. */
export type HintId =
  // role
  | 'not-worker'
  // os
  | 'rhel-not-supported'
  | 'os-not-supported'
  | 'os-unreported'
  // platform
  | 'nested-virtualization'
  | 'aws-not-metal'
  | 'cloud-not-supported'
  | 'platform-unreported'
  // virtualization
  | 'no-hardware-virtualization'
  | 'kvm-not-loaded'
  | 'install-nfd'
  | 'create-nfd'
  | 'wait-for-nfd'
  | 'manual-label-trusted'
  // label
  | 'apply-kata-label'
  | 'all-workers-targeted'
  | 'label-not-required-yet'
  // ready / schedulable
  | 'node-not-ready'
  | 'ready-unreported'
  | 'uncordon-node'
  // memory
  | 'not-enough-memory'
  | 'memory-unreported';

/** A check's outcome: what the verdict and the table's reason column need. */
export type CheckOutcome = {
  readonly id: CheckId;
  readonly status: CheckStatus;
  readonly hint?: HintId;
};

/** A check explained: its outcome and what it looked at. */
export type CheckResult = CheckOutcome & {
  evidence: Evidence[];
  /**
   * Numbers the memory hint needs (bytes): what the node can allocate and what one Kata pod needs.
   * Only set by the memory check.
   */
  memory?: { allocatableBytes?: number; requiredBytes: number };
};

/** What the table and the counts need of one node; `explainNode` gives all of its checks. */
export type NodeEvaluation = {
  name: string;
  verdict: Verdict;
  /** The first failing check, else the first unknown one (what the "reason" column names). */
  firstFailing?: CheckOutcome;
  /**
   * The first check that passed with a caveat (`warn`), when no check failed: what the reason
   * column says of an eligible node. Not set for a node that is not eligible (its checks after
   * the failing one are not run; `explainNode` has them all).
   */
  warning?: CheckOutcome;
  kataState: KataState;
  /** The KataConfig (as it is now) installs Kata on this node. */
  isTarget: boolean;
};

export type EligibilityContext = {
  /** Infrastructure `cluster` status.platformStatus.type (or status.platform), e.g. BareMetal, AWS. */
  platform?: string;
  kataConfig?: KataConfigKind;
  /** The NFD operator's CRD exists (flag SANDBOXED_CONTAINERS_NFD). */
  nfdInstalled: boolean;
  /** A NodeFeatureDiscovery resource exists. */
  nfdPresent?: boolean;
  /**
   * A NodeFeatureDiscovery carries the documented kata rule (CPU flag AND the kvm modules), so NFD
   * labels every node that passes it `runtime.kata=true`: a node with VMX/SVM but without the
   * label failed the kernel-module half of the rule.
   */
  nfdKataRule?: boolean;
  /**
   * `overhead.podFixed.memory` of the kata RuntimeClass as the API gives it (e.g. "350Mi"), when
   * it exists. A quantity, not bytes: the engine parses it, so the pages' shells need no parser.
   */
  podOverheadMemory?: string;
};

export type ClusterCounts = {
  eligible: number;
  notEligible: number;
  unknown: number;
  /** Nodes whose Kata state is `installed`. */
  installed: number;
};

export type ClusterEvaluation = {
  evaluations: NodeEvaluation[];
  counts: ClusterCounts;
};
