import { Suspense } from 'react';
import { PageSection, Skeleton, Stack, StackItem, Title } from '@patternfly/react-core';
import type { NodeKind } from '../models';
import { Alert } from '../shared/Alert';
import { LangScope } from '../shared/LangScope';
import { usePluginTranslation } from '../shared/i18n';
import { lazyView } from '../shared/lazyView';
import { useEligibilityData } from './useEligibilityData';

/** The node's checks: fetched while the cluster context loads (lazyView). */
const NodeChecks = lazyView(() => import('./NodeChecks').then((m) => m.NodeChecks));

type NodeEligibilityTabProps = { obj?: NodeKind };

/**
 * "Sandboxed containers" tab on the Node details page (console.tab/horizontalNav): the node's
 * eligibility checks and Kata state. Watches only the cluster context, not the node list.
 */
const NodeEligibilityTab = ({ obj }: NodeEligibilityTabProps) => {
  const { t } = usePluginTranslation();
  const { loaded, context } = useEligibilityData(false);
  const loading = <Skeleton height="300px" screenreaderText={t('Loading eligibility checks')} />;

  let content;
  if (!obj) {
    content = (
      <Alert
        variant="warning"
        isInline
        title={t('The node could not be read')}
        data-test="no-node"
      />
    );
  } else if (!loaded) {
    content = loading;
  } else {
    content = (
      <Suspense fallback={loading}>
        <NodeChecks node={obj} context={context} />
      </Suspense>
    );
  }
  return (
    <LangScope>
      <PageSection data-test="node-eligibility-tab">
        <Stack hasGutter>
          <StackItem>
            <Title headingLevel="h2">{t('Sandboxed containers')}</Title>
          </StackItem>
          <StackItem>{content}</StackItem>
        </Stack>
      </PageSection>
    </LangScope>
  );
};

export default NodeEligibilityTab;
