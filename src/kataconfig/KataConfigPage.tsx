import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { Skeleton } from '@patternfly/react-core';
import { FLAG_KATACONFIG } from '../models/constants';
import { toApiError } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { PluginPage } from '../shared/PluginPage';
import { ApiErrorAlert } from './ApiErrorAlert';
import { NoKataConfig, NotInstalled } from './KataConfigEmptyStates';
import { KataConfigView } from './KataConfigView';
import { useKataConfigData } from './useKataConfigData';

/** `/sandboxed-containers/kataconfig`: details, editor and uninstall of the cluster's KataConfig. */
const KataConfigPage = () => {
  const { t } = usePluginTranslation();
  const crdPresent = useFlag(FLAG_KATACONFIG);
  const data = useKataConfigData(crdPresent);
  const kataConfig = data.kataConfigs.at(0);

  const body = (() => {
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
    if (!data.kataConfigsLoaded) {
      return (
        <div data-test="loading">
          <Skeleton screenreaderText={t('Loading')} height="200px" />
        </div>
      );
    }
    if (!kataConfig) return <NoKataConfig />;
    return <KataConfigView kataConfig={kataConfig} data={data} />;
  })();

  return <PluginPage title={t('KataConfig')}>{body}</PluginPage>;
};

export default KataConfigPage;
