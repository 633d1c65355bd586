import { PluginPage } from '../shared/PluginPage';
import { usePluginTranslation } from '../shared/i18n';

const InstallWizardPage = () => {
  const { t } = usePluginTranslation();
  return (
    <PluginPage title={t('Install OpenShift sandboxed containers')}>
      <p>{t('This page is under construction.')}</p>
    </PluginPage>
  );
};

export default InstallWizardPage;
