import { usePluginTranslation } from '../shared/i18n';
import { PluginPage } from '../shared/PluginPage';
import { InstallWizard } from './InstallWizard';

/** `/sandboxed-containers/install`: installs OpenShift sandboxed containers step by step. */
const InstallWizardPage = () => {
  const { t } = usePluginTranslation();
  return (
    <PluginPage title={t('Install OpenShift sandboxed containers')}>
      <InstallWizard />
    </PluginPage>
  );
};

export default InstallWizardPage;
