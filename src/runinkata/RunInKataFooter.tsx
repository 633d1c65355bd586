import { Button } from '@patternfly/react-core';
import { usePluginTranslation } from '../shared/i18n';
import type { FlowState } from './flow';
import { canSave, isBusy, isDone } from './flow';

type FooterProps = {
  state: FlowState;
  /** The dialog can save (not a Job, Kata installed). */
  canWrite: boolean;
  onSave: () => void;
  onUndo: () => void;
  onClose: () => void;
};

/** Save / Cancel, then Close / Undo once saved. */
export const RunInKataFooter = ({ state, canWrite, onSave, onUndo, onClose }: FooterProps) => {
  const { t } = usePluginTranslation();
  if (isDone(state)) {
    // Close takes Save's place and Undo comes second: a double click on Save must not undo.
    return (
      <>
        <Button variant="primary" onClick={onClose} data-test="close">
          {t('Close')}
        </Button>
        {state.step !== 'undone' ? (
          <Button
            variant="secondary"
            onClick={onUndo}
            isDisabled={isBusy(state)}
            isLoading={state.step === 'undoing'}
            data-test="undo"
          >
            {t('Undo')}
          </Button>
        ) : null}
      </>
    );
  }
  return (
    <>
      {canWrite ? (
        <Button
          variant="primary"
          onClick={onSave}
          isDisabled={!canSave(state)}
          isLoading={state.step === 'saving'}
          data-test="save"
        >
          {t('Save')}
        </Button>
      ) : null}
      <Button variant="link" onClick={onClose}>
        {canWrite ? t('Cancel') : t('Close')}
      </Button>
    </>
  );
};
