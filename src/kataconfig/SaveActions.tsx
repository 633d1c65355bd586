import { useState } from 'react';
import {
  ActionGroup,
  Button,
  List,
  ListItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
} from '@patternfly/react-core';
import type { KataConfigKind } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import type { useKataConfigEditor } from './useKataConfigEditor';

/** Names listed in the confirmation; the others are counted. */
const LISTED = 10;

type SaveActionsProps = {
  editor: ReturnType<typeof useKataConfigEditor>;
  loaded: KataConfigKind;
  /** The nodes this save reboots (they gain or lose Kata): Save asks first when there are any. */
  rebooting: string[];
};

/** Save and Reset; a save that reboots nodes is confirmed in a dialog that names them. */
export const SaveActions = ({ editor, loaded, rebooting }: SaveActionsProps) => {
  const { t, i18n } = usePluginTranslation();
  const [confirming, setConfirming] = useState(false);
  const { model, dirty } = editor;
  const close = () => {
    setConfirming(false);
  };
  return (
    <>
      <ActionGroup>
        <Button
          variant="primary"
          onClick={() => {
            if (rebooting.length > 0) setConfirming(true);
            else editor.save();
          }}
          isDisabled={model.saving || !dirty || model.conflict !== undefined}
          isLoading={model.saving && !model.conflict}
          data-test="kataconfig-save"
        >
          {t('Save')}
        </Button>
        <Button
          variant="link"
          isDisabled={model.saving || !dirty}
          onClick={() => {
            editor.reset(loaded);
          }}
          data-test="kataconfig-reset"
        >
          {t('Reset to the current version')}
        </Button>
      </ActionGroup>
      {confirming ? (
        <Modal
          isOpen
          variant="small"
          onClose={close}
          aria-labelledby="scc-save-reboot-title"
          data-test="save-reboot-confirm"
          lang={i18n.resolvedLanguage ?? i18n.language}
        >
          <ModalHeader
            title={t('Save and reboot {{count}} nodes?', { count: rebooting.length })}
            titleIconVariant="warning"
            labelId="scc-save-reboot-title"
          />
          <ModalBody>
            {t(
              'These nodes gain or lose the Kata runtime. The Machine Config Operator drains and reboots them one by one; their pods are moved or stopped meanwhile.',
            )}
            <List>
              {rebooting.slice(0, LISTED).map((name) => (
                <ListItem key={name}>{name}</ListItem>
              ))}
            </List>
            {rebooting.length > LISTED
              ? t('and {{count}} more', { count: rebooting.length - LISTED })
              : null}
          </ModalBody>
          <ModalFooter>
            <Button
              variant="danger"
              onClick={() => {
                close();
                editor.save();
              }}
              data-test="save-reboot-confirm-button"
            >
              {t('Save and reboot')}
            </Button>
            <Button variant="link" onClick={close}>
              {t('Cancel')}
            </Button>
          </ModalFooter>
        </Modal>
      ) : null}
    </>
  );
};
