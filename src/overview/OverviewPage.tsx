import { Suspense } from 'react';
import { Skeleton } from '@patternfly/react-core';
import { lazyView } from '../shared/lazyView';
import { PluginPage } from '../shared/PluginPage';
import { usePluginTranslation } from '../shared/i18n';
import { useOverviewData } from './useOverviewData';

/** The cards: fetched while the overview's data loads (lazyView). */
const OverviewView = lazyView(() => import('./OverviewView').then((m) => m.OverviewView));

/**
 * The section's first tab: what is installed, how far Kata has rolled out, what it costs the
 * cluster now, and the one thing to do next. Every number links to the page that explains it.
 */
const OverviewPage = () => {
  const { t } = usePluginTranslation();
  const data = useOverviewData();
  const loading = <Skeleton height="300px" screenreaderText={t('Loading the overview')} />;
  // A user who cannot list nodes still gets the rest of the overview; the nodes line says why.
  const body =
    !data.loaded && !data.nodesError ? (
      loading
    ) : (
      <Suspense fallback={loading}>
        <OverviewView data={data} />
      </Suspense>
    );
  return <PluginPage title={t('Overview')}>{body}</PluginPage>;
};

export default OverviewPage;
