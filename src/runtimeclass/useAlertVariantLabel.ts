import { usePluginTranslation } from '../shared/i18n';

type AlertVariant = 'danger' | 'warning' | 'info';

/** Translated screen-reader prefixes for PF Alerts (PF's defaults are English). */
export const useAlertVariantLabel = () => {
  const { t } = usePluginTranslation();
  return (variant: AlertVariant): string => {
    switch (variant) {
      case 'danger':
        return t('Danger alert:');
      case 'warning':
        return t('Warning alert:');
      case 'info':
        return t('Info alert:');
    }
  };
};
