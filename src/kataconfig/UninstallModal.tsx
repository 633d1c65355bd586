import { useState } from 'react';
import { k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import { Content, Form, FormGroup, Stack, TextInput } from '@patternfly/react-core';
import { KataConfigModel } from '../models';
import type { KataConfigKind, NodeKind } from '../models';
import { UninstallPlan } from '../rollout/UninstallPlan';
import { useMachineConfigPools } from '../rollout/useRolloutData';
import { toApiError } from '../shared/errors';
import type { ApiError } from '../shared/errors';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { usePluginTranslation } from '../shared/i18n';
import { ApiErrorAlert } from './ApiErrorAlert';

type UninstallModalProps = {
  kataConfig: KataConfigKind;
  /** The cluster's nodes (the page watches them): the plan names those that reboot. */
  nodes: readonly NodeKind[];
  onClose: () => void;
  onDeleted: () => void;
};

/**
 * Confirms deleting the KataConfig (uninstalling Kata): the plan (the nodes that reboot, the
 * RuntimeClasses removed, what stays, the pods that hold it up), then the typed name.
 */
export const UninstallModal = ({ kataConfig, nodes, onClose, onDeleted }: UninstallModalProps) => {
  const { t } = usePluginTranslation();
  const name = kataConfig.metadata?.name ?? '';
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const { pools } = useMachineConfigPools(true);

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
    <ConfirmDialog
      id="scc-uninstall"
      title={t('Uninstall the Kata runtime?')}
      variant="danger"
      confirmLabel={t('Uninstall')}
      onConfirm={() => {
        void uninstall();
      }}
      onClose={onClose}
      isConfirmDisabled={typed !== name || busy}
      isLoading={busy}
      data-test="uninstall-modal"
      confirmDataTest="uninstall-confirm"
    >
      <Stack hasGutter>
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
        <UninstallPlan kataConfig={kataConfig} nodes={nodes} pools={pools} />
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
      </Stack>
    </ConfirmDialog>
  );
};
