import { useCallback, useEffect, useReducer, useRef } from 'react';
import { k8sCreate, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import type { FlowApi, FlowTarget } from './flow';
import { INITIAL, canSave, dryRun, reduce, save, undo } from './flow';

/** The SDK's k8sPatch / k8sCreate as the flow calls them (options objects). */
const SDK_API: FlowApi = {
  patch: (o) => k8sPatch(o),
  create: (o) => k8sCreate(o),
};

/**
 * The dialog's state machine wired to the API: a server dry run whenever the target changes (the
 * answer to an older target is dropped), then save and undo on demand.
 */
export const useRunInKataFlow = (target: FlowTarget | undefined, enabled: boolean) => {
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const generation = useRef(0);

  useEffect(() => {
    if (!target || !enabled) return;
    const mine = ++generation.current;
    dispatch({ type: 'check' });
    void dryRun(SDK_API, target).then((event) => {
      if (mine === generation.current) dispatch(event);
    });
  }, [target, enabled]);

  // One write at a time, whatever the clicks: nothing is saved twice.
  const writing = useRef(false);
  const write = useCallback(
    (start: 'save' | 'undo') => {
      if (!target || writing.current) return;
      writing.current = true;
      dispatch({ type: start });
      void (start === 'save' ? save : undo)(SDK_API, target).then((event) => {
        writing.current = false;
        dispatch(event);
      });
    },
    [target],
  );
  const onSave = useCallback(() => {
    if (canSave(state)) write('save');
  }, [state, write]);
  const onUndo = useCallback(() => {
    if (state.step === 'saved' || state.step === 'undo-failed') write('undo');
  }, [state, write]);

  return { state, onSave, onUndo };
};
