import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';

/** The end of an uninstallation this page followed: the KataConfig is gone. */
export const UninstalledAlert = () => {
  const { t } = usePluginTranslation();
  return (
    <Alert variant="success" isInline title={t('Kata is uninstalled')} data-test="uninstalled">
      {t(
        'The KataConfig, its MachineConfigPool and its RuntimeClasses are gone, and every node runs without Kata. Install again from the Install page when needed.',
      )}
    </Alert>
  );
};
