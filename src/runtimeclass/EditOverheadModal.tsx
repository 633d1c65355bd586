import {
  AlertActionLink,
  Button,
  Checkbox,
  Form,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
} from '@patternfly/react-core';
import type { RuntimeClassKind } from '../models';
import { Alert } from '../shared/Alert';
import { TextFormGroup } from '../shared/fields';
import { usePluginTranslation } from '../shared/i18n';
import { BelowEstimateAlert } from './BelowEstimateAlert';
import { useOverheadEdit } from './useOverheadEdit';
import { useQuantityErrorText } from './useQuantityErrorText';

type EditOverheadModalProps = {
  /** The RuntimeClass as the watch currently has it. */
  runtimeClass: RuntimeClassKind;
  onClose: () => void;
};

/**
 * Edits `overhead.podFixed` behind an explicit "unsupported change" confirmation. The patch tests
 * the resourceVersion loaded when the dialog opened (or last reloaded).
 */
export const EditOverheadModal = ({ runtimeClass, onClose }: EditOverheadModalProps) => {
  const { t, i18n } = usePluginTranslation();
  const errorText = useQuantityErrorText();
  const { state, view, dispatch, save, reload } = useOverheadEdit(runtimeClass, onClose);
  const { error } = state;
  const name = state.loaded.metadata?.name ?? '';

  return (
    <Modal
      isOpen
      variant="small"
      onEscapePress={onClose}
      aria-labelledby="scc-edit-overhead-title"
      data-test="edit-overhead-modal"
      // A portal outside the page: the dialog names its own language (the console's <html> is en).
      lang={i18n.resolvedLanguage ?? i18n.language}
    >
      <ModalHeader
        title={t('Edit pod overhead of {{name}}', { name })}
        labelId="scc-edit-overhead-title"
      />
      <ModalBody>
        <Form
          id="scc-edit-overhead-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <Alert variant="warning" isInline title={t('Changing the pod overhead is not supported')}>
            {t(
              'Red Hat supports the default overhead values. Changing the default values is not supported, and changing them may cause technical issues. Existing pods keep the overhead they were created with; new values apply only to pods created afterwards.',
            )}
          </Alert>
          <TextFormGroup
            label={t('Memory')}
            id="scc-edit-overhead-memory"
            isRequired
            value={state.memory}
            error={errorText(view.memory)}
            hint={t('For example 350Mi or 500Mi.')}
            onChange={(value) => {
              dispatch({ type: 'memory', value });
            }}
            data-test="edit-overhead-memory"
          />
          <TextFormGroup
            label={t('CPU')}
            id="scc-edit-overhead-cpu"
            isRequired
            value={state.cpu}
            error={errorText(view.cpu)}
            hint={t('For example 250m or 500m.')}
            onChange={(value) => {
              dispatch({ type: 'cpu', value });
            }}
            data-test="edit-overhead-cpu"
          />
          {view.belowEstimate ? <BelowEstimateAlert /> : null}
          <Checkbox
            id="scc-edit-overhead-confirm"
            label={t(
              'I understand that this change is not supported by Red Hat and may cause technical issues',
            )}
            isChecked={state.confirmed}
            onChange={(_e, confirmed) => {
              dispatch({ type: 'confirm', confirmed });
            }}
            data-test="edit-overhead-confirm"
          />
          {error && view.stale ? (
            <Alert
              variant="danger"
              isInline
              title={t('{{name}} changed since this dialog was opened', { name })}
              actionLinks={<AlertActionLink onClick={reload}>{t('Reload values')}</AlertActionLink>}
              data-test="edit-overhead-stale"
            >
              {t(
                'Nothing was saved. Reload the current values, check them and save again. Reloading replaces the values in the fields.',
              )}
            </Alert>
          ) : null}
          {error && !view.stale ? (
            <Alert
              variant="danger"
              isInline
              title={t('The pod overhead could not be saved')}
              data-test="edit-overhead-error"
            >
              <span lang="en">{error.message}</span>
            </Alert>
          ) : null}
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button
          variant="primary"
          type="submit"
          form="scc-edit-overhead-form"
          isDisabled={!view.patch}
          isLoading={state.saving}
          data-test="edit-overhead-save"
        >
          {t('Save')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
