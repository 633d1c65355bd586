import { KataConfigModel } from '../models';
import type { OperationResult } from './executor';
import type { PlanOperation } from './plan';
import {
  INITIAL_RUN,
  applyFor,
  dryRunFor,
  isApplied,
  planKey,
  runReducer,
  startApply,
} from './run';

const label = (node: string): PlanOperation => ({ kind: 'label-node', node, patch: [] });
const create: PlanOperation = {
  kind: 'create',
  model: KataConfigModel,
  object: { metadata: { name: 'example-kataconfig' } },
};
const ok: OperationResult = { status: 'succeeded', outcome: 'created' };
const failed: OperationResult = { status: 'failed', failure: { kind: 'missing' } };

describe('the wizard run', () => {
  it('a failed apply shows only while the answers are unchanged; a running or successful one always', () => {
    const ops = [label('a'), create];
    let s = runReducer(INITIAL_RUN, {
      type: 'apply-started',
      apply: startApply(undefined, ops, false),
    });
    expect(applyFor(s, true)).toBe(s.apply);
    s = runReducer(s, { type: 'apply-result', index: 0, result: failed });
    s = runReducer(s, { type: 'apply-done', failedAt: 0 });
    expect(applyFor(s, false)).toBe(s.apply);
    // The admin went back and changed the answers: the old failure is not shown as this plan's.
    expect(applyFor(s, true)).toBeUndefined();
    let done = runReducer(INITIAL_RUN, {
      type: 'apply-started',
      apply: startApply(undefined, ops, false),
    });
    done = runReducer(done, { type: 'apply-result', index: 0, result: ok });
    done = runReducer(done, { type: 'apply-result', index: 1, result: ok });
    done = runReducer(done, { type: 'apply-done' });
    expect(applyFor(done, true)).toBe(done.apply);
  });

  it('applies operation after operation, then is done', () => {
    const ops = [label('a'), create];
    let s = runReducer(INITIAL_RUN, {
      type: 'apply-started',
      apply: startApply(undefined, ops, false),
    });
    expect(s.apply?.running).toBe(0);
    s = runReducer(s, { type: 'apply-result', index: 0, result: ok });
    expect(s.apply?.running).toBe(1);
    s = runReducer(s, { type: 'apply-result', index: 1, result: ok });
    s = runReducer(s, { type: 'apply-done' });
    expect(isApplied(s.apply)).toBe(true);
  });

  it('stops at a failure; a Retry with unchanged answers resumes there with the earlier results', () => {
    const ops = [label('a'), create];
    let s = runReducer(INITIAL_RUN, {
      type: 'apply-started',
      apply: startApply(undefined, ops, false),
    });
    s = runReducer(s, { type: 'apply-result', index: 0, result: ok });
    s = runReducer(s, { type: 'apply-result', index: 1, result: failed });
    expect(s.apply?.running).toBeUndefined();
    s = runReducer(s, { type: 'apply-done', failedAt: 1 });
    expect(isApplied(s.apply)).toBe(false);
    // Node a now carries the label: the plan made from the cluster has one operation fewer, but
    // the Retry goes on with the plan that was applied, so its first result stays on the list.
    const retry = startApply(s.apply, [create], false);
    expect(retry.operations).toEqual(ops);
    expect(retry.running).toBe(1);
    expect(retry.results[0]).toBe(ok);
  });

  it('starts the new plan over when the admin changed the answers since the failure', () => {
    const first = { ...startApply(undefined, [create], false), running: undefined, failedAt: 0 };
    const again = startApply(first, [label('b'), create], true);
    expect(again.operations).toEqual([label('b'), create]);
    expect(again.running).toBe(0);
    expect(again.results).toEqual([undefined, undefined]);
  });

  it('shows dry run results only for the plan they were computed for', () => {
    let s = runReducer(INITIAL_RUN, { type: 'dry-run-started' });
    expect(dryRunFor(s, 'x').running).toBe(true);
    s = runReducer(s, { type: 'dry-run-done', results: [ok], planKey: planKey([create]) });
    expect(dryRunFor(s, planKey([create])).results).toEqual([ok]);
    expect(dryRunFor(s, planKey([label('c'), create])).results).toBeUndefined();
  });
});
