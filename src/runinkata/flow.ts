/**
 * The "Run in Kata" dialog as a state machine (pure): server dry run → save → undo. The async steps
 * take the API as an argument, so they are tested with fakes and run with the SDK's k8sPatch /
 * k8sCreate in the dialog.
 */
import type { K8sModel } from '../models';
import type { PodKind, ResourceList, WorkloadKind } from '../models/workloads';
import type { ApiError } from '../shared/errors';
import { isForbidden, toApiError } from '../shared/errors';
import type { JsonPatchOp } from './patch';
import { podFromTemplate, removeClassPatch, setClassPatch } from './patch';

export type Mode = 'set' | 'remove';

type DryRunResult = {
  /** The overhead the API server put on a pod from the template (RuntimeClass admission). */
  podOverhead: ResourceList | undefined;
  /** The pod check was skipped: the user may not create pods (403), only change the workload. */
  podCheckSkipped: boolean;
};

export type FlowState =
  | { step: 'checking' }
  | { step: 'checked'; result: DryRunResult }
  | { step: 'check-failed'; stage: 'workload' | 'pod'; error: ApiError }
  | { step: 'saving'; result: DryRunResult }
  | { step: 'save-failed'; result: DryRunResult; error: ApiError }
  | { step: 'saved' }
  | { step: 'undoing' }
  | { step: 'undo-failed'; error: ApiError }
  | { step: 'undone' };

export type FlowEvent =
  | { type: 'check' }
  | { type: 'checked'; result: DryRunResult }
  | { type: 'check-failed'; stage: 'workload' | 'pod'; error: ApiError }
  | { type: 'save' }
  | { type: 'saved' }
  | { type: 'save-failed'; error: ApiError }
  | { type: 'undo' }
  | { type: 'undone' }
  | { type: 'undo-failed'; error: ApiError };

export const INITIAL: FlowState = { step: 'checking' };

/** Events that do not fit the current step are ignored (a double click saves once). */
export const reduce = (state: FlowState, event: FlowEvent): FlowState => {
  switch (event.type) {
    case 'check':
      return state.step === 'saving' || state.step === 'undoing' ? state : { step: 'checking' };
    case 'checked':
      return state.step === 'checking' ? { step: 'checked', result: event.result } : state;
    case 'check-failed':
      return state.step === 'checking'
        ? { step: 'check-failed', stage: event.stage, error: event.error }
        : state;
    case 'save':
      return state.step === 'checked' || state.step === 'save-failed'
        ? { step: 'saving', result: state.result }
        : state;
    case 'saved':
      return state.step === 'saving' ? { step: 'saved' } : state;
    case 'save-failed':
      return state.step === 'saving'
        ? { step: 'save-failed', result: state.result, error: event.error }
        : state;
    case 'undo':
      return state.step === 'saved' || state.step === 'undo-failed' ? { step: 'undoing' } : state;
    case 'undone':
      return state.step === 'undoing' ? { step: 'undone' } : state;
    case 'undo-failed':
      return state.step === 'undoing' ? { step: 'undo-failed', error: event.error } : state;
  }
};

export const canSave = (s: FlowState) => s.step === 'checked' || s.step === 'save-failed';
export const isBusy = (s: FlowState) =>
  s.step === 'checking' || s.step === 'saving' || s.step === 'undoing';
/** Saved (or undoing, undone): the dialog offers Close and Undo instead of Save. */
export const isDone = (s: FlowState) =>
  s.step === 'saved' || s.step === 'undoing' || s.step === 'undo-failed' || s.step === 'undone';

/** The SDK calls the flow makes (options objects as k8sPatch / k8sCreate take them). */
export type FlowApi = {
  patch: (o: {
    model: K8sModel;
    resource: WorkloadKind;
    data: JsonPatchOp[];
    queryParams?: Record<string, string>;
  }) => Promise<unknown>;
  create: (o: {
    model: K8sModel;
    data: PodKind;
    queryParams?: Record<string, string>;
  }) => Promise<unknown>;
};

export type FlowTarget = {
  model: K8sModel;
  podModel: K8sModel;
  workload: WorkloadKind;
  /** The class to set, or (mode remove) the class to take away. */
  runtimeClass: string;
  mode: Mode;
};

const DRY_RUN = { dryRun: 'All' };

const patchOf = (t: FlowTarget) =>
  t.mode === 'set' ? setClassPatch(t.workload, t.runtimeClass) : removeClassPatch(t.runtimeClass);

/**
 * Server dry run: the workload patch (validation, admission of the workload), then — when setting
 * a class — a pod from the template (RuntimeClass admission: the class exists, overhead, node
 * selector conflicts; quotas; security context constraints). Nothing is stored.
 */
export const dryRun = async (api: FlowApi, t: FlowTarget): Promise<FlowEvent> => {
  try {
    await api.patch({
      model: t.model,
      resource: t.workload,
      data: patchOf(t),
      queryParams: DRY_RUN,
    });
  } catch (e) {
    return { type: 'check-failed', stage: 'workload', error: toApiError(e) };
  }
  if (t.mode === 'remove')
    return { type: 'checked', result: { podOverhead: undefined, podCheckSkipped: false } };
  try {
    const pod = (await api.create({
      model: t.podModel,
      data: podFromTemplate(t.workload, t.runtimeClass),
      queryParams: DRY_RUN,
    })) as PodKind | undefined;
    return {
      type: 'checked',
      result: { podOverhead: pod?.spec?.overhead, podCheckSkipped: false },
    };
  } catch (e) {
    const error = toApiError(e);
    if (isForbidden(error) && error.message.includes('cannot create resource "pods"')) {
      return { type: 'checked', result: { podOverhead: undefined, podCheckSkipped: true } };
    }
    return { type: 'check-failed', stage: 'pod', error };
  }
};

export const save = async (api: FlowApi, t: FlowTarget): Promise<FlowEvent> => {
  try {
    await api.patch({ model: t.model, resource: t.workload, data: patchOf(t) });
    return { type: 'saved' };
  } catch (e) {
    return { type: 'save-failed', error: toApiError(e) };
  }
};

/** Reverts what `save` did: removes the class it set, or puts back the class it removed. */
export const undo = async (api: FlowApi, t: FlowTarget): Promise<FlowEvent> => {
  const data: JsonPatchOp[] =
    t.mode === 'set'
      ? removeClassPatch(t.runtimeClass)
      : [{ op: 'add', path: '/spec/template/spec/runtimeClassName', value: t.runtimeClass }];
  try {
    await api.patch({ model: t.model, resource: t.workload, data });
    return { type: 'undone' };
  } catch (e) {
    return { type: 'undo-failed', error: toApiError(e) };
  }
};
