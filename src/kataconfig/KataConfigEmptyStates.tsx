import { usePluginTranslation } from '../shared/i18n';
import { SetupEmptyState } from '../shared/SetupEmptyState';

/** The KataConfig CRD does not exist: the operator is not installed. */
export const NotInstalled = () => {
  const { t } = usePluginTranslation();
  return (
    <SetupEmptyState
      title={t('The OpenShift sandboxed containers Operator is not installed')}
      data-test="operator-missing"
    >
      {t(
        'The KataConfig resource type does not exist on this cluster. Install the OpenShift sandboxed containers Operator from OperatorHub, then create a KataConfig.',
      )}
    </SetupEmptyState>
  );
};

/** The operator is installed but there is no KataConfig yet. */
export const NoKataConfig = () => {
  const { t } = usePluginTranslation();
  return (
    <SetupEmptyState title={t('No KataConfig')} data-test="kataconfig-empty">
      {t(
        'The Kata runtime is not installed. Create a KataConfig with the install wizard to install it on the cluster nodes.',
      )}
    </SetupEmptyState>
  );
};
