import { useMemo } from 'react';
import { Content, Progress, Stack } from '@patternfly/react-core';
import type { KataConfigKind, NodeKind } from '../models';
import type { MachineConfigPoolKind } from '../models/cluster';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { OperatorMessageText } from './OperatorMessageText';
import { RolloutNodeTable } from './RolloutNodeTable';
import { uninstallProgress } from './uninstall';
import { useNow } from './useRolloutData';

type Props = {
  /** The KataConfig being deleted (its end, once it is gone, is UninstalledAlert). */
  kataConfig: KataConfigKind;
  nodes: readonly NodeKind[];
  pools: readonly MachineConfigPoolKind[];
  /** The nodes the uninstallation started with (so finished ones still count). */
  startNodes?: readonly string[];
};

/** An uninstallation from the KataConfig's deletion to the end: where it is, what holds it. */
export const UninstallStatus = ({ kataConfig, nodes, pools, startNodes }: Props) => {
  const { t } = usePluginTranslation();
  const now = useNow();
  const progress = useMemo(
    () => uninstallProgress({ kataConfig, nodes, pools, startNodes }),
    [kataConfig, nodes, pools, startNodes],
  );
  const condition = kataConfig.status?.conditions?.find((c) => c.type === 'InProgress');
  const fmt = new Intl.NumberFormat();
  return (
    <Stack hasGutter data-test="uninstall-status" data-state={progress.kind}>
      {progress.kind === 'waiting-for-rollout' ? (
        <Alert
          variant="info"
          isInline
          title={t('The uninstallation waits for the installation in progress')}
        >
          {t(
            'The Operator does not start removing Kata while it installs or updates nodes. The KataConfig is marked for deletion and Kata is removed once the rollout has finished.',
          )}
        </Alert>
      ) : null}
      {progress.kind === 'blocked-by-pods' ? (
        <Alert variant="warning" isInline title={t('Pods that use Kata block the uninstallation')}>
          <Content component="p">
            {t('Delete the pods that use a Kata RuntimeClass; the Operator then goes on.')}
          </Content>
        </Alert>
      ) : null}
      {progress.kind === 'finishing' ? (
        <Content component="p">
          {t(
            'Every node is back; the Operator is removing the MachineConfigPool and the RuntimeClasses.',
          )}
        </Content>
      ) : null}
      {progress.kind === 'uninstalling' ? (
        <>
          <Progress
            value={progress.done}
            max={Math.max(progress.total, 1)}
            title={t('Nodes without Kata')}
            label={t('Kata removed from {{done}} of {{formatted}} nodes', {
              count: progress.total,
              formatted: fmt.format(progress.total),
              done: fmt.format(progress.done),
            })}
            variant={progress.failed > 0 ? 'danger' : undefined}
            data-test="uninstall-bar"
          />
          <RolloutNodeTable
            nodes={progress.nodes}
            now={now}
            direction="uninstall"
            aria-label={t('Uninstallation per node')}
          />
        </>
      ) : null}
      {condition?.message ? <OperatorMessageText condition={condition} /> : null}
    </Stack>
  );
};
