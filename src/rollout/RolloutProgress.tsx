import { useMemo } from 'react';
import { Content, Skeleton, Stack, Title } from '@patternfly/react-core';
import type { KataConfigKind, NodeKind } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { OperatorMessageText } from './OperatorMessageText';
import { rolloutModel } from './model';
import { RolloutNodeTable } from './RolloutNodeTable';
import { RolloutSummary } from './RolloutSummary';
import { useDrainBlockers, useMachineConfigPools, useNow } from './useRolloutData';

type Props = { kataConfig: KataConfigKind; nodes: readonly NodeKind[] };

/**
 * The installation as it happens on the cluster: from the Kata MachineConfigPool, the nodes'
 * Machine Config Daemon annotations and the KataConfig's status (rollout/model.ts).
 */
export const RolloutProgress = ({ kataConfig, nodes }: Props) => {
  const { t } = usePluginTranslation();
  const { pools, loaded } = useMachineConfigPools(true);
  const now = useNow();
  const model = useMemo(
    () => (loaded ? rolloutModel({ kataConfig, nodes, pools, now }) : undefined),
    [kataConfig, nodes, pools, now, loaded],
  );
  const drainBlockers = useDrainBlockers(model);
  if (!model) return <Skeleton height="6rem" screenreaderText={t('Loading the rollout')} />;
  const condition = kataConfig.status?.conditions?.find((c) => c.type === 'InProgress');
  return (
    <Stack hasGutter data-test="rollout">
      <RolloutSummary model={model} drainBlockers={drainBlockers} />
      {condition?.message ? <OperatorMessageText condition={condition} /> : null}
      <Title headingLevel="h3" size="md">
        {t('Nodes in the Kata pool')}
      </Title>
      {model.nodes.length === 0 ? (
        <Content component="p">{t('No node is in the Kata pool yet.')}</Content>
      ) : (
        <RolloutNodeTable nodes={model.nodes} now={now} aria-label={t('Rollout per node')} />
      )}
    </Stack>
  );
};
