/**
 * The rollout summary of the overview (pure). With the nodes known it is the rollout model's
 * (src/rollout/model.ts: the Kata pool, the Machine Config Daemon's node annotations, what holds
 * the pool), so the overview and the progress view cannot disagree; without them, the KataConfig
 * status alone.
 */
import type { KataConfigKind, NodeKind } from '../models';
import type { MachineConfigPoolKind } from '../models/cluster';
import { isBeingDeleted, progressPhase } from '../kataconfig/status';
import { rolloutModel } from '../rollout/model';
import type { RolloutModel, RolloutProblem } from '../rollout/model';

type RolloutState =
  'none' | 'installing' | 'updating' | 'uninstalling' | 'installed' | 'stuck' | 'blocked-by-pods';

export type RolloutSummary = {
  state: RolloutState;
  /** Nodes where Kata is installed / nodes in the Kata pool (the operator's nodeCount). */
  ready: number;
  total: number;
  /** The node that holds the rollout up, when known. */
  blockingNode: string | undefined;
  /** What holds a stuck rollout, as the progress view names it; undefined when not known. */
  problem?: RolloutProblem;
  /** The operator's or the daemon's message for a stuck or blocked rollout (as the API wrote it). */
  detail: string | undefined;
};

/** What the page watches besides the KataConfig; without it the status alone is read. */
export type RolloutLive = {
  nodes: readonly NodeKind[];
  pools: readonly MachineConfigPoolKind[];
  now: number;
};

/** The first problem the progress view lists: the one to deal with first. */
const blockOf = (
  model: RolloutModel,
): Pick<RolloutSummary, 'blockingNode' | 'problem' | 'detail'> => {
  const problem = model.problems.at(0);
  if (!problem) return { blockingNode: undefined, detail: undefined };
  return {
    problem,
    blockingNode: 'node' in problem ? problem.node : undefined,
    detail: problem.kind === 'node-failed' && problem.reason !== '' ? problem.reason : undefined,
  };
};

const fromModel = (kc: KataConfigKind, live: RolloutLive): RolloutSummary => {
  const model = rolloutModel({ kataConfig: kc, ...live });
  const base = {
    ready: model.counts.installed,
    total: model.counts.labelled,
    blockingNode: undefined,
    detail: undefined,
  };
  const waitingForNfd = model.problems.some((p) => p.kind === 'no-eligible-nodes');
  if (model.state === 'stuck' || waitingForNfd)
    return { ...base, state: 'stuck', ...blockOf(model) };
  if (model.state === 'installed') return { ...base, state: 'installed' };
  // Done by the operator's count; the problem says on which nodes Kata pods cannot start.
  if (model.state === 'installed-unusable')
    return {
      ...base,
      state: 'installed',
      problem: model.problems.find((p) => p.kind === 'kata-unusable'),
    };
  return { ...base, state: progressPhase(kc).kind === 'updating' ? 'updating' : 'installing' };
};

export const rolloutSummary = (
  kc: KataConfigKind | undefined,
  live?: RolloutLive,
): RolloutSummary => {
  if (!kc) return { state: 'none', ready: 0, total: 0, blockingNode: undefined, detail: undefined };
  // The operator's counts: nodeCount is every labelled target, failed and waiting ones included.
  const ready = kc.status?.kataNodes?.readyNodeCount ?? 0;
  const total = kc.status?.kataNodes?.nodeCount ?? 0;
  const base = { ready, total, blockingNode: undefined, detail: undefined };
  const phase = progressPhase(kc);
  if (phase.kind === 'blocked') return { ...base, state: 'blocked-by-pods', detail: phase.message };
  if (phase.kind === 'uninstalling' || isBeingDeleted(kc))
    return { ...base, state: 'uninstalling' };
  if (live) return fromModel(kc, live);
  switch (phase.kind) {
    case 'failed':
      return {
        ...base,
        state: 'stuck',
        blockingNode: phase.node,
        ...(phase.node
          ? {
              problem: {
                kind: 'node-failed',
                node: phase.node,
                reason: phase.detail,
                blocksPool: true,
              },
            }
          : {}),
        detail: phase.detail,
      };
    case 'installing':
      return { ...base, state: 'installing' };
    case 'updating':
      return { ...base, state: 'updating' };
    default: {
      // A failed node is listed even when the condition has moved on.
      const failed = kc.status?.kataNodes?.failedToInstall?.[0];
      if (failed) {
        const problem: RolloutProblem = {
          kind: 'node-failed',
          node: failed,
          reason: '',
          blocksPool: true,
        };
        return { ...base, state: 'stuck', blockingNode: failed, problem };
      }
      return { ...base, state: ready < total ? 'installing' : 'installed' };
    }
  }
};
