import {
  Content,
  Flex,
  FlexItem,
  Icon,
  List,
  ListItem,
  Spinner,
  Title,
  Stack,
} from '@patternfly/react-core';
import { CheckCircleIcon, ExclamationCircleIcon, OutlinedClockIcon } from '@patternfly/react-icons';
import { Link } from 'react-router';
import { ReadyProgress, useNodeStateText } from '../../kataconfig/NodeProgress';
import { inProgressCondition, nodeCounts, nodeProgressRows } from '../../kataconfig/status';
import type { NodeProgressState } from '../../kataconfig/status';
import { ROUTES } from '../../models/constants';
import type { KataConfigKind } from '../../models';
import { usePluginTranslation } from '../../shared/i18n';
import { rolloutDone } from '../wizard';
import { Alert } from '../../shared/Alert';

const stateIcon = (state: NodeProgressState) => {
  switch (state) {
    case 'installed':
      return (
        <Icon status="success">
          <CheckCircleIcon />
        </Icon>
      );
    case 'failedToInstall':
    case 'failedToUninstall':
      return (
        <Icon status="danger">
          <ExclamationCircleIcon />
        </Icon>
      );
    case 'installing':
    case 'uninstalling':
      return <Spinner size="sm" aria-hidden />;
    case 'waitingToInstall':
    case 'waitingToUninstall':
      return (
        <Icon>
          <OutlinedClockIcon />
        </Icon>
      );
  }
};

/** Step 7: live per-node rollout from KataConfig.status.kataNodes, until done. */
export const ProgressStep = ({ kataConfig }: { kataConfig?: KataConfigKind }) => {
  const { t } = usePluginTranslation();
  const stateText = useNodeStateText();
  const links = (
    <Content component="p">
      <Link to={ROUTES.nodes}>{t('Node eligibility')}</Link>
      {' · '}
      <Link to={ROUTES.runtimeClasses}>{t('RuntimeClasses')}</Link>
    </Content>
  );
  if (!kataConfig) {
    return (
      <>
        <Content component="p" data-test="progress-waiting">
          {t('Waiting for the KataConfig to appear…')}
        </Content>
        {links}
      </>
    );
  }
  const counts = nodeCounts(kataConfig.status?.kataNodes);
  const rows = nodeProgressRows(kataConfig.status?.kataNodes);
  const condition = inProgressCondition(kataConfig);
  const done = rolloutDone(kataConfig);
  return (
    <Stack hasGutter>
      <ReadyProgress
        counts={counts}
        title={t('Nodes with the Kata runtime')}
        done={done}
        data-test="rollout-progress"
      />
      {condition?.message ? (
        <Alert
          variant={condition.reason === 'Failed' ? 'danger' : 'info'}
          isInline
          isPlain
          title={t('InProgress condition')}
          data-test="rollout-condition"
        >
          <span lang="en">{condition.message}</span>
        </Alert>
      ) : null}
      {done ? (
        <Alert
          variant="success"
          isInline
          title={t('The Kata runtime is installed')}
          data-test="rollout-done"
        >
          {t('Pods can now use the kata RuntimeClass.')}
        </Alert>
      ) : null}
      <Title headingLevel="h2" size="md">
        {t('Nodes')}
      </Title>
      {rows.length === 0 ? (
        <Content component="p">{t('The operator has not reported any nodes yet.')}</Content>
      ) : (
        <List isPlain aria-label={t('Rollout per node')} data-test="rollout-nodes">
          {rows.map((row) => (
            <ListItem key={row.name} icon={stateIcon(row.state)}>
              <Flex spaceItems={{ default: 'spaceItemsSm' }}>
                <FlexItem>{row.name}</FlexItem>
                <FlexItem>{stateText(row.state)}</FlexItem>
              </Flex>
            </ListItem>
          ))}
        </List>
      )}
      {links}
    </Stack>
  );
};
