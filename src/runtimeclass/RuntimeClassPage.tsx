import { Suspense } from 'react';
import { Skeleton } from '@patternfly/react-core';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import { lazyView } from '../shared/lazyView';
import { PluginPage } from '../shared/PluginPage';
import { useRuntimeClassData } from './useRuntimeClassData';

/** The table and the overhead panel: fetched while the RuntimeClasses load (lazyView). */
const RuntimeClassView = lazyView(() =>
  import('./RuntimeClassView').then((m) => m.RuntimeClassView),
);

/** `/sandboxed-containers/runtimeclasses`: RuntimeClasses, the Kata pod overhead and its cost. */
const RuntimeClassPage = () => {
  const { t } = usePluginTranslation();
  const data = useRuntimeClassData();
  const loading = <Skeleton screenreaderText={t('Loading RuntimeClasses')} height="200px" />;
  let body;
  if (data.error !== undefined) {
    body = (
      <Alert variant="danger" isInline title={t('RuntimeClasses could not be loaded')}>
        <span lang="en">{data.error}</span>
      </Alert>
    );
  } else if (!data.loaded) {
    body = loading;
  } else {
    body = (
      <Suspense fallback={loading}>
        <RuntimeClassView data={data} />
      </Suspense>
    );
  }
  return <PluginPage title={t('RuntimeClasses')}>{body}</PluginPage>;
};

export default RuntimeClassPage;
