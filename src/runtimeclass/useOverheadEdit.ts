import { useReducer } from 'react';
import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import type { RuntimeClassKind } from '../models';
import { RuntimeClassModel } from '../models';
import { initOverheadEdit, overheadEditReducer, overheadEditView } from '../overhead/edit';
import { toApiError } from '../shared/errors';

/**
 * The pod overhead editor's model: overhead/edit.ts's state machine, and the JSON patch it
 * decides on (closing the dialog once the API has taken it).
 */
export const useOverheadEdit = (runtimeClass: RuntimeClassKind, onClose: () => void) => {
  const [state, dispatch] = useReducer(overheadEditReducer, runtimeClass, initOverheadEdit);
  const view = overheadEditView(state);
  const save = async () => {
    if (!view.patch) return;
    dispatch({ type: 'saving' });
    try {
      await k8sPatch({ model: RuntimeClassModel, resource: state.loaded, data: view.patch });
      onClose();
    } catch (e) {
      dispatch({ type: 'failed', error: toApiError(e) });
    }
  };
  return {
    state,
    view,
    dispatch,
    save: () => {
      void save();
    },
    /** The values and resourceVersion of the RuntimeClass as the watch has it now. */
    reload: () => {
      dispatch({ type: 'reload', rc: runtimeClass });
    },
  };
};
