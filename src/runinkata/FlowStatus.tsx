import { Spinner } from '@patternfly/react-core';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import type { ApiError } from '../shared/errors';
import { useAmounts } from '../workloads/useAmounts';
import { amountsOf } from '../workloads/podResources';
import type { FlowState, Mode } from './flow';

const ApiMessage = ({ error }: { error: ApiError }) => <span lang="en">{error.message}</span>;

/** Where the dialog is: the dry run's answer, the save, the undo. */
export const FlowStatus = ({ state, mode }: { state: FlowState; mode: Mode }) => {
  const { t } = usePluginTranslation();
  const fmt = useAmounts();
  const marks = { 'data-test': 'flow-status', 'data-step': state.step } as const;
  const props = { isInline: true, ...marks } as const;
  switch (state.step) {
    case 'checking':
      return (
        <div {...marks}>
          <Spinner size="md" aria-hidden /> {t('Checking the change with a server dry run…')}
        </div>
      );
    case 'check-failed':
      return (
        <Alert
          {...props}
          variant="danger"
          title={
            state.stage === 'pod'
              ? t('The dry run failed: the API server would refuse the new pods')
              : t('The dry run failed: the API server refused the change')
          }
        >
          <ApiMessage error={state.error} />
        </Alert>
      );
    case 'checked':
    case 'saving': {
      const overhead = state.result.podOverhead;
      let detail = t('Nothing has been changed yet.');
      if (mode === 'set' && state.result.podCheckSkipped)
        detail = t(
          'The new pods could not be checked: your account may not create pods. Nothing has been changed yet.',
        );
      else if (mode === 'set' && overhead)
        detail = t(
          'A new pod would be charged {{memory}} of memory and {{cpu}} CPU of overhead. Nothing has been changed yet.',
          {
            memory: fmt.memory(amountsOf(overhead).memory),
            cpu: fmt.cpu(amountsOf(overhead).cpu),
          },
        );
      return (
        <Alert {...props} variant="success" title={t('The server dry run passed')}>
          {detail}
        </Alert>
      );
    }
    case 'save-failed':
      return (
        <Alert {...props} variant="danger" title={t('The change could not be saved')}>
          <ApiMessage error={state.error} />
        </Alert>
      );
    case 'saved':
      return (
        <Alert {...props} variant="success" title={t('Saved')}>
          {mode === 'set'
            ? t(
                'The new pods run in Kata as the rollout replaces the old ones. Undo removes runtimeClassName again.',
              )
            : t(
                'The new pods run without Kata as the rollout replaces the old ones. Undo puts runtimeClassName back.',
              )}
        </Alert>
      );
    case 'undoing':
      return (
        <div {...marks}>
          <Spinner size="md" aria-hidden /> {t('Undoing…')}
        </div>
      );
    case 'undo-failed':
      return (
        <Alert {...props} variant="danger" title={t('The change could not be undone')}>
          <ApiMessage error={state.error} />
        </Alert>
      );
    case 'undone':
      return (
        <Alert {...props} variant="info" title={t('Undone')}>
          {t('The pod template is as it was; the pods restart once more.')}
        </Alert>
      );
  }
};
