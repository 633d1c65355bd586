import { useReducer, useState } from 'react';
import { k8sGet, k8sUpdate } from '@openshift-console/dynamic-plugin-sdk';
import { KataConfigModel } from '../models';
import type { KataConfigKind } from '../models';
import { isConflict, toApiError } from '../shared/errors';
import { editorReducer, initModel, isDirty, planReapply, planSave } from './editor';
import type { SavePlan } from './editor';
import type { KataConfigFormState } from './form';

/**
 * The KataConfig editor's model: the state machine of editor.ts over the watched object, and the
 * API calls it decides on (k8sUpdate with the loaded resourceVersion; after a 409, k8sGet of the
 * latest version). The YAML view's code (js-yaml) is fetched when the view first opens.
 */
export const useKataConfigEditor = (loaded: KataConfigKind) => {
  const [model, dispatch] = useReducer(editorReducer, loaded, initModel);
  const [yamlUnavailable, setYamlUnavailable] = useState(false);
  if (model.watched !== loaded) dispatch({ type: 'watched', obj: loaded });

  const send = async ({ data, from }: Extract<SavePlan, { data: KataConfigKind }>) => {
    dispatch({ type: 'saving' });
    try {
      dispatch({ type: 'saved', obj: await k8sUpdate({ model: KataConfigModel, data }) });
    } catch (e) {
      const error = toApiError(e);
      if (!isConflict(error)) {
        dispatch({ type: 'save-failed', error });
        return;
      }
      let latest = loaded;
      try {
        const name = from.metadata?.name ?? '';
        latest = await k8sGet<KataConfigKind>({ model: KataConfigModel, name });
      } catch {
        // Keep the watched version: it is the newest we know.
      }
      dispatch({ type: 'conflict', mine: data, latest });
    }
  };

  const run = (plan: SavePlan | undefined) => {
    if (!plan) return;
    if (plan.blocked) dispatch({ type: 'blocked', blocked: plan.blocked });
    else void send(plan);
  };

  return {
    model,
    dirty: isDirty(model.draft, model.base),
    yamlUnavailable,
    editForm: (form: KataConfigFormState) => {
      dispatch({ type: 'edit-form', form });
    },
    editYaml: (text: string) => {
      dispatch({ type: 'edit-yaml', text });
    },
    showForm: () => {
      dispatch({ type: 'show-form' });
    },
    showYaml: () => {
      import('./yaml').then(
        ({ yamlCodec }) => {
          dispatch({ type: 'show-yaml', yaml: yamlCodec });
        },
        () => {
          setYamlUnavailable(true);
        },
      );
    },
    save: () => {
      run(planSave(model));
    },
    reapply: () => {
      const plan = planReapply(model);
      dispatch({ type: 'reapply' });
      run(plan);
    },
    /** Discards the edits (or the conflict) for this version of the object. */
    reset: (obj: KataConfigKind) => {
      dispatch({ type: 'reset', obj });
    },
  };
};

export type KataConfigEditorModel = ReturnType<typeof useKataConfigEditor>;
