/**
 * The Kata rollout as the machinery runs it: the operator labels every target node at once (into
 * the `kata-oc` pool), the MachineConfig operator updates `maxUnavailable` of them at a time, and the
 * operator creates the `kata` RuntimeClass only once the pool is updated
 * (openshift_controller.go processKataConfigInstallRequest). Nodes that cannot be updated
 * (NotReady, cordoned, Degraded) count against the pool's budget, so with the default budget of one
 * a single such node stops the rollout (node_controller.go getAllCandidateMachines). Pure.
 *
 * A node that does not run RHCOS completes its update without the Kata extension: the Machine
 * Config Daemon skips OS changes there ("updating the OS on non-CoreOS nodes is not supported",
 * machine-config-operator pkg/daemon/update.go) and reports Done, so the operator counts it as
 * installed while a Kata pod scheduled on it never starts (FailedCreatePodSandBox). The counts stay
 * the operator's; such nodes are flagged apart (OSC docs › Prerequisites: RHCOS workers only).
 */
import {
  KATA_RUNTIME_CLASS,
  KATA_RUNTIME_LABEL,
  KATA_RUNTIME_LABEL_VALUE,
  OS_ID_LABEL,
  WORKER_ROLE_LABEL,
} from '../models/constants';
import type { KataConfigKind, NodeKind } from '../models';
import type { MachineConfigPoolKind } from '../models/cluster';
import { kataStateIndex } from '../eligibility/kataState';
import { nodeOs } from '../eligibility/os';
import { daemonFailure } from './messages';
import { isUnavailableForUpdate, nodeUpdate } from './nodeState';
import type { NodePhase, NodeUpdate } from './nodeState';
import { kataPool, kataPoolNodes, maxUnavailable, poolTarget, poolUpdatingSince } from './pool';
import type { KataPool } from './pool';

/** How long one drain attempt may take before the drain controller retries (drain_controller.go DrainHelperTimeout). */
export const DRAIN_ATTEMPT_MS = 90_000;

export type RolloutProblem =
  /** A node of the pool is NotReady or cordoned: it cannot update, and it uses the pool's budget. */
  | {
      kind: 'node-unavailable';
      node: string;
      cause: 'not-ready' | 'cordoned';
      since?: string;
      blocksPool: boolean;
    }
  /** The Machine Config Daemon could not update the node. */
  | { kind: 'node-failed'; node: string; reason: string; blocksPool: boolean }
  /** A drain has lasted longer than one attempt: something (often a PodDisruptionBudget) holds it. */
  | { kind: 'drain-slow'; node: string; since?: string }
  /** checkNodeEligibility with no node labelled runtime.kata=true: the operator waits ("Is NFD running?"). */
  | { kind: 'no-eligible-nodes' }
  | { kind: 'pool-paused' }
  /** Nodes of the pool that do not run RHCOS: installed by the operator's count, Kata pods cannot run there. */
  | { kind: 'kata-unusable'; nodes: string[] };

/** Why Kata pods cannot run on a node of the pool: it runs RHEL, or another OS than RHCOS. */
export type KataUnusable = 'rhel' | 'other-os';

/** A node of the Kata pool: its place in the rollout, and whether Kata pods can run on it at all. */
export type RolloutNode = NodeUpdate & { kataUnusable?: KataUnusable };

export type RolloutState =
  /** The KataConfig exists but no node is in the Kata pool yet. */
  | 'starting'
  | 'in-progress'
  /** Nothing can move until a problem is dealt with. */
  | 'stuck'
  /** Every node is updated; the operator is creating the RuntimeClass. */
  | 'finishing'
  | 'installed'
  /** Every node is updated and the RuntimeClass exists, but Kata pods cannot run on some nodes. */
  | 'installed-unusable';

export type RolloutCounts = {
  /** Nodes in the Kata pool: the operator's nodeCount. */
  labelled: number;
  installed: number;
  failed: number;
  /** Draining or rebooting now. */
  updating: number;
  /** Not started (waiting, cordoned or NotReady). */
  waiting: number;
  /** In the pool (and counted above as the operator counts them), but Kata pods cannot run there. */
  unusable: number;
};

export type RolloutModel = {
  pool: KataPool;
  state: RolloutState;
  nodes: RolloutNode[];
  counts: RolloutCounts;
  problems: RolloutProblem[];
  /** When the pool started updating. */
  startedAt?: string;
  runtimeClassReady: boolean;
};

export type RolloutInput = {
  kataConfig: KataConfigKind;
  nodes: readonly NodeKind[];
  pools: readonly MachineConfigPoolKind[];
  /** Milliseconds since the epoch (for how long a drain has been running). */
  now: number;
};

const PHASE_ORDER: readonly NodePhase[] = [
  'failed',
  'draining',
  'rebooting',
  'updating',
  'cordoned',
  'not-ready',
  'waiting',
  'updated',
];

const byPhaseThenName = (a: NodeUpdate, b: NodeUpdate) =>
  PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase) || a.name.localeCompare(b.name);

const countOf = (nodes: readonly RolloutNode[]): RolloutCounts => {
  const c: RolloutCounts = {
    labelled: nodes.length,
    installed: 0,
    failed: 0,
    updating: 0,
    waiting: 0,
    unusable: 0,
  };
  for (const n of nodes) {
    if (n.kataUnusable) c.unusable += 1;
    if (n.phase === 'updated') c.installed += 1;
    else if (n.phase === 'failed') c.failed += 1;
    else if (n.phase === 'draining' || n.phase === 'rebooting' || n.phase === 'updating') {
      c.updating += 1;
    } else c.waiting += 1;
  }
  return c;
};

const hasEligibleWorker = (nodes: readonly NodeKind[]) =>
  nodes.some(
    (n) =>
      n.metadata?.labels?.[WORKER_ROLE_LABEL] !== undefined &&
      n.metadata.labels[KATA_RUNTIME_LABEL] === KATA_RUNTIME_LABEL_VALUE,
  );

/**
 * Kata pods cannot run on a node that does not run RHCOS: the kata-containers extension is an RHCOS
 * extension, which the Machine Config Daemon applies on CoreOS only. An OS not reported is no caveat.
 */
export const kataUnusableOn = (node: NodeKind): KataUnusable | undefined => {
  switch (nodeOs(node.metadata?.labels?.[OS_ID_LABEL], node.status?.nodeInfo?.osImage)) {
    case 'rhel':
      return 'rhel';
    case 'other':
      return 'other-os';
    default:
      return undefined;
  }
};

const withOs = (update: NodeUpdate, node: NodeKind): RolloutNode => {
  const unusable = kataUnusableOn(node);
  return unusable ? { ...update, kataUnusable: unusable } : update;
};

/** Without the pool (not readable, or not created yet) the operator's own lists give the phases. */
const fromOperatorStatus = (update: NodeUpdate, kataConfig: KataConfigKind): NodeUpdate => {
  const state = kataStateIndex(kataConfig).get(update.name);
  switch (state) {
    case 'installed':
      return { ...update, phase: 'updated' };
    case 'installing':
      return { ...update, phase: 'updating' };
    case 'failed':
      return { ...update, phase: 'failed', reason: update.reason ?? '' };
    default:
      return update;
  }
};

export const rolloutModel = ({ kataConfig, nodes, pools, now }: RolloutInput): RolloutModel => {
  const pool = kataPool(pools);
  const target = poolTarget(pool.pool);
  const members = kataPoolNodes(nodes, pool);
  const updates = members
    .map((n) => {
      const u = nodeUpdate(n, target);
      return withOs(target === undefined ? fromOperatorStatus(u, kataConfig) : u, n);
    })
    .sort(byPhaseThenName);
  const counts = countOf(updates);
  const runtimeClassReady = (kataConfig.status?.runtimeClasses ?? []).includes(KATA_RUNTIME_CLASS);

  // The pool's budget: unavailable nodes plus failing ones (getAllCandidateMachines).
  const budget = maxUnavailable(pool.pool, members.length);
  const stalled = members.filter((n) => {
    const phase = nodeUpdate(n, target).phase;
    return isUnavailableForUpdate(n) && (phase === 'cordoned' || phase === 'not-ready');
  }).length;
  const remaining = counts.waiting > 0;
  const blocksPool = remaining && stalled + counts.failed >= budget;

  const problems: RolloutProblem[] = [];
  if (
    kataConfig.spec?.checkNodeEligibility === true &&
    counts.labelled === 0 &&
    !hasEligibleWorker(nodes)
  ) {
    problems.push({ kind: 'no-eligible-nodes' });
  }
  if (pool.pool?.spec?.paused === true && counts.installed < counts.labelled) {
    problems.push({ kind: 'pool-paused' });
  }
  for (const n of updates) {
    if (n.phase === 'failed') {
      problems.push({ kind: 'node-failed', node: n.name, reason: n.reason ?? '', blocksPool });
    } else if (n.phase === 'cordoned' || n.phase === 'not-ready') {
      problems.push({
        kind: 'node-unavailable',
        node: n.name,
        cause: n.phase,
        ...(n.since ? { since: n.since } : {}),
        blocksPool,
      });
    } else if (n.phase === 'draining') {
      const started = n.since ? Date.parse(n.since) : NaN;
      // Without a recorded start the drain's length is unknown: look for what could hold it.
      if (Number.isNaN(started) || now - started > DRAIN_ATTEMPT_MS) {
        problems.push({ kind: 'drain-slow', node: n.name, ...(n.since ? { since: n.since } : {}) });
      }
    }
  }

  // After what holds the rollout: this one does not stop it, it says what the result is worth.
  const unusable = updates
    .filter((n) => n.kataUnusable !== undefined)
    .map((n) => n.name)
    .sort((a, b) => a.localeCompare(b));
  if (unusable.length > 0) problems.push({ kind: 'kata-unusable', nodes: unusable });

  let state: RolloutState;
  if (counts.labelled === 0) state = 'starting';
  else if (counts.installed === counts.labelled) {
    if (!runtimeClassReady) state = 'finishing';
    else state = counts.unusable > 0 ? 'installed-unusable' : 'installed';
  } else if (
    blocksPool ||
    problems.some((p) => p.kind === 'pool-paused') ||
    (counts.updating === 0 && counts.failed > 0)
  ) {
    state = 'stuck';
  } else state = 'in-progress';

  return {
    pool,
    state,
    nodes: updates,
    counts,
    problems,
    ...(poolUpdatingSince(pool.pool) ? { startedAt: poolUpdatingSince(pool.pool) } : {}),
    runtimeClassReady,
  };
};

/**
 * Which extra kinds the progress view needs: PodDisruptionBudgets and pods only for a drain that
 * is slow, or that the Machine Config Daemon gave up on after an hour (the node stays cordoned).
 */
export const rolloutWatches = (model: RolloutModel): { drainingNodes: string[] } => ({
  drainingNodes: model.problems.flatMap((p) =>
    p.kind === 'drain-slow' ||
    (p.kind === 'node-failed' && daemonFailure(p.reason) === 'drain-timeout')
      ? [p.node]
      : [],
  ),
});
