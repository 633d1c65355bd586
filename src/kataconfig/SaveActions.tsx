import { useState } from 'react';
import { ActionGroup, Button, List, ListItem } from '@patternfly/react-core';
import type { KataConfigKind } from '../models';
import { ConfirmDialog } from '../shared/ConfirmDialog';
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
  const { t } = usePluginTranslation();
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
        <ConfirmDialog
          id="scc-save-reboot"
          title={t('Save and reboot {{count}} nodes?', { count: rebooting.length })}
          variant="warning"
          confirmLabel={t('Save and reboot')}
          onConfirm={() => {
            close();
            editor.save();
          }}
          onClose={close}
          data-test="save-reboot-confirm"
          confirmDataTest="save-reboot-confirm-button"
        >
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
        </ConfirmDialog>
      ) : null}
    </>
  );
};
