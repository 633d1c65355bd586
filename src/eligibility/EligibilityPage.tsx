import { PluginPage } from '../shared/PluginPage';
import { usePluginTranslation } from '../shared/i18n';

const EligibilityPage = () => {
  const { t } = usePluginTranslation();
  return (
    <PluginPage title={t('Node eligibility')}>
      <p>{t('This page is under construction.')}</p>
    </PluginPage>
  );
};

export default EligibilityPage;
