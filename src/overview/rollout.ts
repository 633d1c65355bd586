/**
 * The rollout summary of the overview (pure).
 *
 * SEAM (issue 15): today this reads only `KataConfig.status` (the InProgress condition and the
 * kataNodes counts). The rollout model of issue 15 (the `kata-oc` MachineConfigPool, the Machine
 * Config Daemon's node annotations, a stuck-rollout diagnosis naming the node that blocks the pool:
 * cordoned, NotReady, Degraded, a drain held by a PodDisruptionBudget) replaces the body of
 * `rolloutSummary` when it is on main; callers only depend on `RolloutSummary`.
 */
import type { KataConfigKind } from '../models';
import { isBeingDeleted, progressPhase } from '../kataconfig/status';

type RolloutState =
  'none' | 'installing' | 'updating' | 'uninstalling' | 'installed' | 'stuck' | 'blocked-by-pods';

export type RolloutSummary = {
  state: RolloutState;
  /** Nodes where Kata is ready / nodes the KataConfig targets. */
  ready: number;
  total: number;
  /** The node that holds the rollout up, when known. */
  blockingNode: string | undefined;
  /** The operator's message for a stuck or blocked rollout (shown as the API wrote it). */
  detail: string | undefined;
};

export const rolloutSummary = (kc: KataConfigKind | undefined): RolloutSummary => {
  if (!kc) return { state: 'none', ready: 0, total: 0, blockingNode: undefined, detail: undefined };
  // The operator's counts: nodeCount is every labelled target, failed and waiting ones included.
  const ready = kc.status?.kataNodes?.readyNodeCount ?? 0;
  const total = kc.status?.kataNodes?.nodeCount ?? 0;
  const base = { ready, total, blockingNode: undefined, detail: undefined };
  const phase = progressPhase(kc);
  switch (phase.kind) {
    case 'failed':
      return { ...base, state: 'stuck', blockingNode: phase.node, detail: phase.detail };
    case 'blocked':
      return { ...base, state: 'blocked-by-pods', detail: phase.message };
    case 'installing':
      return { ...base, state: 'installing' };
    case 'updating':
      return { ...base, state: 'updating' };
    case 'uninstalling':
      return { ...base, state: 'uninstalling' };
    default:
      if (isBeingDeleted(kc)) return { ...base, state: 'uninstalling' };
      // A failed node is listed even when the condition has moved on.
      if ((kc.status?.kataNodes?.failedToInstall ?? []).length > 0) {
        return {
          ...base,
          state: 'stuck',
          blockingNode: kc.status?.kataNodes?.failedToInstall?.[0],
        };
      }
      return { ...base, state: ready < total ? 'installing' : 'installed' };
  }
};
