/**
 * What the review and apply steps may show and allow, given the plan as it is now. Pure.
 * Results are always tied to the plan they were computed for (its key): results of another plan
 * are never shown as this plan's.
 */
import type { OperationResult } from './executor';

export type DryRunRecord = {
  /** The plan the results belong to. */
  planKey?: string;
  running: boolean;
  results?: readonly (OperationResult | undefined)[];
};

export type DryRunGate =
  | 'not-run'
  | 'running'
  | 'passed'
  | 'failed'
  /** It failed, and the admin chose to go on without it (for this plan). */
  | 'skipped';

export const dryRunGate = (
  planKey: string,
  dryRun: DryRunRecord,
  skippedPlanKey: string | undefined,
): DryRunGate => {
  if (dryRun.running) return 'running';
  if (dryRun.planKey !== planKey || !dryRun.results) return 'not-run';
  const failed = dryRun.results.some((r) => r?.status === 'failed');
  if (!failed) return 'passed';
  return skippedPlanKey === planKey ? 'skipped' : 'failed';
};

/** Next is blocked while the dry run of this plan runs or has failed (until knowingly skipped). */
export const reviewNextAllowed = (gate: DryRunGate): boolean =>
  gate !== 'failed' && gate !== 'running';
