import { Suspense } from 'react';
import { Skeleton } from '@patternfly/react-core';
import { usePluginTranslation } from '../shared/i18n';
import { lazyView } from '../shared/lazyView';
import { PluginPage } from '../shared/PluginPage';

/** The wizard: fetched as the page opens, while its frame paints (lazyView). */
const InstallWizard = lazyView(() => import('./InstallWizard').then((m) => m.InstallWizard));

/** `/sandboxed-containers/install`: installs OpenShift sandboxed containers step by step. */
const InstallWizardPage = () => {
  const { t } = usePluginTranslation();
  return (
    <PluginPage title={t('Install OpenShift sandboxed containers')}>
      <Suspense fallback={<Skeleton height="20rem" screenreaderText={t('Loading the cluster')} />}>
        <InstallWizard />
      </Suspense>
    </PluginPage>
  );
};

export default InstallWizardPage;
