import { Content, Stack } from '@patternfly/react-core';
import { Link } from 'react-router';
import { ROUTES } from '../../models/constants';
import type { KataConfigKind, NodeKind } from '../../models';
import { RolloutProgress } from '../../rollout/RolloutProgress';
import { Alert } from '../../shared/Alert';
import { usePluginTranslation } from '../../shared/i18n';

type ProgressStepProps = {
  kataConfig?: KataConfigKind;
  nodes: readonly NodeKind[];
  /** Opened on a KataConfig being installed (a reload, another tab): say so, it is no error. */
  resumed: boolean;
};

/**
 * Step 7: the rollout as it happens (the Kata pool, the nodes' Machine Config Daemon annotations and
 * the KataConfig status), per node, with what holds it when it is stuck.
 */
export const ProgressStep = ({ kataConfig, nodes, resumed }: ProgressStepProps) => {
  const { t } = usePluginTranslation();
  return (
    <Stack hasGutter>
      {resumed ? (
        <Alert
          variant="info"
          isInline
          isPlain
          title={t('The installation is in progress: follow it here')}
          data-test="rollout-resumed"
        />
      ) : null}
      {kataConfig ? (
        <RolloutProgress kataConfig={kataConfig} nodes={nodes} />
      ) : (
        <Content component="p" data-test="progress-waiting">
          {t('Waiting for the KataConfig to appear…')}
        </Content>
      )}
      <Content component="p">
        <Link to={ROUTES.nodes}>{t('Node eligibility')}</Link>
        {' · '}
        <Link to={ROUTES.runtimeClasses}>{t('RuntimeClasses')}</Link>
      </Content>
    </Stack>
  );
};
