import { Suspense } from 'react';
import { EmptyState, EmptyStateBody, Skeleton, Stack } from '@patternfly/react-core';
import type { ApiError } from '../shared/errors';
import { isForbidden } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { PluginPage } from '../shared/PluginPage';
import { Alert } from '../shared/Alert';
import { lazyView } from '../shared/lazyView';
import { useEligibilityData } from './useEligibilityData';

/** The table and its drawer: fetched while the nodes load (lazyView). */
const EligibilityView = lazyView(() => import('./EligibilityView').then((m) => m.EligibilityView));

const LoadError = ({ error }: { error: ApiError }) => {
  const { t } = usePluginTranslation();
  if (isForbidden(error)) {
    return (
      <Alert
        variant="danger"
        isInline
        title={t('You do not have permission to list nodes')}
        data-test="nodes-forbidden"
      >
        <p>
          {t(
            'Node eligibility needs permission to list and watch nodes. Ask a cluster administrator for access.',
          )}
        </p>
        <p lang="en">{error.message}</p>
      </Alert>
    );
  }
  return (
    <Alert variant="danger" isInline title={t('Could not load nodes')} data-test="nodes-error">
      <span lang="en">{error.message}</span>
    </Alert>
  );
};

type EligibilityPageProps = { viewportHeight?: number };

/** /sandboxed-containers/nodes: which nodes can run Kata, and why not for the others. */
const EligibilityPage = ({ viewportHeight }: EligibilityPageProps) => {
  const { t } = usePluginTranslation();
  const { nodes, loaded, error, context } = useEligibilityData();
  const loading = (
    <Stack hasGutter data-test="eligibility-loading">
      <Skeleton height="80px" screenreaderText={t('Loading nodes')} />
      <Skeleton height="400px" />
    </Stack>
  );
  let content;
  if (error) {
    content = <LoadError error={error} />;
  } else if (!loaded || !nodes) {
    content = loading;
  } else if (nodes.length === 0) {
    content = (
      <EmptyState headingLevel="h2" titleText={t('No nodes')} data-test="no-nodes">
        <EmptyStateBody>{t('The cluster has no nodes to evaluate.')}</EmptyStateBody>
      </EmptyState>
    );
  } else {
    content = (
      <Suspense fallback={loading}>
        <EligibilityView nodes={nodes} context={context} viewportHeight={viewportHeight} />
      </Suspense>
    );
  }
  return <PluginPage title={t('Node eligibility')}>{content}</PluginPage>;
};

export default EligibilityPage;
