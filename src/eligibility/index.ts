/** The eligibility engine (pure, no React): import from here. */
export type {
  CheckId,
  CheckResult,
  CheckStatus,
  ClusterCounts,
  ClusterEvaluation,
  EligibilityContext,
  Evidence,
  HintId,
  NodeEvaluation,
  Verdict,
} from './types';
export type { KataState } from './kataState';
export { kataStateOf, kataStateIndex } from './kataState';
export { matchesSelector } from './selector';
export {
  DEFAULT_POD_OVERHEAD_MEMORY_BYTES,
  DEFAULT_VM_MEMORY_BYTES,
  countEvaluations,
  evaluateCluster,
  evaluateNode,
  isControlPlane,
  isKataTarget,
  isWorker,
  memoizedEvaluator,
  nodeNameOf,
  rolesOf,
  verdictOf,
} from './evaluate';
