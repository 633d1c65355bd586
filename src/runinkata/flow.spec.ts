import { DeploymentModel, PodModel } from '../models/workloads';
import { deployment } from '../workloads/fixtures';
import type { FlowApi, FlowState, FlowTarget } from './flow';
import { INITIAL, canSave, dryRun, isDone, reduce, save, undo } from './flow';

const status = (code: number, reason: string, message: string) =>
  Object.assign(new Error(message), { code, json: { kind: 'Status', code, reason, message } });

const target = (mode: 'set' | 'remove' = 'set'): FlowTarget => ({
  model: DeploymentModel,
  podModel: PodModel,
  workload: deployment('web', mode === 'remove' ? { runtimeClassName: 'kata' } : {}),
  runtimeClass: 'kata',
  mode,
});

type PatchCall = Parameters<FlowApi['patch']>[0];
type CreateCall = Parameters<FlowApi['create']>[0];
type FakeApi = {
  patch: jest.Mock<Promise<unknown>, [PatchCall]>;
  create: jest.Mock<Promise<unknown>, [CreateCall]>;
};

const api = (over: Partial<FakeApi> = {}): FakeApi => ({
  patch: jest.fn<Promise<unknown>, [PatchCall]>().mockResolvedValue({}),
  create: jest
    .fn<Promise<unknown>, [CreateCall]>()
    .mockResolvedValue({ spec: { overhead: { memory: '350Mi', cpu: '250m' } } }),
  ...over,
});

const patchCall = (a: FakeApi, i: number): PatchCall => a.patch.mock.calls[i][0];

describe('dryRun', () => {
  it('dry-runs the workload patch, then a pod from the template, storing nothing', async () => {
    const a = api();
    const event = await dryRun(a, target());
    expect(patchCall(a, 0)).toMatchObject({
      queryParams: { dryRun: 'All' },
      model: DeploymentModel,
    });
    expect(a.create).toHaveBeenCalledWith(
      expect.objectContaining({ queryParams: { dryRun: 'All' }, model: PodModel }),
    );
    expect(event).toEqual({
      type: 'checked',
      result: { podOverhead: { memory: '350Mi', cpu: '250m' }, podCheckSkipped: false },
    });
  });

  it('stops at a refused workload patch', async () => {
    const a = api({
      patch: jest
        .fn<Promise<unknown>, [PatchCall]>()
        .mockRejectedValue(status(422, 'Invalid', 'bad')),
    });
    expect(await dryRun(a, target())).toMatchObject({ type: 'check-failed', stage: 'workload' });
    expect(a.create).not.toHaveBeenCalled();
  });

  it('reports a pod the admission refuses (unknown RuntimeClass)', async () => {
    const a = api({
      create: jest
        .fn<Promise<unknown>, [CreateCall]>()
        .mockRejectedValue(status(403, 'Forbidden', 'pod rejected: RuntimeClass "kata" not found')),
    });
    expect(await dryRun(a, target())).toMatchObject({
      type: 'check-failed',
      stage: 'pod',
      error: { message: 'pod rejected: RuntimeClass "kata" not found' },
    });
  });

  it('skips the pod check for a user who may not create pods', async () => {
    const a = api({
      create: jest
        .fn<Promise<unknown>, [CreateCall]>()
        .mockRejectedValue(
          status(403, 'Forbidden', 'pods is forbidden: User "x" cannot create resource "pods"'),
        ),
    });
    expect(await dryRun(a, target())).toEqual({
      type: 'checked',
      result: { podOverhead: undefined, podCheckSkipped: true },
    });
  });

  it('does not dry-run a pod when removing the class', async () => {
    const a = api();
    await dryRun(a, target('remove'));
    expect(a.create).not.toHaveBeenCalled();
  });
});

describe('save and undo', () => {
  it('saves without dryRun, and undo removes the field it set', async () => {
    const a = api();
    expect(await save(a, target())).toEqual({ type: 'saved' });
    expect(patchCall(a, 0)).not.toHaveProperty('queryParams');
    expect(await undo(a, target())).toEqual({ type: 'undone' });
    expect(patchCall(a, 1).data).toEqual([
      { op: 'test', path: '/spec/template/spec/runtimeClassName', value: 'kata' },
      { op: 'remove', path: '/spec/template/spec/runtimeClassName' },
    ]);
  });

  it('undo of a removal puts the class back', async () => {
    const a = api();
    await undo(a, target('remove'));
    expect(patchCall(a, 0).data).toEqual([
      { op: 'add', path: '/spec/template/spec/runtimeClassName', value: 'kata' },
    ]);
  });

  it('turns API failures into events with the API message', async () => {
    const a = api({
      patch: jest
        .fn<Promise<unknown>, [PatchCall]>()
        .mockRejectedValue(status(409, 'Conflict', 'changed')),
    });
    expect(await save(a, target())).toEqual({
      type: 'save-failed',
      error: { code: 409, reason: 'Conflict', message: 'changed', causes: [] },
    });
  });
});

describe('reduce', () => {
  const result = { podOverhead: undefined, podCheckSkipped: false };
  const run = (...events: Parameters<typeof reduce>[1][]): FlowState =>
    events.reduce(reduce, INITIAL);

  it('goes checking → checked → saving → saved → undoing → undone', () => {
    const s = run(
      { type: 'checked', result },
      { type: 'save' },
      { type: 'saved' },
      { type: 'undo' },
      { type: 'undone' },
    );
    expect(s).toEqual({ step: 'undone' });
  });

  it('counts as done (Close and Undo offered) from the save on, not before', () => {
    const checked = run({ type: 'checked', result });
    expect(isDone(checked)).toBe(false);
    expect(isDone(reduce(checked, { type: 'save' }))).toBe(false);
    const saved = run({ type: 'checked', result }, { type: 'save' }, { type: 'saved' });
    expect(isDone(saved)).toBe(true);
    expect(isDone(reduce(saved, { type: 'undo' }))).toBe(true);
  });

  it('does not save before the dry run passed, nor twice', () => {
    expect(canSave(INITIAL)).toBe(false);
    expect(run({ type: 'save' })).toEqual(INITIAL);
    const saving = run({ type: 'checked', result }, { type: 'save' });
    expect(reduce(saving, { type: 'save' })).toBe(saving);
  });

  it('keeps the dry-run result after a failed save so the user can retry', () => {
    const error = { message: 'x', causes: [] };
    const s = run({ type: 'checked', result }, { type: 'save' }, { type: 'save-failed', error });
    expect(s).toEqual({ step: 'save-failed', result, error });
    expect(canSave(s)).toBe(true);
  });
});
