import { Suspense } from 'react';
import { Skeleton, Stack } from '@patternfly/react-core';
import { FLAG_KATACONFIG } from '../models/constants';
import { toApiError } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { lazyView } from '../shared/lazyView';
import { PluginPage } from '../shared/PluginPage';
import { UninstalledAlert } from '../rollout/UninstalledAlert';
import { useFlagState } from '../shared/useFlagState';
import { ApiErrorAlert } from './ApiErrorAlert';
import { KataConfigActions } from './KataConfigActions';
import { NoKataConfig, NotInstalled } from './KataConfigEmptyStates';
import { isBeingDeleted } from './status';
import { useDetailsPage } from './useDetailsPage';
import { useKataConfigData } from './useKataConfigData';
import { useUninstallWatch } from './useUninstallWatch';

/** Details, editor and uninstall: fetched while the KataConfig loads (lazyView). */
const KataConfigView = lazyView(() => import('./KataConfigView').then((m) => m.KataConfigView));

/** `/sandboxed-containers/kataconfig`: details, editor and uninstall of the cluster's KataConfig. */
const KataConfigPage = () => {
  const { t } = usePluginTranslation();
  const crdPresent = useFlagState(FLAG_KATACONFIG);
  const data = useKataConfigData(crdPresent === true);
  const kataConfig = data.kataConfigs.at(0);
  const page = useDetailsPage();
  const uninstall = useUninstallWatch(kataConfig, data.kataConfigsLoaded, data.nodes, page);
  const loading = (
    <div data-test="loading">
      <Skeleton screenreaderText={t('Loading')} height="200px" />
    </div>
  );

  const body = (() => {
    // Until the console has resolved the flag, neither "installed" nor "not installed" is known.
    if (crdPresent === undefined) return loading;
    if (!crdPresent) return <NotInstalled />;
    if (data.kataConfigsError && !kataConfig) {
      return (
        <ApiErrorAlert
          title={t('Could not load the KataConfig')}
          error={toApiError(data.kataConfigsError)}
          data-test="load-error"
        />
      );
    }
    if (!data.kataConfigsLoaded) return loading;
    if (!kataConfig) {
      // The end of an uninstallation this page followed, then the way to install again.
      return uninstall.uninstalled ? (
        <Stack hasGutter>
          <UninstalledAlert />
          <NoKataConfig />
        </Stack>
      ) : (
        <NoKataConfig />
      );
    }
    return (
      <Suspense fallback={loading}>
        <KataConfigView
          kataConfig={kataConfig}
          data={data}
          page={page}
          uninstallStartNodes={uninstall.startNodes}
        />
      </Suspense>
    );
  })();

  const actions =
    crdPresent && kataConfig ? (
      <KataConfigActions
        canEdit={data.canUpdate}
        canDelete={data.canDelete}
        deleting={page.deleteRequested || isBeingDeleted(kataConfig)}
        onEdit={() => {
          page.setTab('yaml');
        }}
        onUninstall={() => {
          page.setUninstallOpen(true);
        }}
      />
    ) : undefined;

  return (
    <PluginPage title={t('KataConfig')} actions={actions}>
      {body}
    </PluginPage>
  );
};

export default KataConfigPage;
