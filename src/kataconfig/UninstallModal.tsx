import { useState } from 'react';
import { k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  Content,
  Form,
  FormGroup,
  List,
  ListItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalVariant,
  TextInput,
} from '@patternfly/react-core';
import { KataConfigModel } from '../models';
import type { KataConfigKind } from '../models';
import { toApiError } from '../shared/errors';
import type { ApiError } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { ApiErrorAlert } from './ApiErrorAlert';

type UninstallModalProps = {
  kataConfig: KataConfigKind;
  onClose: () => void;
  onDeleted: () => void;
};

/** Confirms deleting the KataConfig (uninstalling Kata): explains reboots, requires the name. */
export const UninstallModal = ({ kataConfig, onClose, onDeleted }: UninstallModalProps) => {
  const { t, i18n } = usePluginTranslation();
  const name = kataConfig.metadata?.name ?? '';
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const runtimeClasses = kataConfig.status?.runtimeClasses ?? [];

  const uninstall = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await k8sDelete({ model: KataConfigModel, resource: kataConfig });
      onDeleted();
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  };

  return (
    <Modal
      variant={ModalVariant.small}
      isOpen
      // No onClose: PatternFly's close (x) button has a fixed English label. Escape and Cancel
      // close the dialog instead.
      onEscapePress={onClose}
      aria-labelledby="scc-uninstall-title"
      data-test="uninstall-modal"
      // A portal outside the page: the dialog names its own language (the console's <html> is en).
      lang={i18n.resolvedLanguage ?? i18n.language}
    >
      <ModalHeader
        title={t('Uninstall the Kata runtime?')}
        titleIconVariant="danger"
        titleScreenReaderText={t('Danger alert:')}
        labelId="scc-uninstall-title"
      />
      <ModalBody>
        <Content>
          <p>
            {t(
              'Deleting the KataConfig {{name}} removes the Kata runtime from every node that has it. The nodes reboot one after another while the runtime is removed.',
              { name },
            )}
          </p>
          <p>
            {t(
              'Deletion is blocked while pods use a RuntimeClass this KataConfig created. Delete those pods first, or the uninstallation waits for them (BlockedByExistingKataPods).',
            )}
          </p>
        </Content>
        {runtimeClasses.length > 0 ? (
          <List>
            {runtimeClasses.map((rc) => (
              <ListItem key={rc}>{rc}</ListItem>
            ))}
          </List>
        ) : null}
        <Form
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          <FormGroup
            label={t('Type {{name}} to confirm', { name })}
            fieldId="scc-uninstall-confirm"
          >
            <TextInput
              id="scc-uninstall-confirm"
              value={typed}
              onChange={(_e, v) => {
                setTyped(v);
              }}
              autoComplete="off"
              data-test="uninstall-confirm-input"
            />
          </FormGroup>
        </Form>
        {error ? (
          <ApiErrorAlert title={t('Could not delete the KataConfig')} error={error} />
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button
          variant="danger"
          isDisabled={typed !== name || busy}
          isLoading={busy}
          onClick={() => {
            void uninstall();
          }}
          data-test="uninstall-confirm"
        >
          {t('Uninstall')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
