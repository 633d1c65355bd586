/**
 * The pod overhead editor's state machine (pure): the values typed, the confirmation that the
 * change is unsupported, saving, and what the API answered. The patch tests the resourceVersion
 * loaded when the dialog opened, or last reloaded.
 */
import type { RuntimeClassKind } from '../models';
import type { ApiError } from '../shared/errors';
import { checkQuantity } from './form';
import { ESTIMATED_POD_OVERHEAD_BYTES } from './memoryModel';
import type { FieldCheck } from './form';
import { buildOverheadPatch, isStaleVersionError } from './patch';
import type { JsonPatchOp } from './patch';
import { toCpuQuantityString, toQuantityString } from './quantity';

export type OverheadEdit = {
  /** The RuntimeClass the values were loaded from (its resourceVersion is tested). */
  loaded: RuntimeClassKind;
  memory: string;
  cpu: string;
  /** The user confirmed the change is not supported by Red Hat. */
  confirmed: boolean;
  saving: boolean;
  error?: ApiError;
};

export const initOverheadEdit = (rc: RuntimeClassKind): OverheadEdit => ({
  loaded: rc,
  memory: rc.overhead?.podFixed?.memory ?? '',
  cpu: rc.overhead?.podFixed?.cpu ?? '',
  confirmed: false,
  saving: false,
});

export type OverheadEditAction =
  | { type: 'memory' | 'cpu'; value: string }
  | { type: 'confirm'; confirmed: boolean }
  | { type: 'saving' }
  | { type: 'failed'; error: ApiError }
  /** Takes the values and resourceVersion of the RuntimeClass as the watch has it now. */
  | { type: 'reload'; rc: RuntimeClassKind };

export const overheadEditReducer = (s: OverheadEdit, a: OverheadEditAction): OverheadEdit => {
  switch (a.type) {
    case 'memory':
      return { ...s, memory: a.value };
    case 'cpu':
      return { ...s, cpu: a.value };
    case 'confirm':
      return { ...s, confirmed: a.confirmed };
    case 'saving':
      return { ...s, saving: true, error: undefined };
    case 'failed':
      return { ...s, saving: false, error: a.error };
    case 'reload':
      return { ...initOverheadEdit(a.rc), confirmed: s.confirmed };
  }
};

export type OverheadEditView = {
  memory: FieldCheck;
  cpu: FieldCheck;
  /** The JSON patch to send, when the values are valid and the change is confirmed. */
  patch: JsonPatchOp[] | undefined;
  /** The memory typed is below the memory model's estimate: warned about before Save. */
  belowEstimate: boolean;
  /** The save failed because the RuntimeClass changed since it was loaded: offer to reload. */
  stale: boolean;
};

export const overheadEditView = (s: OverheadEdit): OverheadEditView => {
  const memory = checkQuantity(s.memory, true, 'memory');
  const cpu = checkQuantity(s.cpu, true, 'cpu');
  const ready = s.confirmed && !s.saving && memory.value !== undefined && cpu.value !== undefined;
  return {
    memory,
    cpu,
    patch:
      ready && memory.value !== undefined && cpu.value !== undefined
        ? buildOverheadPatch(s.loaded, {
            memory: toQuantityString(memory.value),
            cpu: toCpuQuantityString(cpu.value),
          })
        : undefined,
    belowEstimate: memory.value !== undefined && memory.value < ESTIMATED_POD_OVERHEAD_BYTES,
    stale: s.error !== undefined && isStaleVersionError(s.error),
  };
};
