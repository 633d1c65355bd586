/**
 * The wizard's dry run and apply as a state machine (pure): which operations run from where, what
 * each returned, and when a Retry resumes rather than starts over. useInstallWizard performs the
 * runs (executor.ts) these functions decide on.
 */
import type { OperationResult } from './executor';
import type { PlanOperation } from './plan';

export type ApplyState = {
  operations: readonly PlanOperation[];
  results: (OperationResult | undefined)[];
  /** Index of the operation running now. */
  running?: number;
  failedAt?: number;
};

export type DryRunState = {
  running: boolean;
  results?: (OperationResult | undefined)[];
  /** The plan the results were computed for (planKey). */
  planKey?: string;
};

export type RunState = { dryRun: DryRunState; apply?: ApplyState };

export const INITIAL_RUN: RunState = { dryRun: { running: false } };

/** A plan's identity: a changed plan means earlier results no longer apply. */
export const planKey = (operations: readonly PlanOperation[]): string => JSON.stringify(operations);

export const isApplied = (state: ApplyState | undefined): boolean =>
  state !== undefined &&
  state.running === undefined &&
  state.results.every((r) => r?.status === 'succeeded');

/**
 * Where applying starts: after a failure, a Retry with the answers unchanged resumes the plan
 * the admin applied, at the failed operation, with the earlier results, whatever the watch has
 * shown since (the objects the first attempt created no longer make the plan look different).
 * Changed answers (the admin went back) start the new plan over; reconciling each operation
 * adopts what the first attempt already created.
 */
export const startApply = (
  apply: ApplyState | undefined,
  operations: readonly PlanOperation[],
  answersChanged: boolean,
): ApplyState => {
  if (apply !== undefined && !answersChanged) {
    const from = apply.failedAt ?? 0;
    return { operations: apply.operations, results: [...apply.results], running: from };
  }
  return { operations, results: operations.map(() => undefined), running: 0 };
};

export type RunAction =
  | { type: 'dry-run-started' }
  | { type: 'dry-run-done'; results: (OperationResult | undefined)[]; planKey: string }
  | { type: 'apply-started'; apply: ApplyState }
  | { type: 'apply-result'; index: number; result: OperationResult }
  | { type: 'apply-done'; failedAt?: number };

export const runReducer = (s: RunState, a: RunAction): RunState => {
  switch (a.type) {
    case 'dry-run-started':
      return { ...s, dryRun: { running: true } };
    case 'dry-run-done':
      return { ...s, dryRun: { running: false, results: a.results, planKey: a.planKey } };
    case 'apply-started':
      return { ...s, apply: a.apply };
    case 'apply-result': {
      if (!s.apply) return s;
      const results = [...s.apply.results];
      results[a.index] = a.result;
      // The next operation runs only after this one succeeded.
      const next =
        a.result.status === 'succeeded' && a.index + 1 < s.apply.operations.length
          ? a.index + 1
          : undefined;
      return { ...s, apply: { ...s.apply, results, running: next } };
    }
    case 'apply-done':
      if (!s.apply) return s;
      return { ...s, apply: { ...s.apply, running: undefined, failedAt: a.failedAt } };
  }
};

/** The dry run's results for this plan; results of another plan (changed since) are not shown. */
export const dryRunFor = (s: RunState, key: string): DryRunState =>
  s.dryRun.planKey === key ? s.dryRun : { running: s.dryRun.running };

/**
 * The apply run to show: one running or finished with success, else only while the admin has
 * not changed the answers since it started (`answersChanged`). After a failure they may go back
 * and change them: the step then starts afresh rather than show another plan's results. What
 * the run itself created (seen by the watch) does not count as a change.
 */
export const applyFor = (s: RunState, answersChanged: boolean): ApplyState | undefined => {
  const a = s.apply;
  if (!a) return undefined;
  if (a.running !== undefined || isApplied(a)) return a;
  return answersChanged ? undefined : a;
};
