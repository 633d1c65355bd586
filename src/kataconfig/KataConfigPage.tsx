import { PluginPage } from '../shared/PluginPage';
import { usePluginTranslation } from '../shared/i18n';

const KataConfigPage = () => {
  const { t } = usePluginTranslation();
  return (
    <PluginPage title={t('KataConfig')}>
      <p>{t('This page is under construction.')}</p>
    </PluginPage>
  );
};

export default KataConfigPage;
