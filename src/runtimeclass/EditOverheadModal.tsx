import { useState } from 'react';
import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import {
  AlertActionLink,
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  TextInput,
} from '@patternfly/react-core';
import type { RuntimeClassKind } from '../models';
import { RuntimeClassModel } from '../models';
import { checkQuantity } from '../overhead/form';
import { buildOverheadPatch, isStaleVersionError } from '../overhead/patch';
import { toCpuQuantityString, toQuantityString } from '../overhead/quantity';
import type { ApiError } from '../shared/errors';
import { toApiError } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { Alert } from '../shared/Alert';

type EditOverheadModalProps = {
  /** The RuntimeClass as the watch currently has it. */
  runtimeClass: RuntimeClassKind;
  onClose: () => void;
};

const valuesOf = (rc: RuntimeClassKind) => ({
  memory: rc.overhead?.podFixed?.memory ?? '',
  cpu: rc.overhead?.podFixed?.cpu ?? '',
});

/**
 * Edits `overhead.podFixed` behind an explicit "unsupported change" confirmation. The patch tests
 * the resourceVersion loaded when the dialog opened (or last reloaded).
 */
export const EditOverheadModal = ({ runtimeClass, onClose }: EditOverheadModalProps) => {
  const { t, i18n } = usePluginTranslation();
  const [loaded, setLoaded] = useState(runtimeClass);
  const [memory, setMemory] = useState(() => valuesOf(runtimeClass).memory);
  const [cpu, setCpu] = useState(() => valuesOf(runtimeClass).cpu);
  const [confirmed, setConfirmed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError>();
  const name = loaded.metadata?.name ?? '';

  const memoryCheck = checkQuantity(memory, true);
  const cpuCheck = checkQuantity(cpu, true);
  const fieldError = (c: ReturnType<typeof checkQuantity>) => {
    switch (c.error) {
      case undefined:
        return undefined;
      case 'required':
        return t('Enter a value.');
      case 'negative':
        return t('The value cannot be negative.');
      case 'invalid':
      case 'notWholeNumber':
      case 'tooLarge':
        return t('Enter a Kubernetes quantity, for example 512Mi, 2Gi or 500m.');
    }
  };
  const memoryError = fieldError(memoryCheck);
  const cpuError = fieldError(cpuCheck);
  const canSave =
    confirmed && !saving && memoryCheck.value !== undefined && cpuCheck.value !== undefined;
  const stale = error !== undefined && isStaleVersionError(error);

  const save = async () => {
    if (memoryCheck.value === undefined || cpuCheck.value === undefined) return;
    setSaving(true);
    setError(undefined);
    try {
      await k8sPatch({
        model: RuntimeClassModel,
        resource: loaded,
        data: buildOverheadPatch(loaded, {
          memory: toQuantityString(memoryCheck.value),
          cpu: toCpuQuantityString(cpuCheck.value),
        }),
      });
      onClose();
    } catch (e) {
      setError(toApiError(e));
      setSaving(false);
    }
  };

  const reload = () => {
    setLoaded(runtimeClass);
    setMemory(valuesOf(runtimeClass).memory);
    setCpu(valuesOf(runtimeClass).cpu);
    setError(undefined);
  };

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
            if (canSave) void save();
          }}
        >
          <Alert variant="warning" isInline title={t('Changing the pod overhead is not supported')}>
            {t(
              'Red Hat supports the default overhead values. Changing the default values is not supported, and changing them may cause technical issues. Existing pods keep the overhead they were created with; new values apply only to pods created afterwards.',
            )}
          </Alert>
          <FormGroup label={t('Memory')} isRequired fieldId="scc-edit-overhead-memory">
            <TextInput
              id="scc-edit-overhead-memory"
              isRequired
              value={memory}
              onChange={(_e, v) => {
                setMemory(v);
              }}
              validated={memoryError ? 'error' : 'default'}
              aria-describedby="scc-edit-overhead-memory-helper"
              data-test="edit-overhead-memory"
            />
            <FormHelperText>
              <HelperText id="scc-edit-overhead-memory-helper">
                <HelperTextItem variant={memoryError ? 'error' : 'default'}>
                  {memoryError ?? t('For example 350Mi or 500Mi.')}
                </HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
          <FormGroup label={t('CPU')} isRequired fieldId="scc-edit-overhead-cpu">
            <TextInput
              id="scc-edit-overhead-cpu"
              isRequired
              value={cpu}
              onChange={(_e, v) => {
                setCpu(v);
              }}
              validated={cpuError ? 'error' : 'default'}
              aria-describedby="scc-edit-overhead-cpu-helper"
              data-test="edit-overhead-cpu"
            />
            <FormHelperText>
              <HelperText id="scc-edit-overhead-cpu-helper">
                <HelperTextItem variant={cpuError ? 'error' : 'default'}>
                  {cpuError ?? t('For example 250m or 500m.')}
                </HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
          <Checkbox
            id="scc-edit-overhead-confirm"
            label={t(
              'I understand that this change is not supported by Red Hat and may cause technical issues',
            )}
            isChecked={confirmed}
            onChange={(_e, checked) => {
              setConfirmed(checked);
            }}
            data-test="edit-overhead-confirm"
          />
          {error && stale ? (
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
          {error && !stale ? (
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
          isDisabled={!canSave}
          isLoading={saving}
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
