import { Suspense } from 'react';
import { NamespaceBar, useActiveNamespace } from '@openshift-console/dynamic-plugin-sdk';
import { EmptyState, EmptyStateBody, Skeleton, Stack, StackItem } from '@patternfly/react-core';
import { Alert } from '../shared/Alert';
import { MoreLoading } from '../shared/MoreLoading';
import { lazyView } from '../shared/lazyView';
import { PluginPage } from '../shared/PluginPage';
import { usePluginTranslation } from '../shared/i18n';
import { useListMayGrow } from '../shared/useListMayGrow';
import { ALL_NAMESPACES_KEY, POD_PAGE_SIZE, useKataPodList } from './useKataPodList';

/** The Kata pods' rows, summary, filters and table: fetched while the pods load (lazyView). */
const WorkloadsView = lazyView(() => import('./WorkloadsView').then((m) => m.WorkloadsView));

/** The access review, loading and error states, then the view. */
const WorkloadsBody = ({ namespace }: { namespace: string }) => {
  const { t, i18n } = usePluginTranslation();
  const { allowed, pods, runtimeClasses, podCount, loaded, error } = useKataPodList({
    namespace,
  });
  // The pods arrive page by page: say so while the counts may still grow.
  const mayGrow = useListMayGrow(podCount, POD_PAGE_SIZE);
  const all = namespace === ALL_NAMESPACES_KEY;

  if (allowed === undefined)
    return <Skeleton height="200px" screenreaderText={t('Checking permissions')} />;
  if (!allowed) {
    return (
      <EmptyState
        titleText={t('You cannot list pods here')}
        headingLevel="h2"
        data-test="no-permission"
      >
        <EmptyStateBody>
          {all
            ? t('Your account may not list pods in all namespaces. Choose a namespace you work in.')
            : t('Your account may not list pods in namespace {{namespace}}.', { namespace })}
        </EmptyStateBody>
      </EmptyState>
    );
  }
  if (error) {
    return (
      <Alert variant="danger" isInline title={t('Pods could not be loaded')} data-test="load-error">
        <span lang="en">{error.message}</span>
      </Alert>
    );
  }
  const loading = <Skeleton height="200px" screenreaderText={t('Loading Kata pods')} />;
  if (!loaded) return loading;
  return (
    <Stack hasGutter>
      {mayGrow ? (
        <MoreLoading
          title={t('Loading more pods: {{number}} so far', {
            number: new Intl.NumberFormat(i18n.language).format(podCount),
          })}
          data-test="pods-still-loading"
        />
      ) : null}
      <StackItem>
        <Suspense fallback={loading}>
          <WorkloadsView pods={pods ?? []} runtimeClasses={runtimeClasses} namespace={namespace} />
        </Suspense>
      </StackItem>
    </Stack>
  );
};

/**
 * "Workloads in Kata": the pods of the active namespace (the console's project selector) that run
 * in a Kata RuntimeClass, grouped by the workload that owns them.
 */
const WorkloadsPage = () => {
  const { t } = usePluginTranslation();
  const [namespace] = useActiveNamespace();
  return (
    <>
      <NamespaceBar />
      <PluginPage title={t('Workloads in Kata')}>
        {/* A new namespace starts with fresh filters and pages. */}
        <WorkloadsBody key={namespace} namespace={namespace} />
      </PluginPage>
    </>
  );
};

export default WorkloadsPage;
