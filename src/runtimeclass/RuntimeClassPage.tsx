import { PluginPage } from '../shared/PluginPage';
import { usePluginTranslation } from '../shared/i18n';

const RuntimeClassPage = () => {
  const { t } = usePluginTranslation();
  return (
    <PluginPage title={t('RuntimeClasses')}>
      <p>{t('This page is under construction.')}</p>
    </PluginPage>
  );
};

export default RuntimeClassPage;
